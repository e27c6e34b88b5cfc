"""The bulk writes of a dataset load: the next free ids, the inserts, and the sequences after them."""

from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import User


async def next_ids(db: AsyncSession, models: list[Any]) -> dict[str, int]:
    """table name -> the next free id, for these table models."""
    out = {}
    for model in models:
        current = (await db.execute(select(func.max(model.__table__.c.id)))).scalar_one()
        out[model.__tablename__] = (current or 0) + 1
    return out


async def user_ids(db: AsyncSession) -> dict[str, int]:
    return dict((await db.execute(select(User.user_name, User.id))).all())


async def insert_rows(db: AsyncSession, model: Any, rows: list[dict]) -> None:
    await db.execute(insert(model.__table__), rows)


async def fix_sequences(db: AsyncSession, models: list[Any]) -> None:
    """After inserts with explicit ids, move PostgreSQL sequences past the largest id."""
    if db.bind.dialect.name != "postgresql":
        return
    for model in models:
        table = model.__tablename__
        await db.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
