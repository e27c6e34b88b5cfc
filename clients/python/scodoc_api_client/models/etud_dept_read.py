from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EtudDeptRead")


@_attrs_define
class EtudDeptRead:
    """
    Attributes:
        dept (str):
        dept_id (int):
        exist (bool):
        id (int):
    """

    dept: str
    dept_id: int
    exist: bool
    id: int

    def to_dict(self) -> dict[str, Any]:
        dept = self.dept

        dept_id = self.dept_id

        exist = self.exist

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dept": dept,
                "dept_id": dept_id,
                "exist": exist,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dept = d.pop("dept")

        dept_id = d.pop("dept_id")

        exist = d.pop("exist")

        id = d.pop("id")

        etud_dept_read = cls(
            dept=dept,
            dept_id=dept_id,
            exist=exist,
            id=id,
        )

        return etud_dept_read
