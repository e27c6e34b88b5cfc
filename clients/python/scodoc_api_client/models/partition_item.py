from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.partition_item_groups import PartitionItemGroups


T = TypeVar("T", bound="PartitionItem")


@_attrs_define
class PartitionItem:
    """
    Attributes:
        groups (PartitionItemGroups):
        id (int):
        numero (int):
        partition_name (None | str):
    """

    groups: PartitionItemGroups
    id: int
    numero: int
    partition_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups = self.groups.to_dict()

        id = self.id

        numero = self.numero

        partition_name: None | str
        partition_name = self.partition_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groups": groups,
                "id": id,
                "numero": numero,
                "partition_name": partition_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partition_item_groups import PartitionItemGroups  # noqa: PLC0415

        d = dict(src_dict)
        groups = PartitionItemGroups.from_dict(d.pop("groups"))

        id = d.pop("id")

        numero = d.pop("numero")

        def _parse_partition_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partition_name = _parse_partition_name(d.pop("partition_name"))

        partition_item = cls(
            groups=groups,
            id=id,
            numero=numero,
            partition_name=partition_name,
        )

        partition_item.additional_properties = d
        return partition_item

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
