from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoteEntry")


@_attrs_define
class NoteEntry:
    """
    Attributes:
        comment (None | str):
        date (None | str):
        etudid (int):
        evaluation_id (int):
        note_max (float):
        uid (int | None):
        value (float | str): a float written with a decimal point, or ABS, EXC, ATT
    """

    comment: None | str
    date: None | str
    etudid: int
    evaluation_id: int
    note_max: float
    uid: int | None
    value: float | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: None | str
        comment = self.comment

        date: None | str
        date = self.date

        etudid = self.etudid

        evaluation_id = self.evaluation_id

        note_max = self.note_max

        uid: int | None
        uid = self.uid

        value: float | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "date": date,
                "etudid": etudid,
                "evaluation_id": evaluation_id,
                "note_max": note_max,
                "uid": uid,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(d.pop("date"))

        etudid = d.pop("etudid")

        evaluation_id = d.pop("evaluation_id")

        note_max = d.pop("note_max")

        def _parse_uid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        uid = _parse_uid(d.pop("uid"))

        def _parse_value(data: object) -> float | str:
            return cast(float | str, data)

        value = _parse_value(d.pop("value"))

        note_entry = cls(
            comment=comment,
            date=date,
            etudid=etudid,
            evaluation_id=evaluation_id,
            note_max=note_max,
            uid=uid,
            value=value,
        )

        note_entry.additional_properties = d
        return note_entry

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
