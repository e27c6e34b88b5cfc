from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        remove_justificatif_files_files_remove_all.additional_properties = d
        return remove_justificatif_files_files_remove_all

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
