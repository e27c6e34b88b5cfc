from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetGroupsOut")


@_attrs_define
class SetGroupsOut:
    """
    Attributes:
        message (str):
        status (str):
        groups_created (list[int] | None | Unset):
        groups_deleted (int | None | Unset):
        groups_updated (int | None | Unset):
        partition_id (int | None | Unset):
    """

    message: str
    status: str
    groups_created: list[int] | None | Unset = UNSET
    groups_deleted: int | None | Unset = UNSET
    groups_updated: int | None | Unset = UNSET
    partition_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status = self.status

        groups_created: list[int] | None | Unset
        if isinstance(self.groups_created, Unset):
            groups_created = UNSET
        elif isinstance(self.groups_created, list):
            groups_created = self.groups_created

        else:
            groups_created = self.groups_created

        groups_deleted: int | None | Unset
        if isinstance(self.groups_deleted, Unset):
            groups_deleted = UNSET
        else:
            groups_deleted = self.groups_deleted

        groups_updated: int | None | Unset
        if isinstance(self.groups_updated, Unset):
            groups_updated = UNSET
        else:
            groups_updated = self.groups_updated

        partition_id: int | None | Unset
        if isinstance(self.partition_id, Unset):
            partition_id = UNSET
        else:
            partition_id = self.partition_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "status": status,
            }
        )
        if groups_created is not UNSET:
            field_dict["groups_created"] = groups_created
        if groups_deleted is not UNSET:
            field_dict["groups_deleted"] = groups_deleted
        if groups_updated is not UNSET:
            field_dict["groups_updated"] = groups_updated
        if partition_id is not UNSET:
            field_dict["partition_id"] = partition_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        status = d.pop("status")

        def _parse_groups_created(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_created_type_0 = cast(list[int], data)

                return groups_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        groups_created = _parse_groups_created(d.pop("groups_created", UNSET))

        def _parse_groups_deleted(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        groups_deleted = _parse_groups_deleted(d.pop("groups_deleted", UNSET))

        def _parse_groups_updated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        groups_updated = _parse_groups_updated(d.pop("groups_updated", UNSET))

        def _parse_partition_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partition_id = _parse_partition_id(d.pop("partition_id", UNSET))

        set_groups_out = cls(
            message=message,
            status=status,
            groups_created=groups_created,
            groups_deleted=groups_deleted,
            groups_updated=groups_updated,
            partition_id=partition_id,
        )

        set_groups_out.additional_properties = d
        return set_groups_out

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
