from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvalSetNotesInForm")


@_attrs_define
class EvalSetNotesInForm:
    """
    Attributes:
        eval_id (int):
        comment (str | Unset):
        etudid (int | Unset):
        note (float | str | Unset):
    """

    eval_id: int
    comment: str | Unset = UNSET
    etudid: int | Unset = UNSET
    note: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eval_id = self.eval_id

        comment = self.comment

        etudid = self.etudid

        note: float | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eval_id = d.pop("eval_id")

        comment = d.pop("comment", UNSET)

        etudid = d.pop("etudid", UNSET)

        def _parse_note(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        eval_set_notes_in_form = cls(
            eval_id=eval_id,
            comment=comment,
            etudid=etudid,
            note=note,
        )

        eval_set_notes_in_form.additional_properties = d
        return eval_set_notes_in_form

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
