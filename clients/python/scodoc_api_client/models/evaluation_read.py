from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="EvaluationRead")


@_attrs_define
class EvaluationRead:
    """
    Attributes:
        apresmidi (int):
        coefficient (float):
        descrheure (str):
        description (None | str):
        duree (str):
        evaluation_id (int):
        evaluation_type (int):
        heure_debut (None | str):
        heure_fin (None | str):
        jour (None | str):
        matin (int):
        moduleimpl_id (int):
        note_max (float):
        numero (int):
        publish_incomplete (bool):
        visibulletin (bool):
    """

    apresmidi: int
    coefficient: float
    descrheure: str
    description: None | str
    duree: str
    evaluation_id: int
    evaluation_type: int
    heure_debut: None | str
    heure_fin: None | str
    jour: None | str
    matin: int
    moduleimpl_id: int
    note_max: float
    numero: int
    publish_incomplete: bool
    visibulletin: bool

    def to_dict(self) -> dict[str, Any]:
        apresmidi = self.apresmidi

        coefficient = self.coefficient

        descrheure = self.descrheure

        description: None | str
        description = self.description

        duree = self.duree

        evaluation_id = self.evaluation_id

        evaluation_type = self.evaluation_type

        heure_debut: None | str
        heure_debut = self.heure_debut

        heure_fin: None | str
        heure_fin = self.heure_fin

        jour: None | str
        jour = self.jour

        matin = self.matin

        moduleimpl_id = self.moduleimpl_id

        note_max = self.note_max

        numero = self.numero

        publish_incomplete = self.publish_incomplete

        visibulletin = self.visibulletin

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "apresmidi": apresmidi,
                "coefficient": coefficient,
                "descrheure": descrheure,
                "description": description,
                "duree": duree,
                "evaluation_id": evaluation_id,
                "evaluation_type": evaluation_type,
                "heure_debut": heure_debut,
                "heure_fin": heure_fin,
                "jour": jour,
                "matin": matin,
                "moduleimpl_id": moduleimpl_id,
                "note_max": note_max,
                "numero": numero,
                "publish_incomplete": publish_incomplete,
                "visibulletin": visibulletin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apresmidi = d.pop("apresmidi")

        coefficient = d.pop("coefficient")

        descrheure = d.pop("descrheure")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        duree = d.pop("duree")

        evaluation_id = d.pop("evaluation_id")

        evaluation_type = d.pop("evaluation_type")

        def _parse_heure_debut(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        heure_debut = _parse_heure_debut(d.pop("heure_debut"))

        def _parse_heure_fin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        heure_fin = _parse_heure_fin(d.pop("heure_fin"))

        def _parse_jour(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        jour = _parse_jour(d.pop("jour"))

        matin = d.pop("matin")

        moduleimpl_id = d.pop("moduleimpl_id")

        note_max = d.pop("note_max")

        numero = d.pop("numero")

        publish_incomplete = d.pop("publish_incomplete")

        visibulletin = d.pop("visibulletin")

        evaluation_read = cls(
            apresmidi=apresmidi,
            coefficient=coefficient,
            descrheure=descrheure,
            description=description,
            duree=duree,
            evaluation_id=evaluation_id,
            evaluation_type=evaluation_type,
            heure_debut=heure_debut,
            heure_fin=heure_fin,
            jour=jour,
            matin=matin,
            moduleimpl_id=moduleimpl_id,
            note_max=note_max,
            numero=numero,
            publish_incomplete=publish_incomplete,
            visibulletin=visibulletin,
        )

        return evaluation_read
