from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.module_export import ModuleExport


T = TypeVar("T", bound="MatiereExport")


@_attrs_define
class MatiereExport:
    """
    Attributes:
        module (list[ModuleExport]):
        numero (int):
        titre (None | str):
        matiere_id (int | None | Unset):
        ue_id (int | None | Unset):
    """

    module: list[ModuleExport]
    numero: int
    titre: None | str
    matiere_id: int | None | Unset = UNSET
    ue_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        module = []
        for module_item_data in self.module:
            module_item = module_item_data.to_dict()
            module.append(module_item)

        numero = self.numero

        titre: None | str
        titre = self.titre

        matiere_id: int | None | Unset
        if isinstance(self.matiere_id, Unset):
            matiere_id = UNSET
        else:
            matiere_id = self.matiere_id

        ue_id: int | None | Unset
        if isinstance(self.ue_id, Unset):
            ue_id = UNSET
        else:
            ue_id = self.ue_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "module": module,
                "numero": numero,
                "titre": titre,
            }
        )
        if matiere_id is not UNSET:
            field_dict["matiere_id"] = matiere_id
        if ue_id is not UNSET:
            field_dict["ue_id"] = ue_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.module_export import ModuleExport  # noqa: PLC0415

        d = dict(src_dict)
        module = []
        _module = d.pop("module")
        for module_item_data in _module:
            module_item = ModuleExport.from_dict(module_item_data)

            module.append(module_item)

        numero = d.pop("numero")

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        def _parse_matiere_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        matiere_id = _parse_matiere_id(d.pop("matiere_id", UNSET))

        def _parse_ue_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ue_id = _parse_ue_id(d.pop("ue_id", UNSET))

        matiere_export = cls(
            module=module,
            numero=numero,
            titre=titre,
            matiere_id=matiere_id,
            ue_id=ue_id,
        )

        return matiere_export
