from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="UERead")


@_attrs_define
class UERead:
    """
    Attributes:
        acronyme (str):
        code_apogee (None | str):
        coefficient (float):
        ects (float | None):
        formation_id (int):
        is_external (bool):
        numero (int):
        titre (None | str):
        type_ (int):
        ue_code (str):
        ue_id (int):
    """

    acronyme: str
    code_apogee: None | str
    coefficient: float
    ects: float | None
    formation_id: int
    is_external: bool
    numero: int
    titre: None | str
    type_: int
    ue_code: str
    ue_id: int

    def to_dict(self) -> dict[str, Any]:
        acronyme = self.acronyme

        code_apogee: None | str
        code_apogee = self.code_apogee

        coefficient = self.coefficient

        ects: float | None
        ects = self.ects

        formation_id = self.formation_id

        is_external = self.is_external

        numero = self.numero

        titre: None | str
        titre = self.titre

        type_ = self.type_

        ue_code = self.ue_code

        ue_id = self.ue_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acronyme": acronyme,
                "code_apogee": code_apogee,
                "coefficient": coefficient,
                "ects": ects,
                "formation_id": formation_id,
                "is_external": is_external,
                "numero": numero,
                "titre": titre,
                "type": type_,
                "ue_code": ue_code,
                "ue_id": ue_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acronyme = d.pop("acronyme")

        def _parse_code_apogee(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_apogee = _parse_code_apogee(d.pop("code_apogee"))

        coefficient = d.pop("coefficient")

        def _parse_ects(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        ects = _parse_ects(d.pop("ects"))

        formation_id = d.pop("formation_id")

        is_external = d.pop("is_external")

        numero = d.pop("numero")

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        type_ = d.pop("type")

        ue_code = d.pop("ue_code")

        ue_id = d.pop("ue_id")

        ue_read = cls(
            acronyme=acronyme,
            code_apogee=code_apogee,
            coefficient=coefficient,
            ects=ects,
            formation_id=formation_id,
            is_external=is_external,
            numero=numero,
            titre=titre,
            type_=type_,
            ue_code=ue_code,
            ue_id=ue_id,
        )

        return ue_read
