from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AbsenceRead")


@_attrs_define
class AbsenceRead:
    """
    Attributes:
        ampm (int): 1 morning, 0 afternoon
        description (str):
        jour (str):
    """

    ampm: int
    description: str
    jour: str

    def to_dict(self) -> dict[str, Any]:
        ampm = self.ampm

        description = self.description

        jour = self.jour

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ampm": ampm,
                "description": description,
                "jour": jour,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ampm = d.pop("ampm")

        description = d.pop("description")

        jour = d.pop("jour")

        absence_read = cls(
            ampm=ampm,
            description=description,
            jour=jour,
        )

        return absence_read
