from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveJustificatifFilesFilesRemoveAll")


@_attrs_define
class RemoveJustificatifFilesFilesRemoveAll:
    """
    Attributes:
        remove (Literal['all']):
        filenames (list[str] | None | Unset): ignored
    """

    remove: Literal["all"]
    filenames: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        remove = self.remove

        filenames: list[str] | None | Unset
        if isinstance(self.filenames, Unset):
            filenames = UNSET
        elif isinstance(self.filenames, list):
            filenames = self.filenames

        else:
            filenames = self.filenames

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "remove": remove,
            }
        )
        if filenames is not UNSET:
            field_dict["filenames"] = filenames

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remove = cast(Literal["all"], d.pop("remove"))
        if remove != "all":
            raise ValueError(f"remove must match const 'all', got '{remove}'")

        def _parse_filenames(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filenames_type_0 = cast(list[str], data)

                return filenames_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        filenames = _parse_filenames(d.pop("filenames", UNSET))

        remove_justificatif_files_files_remove_all = cls(
            remove=remove,
            filenames=filenames,
        )

        return remove_justificatif_files_files_remove_all
