from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModuleRead")


@_attrs_define
class ModuleRead:
    """
    Attributes:
        abbrev (None | str):
        code (str):
        code_apogee (None | str):
        coefficient (float):
        ects (float | None):
        formation_id (int):
        heures_cours (float):
        heures_td (float):
        heures_tp (float):
        matiere_id (int | None):
        module_id (int):
        module_type (int):
        numero (int):
        semestre_id (int):
        titre (None | str):
        ue_id (int):
    """

    abbrev: None | str
    code: str
    code_apogee: None | str
    coefficient: float
    ects: float | None
    formation_id: int
    heures_cours: float
    heures_td: float
    heures_tp: float
    matiere_id: int | None
    module_id: int
    module_type: int
    numero: int
    semestre_id: int
    titre: None | str
    ue_id: int

    def to_dict(self) -> dict[str, Any]:
        abbrev: None | str
        abbrev = self.abbrev

        code = self.code

        code_apogee: None | str
        code_apogee = self.code_apogee

        coefficient = self.coefficient

        ects: float | None
        ects = self.ects

        formation_id = self.formation_id

        heures_cours = self.heures_cours

        heures_td = self.heures_td

        heures_tp = self.heures_tp

        matiere_id: int | None
        matiere_id = self.matiere_id

        module_id = self.module_id

        module_type = self.module_type

        numero = self.numero

        semestre_id = self.semestre_id

        titre: None | str
        titre = self.titre

        ue_id = self.ue_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "abbrev": abbrev,
                "code": code,
                "code_apogee": code_apogee,
                "coefficient": coefficient,
                "ects": ects,
                "formation_id": formation_id,
                "heures_cours": heures_cours,
                "heures_td": heures_td,
                "heures_tp": heures_tp,
                "matiere_id": matiere_id,
                "module_id": module_id,
                "module_type": module_type,
                "numero": numero,
                "semestre_id": semestre_id,
                "titre": titre,
                "ue_id": ue_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_abbrev(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        abbrev = _parse_abbrev(d.pop("abbrev"))

        code = d.pop("code")

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

        heures_cours = d.pop("heures_cours")

        heures_td = d.pop("heures_td")

        heures_tp = d.pop("heures_tp")

        def _parse_matiere_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        matiere_id = _parse_matiere_id(d.pop("matiere_id"))

        module_id = d.pop("module_id")

        module_type = d.pop("module_type")

        numero = d.pop("numero")

        semestre_id = d.pop("semestre_id")

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        ue_id = d.pop("ue_id")

        module_read = cls(
            abbrev=abbrev,
            code=code,
            code_apogee=code_apogee,
            coefficient=coefficient,
            ects=ects,
            formation_id=formation_id,
            heures_cours=heures_cours,
            heures_td=heures_td,
            heures_tp=heures_tp,
            matiere_id=matiere_id,
            module_id=module_id,
            module_type=module_type,
            numero=numero,
            semestre_id=semestre_id,
            titre=titre,
            ue_id=ue_id,
        )

        return module_read
