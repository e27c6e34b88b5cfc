from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.but_evaluation_poids import ButEvaluationPoids
    from ..models.note_stats import NoteStats


T = TypeVar("T", bound="ButEvaluation")


@_attrs_define
class ButEvaluation:
    """
    Attributes:
        coef (str):
        date (str):
        description (None | str):
        evaluation_type (int):
        heure_debut (str):
        heure_fin (str):
        id (int):
        note (NoteStats):
        poids (ButEvaluationPoids):
        url (str):
    """

    coef: str
    date: str
    description: None | str
    evaluation_type: int
    heure_debut: str
    heure_fin: str
    id: int
    note: NoteStats
    poids: ButEvaluationPoids
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coef = self.coef

        date = self.date

        description: None | str
        description = self.description

        evaluation_type = self.evaluation_type

        heure_debut = self.heure_debut

        heure_fin = self.heure_fin

        id = self.id

        note = self.note.to_dict()

        poids = self.poids.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coef": coef,
                "date": date,
                "description": description,
                "evaluation_type": evaluation_type,
                "heure_debut": heure_debut,
                "heure_fin": heure_fin,
                "id": id,
                "note": note,
                "poids": poids,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.but_evaluation_poids import ButEvaluationPoids  # noqa: PLC0415
        from ..models.note_stats import NoteStats  # noqa: PLC0415

        d = dict(src_dict)
        coef = d.pop("coef")

        date = d.pop("date")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        evaluation_type = d.pop("evaluation_type")

        heure_debut = d.pop("heure_debut")

        heure_fin = d.pop("heure_fin")

        id = d.pop("id")

        note = NoteStats.from_dict(d.pop("note"))

        poids = ButEvaluationPoids.from_dict(d.pop("poids"))

        url = d.pop("url")

        but_evaluation = cls(
            coef=coef,
            date=date,
            description=description,
            evaluation_type=evaluation_type,
            heure_debut=heure_debut,
            heure_fin=heure_fin,
            id=id,
            note=note,
            poids=poids,
            url=url,
        )

        but_evaluation.additional_properties = d
        return but_evaluation

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
