from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FileList")


@_attrs_define
class FileList:
    """
    Attributes:
        filenames (list[str]):
        total (int):
    """

    filenames: list[str]
    total: int

    def to_dict(self) -> dict[str, Any]:
        filenames = self.filenames

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filenames": filenames,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filenames = cast(list[str], d.pop("filenames"))

        total = d.pop("total")

        file_list = cls(
            filenames=filenames,
            total=total,
        )

        return file_list
