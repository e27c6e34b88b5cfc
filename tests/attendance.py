"""Test helpers: half-day rows stored the way the service stores them (domain/absences.records_of_halfday_rows)."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select

from scodoc_api.domain import absences as ad
from scodoc_api.domain.attendance import DayTimes
from scodoc_api.models import Assiduite, Justificatif
from scodoc_api.models._types import utcnow
from scodoc_api.repositories.attendance import refresh_est_just

TIMES = DayTimes(ZoneInfo("Europe/Paris"))


def row(etudid, jour, matin, *, estabs=False, estjust=False, description=None, moduleimpl_id=None):
    return ad.HalfDayRow(etudid, jour, matin, estabs, estjust, description, moduleimpl_id, utcnow())


async def add_halfday_rows(db, rows: list[ad.HalfDayRow]) -> None:
    assiduites, justificatifs = ad.records_of_halfday_rows(rows, TIMES)
    if assiduites:
        await db.execute(insert(Assiduite), assiduites)
    if justificatifs:
        await db.execute(insert(Justificatif), justificatifs)
    for etudid in {r.etudid for r in rows}:  # as every write does
        await refresh_est_just(db, etudid, datetime(1900, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))


async def count_absences(db, etudid: int, *extra) -> int:
    """Absent assiduités of the student."""
    stmt = select(func.count()).select_from(Assiduite).where(Assiduite.etudid == etudid, Assiduite.etat == 2, *extra)
    return (await db.execute(stmt)).scalar_one()


def on_day(day) -> list:
    """Filters of ``count_absences``: records starting that (local) day."""
    start = datetime.combine(day, datetime.min.time(), TIMES.zone)
    return [Assiduite.date_debut >= start, Assiduite.date_debut < start + timedelta(days=1)]


async def attendance_records(db, settings, etudid: int) -> dict:
    """An assiduité, and a justificatif with a stored file, of that student (the routes naming them)."""
    from scodoc_api.models import JustificatifFile
    from scodoc_api.repositories.attendance import add

    start = datetime(2026, 10, 5, 8, tzinfo=UTC)
    span = {"etudid": etudid, "date_debut": start, "date_fin": start + timedelta(hours=2)}
    assiduite_id = await add(db, Assiduite, {**span, "etat": 2})
    justif_id = await add(db, Justificatif, {**span, "etat": 2})
    Path(settings.justif_dir).mkdir(parents=True, exist_ok=True)
    (Path(settings.justif_dir) / "matrixfile").write_bytes(b"%PDF-1.4 matrix")
    file = {"justif_id": justif_id, "filename": "matrix.pdf", "stored_name": "matrixfile"}
    await add(db, JustificatifFile, {**file, "content_type": "application/pdf", "size": 15})
    await db.commit()
    return {"assiduite_id": assiduite_id, "justif_id": justif_id}
