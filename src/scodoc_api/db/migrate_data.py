"""Data moves of migrations that need the domain's rules (run inside Alembic's transaction, synchronously).

Half-day absences <-> attendance records: the same mapping as ``scodoc-api load`` (docs/compat.md), with the
default working day (no ``assi_*_time`` preference existed before) in ``TIMEZONE`` (default Europe/Paris)."""

import os
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from scodoc_api.domain import absences as ad
from scodoc_api.models._types import UTCDateTime

_TS = UTCDateTime()
_ABSENCES = sa.table(
    "absences",
    *(sa.column(c) for c in ("id", "etudid", "matin", "estabs", "estjust", "description", "moduleimpl_id")),
    sa.column("jour", sa.Date()),
    sa.column("entry_date", _TS),
)
_ASSIDUITES = sa.table(
    "assiduites",
    *(sa.column(c) for c in ("etudid", "etat", "description", "moduleimpl_id", "est_just")),
    *(sa.column(c, _TS) for c in ("date_debut", "date_fin", "entry_date")),
)
_JUSTIFICATIFS = sa.table(
    "justificatifs",
    *(sa.column(c) for c in ("etudid", "etat", "raison")),
    *(sa.column(c, _TS) for c in ("date_debut", "date_fin", "entry_date")),
)


def _times() -> ad.DayTimes:
    name = os.environ.get("TIMEZONE") or os.environ.get("SCODOC_TIMEZONE") or "Europe/Paris"
    return ad.DayTimes(ZoneInfo(name))


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def move_halfdays_over(conn: Connection) -> None:
    """Every row of ``absences`` becomes the assiduité and/or justificatif that stands for it."""
    found = conn.execute(sa.select(_ABSENCES).order_by(_ABSENCES.c.id)).all()
    rows = [
        ad.HalfDayRow(
            r.etudid,
            _day(r.jour),
            bool(r.matin),
            bool(r.estabs),
            bool(r.estjust),
            r.description,
            r.moduleimpl_id,
            r.entry_date or datetime.now().astimezone(),
        )
        for r in found
    ]
    assiduites, justificatifs = ad.records_of_halfday_rows(rows, _times())
    if assiduites:
        conn.execute(sa.insert(_ASSIDUITES), assiduites)
    if justificatifs:
        conn.execute(sa.insert(_JUSTIFICATIFS), justificatifs)


def move_halfdays_back(conn: Connection) -> None:
    """The downgrade: absences and valid justificatifs become half-day rows again."""
    absences = [dict(r._mapping) for r in conn.execute(sa.select(_ASSIDUITES).where(_ASSIDUITES.c.etat == 2))]
    justifs = [dict(r._mapping) for r in conn.execute(sa.select(_JUSTIFICATIFS).where(_JUSTIFICATIFS.c.etat == 0))]
    rows = ad.halfday_rows_of_records(absences, justifs, _times())
    if rows:
        values = [
            {
                "etudid": r.etudid,
                "jour": r.jour,
                "matin": r.matin,
                "estabs": r.estabs,
                "estjust": r.estjust,
                "description": r.description,
                "moduleimpl_id": r.moduleimpl_id,
                "entry_date": r.entry_date,
            }
            for r in rows
        ]
        conn.execute(sa.insert(_ABSENCES), values)
