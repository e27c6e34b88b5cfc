from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.annee_competences import AnneeCompetences


T = TypeVar("T", bound="Annee")


@_attrs_define
class Annee:
    """
    Attributes:
        competences (AnneeCompetences):
        ordre (int):
    """

    competences: AnneeCompetences
    ordre: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        competences = self.competences.to_dict()

        ordre = self.ordre

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "competences": competences,
                "ordre": ordre,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.annee_competences import AnneeCompetences  # noqa: PLC0415

        d = dict(src_dict)
        competences = AnneeCompetences.from_dict(d.pop("competences"))

        ordre = d.pop("ordre")

        annee = cls(
            competences=competences,
            ordre=ordre,
        )

        annee.additional_properties = d
        return annee

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
