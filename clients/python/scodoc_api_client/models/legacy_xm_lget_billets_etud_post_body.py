from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyXmLgetBilletsEtudPostBody")


@_attrs_define
class LegacyXmLgetBilletsEtudPostBody:
    """
    Attributes:
        field_ac_name (str | Unset):
        field_ac_password (str | Unset):
    """

    field_ac_name: str | Unset = UNSET
    field_ac_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_ac_name = self.field_ac_name

        field_ac_password = self.field_ac_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_ac_name is not UNSET:
            field_dict["__ac_name"] = field_ac_name
        if field_ac_password is not UNSET:
            field_dict["__ac_password"] = field_ac_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_ac_name = d.pop("__ac_name", UNSET)

        field_ac_password = d.pop("__ac_password", UNSET)

        legacy_xm_lget_billets_etud_post_body = cls(
            field_ac_name=field_ac_name,
            field_ac_password=field_ac_password,
        )

        legacy_xm_lget_billets_etud_post_body.additional_properties = d
        return legacy_xm_lget_billets_etud_post_body

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
