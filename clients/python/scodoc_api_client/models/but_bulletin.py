from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.but_bulletin_etudiant import ButBulletinEtudiant
    from ..models.but_bulletin_formation import ButBulletinFormation
    from ..models.but_bulletin_options import ButBulletinOptions
    from ..models.but_bulletin_ressources import ButBulletinRessources
    from ..models.but_bulletin_saes import ButBulletinSaes
    from ..models.but_bulletin_ues import ButBulletinUes
    from ..models.but_bulletin_ues_capitalisees import ButBulletinUesCapitalisees
    from ..models.but_semestre import ButSemestre


T = TypeVar("T", bound="ButBulletin")


@_attrs_define
class ButBulletin:
    """
    Attributes:
        date (str):
        etat_inscription (str):
        etudiant (ButBulletinEtudiant):
        formation (ButBulletinFormation):
        formsemestre_id (int):
        options (ButBulletinOptions):
        publie (bool):
        type_ (str):
        version (str):
        ressources (ButBulletinRessources | Unset):
        saes (ButBulletinSaes | Unset):
        semestre (ButSemestre | None | Unset):
        ues (ButBulletinUes | Unset):
        ues_capitalisees (ButBulletinUesCapitalisees | Unset):
    """

    date: str
    etat_inscription: str
    etudiant: ButBulletinEtudiant
    formation: ButBulletinFormation
    formsemestre_id: int
    options: ButBulletinOptions
    publie: bool
    type_: str
    version: str
    ressources: ButBulletinRessources | Unset = UNSET
    saes: ButBulletinSaes | Unset = UNSET
    semestre: ButSemestre | None | Unset = UNSET
    ues: ButBulletinUes | Unset = UNSET
    ues_capitalisees: ButBulletinUesCapitalisees | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.but_semestre import ButSemestre  # noqa: PLC0415

        date = self.date

        etat_inscription = self.etat_inscription

        etudiant = self.etudiant.to_dict()

        formation = self.formation.to_dict()

        formsemestre_id = self.formsemestre_id

        options = self.options.to_dict()

        publie = self.publie

        type_ = self.type_

        version = self.version

        ressources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ressources, Unset):
            ressources = self.ressources.to_dict()

        saes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.saes, Unset):
            saes = self.saes.to_dict()

        semestre: dict[str, Any] | None | Unset
        if isinstance(self.semestre, Unset):
            semestre = UNSET
        elif isinstance(self.semestre, ButSemestre):
            semestre = self.semestre.to_dict()
        else:
            semestre = self.semestre

        ues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ues, Unset):
            ues = self.ues.to_dict()

        ues_capitalisees: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ues_capitalisees, Unset):
            ues_capitalisees = self.ues_capitalisees.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "etat_inscription": etat_inscription,
                "etudiant": etudiant,
                "formation": formation,
                "formsemestre_id": formsemestre_id,
                "options": options,
                "publie": publie,
                "type": type_,
                "version": version,
            }
        )
        if ressources is not UNSET:
            field_dict["ressources"] = ressources
        if saes is not UNSET:
            field_dict["saes"] = saes
        if semestre is not UNSET:
            field_dict["semestre"] = semestre
        if ues is not UNSET:
            field_dict["ues"] = ues
        if ues_capitalisees is not UNSET:
            field_dict["ues_capitalisees"] = ues_capitalisees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.but_bulletin_etudiant import ButBulletinEtudiant  # noqa: PLC0415
        from ..models.but_bulletin_formation import ButBulletinFormation  # noqa: PLC0415
        from ..models.but_bulletin_options import ButBulletinOptions  # noqa: PLC0415
        from ..models.but_bulletin_ressources import ButBulletinRessources  # noqa: PLC0415
        from ..models.but_bulletin_saes import ButBulletinSaes  # noqa: PLC0415
        from ..models.but_bulletin_ues import ButBulletinUes  # noqa: PLC0415
        from ..models.but_bulletin_ues_capitalisees import ButBulletinUesCapitalisees  # noqa: PLC0415
        from ..models.but_semestre import ButSemestre  # noqa: PLC0415

        d = dict(src_dict)
        date = d.pop("date")

        etat_inscription = d.pop("etat_inscription")

        etudiant = ButBulletinEtudiant.from_dict(d.pop("etudiant"))

        formation = ButBulletinFormation.from_dict(d.pop("formation"))

        formsemestre_id = d.pop("formsemestre_id")

        options = ButBulletinOptions.from_dict(d.pop("options"))

        publie = d.pop("publie")

        type_ = d.pop("type")

        version = d.pop("version")

        _ressources = d.pop("ressources", UNSET)
        ressources: ButBulletinRessources | Unset
        if isinstance(_ressources, Unset):
            ressources = UNSET
        else:
            ressources = ButBulletinRessources.from_dict(_ressources)

        _saes = d.pop("saes", UNSET)
        saes: ButBulletinSaes | Unset
        if isinstance(_saes, Unset):
            saes = UNSET
        else:
            saes = ButBulletinSaes.from_dict(_saes)

        def _parse_semestre(data: object) -> ButSemestre | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                semestre_type_0 = ButSemestre.from_dict(data)

                return semestre_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ButSemestre | None | Unset, data)

        semestre = _parse_semestre(d.pop("semestre", UNSET))

        _ues = d.pop("ues", UNSET)
        ues: ButBulletinUes | Unset
        if isinstance(_ues, Unset):
            ues = UNSET
        else:
            ues = ButBulletinUes.from_dict(_ues)

        _ues_capitalisees = d.pop("ues_capitalisees", UNSET)
        ues_capitalisees: ButBulletinUesCapitalisees | Unset
        if isinstance(_ues_capitalisees, Unset):
            ues_capitalisees = UNSET
        else:
            ues_capitalisees = ButBulletinUesCapitalisees.from_dict(_ues_capitalisees)

        but_bulletin = cls(
            date=date,
            etat_inscription=etat_inscription,
            etudiant=etudiant,
            formation=formation,
            formsemestre_id=formsemestre_id,
            options=options,
            publie=publie,
            type_=type_,
            version=version,
            ressources=ressources,
            saes=saes,
            semestre=semestre,
            ues=ues,
            ues_capitalisees=ues_capitalisees,
        )

        but_bulletin.additional_properties = d
        return but_bulletin

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
