"""Row locks that serialise writers of one student's data (PostgreSQL; SQLite writers are serialised by
the database itself)."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Identite


async def lock_students(db: AsyncSession, etudids) -> None:
    """Lock these students' identity rows until the end of the transaction, in id order (no deadlock
    between two writers locking several students)."""
    ids = sorted(set(etudids))
    if ids and db.bind.dialect.name == "postgresql":
        await db.execute(select(Identite.id).where(Identite.id.in_(ids)).order_by(Identite.id).with_for_update())
