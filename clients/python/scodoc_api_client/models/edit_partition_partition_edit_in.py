from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edit_partition_partition_edit_in_bul_show_rank_type_1 import EditPartitionPartitionEditInBulShowRankType1
from ..models.edit_partition_partition_edit_in_show_in_lists_type_1 import EditPartitionPartitionEditInShowInListsType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditPartitionPartitionEditIn")


@_attrs_define
class EditPartitionPartitionEditIn:
    """
    Attributes:
        bul_show_rank (bool | EditPartitionPartitionEditInBulShowRankType1 | Unset):  Default: False.
        numero (int | Unset):
        partition_name (str | Unset):
        show_in_lists (bool | EditPartitionPartitionEditInShowInListsType1 | Unset):  Default: True.
    """

    bul_show_rank: bool | EditPartitionPartitionEditInBulShowRankType1 | Unset = False
    numero: int | Unset = UNSET
    partition_name: str | Unset = UNSET
    show_in_lists: bool | EditPartitionPartitionEditInShowInListsType1 | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bul_show_rank: bool | int | Unset
        if isinstance(self.bul_show_rank, Unset):
            bul_show_rank = UNSET
        elif isinstance(self.bul_show_rank, EditPartitionPartitionEditInBulShowRankType1):
            bul_show_rank = self.bul_show_rank.value
        else:
            bul_show_rank = self.bul_show_rank

        numero = self.numero

        partition_name = self.partition_name

        show_in_lists: bool | int | Unset
        if isinstance(self.show_in_lists, Unset):
            show_in_lists = UNSET
        elif isinstance(self.show_in_lists, EditPartitionPartitionEditInShowInListsType1):
            show_in_lists = self.show_in_lists.value
        else:
            show_in_lists = self.show_in_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bul_show_rank is not UNSET:
            field_dict["bul_show_rank"] = bul_show_rank
        if numero is not UNSET:
            field_dict["numero"] = numero
        if partition_name is not UNSET:
            field_dict["partition_name"] = partition_name
        if show_in_lists is not UNSET:
            field_dict["show_in_lists"] = show_in_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bul_show_rank(data: object) -> bool | EditPartitionPartitionEditInBulShowRankType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                bul_show_rank_type_1 = EditPartitionPartitionEditInBulShowRankType1(data)

                return bul_show_rank_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | EditPartitionPartitionEditInBulShowRankType1 | Unset, data)

        bul_show_rank = _parse_bul_show_rank(d.pop("bul_show_rank", UNSET))

        numero = d.pop("numero", UNSET)

        partition_name = d.pop("partition_name", UNSET)

        def _parse_show_in_lists(data: object) -> bool | EditPartitionPartitionEditInShowInListsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                show_in_lists_type_1 = EditPartitionPartitionEditInShowInListsType1(data)

                return show_in_lists_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | EditPartitionPartitionEditInShowInListsType1 | Unset, data)

        show_in_lists = _parse_show_in_lists(d.pop("show_in_lists", UNSET))

        edit_partition_partition_edit_in = cls(
            bul_show_rank=bul_show_rank,
            numero=numero,
            partition_name=partition_name,
            show_in_lists=show_in_lists,
        )

        edit_partition_partition_edit_in.additional_properties = d
        return edit_partition_partition_edit_in

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
