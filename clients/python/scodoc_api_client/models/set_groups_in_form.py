from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetGroupsInForm")


@_attrs_define
class SetGroupsInForm:
    """
    Attributes:
        partition_id (int):
        groups (str | Unset): lines 'group_id;etudid;etudid;...;' (the last ';' is required)
        groups_to_create (str | Unset): lines 'group_name;etudid;...;'
        groups_to_delete (str | Unset): 'group_id;group_id;...'
    """

    partition_id: int
    groups: str | Unset = UNSET
    groups_to_create: str | Unset = UNSET
    groups_to_delete: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition_id = self.partition_id

        groups = self.groups

        groups_to_create = self.groups_to_create

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

        groups = d.pop("groups", UNSET)

        groups_to_create = d.pop("groups_to_create", UNSET)

        groups_to_delete = d.pop("groups_to_delete", UNSET)

        set_groups_in_form = cls(
            partition_id=partition_id,
            groups=groups,
            groups_to_create=groups_to_create,
            groups_to_delete=groups_to_delete,
        )

        set_groups_in_form.additional_properties = d
        return set_groups_in_form

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
