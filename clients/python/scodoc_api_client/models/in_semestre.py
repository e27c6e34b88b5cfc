from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="InSemestre")


@_attrs_define
class InSemestre:
    """
    Attributes:
        date_debut (str):
        date_fin (str):
        etat (str):
        formsemestre_id (int):
        parcours_type (str):
    """

    date_debut: str
    date_fin: str
    etat: str
    formsemestre_id: int
    parcours_type: str

    def to_dict(self) -> dict[str, Any]:
        date_debut = self.date_debut

        date_fin = self.date_fin

        etat = self.etat

        formsemestre_id = self.formsemestre_id

        parcours_type = self.parcours_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date_debut": date_debut,
                "date_fin": date_fin,
                "etat": etat,
                "formsemestre_id": formsemestre_id,
                "parcours_type": parcours_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_debut = d.pop("date_debut")

        date_fin = d.pop("date_fin")

        etat = d.pop("etat")

        formsemestre_id = d.pop("formsemestre_id")

        parcours_type = d.pop("parcours_type")

        in_semestre = cls(
            date_debut=date_debut,
            date_fin=date_fin,
            etat=etat,
            formsemestre_id=formsemestre_id,
            parcours_type=parcours_type,
        )

        return in_semestre
