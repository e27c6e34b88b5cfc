from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_partition_partition_in_bul_show_rank_type_1 import CreatePartitionPartitionInBulShowRankType1
from ..models.create_partition_partition_in_show_in_lists_type_1 import CreatePartitionPartitionInShowInListsType1
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePartitionPartitionIn")


@_attrs_define
class CreatePartitionPartitionIn:
    """
    Attributes:
        partition_name (str): unique in its semester
        bul_show_rank (bool | CreatePartitionPartitionInBulShowRankType1 | Unset):  Default: False.
        numero (int | None | Unset): order (default: after the others)
        show_in_lists (bool | CreatePartitionPartitionInShowInListsType1 | Unset):  Default: True.
    """

    partition_name: str
    bul_show_rank: bool | CreatePartitionPartitionInBulShowRankType1 | Unset = False
    numero: int | None | Unset = UNSET
    show_in_lists: bool | CreatePartitionPartitionInShowInListsType1 | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_name = self.partition_name

        bul_show_rank: bool | int | Unset
        if isinstance(self.bul_show_rank, Unset):
            bul_show_rank = UNSET
        elif isinstance(self.bul_show_rank, CreatePartitionPartitionInBulShowRankType1):
            bul_show_rank = self.bul_show_rank.value
        else:
            bul_show_rank = self.bul_show_rank

        numero: int | None | Unset
        if isinstance(self.numero, Unset):
            numero = UNSET
        else:
            numero = self.numero

        show_in_lists: bool | int | Unset
        if isinstance(self.show_in_lists, Unset):
            show_in_lists = UNSET
        elif isinstance(self.show_in_lists, CreatePartitionPartitionInShowInListsType1):
            show_in_lists = self.show_in_lists.value
        else:
            show_in_lists = self.show_in_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        d = dict(src_dict)
        partition_name = d.pop("partition_name")

        def _parse_bul_show_rank(data: object) -> bool | CreatePartitionPartitionInBulShowRankType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                bul_show_rank_type_1 = CreatePartitionPartitionInBulShowRankType1(data)

                return bul_show_rank_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | CreatePartitionPartitionInBulShowRankType1 | Unset, data)

        bul_show_rank = _parse_bul_show_rank(d.pop("bul_show_rank", UNSET))

        def _parse_numero(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        numero = _parse_numero(d.pop("numero", UNSET))

        def _parse_show_in_lists(data: object) -> bool | CreatePartitionPartitionInShowInListsType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                show_in_lists_type_1 = CreatePartitionPartitionInShowInListsType1(data)

                return show_in_lists_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | CreatePartitionPartitionInShowInListsType1 | Unset, data)

        show_in_lists = _parse_show_in_lists(d.pop("show_in_lists", UNSET))

        create_partition_partition_in = cls(
            partition_name=partition_name,
            bul_show_rank=bul_show_rank,
            numero=numero,
            show_in_lists=show_in_lists,
        )

        create_partition_partition_in.additional_properties = d
        return create_partition_partition_in

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
