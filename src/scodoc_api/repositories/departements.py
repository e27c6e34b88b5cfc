"""Department queries."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Departement


async def all_departements(db: AsyncSession) -> list[Departement]:
    return list((await db.execute(select(Departement).order_by(Departement.id))).scalars())
