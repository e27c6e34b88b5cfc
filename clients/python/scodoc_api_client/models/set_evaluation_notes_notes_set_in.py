from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetEvaluationNotesNotesSetIn")


@_attrs_define
class SetEvaluationNotesNotesSetIn:
    """``evaluation/<id>/notes/set``: every pair is checked, then all are written or none.

    Attributes:
        notes (list[list[float | int | None | str]]): [etudid, note]: a number, or ABS, EXC, ATT, SUPR
        comment (None | str | Unset):
    """

    notes: list[list[float | int | None | str]]
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = []
        for notes_item_data in self.notes:
            notes_item = []
            for notes_item_item_data in notes_item_data:
                notes_item_item: float | int | None | str
                notes_item_item = notes_item_item_data
                notes_item.append(notes_item_item)

            notes.append(notes_item)

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notes": notes,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = []
        _notes = d.pop("notes")
        for notes_item_data in _notes:
            notes_item = []
            _notes_item = notes_item_data
            for notes_item_item_data in _notes_item:

                def _parse_notes_item_item(data: object) -> float | int | None | str:
                    if data is None:
                        return data
                    return cast(float | int | None | str, data)

                notes_item_item = _parse_notes_item_item(notes_item_item_data)

                notes_item.append(notes_item_item)

            notes.append(notes_item)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        set_evaluation_notes_notes_set_in = cls(
            notes=notes,
            comment=comment,
        )

        set_evaluation_notes_notes_set_in.additional_properties = d
        return set_evaluation_notes_notes_set_in

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
