"""The Semester and Student types, which refer to each other: a student's identity, semesters, marks, bulletins,
attendance and groups (the path that made a Student allowed the caller to read that student), and a semester's
students (staff)."""

from datetime import date
from typing import Any

import strawberry
from strawberry.scalars import JSON

from scodoc_api.core.errors import NotFound
from scodoc_api.domain.parcours import BUT
from scodoc_api.models import FormSemestre, Identite
from scodoc_api.portal.types import (
    Absences,
    AttendanceCount,
    AttendanceRecord,
    FromDay,
    Group,
    Info,
    Justificatif,
    Marks,
    SemesterArg,
    ToDay,
)
from scodoc_api.services import portal

MARKS_VERSION = "selectedevals"  # what the student's own bulletin shows


@strawberry.type(description="A semester (formsemestre)")
class Semester:
    sem: strawberry.Private[FormSemestre]
    formation_type: strawberry.Private[int | None] = None
    registration_state: str | None = strawberry.field(
        default=None, description="the student's registration: I, D (démission) or DEF (défaillant)"
    )

    @strawberry.field
    def id(self) -> int:
        return self.sem.id or 0

    @strawberry.field
    def title(self) -> str:
        return self.sem.titre

    @strawberry.field(description="its place in the course (1 for S1…)")
    def semester_index(self) -> int | None:
        return self.sem.semestre_id

    @strawberry.field
    def start_date(self) -> date:
        return self.sem.date_debut

    @strawberry.field
    def end_date(self) -> date:
        return self.sem.date_fin

    @strawberry.field(description="its bulletins are published to students")
    def published(self) -> bool:
        return not self.sem.bul_hide_xml

    @strawberry.field
    async def is_but(self, info: Info) -> bool:
        kind = self.formation_type
        if kind is None:
            kind = await info.context.formation_kinds.load(self.sem.formation_id)
        return kind == BUT

    @strawberry.field
    async def department(self, info: Info) -> str:
        return await info.context.dept_acronym(self.sem.dept_id)

    @strawberry.field(description="its students (staff only)")
    async def students(self, info: Info) -> list["Student"]:
        ctx = info.context
        etuds = await ctx.run(portal.semester_students, await ctx.principal(), self.sem)
        return [Student(etud=e) for e in etuds]


async def semester_id(info: Info, etud: Identite, semester: int | None) -> int:
    """The semester asked for, or the student's current one."""
    if semester is not None:
        return semester
    regs = await info.context.registrations.load(etud.id or 0)
    now = portal.current(regs, date.today())
    if now is None:
        raise NotFound("aucun semestre pour cet étudiant")
    return now.sem.id or 0


async def bulletin_of(info: Info, etud: Identite, semester: int | None, version: str) -> dict[str, Any]:
    sem_id = await semester_id(info, etud, semester)
    found: dict[str, Any] = await info.context.bulletins.load((sem_id, etud.id or 0, version))
    return found


@strawberry.type(description="A student")
class Student:
    etud: strawberry.Private[Identite]

    @strawberry.field
    def etudid(self) -> int:
        return self.etud.id or 0

    @strawberry.field
    def nip(self) -> str | None:
        return self.etud.code_nip

    @strawberry.field
    def ine(self) -> str | None:
        return self.etud.code_ine

    @strawberry.field
    def civility(self) -> str:
        return self.etud.civilite

    @strawberry.field
    def last_name(self) -> str:
        return self.etud.nom

    @strawberry.field
    def first_name(self) -> str:
        return self.etud.prenom

    @strawberry.field
    async def department(self, info: Info) -> str:
        return await info.context.dept_acronym(self.etud.dept_id)

    @strawberry.field(description="the photo's address, as the bulletins give it")
    async def photo_url(self, info: Info) -> str:
        dept = await info.context.dept_acronym(self.etud.dept_id)
        return f"/ScoDoc/{dept}/Scolarite/get_photo_image?etudid={self.etud.id}&size=small"

    @strawberry.field(description="the semesters the student is or was registered in, most recent first")
    async def semesters(self, info: Info, from_: FromDay = None, to: ToDay = None) -> list[Semester]:
        regs = await info.context.registrations.load(self.etud.id or 0)
        return [
            Semester(sem=r.sem, formation_type=r.formation_type, registration_state=r.etat)
            for r in portal.overlapping(regs, from_, to)
        ]

    @strawberry.field(description="the semester going on today, else the most recent one")
    async def current_semester(self, info: Info) -> Semester | None:
        now = portal.current(await info.context.registrations.load(self.etud.id or 0), date.today())
        return Semester(sem=now.sem, formation_type=now.formation_type, registration_state=now.etat) if now else None

    @strawberry.field(description="the student's groups in a semester")
    async def groups(self, info: Info, semester: SemesterArg = None) -> list[Group]:
        sem_id = await semester_id(info, self.etud, semester)
        return [Group(**g) for g in await info.context.memberships.load((sem_id, self.etud.id or 0))]

    @strawberry.field(description="the student's parcours in a semester (groups of its Parcours partition)")
    async def parcours(self, info: Info, semester: SemesterArg = None) -> list[str]:
        groups = await self.groups(info, semester)
        return [g.group_name or "" for g in groups if (g.partition_name or "").lower() == "parcours"]

    @strawberry.field(description="marks and means of a semester: classic or BUT, the bulletin's figures")
    async def marks(
        self, info: Info, semester: SemesterArg = None, from_: FromDay = None, to: ToDay = None
    ) -> Marks | None:
        found = portal.marks_of(await bulletin_of(info, self.etud, semester, MARKS_VERSION), from_, to)
        return found  # type: ignore[return-value]  # the domain's object, served as its GraphQL type

    @strawberry.field(
        description="the REST bulletin (modern form, same figures): version short, selectedevals or, for staff, long"
    )
    async def bulletin(self, info: Info, semester: SemesterArg = None, version: str = "selectedevals") -> JSON | None:
        wanted = portal.bulletin_version(await info.context.principal(), version)
        return await bulletin_of(info, self.etud, semester, wanted)

    @strawberry.field(
        description="attendance records, justificatifs and counts over a period (default: the current semester's days)"
    )
    async def absences(self, info: Info, from_: FromDay = None, to: ToDay = None) -> Absences:
        ctx = info.context
        if from_ is None and to is None:
            now = portal.current(await ctx.registrations.load(self.etud.id or 0), date.today())
            if now is not None:
                from_, to = now.sem.date_debut, now.sem.date_fin
            else:
                ctx.cacheable = False
        else:  # days outside the semesters: no version covers them (portal/pages.py)
            ctx.cacheable = False
        found = await ctx.run(portal.attendance, self.etud, from_, to, ctx.settings.timezone)
        return Absences(
            records=[AttendanceRecord.of(r) for r in found["records"]],
            justificatifs=[Justificatif.of(j) for j in found["justificatifs"]],
            counts=[AttendanceCount(**c) for c in portal.count_rows(found["counts"])],
        )
