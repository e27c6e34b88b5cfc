from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.but_semestre_absences import ButSemestreAbsences
    from ..models.but_semestre_decision_annee_type_0 import ButSemestreDecisionAnneeType0
    from ..models.but_semestre_decision_rcue_item import ButSemestreDecisionRcueItem
    from ..models.but_semestre_decision_ue_item import ButSemestreDecisionUeItem
    from ..models.but_semestre_groupes_item import ButSemestreGroupesItem
    from ..models.ects import ECTS
    from ..models.note_stats import NoteStats
    from ..models.semester_rank import SemesterRank


T = TypeVar("T", bound="ButSemestre")


@_attrs_define
class ButSemestre:
    """
    Attributes:
        ects (ECTS):
        absences (ButSemestreAbsences):
        annee_universitaire (str):
        date_debut (str):
        date_fin (str):
        decision_annee (ButSemestreDecisionAnneeType0 | None):
        decision_rcue (list[ButSemestreDecisionRcueItem]):
        decision_ue (list[ButSemestreDecisionUeItem]):
        groupes (list[ButSemestreGroupesItem]):
        inscription (str):
        notes (NoteStats):
        numero (int):
        rang (SemesterRank):
        situation (str):
    """

    ects: ECTS
    absences: ButSemestreAbsences
    annee_universitaire: str
    date_debut: str
    date_fin: str
    decision_annee: ButSemestreDecisionAnneeType0 | None
    decision_rcue: list[ButSemestreDecisionRcueItem]
    decision_ue: list[ButSemestreDecisionUeItem]
    groupes: list[ButSemestreGroupesItem]
    inscription: str
    notes: NoteStats
    numero: int
    rang: SemesterRank
    situation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.but_semestre_decision_annee_type_0 import ButSemestreDecisionAnneeType0  # noqa: PLC0415

        ects = self.ects.to_dict()

        absences = self.absences.to_dict()

        annee_universitaire = self.annee_universitaire

        date_debut = self.date_debut

        date_fin = self.date_fin

        decision_annee: dict[str, Any] | None
        if isinstance(self.decision_annee, ButSemestreDecisionAnneeType0):
            decision_annee = self.decision_annee.to_dict()
        else:
            decision_annee = self.decision_annee

        decision_rcue = []
        for decision_rcue_item_data in self.decision_rcue:
            decision_rcue_item = decision_rcue_item_data.to_dict()
            decision_rcue.append(decision_rcue_item)

        decision_ue = []
        for decision_ue_item_data in self.decision_ue:
            decision_ue_item = decision_ue_item_data.to_dict()
            decision_ue.append(decision_ue_item)

        groupes = []
        for groupes_item_data in self.groupes:
            groupes_item = groupes_item_data.to_dict()
            groupes.append(groupes_item)

        inscription = self.inscription

        notes = self.notes.to_dict()

        numero = self.numero

        rang = self.rang.to_dict()

        situation = self.situation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ECTS": ects,
                "absences": absences,
                "annee_universitaire": annee_universitaire,
                "date_debut": date_debut,
                "date_fin": date_fin,
                "decision_annee": decision_annee,
                "decision_rcue": decision_rcue,
                "decision_ue": decision_ue,
                "groupes": groupes,
                "inscription": inscription,
                "notes": notes,
                "numero": numero,
                "rang": rang,
                "situation": situation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.but_semestre_absences import ButSemestreAbsences  # noqa: PLC0415
        from ..models.but_semestre_decision_annee_type_0 import ButSemestreDecisionAnneeType0  # noqa: PLC0415
        from ..models.but_semestre_decision_rcue_item import ButSemestreDecisionRcueItem  # noqa: PLC0415
        from ..models.but_semestre_decision_ue_item import ButSemestreDecisionUeItem  # noqa: PLC0415
        from ..models.but_semestre_groupes_item import ButSemestreGroupesItem  # noqa: PLC0415
        from ..models.ects import ECTS  # noqa: PLC0415
        from ..models.note_stats import NoteStats  # noqa: PLC0415
        from ..models.semester_rank import SemesterRank  # noqa: PLC0415

        d = dict(src_dict)
        ects = ECTS.from_dict(d.pop("ECTS"))

        absences = ButSemestreAbsences.from_dict(d.pop("absences"))

        annee_universitaire = d.pop("annee_universitaire")

        date_debut = d.pop("date_debut")

        date_fin = d.pop("date_fin")

        def _parse_decision_annee(data: object) -> ButSemestreDecisionAnneeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_annee_type_0 = ButSemestreDecisionAnneeType0.from_dict(data)

                return decision_annee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ButSemestreDecisionAnneeType0 | None, data)

        decision_annee = _parse_decision_annee(d.pop("decision_annee"))

        decision_rcue = []
        _decision_rcue = d.pop("decision_rcue")
        for decision_rcue_item_data in _decision_rcue:
            decision_rcue_item = ButSemestreDecisionRcueItem.from_dict(decision_rcue_item_data)

            decision_rcue.append(decision_rcue_item)

        decision_ue = []
        _decision_ue = d.pop("decision_ue")
        for decision_ue_item_data in _decision_ue:
            decision_ue_item = ButSemestreDecisionUeItem.from_dict(decision_ue_item_data)

            decision_ue.append(decision_ue_item)

        groupes = []
        _groupes = d.pop("groupes")
        for groupes_item_data in _groupes:
            groupes_item = ButSemestreGroupesItem.from_dict(groupes_item_data)

            groupes.append(groupes_item)

        inscription = d.pop("inscription")

        notes = NoteStats.from_dict(d.pop("notes"))

        numero = d.pop("numero")

        rang = SemesterRank.from_dict(d.pop("rang"))

        situation = d.pop("situation")

        but_semestre = cls(
            ects=ects,
            absences=absences,
            annee_universitaire=annee_universitaire,
            date_debut=date_debut,
            date_fin=date_fin,
            decision_annee=decision_annee,
            decision_rcue=decision_rcue,
            decision_ue=decision_ue,
            groupes=groupes,
            inscription=inscription,
            notes=notes,
            numero=numero,
            rang=rang,
            situation=situation,
        )

        but_semestre.additional_properties = d
        return but_semestre

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
