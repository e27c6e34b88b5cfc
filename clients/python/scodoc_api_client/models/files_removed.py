from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FilesRemoved")


@_attrs_define
class FilesRemoved:
    """
    Attributes:
        response (str):
        total (int):
    """

    response: str
    total: int

    def to_dict(self) -> dict[str, Any]:
        response = self.response

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "response": response,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response = d.pop("response")

        total = d.pop("total")

        files_removed = cls(
            response=response,
            total=total,
        )

        return files_removed
