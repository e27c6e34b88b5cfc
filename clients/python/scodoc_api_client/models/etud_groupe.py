from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="EtudGroupe")


@_attrs_define
class EtudGroupe:
    """
    Attributes:
        group_id (int):
        group_name (None | str):
        numero (int):
        partition_id (int):
        partition_name (str):
    """

    group_id: int
    group_name: None | str
    numero: int
    partition_id: int
    partition_name: str

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        group_name: None | str
        group_name = self.group_name

        numero = self.numero

        partition_id = self.partition_id

        partition_name = self.partition_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "group_id": group_id,
                "group_name": group_name,
                "numero": numero,
                "partition_id": partition_id,
                "partition_name": partition_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("group_id")

        def _parse_group_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_name = _parse_group_name(d.pop("group_name"))

        numero = d.pop("numero")

        partition_id = d.pop("partition_id")

        partition_name = d.pop("partition_name")

        etud_groupe = cls(
            group_id=group_id,
            group_name=group_name,
            numero=numero,
            partition_id=partition_id,
            partition_name=partition_name,
        )

        return etud_groupe
