"""Absence reads in half-days, over the attendance records: a student's absent half-days, group status,
bulletin counts, billets (absences.md §5-8)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from scodoc_api.core.errors import BadRequest
from scodoc_api.core.permissions import Access
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import absences as ad
from scodoc_api.domain import identity as idt
from scodoc_api.domain.attendance import day_span
from scodoc_api.domain.semester import annee_scolaire
from scodoc_api.models import BilletAbsence
from scodoc_api.repositories import absences as abs_repo
from scodoc_api.repositories import attendance as repo
from scodoc_api.repositories.prefs import pref_bool, prefs_for
from scodoc_api.services.attendance import day_times
from scodoc_api.services.etud import get_etud_checked
from scodoc_api.services.groups import group_members


def check_range(date_debut: date | None, date_fin: date | None) -> None:
    if date_debut and date_fin and date_fin < date_debut:
        raise BadRequest("date_fin: antérieure à date_debut")


@dataclass
class HalfDays:
    """Students' half-day views over a range of days, with the records behind them."""

    views: dict[int, dict[ad.HalfDay, ad.HalfDayInfo]]
    absences: dict[int, list[Any]]
    justifs: dict[int, list[Any]]


async def halfday_views(db: AsyncSession, etudids: Any, first: date, last: date, times: ad.DayTimes) -> HalfDays:
    """The half-day view (absences.md §2.1) of these students' attendance records meeting [first, last]."""
    start, end = day_span(first, last, times.zone)
    absences, justifs = await repo.halfday_records(db, etudids, start, end)
    by_abs: dict[int, list] = defaultdict(list)
    by_just: dict[int, list] = defaultdict(list)
    for r in absences:
        by_abs[r.etudid].append(r)
    for r in justifs:
        by_just[r.etudid].append(r)
    views = {
        e: ad.halfday_view(
            [(r.date_debut, r.date_fin, r.est_just) for r in by_abs.get(e, [])],
            [(r.date_debut, r.date_fin) for r in by_just.get(e, [])],
            times,
        )
        for e in set(by_abs) | set(by_just)
    }
    return HalfDays(views, by_abs, by_just)


async def semester_counts(db: AsyncSession, sem: Any, etudids: list[int], tz: str) -> dict[int, ad.Counts]:
    """The bulletins' counts: half-days of the semester's dates, both included (absences.md §5.1)."""
    times = await day_times(db, sem.dept_id, tz)
    start, end = day_span(sem.date_debut, sem.date_fin, times.zone)
    absences, justifs = await repo.halfday_columns(db, etudids, start, end)
    counted = ad.semester_counts(absences, justifs, times, sem.date_debut, sem.date_fin)
    return {e: counted.get(e, NONE) for e in etudids}


NONE = ad.Counts(0, 0, 0)


async def list_absences(
    db: AsyncSession,
    access: Access,
    etudid: int,
    *,
    abs_just_only: bool = False,
    date_debut: date | None = None,
    date_fin: date | None = None,
    today: date | None = None,
    tz: str = "Europe/Paris",
) -> list[dict]:
    """Unjustified absent half-days (or only the justified ones), chronological, with module codes."""
    check_range(date_debut, date_fin)
    etud = await get_etud_checked(db, access, etudid)
    first = date_debut or date(annee_scolaire(today or date.today()), 8, 1)
    if date_fin is not None:
        last = ad.half_open_end(first, date_fin) - timedelta(days=1)
    else:  # no upper bound (ScoDoc); ten years is beyond any record
        last = first + timedelta(days=3660)
    times = await day_times(db, etud.dept_id, tz)
    hd = await halfday_views(db, [etud.id], first, last, times)
    records = hd.absences.get(etud.id, [])
    codes = await abs_repo.module_codes(db, [r.moduleimpl_id for r in records if r.moduleimpl_id is not None])
    out = []
    view = hd.views.get(etud.id, {})
    for day, morning in sorted(view, key=lambda k: (k[0], not k[1])):
        info = view[(day, morning)]
        if info.absent and first <= day <= last and info.justified == abs_just_only:
            mods = dict.fromkeys(codes[m] for i in info.absences if (m := records[i].moduleimpl_id) in codes)
            out.append({"jour": day.isoformat(), "ampm": 1 if morning else 0, "description": ",".join(mods)})
    return out


async def abs_group_etat(
    db: AsyncSession,
    access: Access,
    *,
    group_ids: list[int],
    date_debut: date,
    date_fin: date,
    with_boursier: bool = True,
    tz: str = "Europe/Paris",
) -> list[dict]:
    check_range(date_debut, date_fin)
    if not group_ids:
        raise BadRequest("group_ids: paramètre manquant")
    sem, members = await group_members(db, access, formsemestre_id=None, group_ids=group_ids)
    last = ad.half_open_end(date_debut, date_fin) - timedelta(days=1)
    ids = [m["etudid"] for m in members]
    times = await day_times(db, sem.dept_id, tz)
    hd = await halfday_views(db, ids, date_debut, last, times)
    idents = await abs_repo.students(db, ids)
    out = []
    for m in members:
        c = ad.count(hd.views.get(m["etudid"], {}), date_debut, last)
        ident = idents.get(m["etudid"])
        civ = idt.civilite_str(ident.civilite if ident else None)
        nomprenom = " ".join(p for p in (civ, m["prenom"], m["nom_disp"]) if p)
        if m["etat"] == "D":
            nomprenom += " (dem)"
        row = {"etudid": m["etudid"], "nomprenom": nomprenom}
        if with_boursier:
            row["boursier"] = ident.boursier if ident else None
        row.update(
            {
                "nbjustifs_noabs": c.nbjustifs_noabs,
                "nbabsjust": c.nbabsjust,
                "nbabsnonjust": c.nbabsnonjust,
                "nbabs": c.nbabs,
            }
        )
        out.append(row)
    return out


async def list_billets(db: AsyncSession, access: Access, etudid: int, *, tz: str = "Europe/Paris") -> list[dict]:
    etud = await get_etud_checked(db, access, etudid)
    prefs = await prefs_for(db, [etud.dept_id])
    if not pref_bool(prefs, "handle_billets_abs", etud.dept_id):
        return []
    zone = ZoneInfo(tz)
    return [billet_dict(b, zone) for b in await abs_repo.billets_of(db, etud.id)]


def billet_dict(b: BilletAbsence, zone: ZoneInfo) -> dict:
    return {
        "billet_id": b.id,
        "etudid": b.etudid,
        "abs_begin_str": ad.billet_bound_str(b.abs_begin.astimezone(zone)),
        "abs_end_str": ad.billet_bound_str(b.abs_end.astimezone(zone)),
        "description": b.description or "",
        "etat_str": ad.billet_etat_str(b.etat, b.justified),
        "etat": b.etat,
        "justified": b.justified,
        "abs_begin": b.abs_begin.astimezone(zone).isoformat(),
        "abs_end": b.abs_end.astimezone(zone).isoformat(),
        "entry_date": b.entry_date.astimezone(zone).isoformat(),
    }
