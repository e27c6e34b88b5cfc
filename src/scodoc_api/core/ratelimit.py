"""Fixed-window counters against password guessing, shared by every worker: Redis when REDIS_URL is set,
else a table of the database. Counters are written in their own transaction so that a refused login
still counts."""

from datetime import datetime, timedelta, timezone
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scodoc_api.models import AuthThrottle


class Limiter(Protocol):
    async def hit(self, key: str, window: int) -> tuple[int, int]: ...  # (count, seconds left)
    async def peek(self, key: str, window: int) -> tuple[int, int]: ...
    async def reset(self, key: str) -> None: ...


class RedisLimiter:
    def __init__(self, url: str, prefix: str = "scodoc:rl:"):
        from redis.asyncio import Redis

        self.redis = Redis.from_url(url)
        self.prefix = prefix

    async def hit(self, key: str, window: int) -> tuple[int, int]:
        k = self.prefix + key
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(k)
            pipe.expire(k, window, nx=True)
            pipe.ttl(k)
            count, _, ttl = await pipe.execute()
        return int(count), max(1, int(ttl))

    async def peek(self, key: str, window: int) -> tuple[int, int]:
        k = self.prefix + key
        count, ttl = await self.redis.get(k), await self.redis.ttl(k)
        return int(count or 0), max(1, int(ttl if ttl and ttl > 0 else window))

    async def reset(self, key: str) -> None:
        await self.redis.delete(self.prefix + key)


class DbLimiter:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]):
        self.sessionmaker = sessionmaker

    async def hit(self, key: str, window: int) -> tuple[int, int]:
        now = datetime.now(timezone.utc)
        async with self.sessionmaker() as db:
            row = (await db.execute(select(AuthThrottle).where(AuthThrottle.key == key).with_for_update())).scalar_one_or_none()
            if row is None:
                row = AuthThrottle(key=key, window_start=now, count=0)
                db.add(row)
            start = _aware(row.window_start)
            if now - start >= timedelta(seconds=window):
                row.window_start, row.count, start = now, 0, now
            row.count += 1
            count = row.count
            try:
                await db.commit()
            except Exception:  # concurrent first insert of the same key: count it on the existing row
                await db.rollback()
                return await self.hit(key, window)
        return count, max(1, int(window - (now - start).total_seconds()))

    async def peek(self, key: str, window: int) -> tuple[int, int]:
        now = datetime.now(timezone.utc)
        async with self.sessionmaker() as db:
            row = (await db.execute(select(AuthThrottle).where(AuthThrottle.key == key))).scalar_one_or_none()
        if row is None or now - _aware(row.window_start) >= timedelta(seconds=window):
            return 0, window
        return row.count, max(1, int(window - (now - _aware(row.window_start)).total_seconds()))

    async def reset(self, key: str) -> None:
        async with self.sessionmaker() as db:
            await db.execute(delete(AuthThrottle).where(AuthThrottle.key == key))
            await db.commit()


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


