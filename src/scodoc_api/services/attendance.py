"""What the attendance use cases share: the institution's working day, reading and writing moments, the
output objects of modern-api.md §4.6-4.7, and the item-by-item batches of the write routes."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from scodoc_api.core.errors import ApiError, BadRequest, NotFound, unknown
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain.attendance import DayTimes, Etat, JustifEtat, parse_etat, parse_time
from scodoc_api.models import Identite, Justificatif
from scodoc_api.repositories import attendance as repo
from scodoc_api.repositories.prefs import pref, pref_bool, prefs_for
from scodoc_api.schemas.write import TEXT_MAX
from scodoc_api.services.etud import find_etud, get_etud_checked
from scodoc_api.services.results import invalidate

DEFAULT_TIMES = DayTimes(ZoneInfo("UTC"))


async def day_times(db: AsyncSession, dept_id: int, tz: str) -> DayTimes:
    """The department's working day: preferences ``assi_morning_time``, ``assi_noon_time``,
    ``assi_afternoon_time``, ``assi_evening_time`` (08:00, 12:00, 14:00, 18:00) and ``work_saturday``."""
    prefs = await prefs_for(db, [dept_id])
    d = DEFAULT_TIMES
    return DayTimes(
        ZoneInfo(tz),
        morning=parse_time(pref(prefs, "assi_morning_time", dept_id), d.morning),
        noon=parse_time(pref(prefs, "assi_noon_time", dept_id), d.noon),
        afternoon=parse_time(pref(prefs, "assi_afternoon_time", dept_id), d.afternoon),
        evening=parse_time(pref(prefs, "assi_evening_time", dept_id), d.evening),
        work_saturday=pref_bool(prefs, "work_saturday", dept_id),
    )


def parse_moment(value: Any, name: str, zone: ZoneInfo, *, end_of_day: bool = False) -> datetime:
    """An ISO date or date-time; a date alone is midnight (``end_of_day``: the next midnight, so that a
    filter's end date includes that day); without an offset it is the institution's local time
    (modern-api.md §5.7); ``Z`` is read as UTC."""
    if isinstance(value, datetime):
        ts = value
    else:
        text = str(value if value is not None else "").strip()
        try:
            if "T" in text or " " in text:
                ts = datetime.fromisoformat(text.replace("Z", "+00:00"))
            else:
                ts = datetime.combine(date.fromisoformat(text), time(0, 0))
                ts += timedelta(days=1) if end_of_day else timedelta(0)
        except ValueError:
            raise BadRequest(f"{name}: date ISO attendue, reçu '{value}'") from None
    if not YEARS[0] <= ts.year <= YEARS[1]:  # also keeps every conversion to UTC in range
        raise BadRequest(f"{name}: année hors de {YEARS[0]}-{YEARS[1]}, reçu '{value}'")
    if ts.tzinfo is None:
        return ts.replace(tzinfo=zone)
    return ts


YEARS = (1900, 2999)


def iso(ts: datetime | None, zone: ZoneInfo) -> str | None:
    """``2024-10-11T08:00:00+02:00``: an offset, never ``Z`` (§8 item 10)."""
    return ts.astimezone(zone).isoformat(timespec="seconds") if ts is not None else None


def user_fields(user_name: str | None, nom: str | None, prenom: str | None) -> dict:
    full = " ".join(p for p in (prenom, nom) if p) or None
    return {"user_name": user_name, "user_nom_complet": full if user_name else None}


def assiduite_dict(row: Any, zone: ZoneInfo, *, with_nip: bool = False) -> dict:
    a = row[0]
    out = {
        "assiduite_id": a.id,
        "etudid": a.etudid,
        "moduleimpl_id": a.moduleimpl_id,
        "date_debut": iso(a.date_debut, zone),
        "date_fin": iso(a.date_fin, zone),
        "etat": Etat(a.etat).name,
        "desc": a.description,
        "entry_date": iso(a.entry_date, zone),
        "user_id": a.user_id,
        **user_fields(row[1], row[2], row[3]),
        "est_just": a.est_just,
        "external_data": a.external_data,
    }
    if with_nip:
        out["code_nip"] = row[4]
    return out


def justificatif_dict(j: Any, zone: ZoneInfo, user: tuple = (None, None, None), *, fichier: str | None = None) -> dict:
    out = {
        "justif_id": j.id,
        "etudid": j.etudid,
        "date_debut": iso(j.date_debut, zone),
        "date_fin": iso(j.date_fin, zone),
        "etat": JustifEtat(j.etat).name,
        "raison": j.raison,
        "entry_date": iso(j.entry_date, zone),
        "user_id": j.user_id,
        **user_fields(*user),
        "external_data": j.external_data,
        "fichier": fichier,
    }
    return out


async def student(db: AsyncSession, access: Access, kind: str, value: str, perm: int = Permission.ScoView) -> Identite:
    """The student named by etudid, NIP or INE, seen by staff of their department holding ``perm``."""
    etud = await find_etud(db, access, kind, value)
    access.check(etud.dept_id, perm, what="étudiant")
    return etud


@dataclass
class Batch:
    """``{"errors": [{indice, message}], "success": [{indice, message}]}``, item by item (§5.7)."""

    errors: list[dict]
    success: list[dict]

    def as_dict(self) -> dict:
        return {"errors": self.errors, "success": self.success}


async def each_item(db: AsyncSession, items: list[Any], handle: Callable[[int, Any], Awaitable[Any]]) -> Batch:
    """Run ``handle`` on each item in its own savepoint: an item that fails changes nothing and is reported
    with its reason, the others are kept."""
    batch = Batch([], [])
    for i, item in enumerate(items):
        try:
            async with db.begin_nested():
                message = await handle(i, item)
        except ApiError as exc:
            batch.errors.append({"indice": i, "message": exc.message})
            continue
        batch.success.append({"indice": i, "message": message})
    return batch


def body_list(body: Any, what: str = "liste") -> list:
    if not isinstance(body, list):
        raise BadRequest(f"données: une {what} JSON est attendue")
    return body


def body_object(body: Any) -> dict:
    if not isinstance(body, dict):
        raise BadRequest("données: un objet JSON est attendu")
    return body


async def changed(
    db: AsyncSession, etudid: int, start: datetime, end: datetime, times: DayTimes, *, refresh: bool = True
) -> None:
    """After a write over [start, end): ``est_just`` recomputed there (unless the write set it), and the
    results of the student's semesters meeting those days renewed (bulletins show absence counts)."""
    if refresh:
        await repo.refresh_est_just(db, etudid, start, end)
    first = start.astimezone(times.zone).date()
    last = (end - timedelta(microseconds=1)).astimezone(times.zone).date()
    await invalidate(db, await repo.semesters_touching(db, etudid, first, last))


async def audit(db: AsyncSession, access: Access, method: str, etudid: int | None, msg: str) -> None:
    await repo.log_many(db, user=access.principal.user_name, method=method, etudid=etudid, msgs=[msg])


async def owner(
    db: AsyncSession, access: Access, record: Any, perm: int = Permission.ScoView, *, what: str
) -> Identite:
    """The student an assiduité or a justificatif belongs to, if the caller holds ``perm`` in their
    department; for a missing record as for one out of sight, the 404 of ``what``."""
    if record is None:
        raise unknown(what)
    return await get_etud_checked(db, access, record.etudid, perm, what=what)


async def checked_justificatif(
    db: AsyncSession, access: Access, justif_id: int, perm: int = Permission.ScoView
) -> Justificatif:
    """The justificatif, if the caller holds ``perm`` in its student's department (404 otherwise)."""
    j = await repo.get(db, Justificatif, justif_id)
    await owner(db, access, j, perm, what="justificatif")
    return j


async def batch_owner(db: AsyncSession, access: Access, record: Any, missing: str) -> Identite:
    """In a batch write: the record's student, with ScoAbsChange; a record missing or out of sight is the same
    error item (``missing``: ScoDoc's words), never an existence oracle."""
    try:
        return await owner(db, access, record, Permission.ScoAbsChange, what="enregistrement")
    except NotFound:
        raise NotFound(missing) from None


def justificatif_row_dict(row: Any, zone: ZoneInfo, files: dict[int, str]) -> dict:
    """A (justificatif, user_name, nom, prenom) row as §4.7's object; ``files``: justif_id -> first file."""
    return justificatif_dict(row[0], zone, (row[1], row[2], row[3]), fichier=files.get(row[0].id))


def etat_field(item: dict, kind: type[IntEnum], expected: str) -> int:
    etat = parse_etat(item.get("etat"), kind)
    if etat is None:
        raise BadRequest(f"etat: {expected} attendu, reçu '{item.get('etat')}'")
    return int(etat)


def text_field(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > TEXT_MAX:
        raise BadRequest(f"{name}: texte de {TEXT_MAX} caractères au plus attendu")
    return value


def external_data_field(value: Any) -> dict | None:
    if value is not None and not isinstance(value, dict):
        raise BadRequest("external_data: objet JSON attendu")
    return value


def check_period(start: datetime, end: datetime) -> None:
    if end <= start:
        raise BadRequest("date_fin: doit suivre date_debut")
