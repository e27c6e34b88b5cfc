"""Evaluation queries."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Evaluation, FormSemestre, ModuleImpl


async def of_moduleimpl(db: AsyncSession, moduleimpl_id: int) -> list[Evaluation]:
    """The module's evaluations, latest first (numero, then date, then id)."""
    stmt = (
        select(Evaluation)
        .where(Evaluation.moduleimpl_id == moduleimpl_id)
        .order_by(Evaluation.numero.desc(), Evaluation.jour.desc(), Evaluation.id.desc())
    )
    return list((await db.execute(stmt)).scalars())


async def with_moduleimpl(db: AsyncSession, evaluation_id: int) -> Any:
    """(Evaluation, ModuleImpl, FormSemestre), or None."""
    stmt = (
        select(Evaluation, ModuleImpl, FormSemestre)
        .join(ModuleImpl, ModuleImpl.id == Evaluation.moduleimpl_id)
        .join(FormSemestre, FormSemestre.id == ModuleImpl.formsemestre_id)
        .where(Evaluation.id == evaluation_id)
    )
    return (await db.execute(stmt)).first()
