from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsSignaleIn")


@_attrs_define
class AbsSignaleIn:
    """
    Attributes:
        date_debut (datetime.date):
        etudid (int):
        date_fin (datetime.date | None | Unset): excluded; missing or equal to date_debut: that day
        demi_journee (int | Unset): 2 whole day, 1 morning, 0 afternoon Default: 2.
        description (None | str | Unset):
        estjust (bool | Unset):  Default: False.
        moduleimpl_id (int | None | Unset):
    """

    date_debut: datetime.date
    etudid: int
    date_fin: datetime.date | None | Unset = UNSET
    demi_journee: int | Unset = 2
    description: None | str | Unset = UNSET
    estjust: bool | Unset = False
    moduleimpl_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_debut = self.date_debut.isoformat()

        etudid = self.etudid

        date_fin: None | str | Unset
        if isinstance(self.date_fin, Unset):
            date_fin = UNSET
        elif isinstance(self.date_fin, datetime.date):
            date_fin = self.date_fin.isoformat()
        else:
            date_fin = self.date_fin

        demi_journee = self.demi_journee

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        estjust = self.estjust

        moduleimpl_id: int | None | Unset
        if isinstance(self.moduleimpl_id, Unset):
            moduleimpl_id = UNSET
        else:
            moduleimpl_id = self.moduleimpl_id

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
        if description is not UNSET:
            field_dict["description"] = description
        if estjust is not UNSET:
            field_dict["estjust"] = estjust
        if moduleimpl_id is not UNSET:
            field_dict["moduleimpl_id"] = moduleimpl_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_debut = datetime.date.fromisoformat(d.pop("date_debut"))

        etudid = d.pop("etudid")

        def _parse_date_fin(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_fin_type_0 = datetime.date.fromisoformat(data)

                return date_fin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_fin = _parse_date_fin(d.pop("date_fin", UNSET))

        demi_journee = d.pop("demi_journee", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        estjust = d.pop("estjust", UNSET)

        def _parse_moduleimpl_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        moduleimpl_id = _parse_moduleimpl_id(d.pop("moduleimpl_id", UNSET))

        abs_signale_in = cls(
            date_debut=date_debut,
            etudid=etudid,
            date_fin=date_fin,
            demi_journee=demi_journee,
            description=description,
            estjust=estjust,
            moduleimpl_id=moduleimpl_id,
        )

        abs_signale_in.additional_properties = d
        return abs_signale_in

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
