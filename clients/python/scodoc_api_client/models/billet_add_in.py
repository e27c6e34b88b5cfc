from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BilletAddIn")


@_attrs_define
class BilletAddIn:
    """
    Attributes:
        begin (datetime.date | datetime.datetime): ISO date or date-time
        end (datetime.date | datetime.datetime):
        etudid (int):
        description (str | Unset):  Default: ''.
        justified (bool | Unset):  Default: True.
    """

    begin: datetime.date | datetime.datetime
    end: datetime.date | datetime.datetime
    etudid: int
    description: str | Unset = ""
    justified: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        begin: str
        if isinstance(self.begin, datetime.datetime):
            begin = self.begin.isoformat()
        else:
            begin = self.begin.isoformat()

        end: str
        if isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end.isoformat()

        etudid = self.etudid

        description = self.description

        justified = self.justified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "begin": begin,
                "end": end,
                "etudid": etudid,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if justified is not UNSET:
            field_dict["justified"] = justified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_begin(data: object) -> datetime.date | datetime.datetime:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                begin_type_0 = datetime.datetime.fromisoformat(data)

                return begin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            begin_type_1 = datetime.date.fromisoformat(data)

            return begin_type_1

        begin = _parse_begin(d.pop("begin"))

        def _parse_end(data: object) -> datetime.date | datetime.datetime:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            end_type_1 = datetime.date.fromisoformat(data)

            return end_type_1

        end = _parse_end(d.pop("end"))

        etudid = d.pop("etudid")

        description = d.pop("description", UNSET)

        justified = d.pop("justified", UNSET)

        billet_add_in = cls(
            begin=begin,
            end=end,
            etudid=etudid,
            description=description,
            justified=justified,
        )

        billet_add_in.additional_properties = d
        return billet_add_in

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
