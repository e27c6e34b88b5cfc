from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.but_ue_capitalise_type_0 import ButUECapitaliseType0
    from ..models.but_ue_competence_type_0 import ButUECompetenceType0
    from ..models.but_ue_ressources import ButUERessources
    from ..models.but_ue_saes import ButUESaes
    from ..models.ects import ECTS
    from ..models.ue_mean import UEMean


T = TypeVar("T", bound="ButUE")


@_attrs_define
class ButUE:
    """
    Attributes:
        ects (ECTS):
        bonus (str):
        capitalise (ButUECapitaliseType0 | None):
        competence (ButUECompetenceType0 | None):
        id (int):
        malus (str):
        moyenne (UEMean):
        numero (int):
        ressources (ButUERessources):
        saes (ButUESaes):
        titre (None | str):
        type_ (int):
    """

    ects: ECTS
    bonus: str
    capitalise: ButUECapitaliseType0 | None
    competence: ButUECompetenceType0 | None
    id: int
    malus: str
    moyenne: UEMean
    numero: int
    ressources: ButUERessources
    saes: ButUESaes
    titre: None | str
    type_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.but_ue_capitalise_type_0 import ButUECapitaliseType0  # noqa: PLC0415
        from ..models.but_ue_competence_type_0 import ButUECompetenceType0  # noqa: PLC0415

        ects = self.ects.to_dict()

        bonus = self.bonus

        capitalise: dict[str, Any] | None
        if isinstance(self.capitalise, ButUECapitaliseType0):
            capitalise = self.capitalise.to_dict()
        else:
            capitalise = self.capitalise

        competence: dict[str, Any] | None
        if isinstance(self.competence, ButUECompetenceType0):
            competence = self.competence.to_dict()
        else:
            competence = self.competence

        id = self.id

        malus = self.malus

        moyenne = self.moyenne.to_dict()

        numero = self.numero

        ressources = self.ressources.to_dict()

        saes = self.saes.to_dict()

        titre: None | str
        titre = self.titre

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ECTS": ects,
                "bonus": bonus,
                "capitalise": capitalise,
                "competence": competence,
                "id": id,
                "malus": malus,
                "moyenne": moyenne,
                "numero": numero,
                "ressources": ressources,
                "saes": saes,
                "titre": titre,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.but_ue_capitalise_type_0 import ButUECapitaliseType0  # noqa: PLC0415
        from ..models.but_ue_competence_type_0 import ButUECompetenceType0  # noqa: PLC0415
        from ..models.but_ue_ressources import ButUERessources  # noqa: PLC0415
        from ..models.but_ue_saes import ButUESaes  # noqa: PLC0415
        from ..models.ects import ECTS  # noqa: PLC0415
        from ..models.ue_mean import UEMean  # noqa: PLC0415

        d = dict(src_dict)
        ects = ECTS.from_dict(d.pop("ECTS"))

        bonus = d.pop("bonus")

        def _parse_capitalise(data: object) -> ButUECapitaliseType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capitalise_type_0 = ButUECapitaliseType0.from_dict(data)

                return capitalise_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ButUECapitaliseType0 | None, data)

        capitalise = _parse_capitalise(d.pop("capitalise"))

        def _parse_competence(data: object) -> ButUECompetenceType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                competence_type_0 = ButUECompetenceType0.from_dict(data)

                return competence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ButUECompetenceType0 | None, data)

        competence = _parse_competence(d.pop("competence"))

        id = d.pop("id")

        malus = d.pop("malus")

        moyenne = UEMean.from_dict(d.pop("moyenne"))

        numero = d.pop("numero")

        ressources = ButUERessources.from_dict(d.pop("ressources"))

        saes = ButUESaes.from_dict(d.pop("saes"))

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        type_ = d.pop("type")

        but_ue = cls(
            ects=ects,
            bonus=bonus,
            capitalise=capitalise,
            competence=competence,
            id=id,
            malus=malus,
            moyenne=moyenne,
            numero=numero,
            ressources=ressources,
            saes=saes,
            titre=titre,
            type_=type_,
        )

        but_ue.additional_properties = d
        return but_ue

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
