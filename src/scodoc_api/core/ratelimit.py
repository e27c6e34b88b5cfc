"""Fixed-window counters against password guessing, shared by every worker: Redis when REDIS_URL is set,
else a table of the database.

An attempt is *reserved* before the password is checked (one atomic increment), so that concurrent guesses
cannot all pass a check made before any of them is counted; a successful login *refunds* its reservation.
Counters are written in their own transaction, so that a refused login still counts. Keys are hashed:
their length is bounded whatever the login sent."""

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scodoc_api.core.errors import ServiceUnavailable
from scodoc_api.models import AuthThrottle


def throttle_key(kind: str, *parts: str) -> str:
    """A bounded key: the kind in clear, the parts (a login, an address) hashed."""
    return f"{kind}:" + hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:40]


class Limiter(Protocol):
    async def hit(self, key: str, window: int) -> tuple[int, int]: ...  # (count after, seconds left)
    async def refund(self, key: str) -> None: ...
    async def reset(self, key: str) -> None: ...
    async def ping(self) -> None: ...
    async def purge(self) -> int: ...


class LimiterUnavailable(ServiceUnavailable):
    default_message = "service de limitation des connexions indisponible, réessayez dans quelques instants"


class RedisLimiter:
    def __init__(self, url: str, prefix: str = "scodoc:rl:", timeout: float = 2.0):
        from redis.asyncio import Redis

        self.redis = Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        self.prefix = prefix

    async def _run(self, work):
        from redis.exceptions import RedisError

        try:
            return await work()
        except (RedisError, OSError):
            raise LimiterUnavailable() from None

    async def hit(self, key: str, window: int) -> tuple[int, int]:
        k = self.prefix + key

        async def work():
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.incr(k)
                pipe.expire(k, window, nx=True)
                pipe.ttl(k)
                return await pipe.execute()

        count, _, ttl = await self._run(work)
        return int(count), max(1, int(ttl))

    async def refund(self, key: str) -> None:
        k = self.prefix + key
        # never below zero, and never a key without expiry: DECR only an existing, positive counter
        script = "local v = tonumber(redis.call('GET', KEYS[1]) or '0') if v > 0 then redis.call('DECR', KEYS[1]) end"
        await self._run(lambda: self.redis.eval(script, 1, k))

    async def reset(self, key: str) -> None:
        await self._run(lambda: self.redis.delete(self.prefix + key))

    async def ping(self) -> None:
        await self._run(self.redis.ping)

    async def purge(self) -> int:
        return 0  # keys expire by themselves


class DbLimiter:
    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]):
        self.sessionmaker = sessionmaker

    async def hit(self, key: str, window: int) -> tuple[int, int]:
        """One atomic upsert: a new window restarts at 1, else the count goes up by one."""
        now = datetime.now(UTC)
        expired = now - timedelta(seconds=window)
        t = AuthThrottle.__table__
        async with self.sessionmaker() as db:
            insert = pg_insert if db.bind.dialect.name == "postgresql" else sqlite_insert
            stmt = insert(t).values(key=key, window_start=now, count=1)
            stmt = stmt.on_conflict_do_update(
                index_elements=[t.c.key],
                set_={
                    "count": _case_new_window(t, stmt, expired, 1, t.c.count + 1),
                    "window_start": _case_new_window(t, stmt, expired, stmt.excluded.window_start, t.c.window_start),
                },
            ).returning(t.c.count, t.c.window_start)
            count, start = (await db.execute(stmt)).one()
            await db.commit()
        return count, max(1, int(window - (now - _aware(start)).total_seconds()))

    async def refund(self, key: str) -> None:
        async with self.sessionmaker() as db:
            await db.execute(
                update(AuthThrottle)
                .where(AuthThrottle.key == key, AuthThrottle.count > 0)
                .values(count=AuthThrottle.count - 1)
            )
            await db.commit()

    async def reset(self, key: str) -> None:
        async with self.sessionmaker() as db:
            await db.execute(delete(AuthThrottle).where(AuthThrottle.key == key))
            await db.commit()

    async def ping(self) -> None:
        return None

    async def purge(self, older_than: int = 86400) -> int:
        """Delete counters whose window ended long ago (a day by default: longer than any window)."""
        limit = datetime.now(UTC) - timedelta(seconds=older_than)
        async with self.sessionmaker() as db:
            result = await db.execute(delete(AuthThrottle).where(AuthThrottle.window_start < limit))
            await db.commit()
        return result.rowcount or 0


def _case_new_window(t, stmt, expired, if_new, otherwise):
    from sqlalchemy import case

    return case((t.c.window_start < expired, if_new), else_=otherwise)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
