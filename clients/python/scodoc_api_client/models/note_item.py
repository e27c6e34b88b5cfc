from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoteItem")


@_attrs_define
class NoteItem:
    """
    Attributes:
        etudid (int):
        note (float | None | str): a number on the evaluation's scale, or ABS, EXC, ATT, SUPR
    """

    etudid: int
    note: float | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etudid = self.etudid

        note: float | None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etudid": etudid,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etudid = d.pop("etudid")

        def _parse_note(data: object) -> float | None | str:
            if data is None:
                return data
            return cast(float | None | str, data)

        note = _parse_note(d.pop("note"))

        note_item = cls(
            etudid=etudid,
            note=note,
        )

        note_item.additional_properties = d
        return note_item

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
