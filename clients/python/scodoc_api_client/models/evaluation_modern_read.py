from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluationModernRead")


@_attrs_define
class EvaluationModernRead:
    """
    Attributes:
        evaluation_id (int):
        id (int):
        moduleimpl_id (int):
    """

    evaluation_id: int
    id: int
    moduleimpl_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_id = self.evaluation_id

        id = self.id

        moduleimpl_id = self.moduleimpl_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluation_id": evaluation_id,
                "id": id,
                "moduleimpl_id": moduleimpl_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evaluation_id = d.pop("evaluation_id")

        id = d.pop("id")

        moduleimpl_id = d.pop("moduleimpl_id")

        evaluation_modern_read = cls(
            evaluation_id=evaluation_id,
            id=id,
            moduleimpl_id=moduleimpl_id,
        )

        evaluation_modern_read.additional_properties = d
        return evaluation_modern_read

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
