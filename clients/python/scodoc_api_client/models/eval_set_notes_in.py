from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.note_item import NoteItem


T = TypeVar("T", bound="EvalSetNotesIn")


@_attrs_define
class EvalSetNotesIn:
    """
    Attributes:
        eval_id (int):
        comment (None | str | Unset):
        etudid (int | None | Unset):
        note (float | None | str | Unset):
        notes (list[NoteItem] | None | Unset): a batch of {etudid, note}
    """

    eval_id: int
    comment: None | str | Unset = UNSET
    etudid: int | None | Unset = UNSET
    note: float | None | str | Unset = UNSET
    notes: list[NoteItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eval_id = self.eval_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        etudid: int | None | Unset
        if isinstance(self.etudid, Unset):
            etudid = UNSET
        else:
            etudid = self.etudid

        note: float | None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        notes: list[dict[str, Any]] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, list):
            notes = []
            for notes_type_0_item_data in self.notes:
                notes_type_0_item = notes_type_0_item_data.to_dict()
                notes.append(notes_type_0_item)

        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eval_id": eval_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if etudid is not UNSET:
            field_dict["etudid"] = etudid
        if note is not UNSET:
            field_dict["note"] = note
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.note_item import NoteItem  # noqa: PLC0415

        d = dict(src_dict)
        eval_id = d.pop("eval_id")

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_etudid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        etudid = _parse_etudid(d.pop("etudid", UNSET))

        def _parse_note(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_notes(data: object) -> list[NoteItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notes_type_0 = []
                _notes_type_0 = data
                for notes_type_0_item_data in _notes_type_0:
                    notes_type_0_item = NoteItem.from_dict(notes_type_0_item_data)

                    notes_type_0.append(notes_type_0_item)

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NoteItem] | None | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        eval_set_notes_in = cls(
            eval_id=eval_id,
            comment=comment,
            etudid=etudid,
            note=note,
            notes=notes,
        )

        eval_set_notes_in.additional_properties = d
        return eval_set_notes_in

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
