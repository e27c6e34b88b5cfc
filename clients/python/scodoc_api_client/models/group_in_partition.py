from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupInPartition")


@_attrs_define
class GroupInPartition:
    """
    Attributes:
        formsemestre_id (int):
        group_id (int):
        group_name (None | str):
        partition_id (int):
        partition_name (None | str):
    """

    formsemestre_id: int
    group_id: int
    group_name: None | str
    partition_id: int
    partition_name: None | str

    def to_dict(self) -> dict[str, Any]:
        formsemestre_id = self.formsemestre_id

        group_id = self.group_id

        group_name: None | str
        group_name = self.group_name

        partition_id = self.partition_id

        partition_name: None | str
        partition_name = self.partition_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "formsemestre_id": formsemestre_id,
                "group_id": group_id,
                "group_name": group_name,
                "partition_id": partition_id,
                "partition_name": partition_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formsemestre_id = d.pop("formsemestre_id")

        group_id = d.pop("group_id")

        def _parse_group_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_name = _parse_group_name(d.pop("group_name"))

        partition_id = d.pop("partition_id")

        def _parse_partition_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partition_name = _parse_partition_name(d.pop("partition_name"))

        group_in_partition = cls(
            formsemestre_id=formsemestre_id,
            group_id=group_id,
            group_name=group_name,
            partition_id=partition_id,
            partition_name=partition_name,
        )

        return group_in_partition
