from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyBillet")


@_attrs_define
class LegacyBillet:
    """A billet just recorded by ``Absences/AddBilletAbsence`` (xml_reply=0).

    Attributes:
        abs_begin_str (str):
        abs_end_str (str):
        billet_id (int):
        etat_str (str):
        description (None | str | Unset):
    """

    abs_begin_str: str
    abs_end_str: str
    billet_id: int
    etat_str: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abs_begin_str = self.abs_begin_str

        abs_end_str = self.abs_end_str

        billet_id = self.billet_id

        etat_str = self.etat_str

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abs_begin_str": abs_begin_str,
                "abs_end_str": abs_end_str,
                "billet_id": billet_id,
                "etat_str": etat_str,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        abs_begin_str = d.pop("abs_begin_str")

        abs_end_str = d.pop("abs_end_str")

        billet_id = d.pop("billet_id")

        etat_str = d.pop("etat_str")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        legacy_billet = cls(
            abs_begin_str=abs_begin_str,
            abs_end_str=abs_end_str,
            billet_id=billet_id,
            etat_str=etat_str,
            description=description,
        )

        legacy_billet.additional_properties = d
        return legacy_billet

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
