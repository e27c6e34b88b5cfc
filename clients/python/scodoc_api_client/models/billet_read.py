from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BilletRead")


@_attrs_define
class BilletRead:
    """
    Attributes:
        abs_begin_str (str):
        abs_end_str (str):
        billet_id (int):
        description (str):
        etat_str (str):
        abs_begin (None | str | Unset):
        abs_end (None | str | Unset):
        entry_date (None | str | Unset):
        etat (bool | None | Unset):
        etudid (int | None | Unset):
        justified (bool | None | Unset):
    """

    abs_begin_str: str
    abs_end_str: str
    billet_id: int
    description: str
    etat_str: str
    abs_begin: None | str | Unset = UNSET
    abs_end: None | str | Unset = UNSET
    entry_date: None | str | Unset = UNSET
    etat: bool | None | Unset = UNSET
    etudid: int | None | Unset = UNSET
    justified: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        abs_begin_str = self.abs_begin_str

        abs_end_str = self.abs_end_str

        billet_id = self.billet_id

        description = self.description

        etat_str = self.etat_str

        abs_begin: None | str | Unset
        if isinstance(self.abs_begin, Unset):
            abs_begin = UNSET
        else:
            abs_begin = self.abs_begin

        abs_end: None | str | Unset
        if isinstance(self.abs_end, Unset):
            abs_end = UNSET
        else:
            abs_end = self.abs_end

        entry_date: None | str | Unset
        if isinstance(self.entry_date, Unset):
            entry_date = UNSET
        else:
            entry_date = self.entry_date

        etat: bool | None | Unset
        if isinstance(self.etat, Unset):
            etat = UNSET
        else:
            etat = self.etat

        etudid: int | None | Unset
        if isinstance(self.etudid, Unset):
            etudid = UNSET
        else:
            etudid = self.etudid

        justified: bool | None | Unset
        if isinstance(self.justified, Unset):
            justified = UNSET
        else:
            justified = self.justified

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "abs_begin_str": abs_begin_str,
                "abs_end_str": abs_end_str,
                "billet_id": billet_id,
                "description": description,
                "etat_str": etat_str,
            }
        )
        if abs_begin is not UNSET:
            field_dict["abs_begin"] = abs_begin
        if abs_end is not UNSET:
            field_dict["abs_end"] = abs_end
        if entry_date is not UNSET:
            field_dict["entry_date"] = entry_date
        if etat is not UNSET:
            field_dict["etat"] = etat
        if etudid is not UNSET:
            field_dict["etudid"] = etudid
        if justified is not UNSET:
            field_dict["justified"] = justified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abs_begin_str = d.pop("abs_begin_str")

        abs_end_str = d.pop("abs_end_str")

        billet_id = d.pop("billet_id")

        description = d.pop("description")

        etat_str = d.pop("etat_str")

        def _parse_abs_begin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abs_begin = _parse_abs_begin(d.pop("abs_begin", UNSET))

        def _parse_abs_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        abs_end = _parse_abs_end(d.pop("abs_end", UNSET))

        def _parse_entry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entry_date = _parse_entry_date(d.pop("entry_date", UNSET))

        def _parse_etat(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        etat = _parse_etat(d.pop("etat", UNSET))

        def _parse_etudid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        etudid = _parse_etudid(d.pop("etudid", UNSET))

        def _parse_justified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        justified = _parse_justified(d.pop("justified", UNSET))

        billet_read = cls(
            abs_begin_str=abs_begin_str,
            abs_end_str=abs_end_str,
            billet_id=billet_id,
            description=description,
            etat_str=etat_str,
            abs_begin=abs_begin,
            abs_end=abs_end,
            entry_date=entry_date,
            etat=etat,
            etudid=etudid,
            justified=justified,
        )

        return billet_read
