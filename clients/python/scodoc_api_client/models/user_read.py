from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserRead")


@_attrs_define
class UserRead:
    """
    Attributes:
        active (bool):
        dept (None | str):
        id (int):
        roles_string (str):
        user_name (str):
    """

    active: bool
    dept: None | str
    id: int
    roles_string: str
    user_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        dept: None | str
        dept = self.dept

        id = self.id

        roles_string = self.roles_string

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "dept": dept,
                "id": id,
                "roles_string": roles_string,
                "user_name": user_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        def _parse_dept(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dept = _parse_dept(d.pop("dept"))

        id = d.pop("id")

        roles_string = d.pop("roles_string")

        user_name = d.pop("user_name")

        user_read = cls(
            active=active,
            dept=dept,
            id=id,
            roles_string=roles_string,
            user_name=user_name,
        )

        user_read.additional_properties = d
        return user_read

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
