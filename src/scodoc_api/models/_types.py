"""Column helpers shared by the table modules."""

from datetime import datetime, timezone

from sqlalchemy import DateTime


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


TZ_DATETIME = DateTime(timezone=True)
