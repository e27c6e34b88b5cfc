from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetGroupsIn")


@_attrs_define
class SetGroupsIn:
    """
    Attributes:
        partition_id (int):
        groups (None | str | Unset): lines 'group_id;etudid;etudid;...;' (the last ';' is required)
        groups_to_create (None | str | Unset): lines 'group_name;etudid;...;'
        groups_to_delete (None | str | Unset): 'group_id;group_id;...'
    """

    partition_id: int
    groups: None | str | Unset = UNSET
    groups_to_create: None | str | Unset = UNSET
    groups_to_delete: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_id = self.partition_id

        groups: None | str | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        else:
            groups = self.groups

        groups_to_create: None | str | Unset
        if isinstance(self.groups_to_create, Unset):
            groups_to_create = UNSET
        else:
            groups_to_create = self.groups_to_create

        groups_to_delete: None | str | Unset
        if isinstance(self.groups_to_delete, Unset):
            groups_to_delete = UNSET
        else:
            groups_to_delete = self.groups_to_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "partition_id": partition_id,
            }
        )
        if groups is not UNSET:
            field_dict["groups"] = groups
        if groups_to_create is not UNSET:
            field_dict["groups_to_create"] = groups_to_create
        if groups_to_delete is not UNSET:
            field_dict["groups_to_delete"] = groups_to_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        partition_id = d.pop("partition_id")

        def _parse_groups(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        def _parse_groups_to_create(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        groups_to_create = _parse_groups_to_create(d.pop("groups_to_create", UNSET))

        def _parse_groups_to_delete(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        groups_to_delete = _parse_groups_to_delete(d.pop("groups_to_delete", UNSET))

        set_groups_in = cls(
            partition_id=partition_id,
            groups=groups,
            groups_to_create=groups_to_create,
            groups_to_delete=groups_to_delete,
        )

        set_groups_in.additional_properties = d
        return set_groups_in

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
