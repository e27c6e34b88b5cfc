from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NoteHistoryRead")


@_attrs_define
class NoteHistoryRead:
    """
    Attributes:
        comment (None | str):
        current (bool):
        date (str):
        etudid (int):
        uid (int | None):
        user_name (None | str):
        value (str):
    """

    comment: None | str
    current: bool
    date: str
    etudid: int
    uid: int | None
    user_name: None | str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: None | str
        comment = self.comment

        current = self.current

        date = self.date

        etudid = self.etudid

        uid: int | None
        uid = self.uid

        user_name: None | str
        user_name = self.user_name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "current": current,
                "date": date,
                "etudid": etudid,
                "uid": uid,
                "user_name": user_name,
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

        current = d.pop("current")

        date = d.pop("date")

        etudid = d.pop("etudid")

        def _parse_uid(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        uid = _parse_uid(d.pop("uid"))

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

        value = d.pop("value")

        note_history_read = cls(
            comment=comment,
            current=current,
            date=date,
            etudid=etudid,
            uid=uid,
            user_name=user_name,
            value=value,
        )

        note_history_read.additional_properties = d
        return note_history_read

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
