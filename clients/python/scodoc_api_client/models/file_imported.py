from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FileImported")


@_attrs_define
class FileImported:
    """
    Attributes:
        filename (str):
        response (str):
    """

    filename: str
    response: str

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        response = self.response

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filename": filename,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        response = d.pop("response")

        file_imported = cls(
            filename=filename,
            response=response,
        )

        return file_imported
