from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="RemoveJustificatifFilesFilesRemoveList")


@_attrs_define
class RemoveJustificatifFilesFilesRemoveList:
    """
    Attributes:
        filenames (list[str]):
        remove (Literal['list']):
    """

    filenames: list[str]
    remove: Literal["list"]

    def to_dict(self) -> dict[str, Any]:
        filenames = self.filenames

        remove = self.remove

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "filenames": filenames,
                "remove": remove,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filenames = cast(list[str], d.pop("filenames"))

        remove = cast(Literal["list"], d.pop("remove"))
        if remove != "list":
            raise ValueError(f"remove must match const 'list', got '{remove}'")

        remove_justificatif_files_files_remove_list = cls(
            filenames=filenames,
            remove=remove,
        )

        return remove_justificatif_files_files_remove_list
