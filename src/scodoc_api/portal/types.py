"""The portal's GraphQL types. Every Student object is made by a path that checked the caller may read that
student (``me``, ``student``, a semester's students for its staff): its fields then read that student only."""

from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any

import strawberry

from scodoc_api.domain import marks as dom
from scodoc_api.portal.context import PortalContext

Info = strawberry.Info[PortalContext, None]
FromDay = Annotated[date | None, strawberry.argument(name="from", description="first day (ISO date), included")]
ToDay = Annotated[date | None, strawberry.argument(description="last day (ISO date), included")]
SemesterArg = Annotated[
    int | None, strawberry.argument(description="a semester's id (formsemestre_id); default: the current one")
]


@strawberry.type(description="A mark as the bulletin writes it, its value if a number, and the class figures")
class Mark(dom.Mark):
    pass


@strawberry.type(description="An evaluation's weight in an UE (BUT)")
class Weight(dom.Weight):
    pass


@strawberry.type(description="An evaluation of a module, with the student's note")
class EvaluationMark(dom.EvaluationMark):
    note: Mark
    weights: list[Weight]


@strawberry.type(description="A module (classic) or a ressource/SAÉ (BUT), its mean and its evaluations")
class ModuleMarks(dom.ModuleMarks):
    average: Mark
    evaluations: list[EvaluationMark]


@strawberry.type(description="A module's mean counted in an UE, with its coefficient there")
class ModuleInUe(dom.ModuleInUe):
    average: Mark


@strawberry.type(description="An UE's mean and rank, and the module means counted in it")
class UeMarks(dom.UeMarks):
    average: Mark
    modules: list[ModuleInUe]


@strawberry.type(
    description="A semester's marks, read off the bulletin (version selectedevals): the evaluations the "
    "student's bulletin shows, filtered by date with from/to; means and ranks are the semester's"
)
class Marks(dom.SemesterMarks):
    general: Mark | None
    ues: list[UeMarks]
    modules: list[ModuleMarks]


@strawberry.type(description="A group of the student in a semester")
class Group:
    group_id: int
    group_name: str | None
    partition_id: int
    partition_name: str | None
    formsemestre_id: int


@strawberry.enum(description="An assiduité's state")
class AttendanceState(Enum):
    PRESENT = "PRESENT"
    RETARD = "RETARD"
    ABSENT = "ABSENT"


@strawberry.enum(description="A justificatif's state")
class JustificatifState(Enum):
    VALIDE = "VALIDE"
    NON_VALIDE = "NON_VALIDE"
    ATTENTE = "ATTENTE"
    MODIFIE = "MODIFIE"


@strawberry.type(description="An assiduité (attendance record)")
class AttendanceRecord:
    id: int
    start: datetime
    end: datetime
    state: AttendanceState
    justified: bool
    description: str | None
    moduleimpl_id: int | None

    @classmethod
    def of(cls, d: dict[str, Any]) -> "AttendanceRecord":
        return cls(
            id=d["assiduite_id"],
            start=datetime.fromisoformat(d["date_debut"]),
            end=datetime.fromisoformat(d["date_fin"]),
            state=AttendanceState(d["etat"]),
            justified=bool(d["est_just"]),
            description=d["desc"],
            moduleimpl_id=d["moduleimpl_id"],
        )


@strawberry.type(description="A justificatif of absence")
class Justificatif:
    id: int
    start: datetime
    end: datetime
    state: JustificatifState
    reason: str | None
    entry_date: datetime | None
    file: str | None

    @classmethod
    def of(cls, d: dict[str, Any]) -> "Justificatif":
        return cls(
            id=d["justif_id"],
            start=datetime.fromisoformat(d["date_debut"]),
            end=datetime.fromisoformat(d["date_fin"]),
            state=JustificatifState(d["etat"]),
            reason=d["raison"],
            entry_date=datetime.fromisoformat(d["entry_date"]) if d["entry_date"] else None,
            file=d["fichier"],
        )


@strawberry.type(description="Attendance counted in one metric (compte, demi, heure or journee)")
class AttendanceCount:
    metric: str
    total: float
    present: float
    late: float
    absent: float
    absent_justified: float
    absent_unjustified: float


@strawberry.type(description="A student's attendance over a period: records, justificatifs and counts")
class Absences:
    records: list[AttendanceRecord]
    justificatifs: list[Justificatif]
    counts: list[AttendanceCount]
