from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.semester_parcours_annees import SemesterParcoursAnnees


T = TypeVar("T", bound="SemesterParcours")


@_attrs_define
class SemesterParcours:
    """
    Attributes:
        annees (SemesterParcoursAnnees):
        code (str):
        libelle (str):
    """

    annees: SemesterParcoursAnnees
    code: str
    libelle: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annees = self.annees.to_dict()

        code = self.code

        libelle = self.libelle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annees": annees,
                "code": code,
                "libelle": libelle,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.semester_parcours_annees import SemesterParcoursAnnees  # noqa: PLC0415

        d = dict(src_dict)
        annees = SemesterParcoursAnnees.from_dict(d.pop("annees"))

        code = d.pop("code")

        libelle = d.pop("libelle")

        semester_parcours = cls(
            annees=annees,
            code=code,
            libelle=libelle,
        )

        semester_parcours.additional_properties = d
        return semester_parcours

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
