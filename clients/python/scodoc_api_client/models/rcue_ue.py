from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RcueUE")


@_attrs_define
class RcueUE:
    """
    Attributes:
        code (None | str):
        moy (float | None):
        ue_id (int):
    """

    code: None | str
    moy: float | None
    ue_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        moy: float | None
        moy = self.moy

        ue_id = self.ue_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "moy": moy,
                "ue_id": ue_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        def _parse_moy(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        moy = _parse_moy(d.pop("moy"))

        ue_id = d.pop("ue_id")

        rcue_ue = cls(
            code=code,
            moy=moy,
            ue_id=ue_id,
        )

        rcue_ue.additional_properties = d
        return rcue_ue

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
