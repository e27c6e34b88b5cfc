"""Absence writes (seed ``abs_signale``, ``abs_annule``, ``abs_annule_justif``) and billet creation
(absences.md §4, §8). Ranges are half-open on these routes: the end date is excluded."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import BadRequest, unknown
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.domain import absences as ad
from scodoc_api.models import Absence, BilletAbsence, FormSemestre, Identite, ModuleImpl
from scodoc_api.repositories.prefs import DEFAULTS, pref, pref_bool, prefs_for
from scodoc_api.schemas.write import TEXT_MAX
from scodoc_api.services.absences import billet_dict
from scodoc_api.services.etud import get_etud_checked

FAR_FUTURE = timedelta(days=182)


async def _student(db: AsyncSession, access: Access, etudid: int, perm: int) -> Identite:
    etud = await get_etud_checked(db, access, etudid, perm)
    if db.bind.dialect.name == "postgresql":  # writers of one student's absences queue up
        await db.execute(select(Identite.id).where(Identite.id == etud.id).with_for_update())
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
    from scodoc_api.models import FormSemestreInscription

    sem_end = (
        await db.execute(
            select(func.max(FormSemestre.date_fin))
            .join(FormSemestreInscription, FormSemestreInscription.formsemestre_id == FormSemestre.id)
            .where(
                FormSemestreInscription.etudid == etud.id,
                FormSemestre.date_debut <= first,
                FormSemestre.date_fin >= first,
            )
        )
    ).scalar_one_or_none()
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
    row = (
        await db.execute(
            select(FormSemestre.dept_id)
            .join(ModuleImpl, ModuleImpl.formsemestre_id == FormSemestre.id)
            .where(ModuleImpl.id == moduleimpl_id)
        )
    ).first()
    if row is None or row[0] != etud.dept_id:
        raise unknown("moduleimpl")


async def _record_halfdays(
    db: AsyncSession,
    etud: Identite,
    days: list[date],
    halves: list[bool],
    *,
    estabs: bool,
    estjust: bool,
    description: str | None,
    moduleimpl_id: int | None,
) -> tuple[int, int]:
    """Insert the (day, half) rows of that kind the student does not have yet (repeating a request records
    nothing twice), renew the results of the semesters concerned; (half-days asked, rows added)."""
    wanted = [(d, m) for d in days for m in halves]
    existing = set()
    if wanted:
        existing = set(
            (
                await db.execute(
                    select(Absence.jour, Absence.matin).where(
                        Absence.etudid == etud.id,
                        Absence.estabs.is_(estabs),
                        Absence.estjust.is_(estjust),
                        Absence.moduleimpl_id.is_(None)
                        if moduleimpl_id is None
                        else Absence.moduleimpl_id == moduleimpl_id,
                        Absence.jour >= days[0],
                        Absence.jour <= days[-1],
                    )
                )
            ).all()
        )
    rows = [
        {
            "etudid": etud.id,
            "jour": d,
            "matin": m,
            "estabs": estabs,
            "estjust": estjust,
            "description": description,
            "moduleimpl_id": moduleimpl_id,
            "entry_date": datetime.now().astimezone(),
        }
        for d, m in wanted
        if (d, m) not in existing
    ]
    if rows:
        await db.execute(insert(Absence), rows)
        await _invalidate_semesters(db, etud.id, days)
    return len(wanted), len(rows)


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
) -> dict:
    halves = check_demi_journee(demi_journee)
    etud = await _student(db, access, etudid, Permission.ScoAbsChange)
    await _check_moduleimpl(db, etud, moduleimpl_id)
    days = await _days(db, etud, date_debut, date_fin)
    asked, added = await _record_halfdays(
        db, etud, days, halves, estabs=True, estjust=estjust, description=description, moduleimpl_id=moduleimpl_id
    )
    return {
        "etudid": etud.id,
        "date_debut": date_debut.isoformat(),
        "date_fin": (date_fin or date_debut).isoformat(),
        "demi_journee": demi_journee,
        "estjust": estjust,
        "moduleimpl_id": moduleimpl_id,
        "nb_demi_journees": asked,
        "nb_ajoutees": added,
    }


async def justifie(
    db: AsyncSession,
    access: Access,
    *,
    etudid: int,
    date_debut: date,
    date_fin: date | None,
    demi_journee: int = 2,
    description: str | None = None,
) -> dict:
    """Record justifications (not absences) for those half-days (absences.md §4.2)."""
    halves = check_demi_journee(demi_journee)
    etud = await _student(db, access, etudid, Permission.ScoAbsChange)
    days = await _days(db, etud, date_debut, date_fin)
    asked, added = await _record_halfdays(
        db, etud, days, halves, estabs=False, estjust=True, description=description, moduleimpl_id=None
    )
    return {
        "etudid": etud.id,
        "date_debut": date_debut.isoformat(),
        "date_fin": (date_fin or date_debut).isoformat(),
        "demi_journee": demi_journee,
        "nb_demi_journees": asked,
        "nb_ajoutees": added,
    }


async def _invalidate_semesters(db: AsyncSession, etudid: int, days: list[date]) -> None:
    """Bulletins show absence counts: renew the results of the student's semesters containing those days."""
    from scodoc_api.models import FormSemestreInscription
    from scodoc_api.services.results import invalidate

    if not days:
        return
    ids = (
        (
            await db.execute(
                select(FormSemestre.id)
                .join(FormSemestreInscription, FormSemestreInscription.formsemestre_id == FormSemestre.id)
                .where(
                    FormSemestreInscription.etudid == etudid,
                    FormSemestre.date_debut <= days[-1],
                    FormSemestre.date_fin >= days[0],
                )
            )
        )
        .scalars()
        .all()
    )
    await invalidate(db, ids)


def _halfday_filter(days: list[date], halves: list[bool]):
    return or_(*[and_(Absence.jour == d, Absence.matin.is_(m)) for d in days for m in halves])


async def annule(
    db: AsyncSession,
    access: Access,
    *,
    etudid: int,
    date_debut: date,
    date_fin: date | None,
    demi_journee: int = 2,
    moduleimpl_id: int | None = None,
) -> dict:
    """Delete the absence rows of those half-days; justification-only rows survive (absences.md §4.3)."""
    halves = check_demi_journee(demi_journee)
    etud = await _student(db, access, etudid, Permission.ScoAbsChange)
    await _check_moduleimpl(db, etud, moduleimpl_id)
    days = await _days(db, etud, date_debut, date_fin)
    deleted = 0
    if days:
        cond = [Absence.etudid == etud.id, Absence.estabs.is_(True), _halfday_filter(days, halves)]
        if moduleimpl_id is not None:
            cond.append(Absence.moduleimpl_id == moduleimpl_id)
        deleted = (await db.execute(delete(Absence).where(*cond))).rowcount
        if deleted:
            await _invalidate_semesters(db, etud.id, days)
    return {
        "etudid": etud.id,
        "date_debut": date_debut.isoformat(),
        "date_fin": (date_fin or date_debut).isoformat(),
        "demi_journee": demi_journee,
        "nb_demi_journees": len(days) * len(halves),
        "nb_supprimees": deleted,
    }


async def annule_justif(
    db: AsyncSession, access: Access, *, etudid: int, date_debut: date, date_fin: date | None, demi_journee: int = 2
) -> dict:
    """Delete justification-only rows, then un-justify the remaining rows (absences.md §4.4)."""
    halves = check_demi_journee(demi_journee)
    etud = await _student(db, access, etudid, Permission.ScoAbsChange)
    days = await _days(db, etud, date_debut, date_fin)
    if days:
        where = [Absence.etudid == etud.id, _halfday_filter(days, halves)]
        await db.execute(delete(Absence).where(*where, Absence.estjust.is_(True), Absence.estabs.is_(False)))
        await db.execute(update(Absence).where(*where).values(estjust=False))
        await _invalidate_semesters(db, etud.id, days)
    return {
        "etudid": etud.id,
        "date_debut": date_debut.isoformat(),
        "date_fin": (date_fin or date_debut).isoformat(),
        "demi_journee": demi_journee,
        "nb_demi_journees": len(days) * len(halves),
    }


def parse_bound(value, name: str, tz: ZoneInfo) -> datetime:
    """ISO date or date-time; a date alone is midnight; no offset means local time."""
    if isinstance(value, datetime):
        ts = value
    else:
        text = str(value or "").strip()
        try:
            ts = (
                datetime.fromisoformat(text.replace("Z", "+00:00"))
                if "T" in text or " " in text
                else datetime.combine(date.fromisoformat(text), time(0, 0))
            )
        except ValueError:
            raise BadRequest(f"{name}: date ISO attendue, reçu '{value}'") from None
    return ts if ts.tzinfo else ts.replace(tzinfo=tz)


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
    same = (
        (
            await db.execute(
                select(BilletAbsence).where(  # the same request twice makes one billet
                    BilletAbsence.etudid == etud.id,
                    BilletAbsence.abs_begin == b,
                    BilletAbsence.abs_end == e,
                    BilletAbsence.description == description,
                    BilletAbsence.etat.is_(False),
                )
            )
        )
        .scalars()
        .first()
    )
    if same is None:
        same = BilletAbsence(etudid=etud.id, abs_begin=b, abs_end=e, description=description, justified=justified)
        db.add(same)
        await db.flush()
    return [billet_dict(same, zone)]
