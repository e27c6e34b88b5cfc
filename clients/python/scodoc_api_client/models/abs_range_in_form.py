from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsRangeInForm")


@_attrs_define
class AbsRangeInForm:
    """
    Attributes:
        date_debut (datetime.date):
        etudid (int):
        date_fin (datetime.date | Unset): excluded; missing or equal to date_debut: that day
        demi_journee (int | Unset): 2 whole day, 1 morning, 0 afternoon Default: 2.
    """

    date_debut: datetime.date
    etudid: int
    date_fin: datetime.date | Unset = UNSET
    demi_journee: int | Unset = 2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_debut = self.date_debut.isoformat()

        etudid = self.etudid

        date_fin: str | Unset = UNSET
        if not isinstance(self.date_fin, Unset):
            date_fin = self.date_fin.isoformat()

        demi_journee = self.demi_journee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_debut": date_debut,
                "etudid": etudid,
            }
        )
        if date_fin is not UNSET:
            field_dict["date_fin"] = date_fin
        if demi_journee is not UNSET:
            field_dict["demi_journee"] = demi_journee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_debut = datetime.date.fromisoformat(d.pop("date_debut"))

        etudid = d.pop("etudid")

        _date_fin = d.pop("date_fin", UNSET)
        date_fin: datetime.date | Unset
        if isinstance(_date_fin, Unset):
            date_fin = UNSET
        else:
            date_fin = datetime.date.fromisoformat(_date_fin)

        demi_journee = d.pop("demi_journee", UNSET)

        abs_range_in_form = cls(
            date_debut=date_debut,
            etudid=etudid,
            date_fin=date_fin,
            demi_journee=demi_journee,
        )

        abs_range_in_form.additional_properties = d
        return abs_range_in_form

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
