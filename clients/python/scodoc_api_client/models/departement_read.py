from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DepartementRead")


@_attrs_define
class DepartementRead:
    """
    Attributes:
        acronym (str):
        date_creation (None | str):
        dept_name (None | str):
        description (None | str):
        id (int):
        visible (bool):
    """

    acronym: str
    date_creation: None | str
    dept_name: None | str
    description: None | str
    id: int
    visible: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acronym = self.acronym

        date_creation: None | str
        date_creation = self.date_creation

        dept_name: None | str
        dept_name = self.dept_name

        description: None | str
        description = self.description

        id = self.id

        visible = self.visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acronym": acronym,
                "date_creation": date_creation,
                "dept_name": dept_name,
                "description": description,
                "id": id,
                "visible": visible,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acronym = d.pop("acronym")

        def _parse_date_creation(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_creation = _parse_date_creation(d.pop("date_creation"))

        def _parse_dept_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dept_name = _parse_dept_name(d.pop("dept_name"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        id = d.pop("id")

        visible = d.pop("visible")

        departement_read = cls(
            acronym=acronym,
            date_creation=date_creation,
            dept_name=dept_name,
            description=description,
            id=id,
            visible=visible,
        )

        departement_read.additional_properties = d
        return departement_read

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
