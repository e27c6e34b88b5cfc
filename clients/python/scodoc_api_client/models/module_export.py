from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tag_export import TagExport


T = TypeVar("T", bound="ModuleExport")


@_attrs_define
class ModuleExport:
    """
    Attributes:
        abbrev (None | str):
        code (str):
        code_apogee (None | str):
        coefficient (float):
        ects (float | str):
        heures_cours (float):
        heures_td (float):
        heures_tp (float):
        module_type (int):
        numero (int):
        semestre_id (int):
        titre (None | str):
        formation_id (int | None | Unset):
        matiere_id (int | None | Unset):
        module_id (int | None | Unset):
        tags (list[TagExport] | None | Unset):
        ue_id (int | None | Unset):
    """

    abbrev: None | str
    code: str
    code_apogee: None | str
    coefficient: float
    ects: float | str
    heures_cours: float
    heures_td: float
    heures_tp: float
    module_type: int
    numero: int
    semestre_id: int
    titre: None | str
    formation_id: int | None | Unset = UNSET
    matiere_id: int | None | Unset = UNSET
    module_id: int | None | Unset = UNSET
    tags: list[TagExport] | None | Unset = UNSET
    ue_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        abbrev: None | str
        abbrev = self.abbrev

        code = self.code

        code_apogee: None | str
        code_apogee = self.code_apogee

        coefficient = self.coefficient

        ects: float | str
        ects = self.ects

        heures_cours = self.heures_cours

        heures_td = self.heures_td

        heures_tp = self.heures_tp

        module_type = self.module_type

        numero = self.numero

        semestre_id = self.semestre_id

        titre: None | str
        titre = self.titre

        formation_id: int | None | Unset
        if isinstance(self.formation_id, Unset):
            formation_id = UNSET
        else:
            formation_id = self.formation_id

        matiere_id: int | None | Unset
        if isinstance(self.matiere_id, Unset):
            matiere_id = UNSET
        else:
            matiere_id = self.matiere_id

        module_id: int | None | Unset
        if isinstance(self.module_id, Unset):
            module_id = UNSET
        else:
            module_id = self.module_id

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        ue_id: int | None | Unset
        if isinstance(self.ue_id, Unset):
            ue_id = UNSET
        else:
            ue_id = self.ue_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "abbrev": abbrev,
                "code": code,
                "code_apogee": code_apogee,
                "coefficient": coefficient,
                "ects": ects,
                "heures_cours": heures_cours,
                "heures_td": heures_td,
                "heures_tp": heures_tp,
                "module_type": module_type,
                "numero": numero,
                "semestre_id": semestre_id,
                "titre": titre,
            }
        )
        if formation_id is not UNSET:
            field_dict["formation_id"] = formation_id
        if matiere_id is not UNSET:
            field_dict["matiere_id"] = matiere_id
        if module_id is not UNSET:
            field_dict["module_id"] = module_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if ue_id is not UNSET:
            field_dict["ue_id"] = ue_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_export import TagExport  # noqa: PLC0415

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

        def _parse_ects(data: object) -> float | str:
            return cast(float | str, data)

        ects = _parse_ects(d.pop("ects"))

        heures_cours = d.pop("heures_cours")

        heures_td = d.pop("heures_td")

        heures_tp = d.pop("heures_tp")

        module_type = d.pop("module_type")

        numero = d.pop("numero")

        semestre_id = d.pop("semestre_id")

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        def _parse_formation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        formation_id = _parse_formation_id(d.pop("formation_id", UNSET))

        def _parse_matiere_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        matiere_id = _parse_matiere_id(d.pop("matiere_id", UNSET))

        def _parse_module_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        module_id = _parse_module_id(d.pop("module_id", UNSET))

        def _parse_tags(data: object) -> list[TagExport] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = TagExport.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TagExport] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_ue_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ue_id = _parse_ue_id(d.pop("ue_id", UNSET))

        module_export = cls(
            abbrev=abbrev,
            code=code,
            code_apogee=code_apogee,
            coefficient=coefficient,
            ects=ects,
            heures_cours=heures_cours,
            heures_td=heures_td,
            heures_tp=heures_tp,
            module_type=module_type,
            numero=numero,
            semestre_id=semestre_id,
            titre=titre,
            formation_id=formation_id,
            matiere_id=matiere_id,
            module_id=module_id,
            tags=tags,
            ue_id=ue_id,
        )

        return module_export
