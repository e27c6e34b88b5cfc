from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.remove_justificatif_files_files_remove_remove import RemoveJustificatifFilesFilesRemoveRemove
from ..types import UNSET, Unset

T = TypeVar("T", bound="RemoveJustificatifFilesFilesRemove")


@_attrs_define
class RemoveJustificatifFilesFilesRemove:
    """
    Attributes:
        remove (RemoveJustificatifFilesFilesRemoveRemove):
        filenames (list[str] | None | Unset): with "list"
    """

    remove: RemoveJustificatifFilesFilesRemoveRemove
    filenames: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        remove = self.remove.value

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
        remove = RemoveJustificatifFilesFilesRemoveRemove(d.pop("remove"))

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

        remove_justificatif_files_files_remove = cls(
            remove=remove,
            filenames=filenames,
        )

        return remove_justificatif_files_files_remove
