"""What the half-day absence routes and the billets read beyond the attendance records (absences.md)."""

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    BilletAbsence,
    FormSemestre,
    FormSemestreInscription,
    Identite,
    Module,
    ModuleImpl,
)


async def module_codes(db: AsyncSession, moduleimpl_ids: list[int]) -> dict[int, str]:
    """moduleimpl id -> its module's code (those that have one)."""
    if not moduleimpl_ids:
        return {}
    stmt = select(ModuleImpl.id, Module.code).join(Module, Module.id == ModuleImpl.module_id)
    return {i: c for i, c in (await db.execute(stmt.where(ModuleImpl.id.in_(set(moduleimpl_ids))))).all() if c}


async def students(db: AsyncSession, ids: list[int]) -> dict[int, Identite]:
    if not ids:
        return {}
    return {i.id: i for i in (await db.execute(select(Identite).where(Identite.id.in_(ids)))).scalars()}


async def billets_of(db: AsyncSession, etudid: int) -> list[BilletAbsence]:
    """Most recently entered first."""
    stmt = (
        select(BilletAbsence)
        .where(BilletAbsence.etudid == etudid)
        .order_by(BilletAbsence.entry_date.desc(), BilletAbsence.id.desc())
    )
    return list((await db.execute(stmt)).scalars())


async def pending_billet(
    db: AsyncSession, etudid: int, begin: datetime, end: datetime, description: str
) -> BilletAbsence | None:
    """The same billet, still pending (the same request twice makes one billet)."""
    b = BilletAbsence
    stmt = select(b).where(
        b.etudid == etudid, b.abs_begin == begin, b.abs_end == end, b.description == description, b.etat.is_(False)
    )
    return (await db.execute(stmt)).scalars().first()


async def semester_end_holding(db: AsyncSession, etudid: int, day: date) -> date | None:
    """The last day of the student's semester that holds ``day`` (the latest, if several)."""
    stmt = (
        select(func.max(FormSemestre.date_fin))
        .join(FormSemestreInscription, FormSemestreInscription.formsemestre_id == FormSemestre.id)
        .where(FormSemestreInscription.etudid == etudid, FormSemestre.date_debut <= day, FormSemestre.date_fin >= day)
    )
    return (await db.execute(stmt)).scalar_one_or_none()


async def moduleimpl_dept(db: AsyncSession, moduleimpl_id: int) -> int | None:
    stmt = (
        select(FormSemestre.dept_id)
        .join(ModuleImpl, ModuleImpl.formsemestre_id == FormSemestre.id)
        .where(ModuleImpl.id == moduleimpl_id)
    )
    return (await db.execute(stmt)).scalar_one_or_none()
