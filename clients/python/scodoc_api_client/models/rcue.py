from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rcue_ue import RcueUE


T = TypeVar("T", bound="Rcue")


@_attrs_define
class Rcue:
    """
    Attributes:
        code (None | str):
        moy (float | None):
        ue_1 (RcueUE):
        ue_2 (RcueUE):
    """

    code: None | str
    moy: float | None
    ue_1: RcueUE
    ue_2: RcueUE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        moy: float | None
        moy = self.moy

        ue_1 = self.ue_1.to_dict()

        ue_2 = self.ue_2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "moy": moy,
                "ue_1": ue_1,
                "ue_2": ue_2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rcue_ue import RcueUE  # noqa: PLC0415

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

        ue_1 = RcueUE.from_dict(d.pop("ue_1"))

        ue_2 = RcueUE.from_dict(d.pop("ue_2"))

        rcue = cls(
            code=code,
            moy=moy,
            ue_1=ue_1,
            ue_2=ue_2,
        )

        rcue.additional_properties = d
        return rcue

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
