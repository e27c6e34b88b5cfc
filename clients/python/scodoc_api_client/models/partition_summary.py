from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PartitionSummary")


@_attrs_define
class PartitionSummary:
    """A partition as created or edited.

    Attributes:
        formsemestre_id (int):
        id (int):
        partition_name (None | str):
    """

    formsemestre_id: int
    id: int
    partition_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        formsemestre_id = self.formsemestre_id

        id = self.id

        partition_name: None | str
        partition_name = self.partition_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "formsemestre_id": formsemestre_id,
                "id": id,
                "partition_name": partition_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formsemestre_id = d.pop("formsemestre_id")

        id = d.pop("id")

        def _parse_partition_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partition_name = _parse_partition_name(d.pop("partition_name"))

        partition_summary = cls(
            formsemestre_id=formsemestre_id,
            id=id,
            partition_name=partition_name,
        )

        partition_summary.additional_properties = d
        return partition_summary

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
