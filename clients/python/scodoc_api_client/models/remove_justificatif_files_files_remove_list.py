from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filenames = self.filenames

        remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        remove_justificatif_files_files_remove_list.additional_properties = d
        return remove_justificatif_files_files_remove_list

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
