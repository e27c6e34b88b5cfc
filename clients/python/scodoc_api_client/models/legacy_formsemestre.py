from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyFormsemestre")


@_attrs_define
class LegacyFormsemestre:
    """A semester of ``Notes/formsemestre_list``.

    Attributes:
        date_debut (str):
        date_fin (str):
        formation_id (int):
        formsemestre_id (int):
        titre (str):
        etapes (list[str] | Unset):
    """

    date_debut: str
    date_fin: str
    formation_id: int
    formsemestre_id: int
    titre: str
    etapes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_debut = self.date_debut

        date_fin = self.date_fin

        formation_id = self.formation_id

        formsemestre_id = self.formsemestre_id

        titre = self.titre

        etapes: list[str] | Unset = UNSET
        if not isinstance(self.etapes, Unset):
            etapes = self.etapes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_debut": date_debut,
                "date_fin": date_fin,
                "formation_id": formation_id,
                "formsemestre_id": formsemestre_id,
                "titre": titre,
            }
        )
        if etapes is not UNSET:
            field_dict["etapes"] = etapes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_debut = d.pop("date_debut")

        date_fin = d.pop("date_fin")

        formation_id = d.pop("formation_id")

        formsemestre_id = d.pop("formsemestre_id")

        titre = d.pop("titre")

        etapes = cast(list[str], d.pop("etapes", UNSET))

        legacy_formsemestre = cls(
            date_debut=date_debut,
            date_fin=date_fin,
            formation_id=formation_id,
            formsemestre_id=formsemestre_id,
            titre=titre,
            etapes=etapes,
        )

        legacy_formsemestre.additional_properties = d
        return legacy_formsemestre

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
