"""Absence writes (seed ``abs_signale``, ``abs_annule``, ``abs_annule_justif``) and billet creation
(absences.md §4, §8). Ranges are half-open on these routes: the end date is excluded."""

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from scodoc_api.core.errors import BadRequest, unknown
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import absences as ad
from scodoc_api.domain import attendance as dom
from scodoc_api.models import Assiduite, BilletAbsence, Identite, Justificatif
from scodoc_api.repositories import absences as abs_repo
from scodoc_api.repositories import attendance as repo
from scodoc_api.repositories.locks import lock_students
from scodoc_api.repositories.prefs import DEFAULTS, pref, pref_bool, prefs_for
from scodoc_api.schemas.write import TEXT_MAX
from scodoc_api.services.absences import billet_dict
from scodoc_api.services.attendance import audit, changed, day_times, parse_moment
from scodoc_api.services.etud import get_etud_checked

FAR_FUTURE = timedelta(days=182)


async def _student(db: AsyncSession, access: Access, etudid: int, perm: int) -> Identite:
    etud = await get_etud_checked(db, access, etudid, perm)
    await lock_students(db, [etud.id])  # writers of one student's absences queue up
    return etud


async def _days(
    db: AsyncSession, etud: Identite, date_debut: date, date_fin: date | None, today: date | None = None
) -> list[date]:
    if date_fin is not None and date_fin < date_debut:
        raise BadRequest("date_fin: antérieure à date_debut")
    end = ad.half_open_end(date_debut, date_fin)
    if end - timedelta(days=1) > (today or date.today()) + FAR_FUTURE:
        raise BadRequest("date_fin: date trop loin dans le futur")
    prefs = await prefs_for(db, [etud.dept_id])
    await _check_span(db, etud, date_debut, end - timedelta(days=1), prefs)
    return ad.working_days(date_debut, end, work_saturday=pref_bool(prefs, "work_saturday", etud.dept_id))


async def _check_span(db: AsyncSession, etud: Identite, first: date, last: date, prefs: dict) -> None:
    """A range stays within the student's semester that holds its first day; with no such semester, it
    spans at most the ``abs_max_days`` preference (one request must not write years of rows)."""
    sem_end = await abs_repo.semester_end_holding(db, etud.id, first)
    if sem_end is not None:
        if last > sem_end:
            raise BadRequest(f"date_fin: au-delà de la fin du semestre ({sem_end.isoformat()})")
        return
    try:
        max_days = max(1, int(pref(prefs, "abs_max_days", etud.dept_id)))
    except ValueError:
        max_days = int(DEFAULTS["abs_max_days"])
    if (last - first).days + 1 > max_days:
        raise BadRequest(f"date_fin: période de plus de {max_days} jours hors d'un semestre")


def check_demi_journee(value: int) -> list[bool]:
    if value not in (0, 1, 2):
        raise BadRequest("demi_journee: 2 (journée), 1 (matin) ou 0 (après-midi) attendu")
    return ad.half_days(value)


async def _check_moduleimpl(db: AsyncSession, etud: Identite, moduleimpl_id: int | None) -> None:
    if moduleimpl_id is None:
        return
    if await abs_repo.moduleimpl_dept(db, moduleimpl_id) != etud.dept_id:
        raise unknown("moduleimpl")


def _windows(days: list[date], halves: list[bool], times: ad.DayTimes) -> list[tuple[datetime, datetime]]:
    """The time ranges of those half-days (absences.md §1, docs/compat.md: 08:00-12:00 and 14:00-18:00)."""
    return [times.window(d, m) for d in days for m in halves]


async def _write_context(
    db: AsyncSession, access: Access, etudid: int, date_debut: date, date_fin: date | None, demi_journee: int, tz: str
) -> tuple[Identite, ad.DayTimes, list[tuple[datetime, datetime]]]:
    halves = check_demi_journee(demi_journee)
    etud = await _student(db, access, etudid, Permission.ScoAbsChange)
    days = await _days(db, etud, date_debut, date_fin)
    times = await day_times(db, etud.dept_id, tz)
    return etud, times, _windows(days, halves, times)


def _answer(etud: Identite, date_debut: date, date_fin: date | None, demi_journee: int, windows: list, **extra) -> dict:
    """What the half-day write routes answer (examples/abs_signale.json)."""
    head = {"etudid": etud.id, "date_debut": date_debut.isoformat(), "date_fin": (date_fin or date_debut).isoformat()}
    return {**head, "demi_journee": demi_journee, **extra, "nb_demi_journees": len(windows)}


async def _after(
    db: AsyncSession, access: Access, etud: Identite, windows: list, times: ad.DayTimes, method: str, msg: str
) -> None:
    if windows:
        await changed(db, etud.id, windows[0][0], windows[-1][1], times)
    await audit(db, access, method, etud.id, msg)


async def _add_absences(
    db: AsyncSession, access: Access, etud: Identite, windows: list, description: str | None, moduleimpl_id: int | None
) -> int:
    """One absent assiduité per half-day the student has none for (with that module): repeating a request
    records nothing twice."""
    if not windows:
        return 0
    same = repo.Filters(etudids=[etud.id], start=windows[0][0], end=windows[-1][1], etats=[int(dom.Etat.ABSENT)])
    same.with_moduleimpl, same.moduleimpl_id = True, moduleimpl_id
    taken = await repo.spans(db, Assiduite, same)
    new = [(s, e) for s, e in windows if not any(dom.overlaps(s, e, ts, te) for ts, te in taken)]
    common = {"etudid": etud.id, "etat": int(dom.Etat.ABSENT), "description": description}
    common.update(moduleimpl_id=moduleimpl_id, user_id=access.principal.user_id)
    await repo.add_all_returning(db, Assiduite, [{**common, "date_debut": s, "date_fin": e} for s, e in new])
    return len(new)


async def _add_justifications(
    db: AsyncSession, access: Access, etud: Identite, windows: list, description: str | None
) -> int:
    """One valid justificatif per half-day not yet covered by one."""
    if not windows:
        return 0
    valid = repo.Filters(etudids=[etud.id], start=windows[0][0], end=windows[-1][1])
    valid.etats = [int(dom.JustifEtat.VALIDE)]
    covering = await repo.spans(db, Justificatif, valid)
    new = [(s, e) for s, e in windows if not any(cs <= s and ce >= e for cs, ce in covering)]
    common = {"etudid": etud.id, "etat": int(dom.JustifEtat.VALIDE), "raison": description}
    common["user_id"] = access.principal.user_id
    await repo.add_all_returning(db, Justificatif, [{**common, "date_debut": s, "date_fin": e} for s, e in new])
    return len(new)


async def signale(
    db: AsyncSession,
    access: Access,
    *,
    etudid: int,
    date_debut: date,
    date_fin: date | None,
    demi_journee: int = 2,
    estjust: bool = False,
    description: str | None = None,
    moduleimpl_id: int | None = None,
    tz: str = "Europe/Paris",
) -> dict:
    """Absent half-days as assiduités; ``estjust``: each also gets a valid justificatif (absences.md §4.1)."""
    etud, times, windows = await _write_context(db, access, etudid, date_debut, date_fin, demi_journee, tz)
    await _check_moduleimpl(db, etud, moduleimpl_id)
    added = await _add_absences(db, access, etud, windows, description, moduleimpl_id)
    if estjust:
        await _add_justifications(db, access, etud, windows, description)
    await _after(db, access, etud, windows, times, "AddAbsence", f"{added} demi-journées {_span(date_debut, date_fin)}")
    extra = {"estjust": estjust, "moduleimpl_id": moduleimpl_id}
    return {**_answer(etud, date_debut, date_fin, demi_journee, windows, **extra), "nb_ajoutees": added}


def _span(date_debut: date, date_fin: date | None) -> str:
    return f"du {date_debut.isoformat()} au {(date_fin or date_debut).isoformat()}"


async def justifie(
    db: AsyncSession,
    access: Access,
    *,
    etudid: int,
    date_debut: date,
    date_fin: date | None,
    demi_journee: int = 2,
    description: str | None = None,
    tz: str = "Europe/Paris",
) -> dict:
    """Valid justificatifs for those half-days (absences.md §4.2): their absences become justified."""
    etud, times, windows = await _write_context(db, access, etudid, date_debut, date_fin, demi_journee, tz)
    added = await _add_justifications(db, access, etud, windows, description)
    await _after(db, access, etud, windows, times, "AddJustif", f"{added} demi-journées {_span(date_debut, date_fin)}")
    return {**_answer(etud, date_debut, date_fin, demi_journee, windows), "nb_ajoutees": added}


async def _cut(db: AsyncSession, model: Any, records: list[Any], windows: list) -> int:
    """Take the half-day windows out of these records: a record left empty is deleted, one cut in the middle
    becomes two (the copy keeps every other field). The number of records touched."""
    touched = 0
    for rec in records:
        pieces = [(rec.date_debut, rec.date_fin)]
        for w_start, w_end in windows:
            pieces = [p for start, end in pieces for p in dom.subtract(start, end, w_start, w_end)]
        if pieces == [(rec.date_debut, rec.date_fin)]:
            continue
        touched += 1
        if not pieces:
            await repo.remove(db, model, [rec.id])
            continue
        await repo.change(db, model, rec.id, {"date_debut": pieces[0][0], "date_fin": pieces[0][1]})
        fields = {c: getattr(rec, c) for c in model.model_fields if c not in ("id", "date_debut", "date_fin")}
        for start, end in pieces[1:]:
            await repo.add(db, model, {**fields, "date_debut": start, "date_fin": end})
    return touched


async def annule(
    db: AsyncSession,
    access: Access,
    *,
    etudid: int,
    date_debut: date,
    date_fin: date | None,
    demi_journee: int = 2,
    moduleimpl_id: int | None = None,
    tz: str = "Europe/Paris",
) -> dict:
    """Take those half-days out of the student's absences; justificatifs stay (absences.md §4.3)."""
    etud, times, windows = await _write_context(db, access, etudid, date_debut, date_fin, demi_journee, tz)
    await _check_moduleimpl(db, etud, moduleimpl_id)
    deleted = 0
    if windows:
        f = repo.Filters(etudids=[etud.id], start=windows[0][0], end=windows[-1][1], etats=[int(dom.Etat.ABSENT)])
        if moduleimpl_id is not None:
            f.with_moduleimpl, f.moduleimpl_id = True, moduleimpl_id
        records = [r[0] for r in await repo.list_rows(db, Assiduite, f)]
        deleted = await _cut(db, Assiduite, records, windows)
    await _after(db, access, etud, windows, times, "AnnuleAbsence", f"{deleted} {_span(date_debut, date_fin)}")
    return {**_answer(etud, date_debut, date_fin, demi_journee, windows), "nb_supprimees": deleted}


async def annule_justif(
    db: AsyncSession,
    access: Access,
    *,
    etudid: int,
    date_debut: date,
    date_fin: date | None,
    demi_journee: int = 2,
    tz: str = "Europe/Paris",
) -> dict:
    """Take those half-days out of the valid justificatifs: the absences there become unjustified (§4.4)."""
    etud, times, windows = await _write_context(db, access, etudid, date_debut, date_fin, demi_journee, tz)
    if windows:
        f = repo.Filters(etudids=[etud.id], start=windows[0][0], end=windows[-1][1], etats=[int(dom.JustifEtat.VALIDE)])
        await _cut(db, Justificatif, [r[0] for r in await repo.list_rows(db, Justificatif, f)], windows)
    await _after(db, access, etud, windows, times, "AnnuleJustif", _span(date_debut, date_fin))
    return _answer(etud, date_debut, date_fin, demi_journee, windows)


def parse_bound(value, name: str, tz: ZoneInfo) -> datetime:
    """ISO date or date-time; a date alone is midnight; no offset means local time."""
    return parse_moment(value if value is not None else "", name, tz)


async def add_billet(
    db: AsyncSession,
    access: Access,
    *,
    etudid: int,
    begin,
    end,
    description: str,
    justified: bool = True,
    tz: str = "Europe/Paris",
) -> list[dict]:
    if len(description) > TEXT_MAX:
        raise BadRequest(f"description: {TEXT_MAX} caractères au plus")
    zone = ZoneInfo(tz)
    etud = await _student(db, access, etudid, Permission.ScoAbsAddBillet)
    b, e = parse_bound(begin, "begin", zone), parse_bound(end, "end", zone)
    if b > e:
        raise BadRequest("begin: postérieur à end")
    same = await abs_repo.pending_billet(db, etud.id, b, e, description)  # the same request twice: one billet
    if same is None:
        same = BilletAbsence(etudid=etud.id, abs_begin=b, abs_end=e, description=description, justified=justified)
        db.add(same)
        await db.flush()
        await _billet_justificatif(db, access, etud, same, await day_times(db, etud.dept_id, tz))
    return [billet_dict(same, zone)]


async def _billet_justificatif(
    db: AsyncSession, access: Access, etud: Identite, billet: BilletAbsence, times: ad.DayTimes
) -> None:
    """A billet is also a justificatif waiting for staff (``ATTENTE``), over the half-days its conversion would
    give (absences.md §8.4), so that 9.6 clients see it; ``external_data.billet_id`` names the billet."""
    local_begin, local_end = billet.abs_begin.astimezone(times.zone), billet.abs_end.astimezone(times.zone)
    halves = ad.billet_half_days(local_begin, local_end, work_saturday=times.work_saturday)
    if not halves:
        return
    start, end = times.window(*halves[0])[0], times.window(*halves[-1])[1]
    values = {"etudid": etud.id, "date_debut": start, "date_fin": end, "etat": int(dom.JustifEtat.ATTENTE)}
    values.update(raison=billet.description, external_data={"billet_id": billet.id}, user_id=access.principal.user_id)
    await repo.add(db, Justificatif, values)
    await audit(db, access, "AddBilletAbsence", etud.id, f"billet {billet.id}")
