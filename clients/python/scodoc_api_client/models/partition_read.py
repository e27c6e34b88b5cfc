from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_in_partition import GroupInPartition


T = TypeVar("T", bound="PartitionRead")


@_attrs_define
class PartitionRead:
    """
    Attributes:
        formsemestre_id (int):
        group (list[GroupInPartition]):
        partition_id (int):
        partition_name (None | str):
        bul_show_rank (bool | None | Unset):
        numero (int | None | Unset):
        show_in_lists (bool | None | Unset):
    """

    formsemestre_id: int
    group: list[GroupInPartition]
    partition_id: int
    partition_name: None | str
    bul_show_rank: bool | None | Unset = UNSET
    numero: int | None | Unset = UNSET
    show_in_lists: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        formsemestre_id = self.formsemestre_id

        group = []
        for group_item_data in self.group:
            group_item = group_item_data.to_dict()
            group.append(group_item)

        partition_id = self.partition_id

        partition_name: None | str
        partition_name = self.partition_name

        bul_show_rank: bool | None | Unset
        if isinstance(self.bul_show_rank, Unset):
            bul_show_rank = UNSET
        else:
            bul_show_rank = self.bul_show_rank

        numero: int | None | Unset
        if isinstance(self.numero, Unset):
            numero = UNSET
        else:
            numero = self.numero

        show_in_lists: bool | None | Unset
        if isinstance(self.show_in_lists, Unset):
            show_in_lists = UNSET
        else:
            show_in_lists = self.show_in_lists

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "formsemestre_id": formsemestre_id,
                "group": group,
                "partition_id": partition_id,
                "partition_name": partition_name,
            }
        )
        if bul_show_rank is not UNSET:
            field_dict["bul_show_rank"] = bul_show_rank
        if numero is not UNSET:
            field_dict["numero"] = numero
        if show_in_lists is not UNSET:
            field_dict["show_in_lists"] = show_in_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_in_partition import GroupInPartition  # noqa: PLC0415

        d = dict(src_dict)
        formsemestre_id = d.pop("formsemestre_id")

        group = []
        _group = d.pop("group")
        for group_item_data in _group:
            group_item = GroupInPartition.from_dict(group_item_data)

            group.append(group_item)

        partition_id = d.pop("partition_id")

        def _parse_partition_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        partition_name = _parse_partition_name(d.pop("partition_name"))

        def _parse_bul_show_rank(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bul_show_rank = _parse_bul_show_rank(d.pop("bul_show_rank", UNSET))

        def _parse_numero(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        numero = _parse_numero(d.pop("numero", UNSET))

        def _parse_show_in_lists(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        show_in_lists = _parse_show_in_lists(d.pop("show_in_lists", UNSET))

        partition_read = cls(
            formsemestre_id=formsemestre_id,
            group=group,
            partition_id=partition_id,
            partition_name=partition_name,
            bul_show_rank=bul_show_rank,
            numero=numero,
            show_in_lists=show_in_lists,
        )

        return partition_read
