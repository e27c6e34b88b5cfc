from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.programme_item_module import ProgrammeItemModule


T = TypeVar("T", bound="ProgrammeItem")


@_attrs_define
class ProgrammeItem:
    """
    Attributes:
        id (int):
        module (ProgrammeItemModule):
        module_id (int):
    """

    id: int
    module: ProgrammeItemModule
    module_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        module = self.module.to_dict()

        module_id = self.module_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "module": module,
                "module_id": module_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_item_module import ProgrammeItemModule  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        module = ProgrammeItemModule.from_dict(d.pop("module"))

        module_id = d.pop("module_id")

        programme_item = cls(
            id=id,
            module=module,
            module_id=module_id,
        )

        programme_item.additional_properties = d
        return programme_item

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
