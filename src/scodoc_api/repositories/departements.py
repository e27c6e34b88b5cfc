"""Department queries."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Departement, Identite


async def all_dept_ids(db: AsyncSession) -> list[int]:
    return list((await db.execute(select(Departement.id).order_by(Departement.id))).scalars())


async def dept_acronyms(db: AsyncSession) -> dict[int, str]:
    return dict((await db.execute(select(Departement.id, Departement.acronym))).all())


async def dept_id_of(db: AsyncSession, acronym: str) -> int | None:
    return (await db.execute(select(Departement.id).where(Departement.acronym == acronym))).scalar_one_or_none()


async def dept_ids_by_acronym(db: AsyncSession) -> dict[str, int]:
    return dict((await db.execute(select(Departement.acronym, Departement.id))).all())


async def departements(db: AsyncSession, *, only_id: int | None = None) -> list[Departement]:
    stmt = select(Departement).order_by(Departement.id)
    if only_id is not None:
        stmt = stmt.where(Departement.id == only_id)
    return list((await db.execute(stmt)).scalars())


async def find(db: AsyncSession, *, acronym: str | None = None, dept_id: int | None = None) -> Departement | None:
    where = Departement.acronym == acronym if acronym is not None else Departement.id == dept_id
    return (await db.execute(select(Departement).where(where))).scalar_one_or_none()


async def students_of(db: AsyncSession, dept_id: int) -> list[Identite]:
    stmt = select(Identite).where(Identite.dept_id == dept_id).order_by(Identite.nom, Identite.prenom, Identite.id)
    return list((await db.execute(stmt)).scalars())
