"""Attendance queries: assiduités, justificatifs and their files, the half-day view, the audit history."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import Float, delete, exists, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.domain.attendance import JustifEtat
from scodoc_api.models import (
    Assiduite,
    FormSemestre,
    FormSemestreInscription,
    Identite,
    Justificatif,
    JustificatifFile,
    ScoLog,
    User,
)

Model = type[Assiduite] | type[Justificatif] | type[JustificatifFile]


@dataclass
class Filters:
    """What a listing or a count keeps. ``etudids``: a list or a subquery of students; the period keeps the
    records overlapping [start, end)."""

    etudids: Any = None
    start: datetime | None = None
    end: datetime | None = None
    etats: list[int] | None = None
    moduleimpl_id: int | None = None
    with_moduleimpl: bool = False  # moduleimpl_id given (None: records with no module)
    est_just: bool | None = None
    user_id: int | None = None

    def where(self, model: Model) -> list[Any]:
        cond: list[Any] = []
        if self.etudids is not None:
            cond.append(model.etudid.in_(self.etudids))
        if self.start is not None:
            cond.append(model.date_fin > self.start)
        if self.end is not None:
            cond.append(model.date_debut < self.end)
        if self.etats is not None:
            cond.append(model.etat.in_(self.etats))
        if self.user_id is not None:
            cond.append(model.user_id == self.user_id)
        if model is Assiduite:
            if self.with_moduleimpl:
                mi = Assiduite.moduleimpl_id
                cond.append(mi.is_(None) if self.moduleimpl_id is None else mi == self.moduleimpl_id)
            if self.est_just is not None:
                cond.append(Assiduite.est_just.is_(self.est_just))
        return cond


async def list_rows(db: AsyncSession, model: Model, filters: Filters, *, with_nip: bool = False) -> list[Any]:
    """(record, user_name, nom, prenom[, code_nip]) in chronological order."""
    columns: list[Any] = [model, User.user_name, User.nom, User.prenom]
    stmt = select(*columns).outerjoin(User, User.id == model.user_id)
    if with_nip:
        stmt = stmt.add_columns(Identite.code_nip).join(Identite, Identite.id == model.etudid)
    stmt = stmt.where(*filters.where(model)).order_by(model.date_debut, model.id)
    return list((await db.execute(stmt)).all())


def _epoch(col: Any) -> Any:
    return func.extract("epoch", col).cast(Float)


@dataclass
class CountColumns:
    """What the counts read, as columns: student, epoch seconds of both ends, state, justified."""

    etudid: np.ndarray
    start: np.ndarray
    end: np.ndarray
    etat: np.ndarray
    est_just: np.ndarray


async def count_columns(db: AsyncSession, filters: Filters) -> CountColumns:
    """The assiduités kept, as numbers: no timestamp object is built for the tens of thousands of rows of a
    semester."""
    a = Assiduite
    stmt = select(a.etudid, _epoch(a.date_debut), _epoch(a.date_fin), a.etat, a.est_just).where(*filters.where(a))
    rows = (await db.execute(stmt)).all()
    return CountColumns(*_columns(rows, (np.int64, float, float, np.int64, bool)))


async def get_row(db: AsyncSession, model: Model, record_id: int) -> Any | None:
    stmt = select(model, User.user_name, User.nom, User.prenom).outerjoin(User, User.id == model.user_id)
    return (await db.execute(stmt.where(model.id == record_id))).first()


async def get(db: AsyncSession, model: Model, record_id: int) -> Any | None:
    return await db.get(model, record_id)


async def add(db: AsyncSession, model: Model, values: dict) -> int:
    return (await db.execute(insert(model).values(**values).returning(model.id))).scalar_one()


async def add_all_returning(db: AsyncSession, model: Model, rows: list[dict]) -> list[int]:
    """Insert the rows in one statement; their ids, in the rows' order."""
    if not rows:
        return []
    stmt = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list((await db.execute(stmt, rows)).scalars())


async def spans(db: AsyncSession, model: Model, filters: Filters) -> list[tuple[datetime, datetime]]:
    """(start, end) of the records kept: what overlap and coverage checks read, in one query."""
    stmt = select(model.date_debut, model.date_fin).where(*filters.where(model))
    return [(r[0], r[1]) for r in (await db.execute(stmt)).all()]


async def change(db: AsyncSession, model: Model, record_id: int, values: dict) -> None:
    await db.execute(update(model).where(model.id == record_id).values(**values))


async def remove(db: AsyncSession, model: Model, ids: list[int]) -> None:
    if ids:
        await db.execute(delete(model).where(model.id.in_(ids)))


def _covering_valid_justificatif() -> Any:
    j = Justificatif
    return exists().where(
        j.etudid == Assiduite.etudid,
        j.etat == int(JustifEtat.VALIDE),
        j.date_debut <= Assiduite.date_debut,
        j.date_fin >= Assiduite.date_fin,
    )


async def refresh_est_just(db: AsyncSession, etudid: int, start: datetime, end: datetime) -> None:
    """Recompute ``est_just`` of the student's assiduités overlapping [start, end): inside a valid
    justificatif's period (modern-api.md §5.8)."""
    await db.execute(
        update(Assiduite)
        .where(Assiduite.etudid == etudid, Assiduite.date_debut < end, Assiduite.date_fin > start)
        .values(est_just=_covering_valid_justificatif())
        .execution_options(synchronize_session=False)
    )


async def justified_by(db: AsyncSession, justif: Justificatif) -> list[int]:
    """Ids of the assiduités inside this justificatif's period."""
    a = Assiduite
    stmt = select(a.id).where(
        a.etudid == justif.etudid, a.date_debut >= justif.date_debut, a.date_fin <= justif.date_fin
    )
    return list((await db.execute(stmt.order_by(a.date_debut, a.id))).scalars())


async def justificatifs_of(db: AsyncSession, assiduites: list[Assiduite]) -> dict[int, list[Any]]:
    """For each assiduité, the justificatifs covering it (any state), as (justificatif, user_name, nom,
    prenom) rows, in one query."""
    if not assiduites:
        return {}
    etudids = {a.etudid for a in assiduites}
    lo, hi = min(a.date_debut for a in assiduites), max(a.date_fin for a in assiduites)
    j = Justificatif
    stmt = (
        select(j, User.user_name, User.nom, User.prenom)
        .outerjoin(User, User.id == j.user_id)
        .where(j.etudid.in_(etudids), j.date_debut <= hi, j.date_fin >= lo)
        .order_by(j.date_debut, j.id)
    )
    by_student: dict[int, list[Any]] = {}
    for row in (await db.execute(stmt)).all():
        by_student.setdefault(row[0].etudid, []).append(row)
    return {
        a.id: [
            r for r in by_student.get(a.etudid, ()) if r[0].date_debut <= a.date_debut and r[0].date_fin >= a.date_fin
        ]
        for a in assiduites
    }


async def halfday_records(
    db: AsyncSession, etudids: Any, start: datetime, end: datetime
) -> tuple[list[Any], list[Any]]:
    """What the half-day view reads over [start, end): absences (etudid, start, end, est_just, description,
    moduleimpl_id, entry_date, id) and valid justificatifs (etudid, start, end, raison, entry_date, id)."""
    a, j = Assiduite, Justificatif
    absences = (
        await db.execute(
            select(a.etudid, a.date_debut, a.date_fin, a.est_just, a.description, a.moduleimpl_id, a.entry_date, a.id)
            .where(a.etudid.in_(etudids), a.etat == 2, a.date_fin > start, a.date_debut < end)
            .order_by(a.date_debut, a.id)
        )
    ).all()
    justifs = (
        await db.execute(
            select(j.etudid, j.date_debut, j.date_fin, j.raison, j.entry_date, j.id).where(
                j.etudid.in_(etudids), j.etat == int(JustifEtat.VALIDE), j.date_fin > start, j.date_debut < end
            )
        )
    ).all()
    return list(absences), list(justifs)


async def halfday_columns(db: AsyncSession, etudids: Any, start: datetime, end: datetime) -> tuple[tuple, tuple]:
    """The half-day view's input as columns over [start, end): absences (student, epoch start, epoch end,
    justified) and valid justificatifs (student, epoch start, epoch end)."""
    a, j = Assiduite, Justificatif
    absences = (
        await db.execute(
            select(a.etudid, _epoch(a.date_debut), _epoch(a.date_fin), a.est_just).where(
                a.etudid.in_(etudids), a.etat == 2, a.date_fin > start, a.date_debut < end
            )
        )
    ).all()
    justifs = (
        await db.execute(
            select(j.etudid, _epoch(j.date_debut), _epoch(j.date_fin)).where(
                j.etudid.in_(etudids), j.etat == int(JustifEtat.VALIDE), j.date_fin > start, j.date_debut < end
            )
        )
    ).all()
    return _columns(absences, (np.int64, float, float, bool)), _columns(justifs, (np.int64, float, float))


def _columns(rows: list[Any], dtypes: tuple) -> tuple:
    cols = list(zip(*rows, strict=True)) if rows else [() for _ in dtypes]
    return tuple(np.array(c, dtype=t) for c, t in zip(cols, dtypes, strict=True))


async def semesters_touching(db: AsyncSession, etudid: int, first: Any, last: Any) -> list[int]:
    """The student's semesters whose dates meet [first, last] (dates): their results show absence counts."""
    stmt = (
        select(FormSemestre.id)
        .join(FormSemestreInscription, FormSemestreInscription.formsemestre_id == FormSemestre.id)
        .where(
            FormSemestreInscription.etudid == etudid,
            FormSemestre.date_debut <= last,
            FormSemestre.date_fin >= first,
        )
    )
    return list((await db.execute(stmt)).scalars())


async def files_of(db: AsyncSession, justif_ids: list[int]) -> list[JustificatifFile]:
    if not justif_ids:
        return []
    stmt = select(JustificatifFile).where(JustificatifFile.justif_id.in_(justif_ids)).order_by(JustificatifFile.id)
    return list((await db.execute(stmt)).scalars())


async def file_named(db: AsyncSession, justif_id: int, filename: str) -> JustificatifFile | None:
    stmt = select(JustificatifFile).where(
        JustificatifFile.justif_id == justif_id, JustificatifFile.filename == filename
    )
    return (await db.execute(stmt.order_by(JustificatifFile.id.desc()).limit(1))).scalar_one_or_none()


async def log_many(db: AsyncSession, *, user: str | None, method: str, etudid: int | None, msgs: list[str]) -> None:
    """Lines of the student journal (ScoDoc's ``scolog``), one per message."""
    if msgs:
        rows = [{"authenticated_user": user, "method": method, "etudid": etudid, "msg": m} for m in msgs]
        await db.execute(insert(ScoLog), rows)


async def history(db: AsyncSession, etudid: int) -> list[ScoLog]:
    stmt = select(ScoLog).where(ScoLog.etudid == etudid).order_by(ScoLog.id)
    return list((await db.execute(stmt)).scalars())
