from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.matiere_export import MatiereExport


T = TypeVar("T", bound="UEExport")


@_attrs_define
class UEExport:
    """
    Attributes:
        acronyme (str):
        code_apogee (None | str):
        coefficient (float):
        is_external (bool):
        matiere (list[MatiereExport]):
        numero (int):
        titre (None | str):
        type_ (int):
        ue_code (str):
        ects (float | None | Unset):
        formation_id (int | None | Unset):
        ue_id (int | None | Unset):
    """

    acronyme: str
    code_apogee: None | str
    coefficient: float
    is_external: bool
    matiere: list[MatiereExport]
    numero: int
    titre: None | str
    type_: int
    ue_code: str
    ects: float | None | Unset = UNSET
    formation_id: int | None | Unset = UNSET
    ue_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        acronyme = self.acronyme

        code_apogee: None | str
        code_apogee = self.code_apogee

        coefficient = self.coefficient

        is_external = self.is_external

        matiere = []
        for matiere_item_data in self.matiere:
            matiere_item = matiere_item_data.to_dict()
            matiere.append(matiere_item)

        numero = self.numero

        titre: None | str
        titre = self.titre

        type_ = self.type_

        ue_code = self.ue_code

        ects: float | None | Unset
        if isinstance(self.ects, Unset):
            ects = UNSET
        else:
            ects = self.ects

        formation_id: int | None | Unset
        if isinstance(self.formation_id, Unset):
            formation_id = UNSET
        else:
            formation_id = self.formation_id

        ue_id: int | None | Unset
        if isinstance(self.ue_id, Unset):
            ue_id = UNSET
        else:
            ue_id = self.ue_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acronyme": acronyme,
                "code_apogee": code_apogee,
                "coefficient": coefficient,
                "is_external": is_external,
                "matiere": matiere,
                "numero": numero,
                "titre": titre,
                "type": type_,
                "ue_code": ue_code,
            }
        )
        if ects is not UNSET:
            field_dict["ects"] = ects
        if formation_id is not UNSET:
            field_dict["formation_id"] = formation_id
        if ue_id is not UNSET:
            field_dict["ue_id"] = ue_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matiere_export import MatiereExport  # noqa: PLC0415

        d = dict(src_dict)
        acronyme = d.pop("acronyme")

        def _parse_code_apogee(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_apogee = _parse_code_apogee(d.pop("code_apogee"))

        coefficient = d.pop("coefficient")

        is_external = d.pop("is_external")

        matiere = []
        _matiere = d.pop("matiere")
        for matiere_item_data in _matiere:
            matiere_item = MatiereExport.from_dict(matiere_item_data)

            matiere.append(matiere_item)

        numero = d.pop("numero")

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        type_ = d.pop("type")

        ue_code = d.pop("ue_code")

        def _parse_ects(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ects = _parse_ects(d.pop("ects", UNSET))

        def _parse_formation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        formation_id = _parse_formation_id(d.pop("formation_id", UNSET))

        def _parse_ue_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ue_id = _parse_ue_id(d.pop("ue_id", UNSET))

        ue_export = cls(
            acronyme=acronyme,
            code_apogee=code_apogee,
            coefficient=coefficient,
            is_external=is_external,
            matiere=matiere,
            numero=numero,
            titre=titre,
            type_=type_,
            ue_code=ue_code,
            ects=ects,
            formation_id=formation_id,
            ue_id=ue_id,
        )

        return ue_export
