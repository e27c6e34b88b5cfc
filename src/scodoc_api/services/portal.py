"""The student portal's use cases (``/ScoDoc/api/graphql``): who may read which student, and that student's
semesters, marks, bulletins, attendance and groups. A student's account reads its own student only; a staff
account reads the students its department roles show (the REST rules, through ``Access``). Marks and bulletins
come from the REST bulletin's engine and cached results: the portal and the REST bulletin always agree."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import orjson

from scodoc_api.core.errors import BadRequest, Forbidden, NotFound, unknown
from scodoc_api.core.permissions import Access, Permission, Principal
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import attendance as dom
from scodoc_api.domain import marks as marks_dom
from scodoc_api.models import FormSemestre, Identite
from scodoc_api.repositories import etud as etud_repo
from scodoc_api.repositories import formsemestre as sem_repo
from scodoc_api.services import assiduites, justificatifs
from scodoc_api.services import attendance as att
from scodoc_api.services import bulletin as bul
from scodoc_api.services.etud import find_etud, get_etud_checked
from scodoc_api.services.formsemestre import get_sem
from scodoc_api.services.results import ResultsCache

STAFF_ONLY = "réservé au personnel"
STUDENT_VERSIONS = ("short", "selectedevals")  # "long" lists the evaluations hidden from students
VERSIONS = {"long": "long", "short": "short", "selectedevals": "selectedevals", "but": "long", "butcourt": "short"}


@dataclass(frozen=True)
class Registration:
    sem: FormSemestre
    etat: str  # I, D (démission), DEF (défaillant)
    formation_type: int  # type_parcours (700: BUT)


async def target_student(db: AsyncSession, principal: Principal, etudid: int | None, nip: str | None) -> Identite:
    """The student a query names: a student's account may only name itself; staff see their departments'."""
    if principal.is_student:
        own = await etud_repo.get(db, principal.etudid or 0)
        if own is None or (etudid is not None and etudid != own.id) or (nip is not None and nip != own.code_nip):
            raise Forbidden("un compte étudiant ne lit que ses propres données")
        return own
    access = Access(principal)
    if etudid is not None:
        return await get_etud_checked(db, access, etudid)
    if nip is not None:
        return await find_etud(db, access, "nip", nip)
    raise BadRequest("etudid ou nip attendu")


async def own_student(db: AsyncSession, principal: Principal) -> Identite:
    """The student of a student's account (``me``); a staff account has none."""
    if not principal.is_student:
        raise Forbidden("compte du personnel: nommez l'étudiant avec student(etudid: …)")
    return await target_student(db, principal, None, None)


async def staff_semester(db: AsyncSession, principal: Principal, formsemestre_id: int) -> FormSemestre:
    if principal.is_student:
        raise Forbidden(STAFF_ONLY)
    return await get_sem(db, Access(principal), formsemestre_id)


async def semester_students(db: AsyncSession, principal: Principal, sem: FormSemestre) -> list[Identite]:
    """A semester's students, for staff who may see the semester (checked again: the object may come from a
    student's own semester list)."""
    if principal.is_student:
        raise Forbidden(STAFF_ONLY)
    Access(principal).check(sem.dept_id, Permission.ScoView, what="semestre")
    return [etud for etud, _ in await sem_repo.registered_students(db, sem.id)]


async def registrations(db: AsyncSession, etudids: list[int]) -> dict[int, list[Registration]]:
    """Each student's semesters, most recent first: one query for every student asked."""
    out: dict[int, list[Registration]] = defaultdict(list)
    for etudid, etat, sem, formation_type in await sem_repo.registrations_of(db, etudids):
        out[etudid].append(Registration(sem, etat, formation_type))
    for regs in out.values():
        regs.sort(key=lambda r: (r.sem.date_debut, r.sem.id), reverse=True)
    return out


async def formation_kinds(db: AsyncSession, formation_ids: list[int]) -> dict[int, int]:
    return await etud_repo.formation_types(db, formation_ids)


def current(regs: list[Registration], today: date) -> Registration | None:
    """The semester going on today, else the most recent one."""
    going = [r for r in regs if r.sem.date_debut <= today <= r.sem.date_fin]
    return (going or regs or [None])[0]


def overlapping(regs: Iterable[Registration], start: date | None, end: date | None) -> list[Registration]:
    return [r for r in regs if (start is None or r.sem.date_fin >= start) and (end is None or r.sem.date_debut <= end)]


def bulletin_version(principal: Principal, version: str) -> str:
    wanted = VERSIONS.get(version)
    if wanted is None:
        raise BadRequest(f"version: long, short ou selectedevals attendu, reçu '{version}'")
    if principal.is_student and wanted not in STUDENT_VERSIONS:
        raise Forbidden("version long réservée au personnel: short ou selectedevals")
    return wanted


async def bulletins(
    db: AsyncSession,
    principal: Principal,
    cache: ResultsCache,
    formsemestre_id: int,
    etudids: list[int],
    *,
    version: str,
    tz: str,
    results_version: int | None = None,
) -> list[dict[str, Any] | Exception]:
    """The REST bulletins (modern form) of students of one semester, from its cached results: a query or two
    for the semester whatever the number of students. The caller has checked that it may read each student;
    this checks that each is registered, and for staff that the semester is theirs to see. ``results_version``:
    the semester's, when this request has read it already (the cached results then cost no query)."""
    try:
        computed = await bul.semester_results(db, cache, formsemestre_id, results_version)
    except NotFound:
        return [unknown("semestre") for _ in etudids]
    if not principal.is_student:
        try:
            Access(principal).check(computed.rows.sem.dept_id, Permission.ScoView, what="semestre")
        except (NotFound, Forbidden) as exc:
            return [exc for _ in etudids]
    out: list[dict[str, Any] | Exception] = []
    for etudid in etudids:
        if etudid not in computed.results.index:
            out.append(NotFound(f"étudiant {etudid} non inscrit au semestre {formsemestre_id}"))
            continue
        body = await bul.render_bulletin(db, computed, etudid, version=version, fmt="json", tz=tz, modern=True)
        out.append(orjson.loads(body))
    return out


def marks_of(bulletin: dict[str, Any], start: date | None, end: date | None) -> marks_dom.SemesterMarks:
    return marks_dom.from_bulletin(bulletin, start, end)


async def attendance(db: AsyncSession, etud: Identite, start: date | None, end: date | None, tz: str) -> dict:
    """The student's assiduités and justificatifs overlapping [start, end] (days), and their counts."""
    times = await att.day_times(db, etud.dept_id, tz)
    q = assiduites.Query(split=True)
    q.filters.etudids = [etud.id]
    if start is not None:
        q.filters.start = att.parse_moment(start.isoformat(), "from", times.zone)
    if end is not None:
        q.filters.end = att.parse_moment(end.isoformat(), "to", times.zone, end_of_day=True)
    records = await assiduites.listing(db, q, times.zone, with_nip=False)
    justifs = await justificatifs.listing(db, q.filters, times.zone)
    return {"records": records, "justificatifs": justifs, "counts": await assiduites.count(db, q, times)}


def count_rows(counts: dict) -> list[dict]:
    """Counts split by state, as one row per metric."""
    rows = []
    for metric in dom.METRICS:
        rows.append(
            {
                "metric": metric,
                "total": counts["total"][metric],
                "present": counts["present"][metric],
                "late": counts["retard"][metric],
                "absent": counts["absent"][metric],
                "absent_justified": counts["absent"]["justifie"][metric],
                "absent_unjustified": counts["absent"]["non_justifie"][metric],
            }
        )
    return rows


async def submit_justificatif(
    db: AsyncSession, principal: Principal, etud: Identite, values: dict[str, Any], tz: str
) -> dict:
    """A justificatif for the student: a student's own is filed as waiting (ATTENTE) for the secretariat;
    staff need ScoAbsChange in the student's department and may set its state."""
    if not principal.is_student:
        Access(principal).check(etud.dept_id, Permission.ScoAbsChange, what="étudiant")
    elif values.get("etat") not in (None, "attente"):
        raise Forbidden("un justificatif déposé par l'étudiant est en attente (ATTENTE)")
    return await justificatifs.file_for(db, Access(principal), etud, {"etat": "attente", **values}, tz)
