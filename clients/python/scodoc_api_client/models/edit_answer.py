from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_answer_couverture_type_0 import EditAnswerCouvertureType0


T = TypeVar("T", bound="EditAnswer")


@_attrs_define
class EditAnswer:
    """
    Attributes:
        ok (bool):
        couverture (EditAnswerCouvertureType0 | None | Unset): justificatifs: assiduités justified before/after
    """

    ok: bool
    couverture: EditAnswerCouvertureType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.edit_answer_couverture_type_0 import EditAnswerCouvertureType0  # noqa: PLC0415

        ok = self.ok

        couverture: dict[str, Any] | None | Unset
        if isinstance(self.couverture, Unset):
            couverture = UNSET
        elif isinstance(self.couverture, EditAnswerCouvertureType0):
            couverture = self.couverture.to_dict()
        else:
            couverture = self.couverture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OK": ok,
            }
        )
        if couverture is not UNSET:
            field_dict["couverture"] = couverture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edit_answer_couverture_type_0 import EditAnswerCouvertureType0  # noqa: PLC0415

        d = dict(src_dict)
        ok = d.pop("OK")

        def _parse_couverture(data: object) -> EditAnswerCouvertureType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                couverture_type_0 = EditAnswerCouvertureType0.from_dict(data)

                return couverture_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EditAnswerCouvertureType0 | None | Unset, data)

        couverture = _parse_couverture(d.pop("couverture", UNSET))

        edit_answer = cls(
            ok=ok,
            couverture=couverture,
        )

        edit_answer.additional_properties = d
        return edit_answer

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
