"""The login limiter's counters (table ``auth_throttle``): fixed windows, one atomic upsert per attempt."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import case, delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import AuthThrottle


async def hit(db: AsyncSession, key: str, window: int) -> tuple[int, int]:
    """(count after this attempt, seconds left in the window): a new window restarts at 1, else +1."""
    now = datetime.now(UTC)
    expired = now - timedelta(seconds=window)
    t = AuthThrottle.__table__
    insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = insert(t).values(key=key, window_start=now, count=1)
    new_window = t.c.window_start < expired
    stmt = stmt.on_conflict_do_update(
        index_elements=[t.c.key],
        set_={
            "count": case((new_window, 1), else_=t.c.count + 1),
            "window_start": case((new_window, stmt.excluded.window_start), else_=t.c.window_start),
        },
    ).returning(t.c.count, t.c.window_start)
    count, start = (await db.execute(stmt)).one()
    start = start if start.tzinfo else start.replace(tzinfo=UTC)
    return count, max(1, int(window - (now - start).total_seconds()))


async def refund(db: AsyncSession, key: str) -> None:
    await db.execute(
        update(AuthThrottle).where(AuthThrottle.key == key, AuthThrottle.count > 0).values(count=AuthThrottle.count - 1)
    )


async def reset(db: AsyncSession, key: str) -> None:
    await db.execute(delete(AuthThrottle).where(AuthThrottle.key == key))


async def purge(db: AsyncSession, older_than: int) -> int:
    limit = datetime.now(UTC) - timedelta(seconds=older_than)
    result = await db.execute(delete(AuthThrottle).where(AuthThrottle.window_start < limit))
    return result.rowcount or 0
