"""The audit of HTTP writes and logins (models/audit.AuditEntry)."""

from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import AuditEntry


async def add(db: AsyncSession, values: dict) -> None:
    await db.execute(insert(AuditEntry).values(**values))


async def entries(
    db: AsyncSession, *, since: datetime | None = None, user: str | None = None, limit: int = 1000
) -> list[AuditEntry]:
    """The most recent entries first."""
    stmt = select(AuditEntry)
    if since is not None:
        stmt = stmt.where(AuditEntry.date >= since)
    if user is not None:
        stmt = stmt.where(AuditEntry.user_name == user)
    return list((await db.execute(stmt.order_by(AuditEntry.id.desc()).limit(limit))).scalars())
