from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.semester_rank_groupes import SemesterRankGroupes


T = TypeVar("T", bound="SemesterRank")


@_attrs_define
class SemesterRank:
    """
    Attributes:
        groupes (SemesterRankGroupes):
        total (int):
        value (str):
    """

    groupes: SemesterRankGroupes
    total: int
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groupes = self.groupes.to_dict()

        total = self.total

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupes": groupes,
                "total": total,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.semester_rank_groupes import SemesterRankGroupes  # noqa: PLC0415

        d = dict(src_dict)
        groupes = SemesterRankGroupes.from_dict(d.pop("groupes"))

        total = d.pop("total")

        value = d.pop("value")

        semester_rank = cls(
            groupes=groupes,
            total=total,
            value=value,
        )

        semester_rank.additional_properties = d
        return semester_rank

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
