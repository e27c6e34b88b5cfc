from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.competence_niveaux import CompetenceNiveaux
    from ..models.libelle import Libelle


T = TypeVar("T", bound="Competence")


@_attrs_define
class Competence:
    """
    Attributes:
        niveaux (CompetenceNiveaux):
        titre (str):
        composantes_essentielles (list[Libelle] | Unset):
        couleur (None | str | Unset):
        id_orebut (None | str | Unset):
        numero (int | Unset):  Default: 0.
        situations (list[Libelle] | Unset):
        titre_long (None | str | Unset):
    """

    niveaux: CompetenceNiveaux
    titre: str
    composantes_essentielles: list[Libelle] | Unset = UNSET
    couleur: None | str | Unset = UNSET
    id_orebut: None | str | Unset = UNSET
    numero: int | Unset = 0
    situations: list[Libelle] | Unset = UNSET
    titre_long: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        niveaux = self.niveaux.to_dict()

        titre = self.titre

        composantes_essentielles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.composantes_essentielles, Unset):
            composantes_essentielles = []
            for composantes_essentielles_item_data in self.composantes_essentielles:
                composantes_essentielles_item = composantes_essentielles_item_data.to_dict()
                composantes_essentielles.append(composantes_essentielles_item)

        couleur: None | str | Unset
        if isinstance(self.couleur, Unset):
            couleur = UNSET
        else:
            couleur = self.couleur

        id_orebut: None | str | Unset
        if isinstance(self.id_orebut, Unset):
            id_orebut = UNSET
        else:
            id_orebut = self.id_orebut

        numero = self.numero

        situations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.situations, Unset):
            situations = []
            for situations_item_data in self.situations:
                situations_item = situations_item_data.to_dict()
                situations.append(situations_item)

        titre_long: None | str | Unset
        if isinstance(self.titre_long, Unset):
            titre_long = UNSET
        else:
            titre_long = self.titre_long

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "niveaux": niveaux,
                "titre": titre,
            }
        )
        if composantes_essentielles is not UNSET:
            field_dict["composantes_essentielles"] = composantes_essentielles
        if couleur is not UNSET:
            field_dict["couleur"] = couleur
        if id_orebut is not UNSET:
            field_dict["id_orebut"] = id_orebut
        if numero is not UNSET:
            field_dict["numero"] = numero
        if situations is not UNSET:
            field_dict["situations"] = situations
        if titre_long is not UNSET:
            field_dict["titre_long"] = titre_long

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.competence_niveaux import CompetenceNiveaux  # noqa: PLC0415
        from ..models.libelle import Libelle  # noqa: PLC0415

        d = dict(src_dict)
        niveaux = CompetenceNiveaux.from_dict(d.pop("niveaux"))

        titre = d.pop("titre")

        _composantes_essentielles = d.pop("composantes_essentielles", UNSET)
        composantes_essentielles: list[Libelle] | Unset = UNSET
        if _composantes_essentielles is not UNSET:
            composantes_essentielles = []
            for composantes_essentielles_item_data in _composantes_essentielles:
                composantes_essentielles_item = Libelle.from_dict(composantes_essentielles_item_data)

                composantes_essentielles.append(composantes_essentielles_item)

        def _parse_couleur(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        couleur = _parse_couleur(d.pop("couleur", UNSET))

        def _parse_id_orebut(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_orebut = _parse_id_orebut(d.pop("id_orebut", UNSET))

        numero = d.pop("numero", UNSET)

        _situations = d.pop("situations", UNSET)
        situations: list[Libelle] | Unset = UNSET
        if _situations is not UNSET:
            situations = []
            for situations_item_data in _situations:
                situations_item = Libelle.from_dict(situations_item_data)

                situations.append(situations_item)

        def _parse_titre_long(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        titre_long = _parse_titre_long(d.pop("titre_long", UNSET))

        competence = cls(
            niveaux=niveaux,
            titre=titre,
            composantes_essentielles=composantes_essentielles,
            couleur=couleur,
            id_orebut=id_orebut,
            numero=numero,
            situations=situations,
            titre_long=titre_long,
        )

        competence.additional_properties = d
        return competence

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
