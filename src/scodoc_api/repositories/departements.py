"""Department queries."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Departement


async def all_departements(db: AsyncSession) -> list[Departement]:
    return list((await db.execute(select(Departement).order_by(Departement.id))).scalars())


async def all_dept_ids(db: AsyncSession) -> list[int]:
    return list((await db.execute(select(Departement.id).order_by(Departement.id))).scalars())


async def dept_acronyms(db: AsyncSession) -> dict[int, str]:
    return dict((await db.execute(select(Departement.id, Departement.acronym))).all())


async def dept_id_of(db: AsyncSession, acronym: str) -> int | None:
    return (await db.execute(select(Departement.id).where(Departement.acronym == acronym))).scalar_one_or_none()
