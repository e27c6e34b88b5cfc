"""Fixed-window counters against password guessing, shared by every worker: Redis when REDIS_URL is set,
else a table of the database.

An attempt is *reserved* before the password is checked (one atomic increment), so that concurrent guesses
cannot all pass a check made before any of them is counted; a successful login *refunds* its reservation.
Counters are written in their own transaction, so that a refused login still counts. Keys are hashed:
their length is bounded whatever the login sent."""

import hashlib
from typing import Protocol

from scodoc_api.core.errors import ServiceUnavailable
from scodoc_api.db.session import AsyncSession, async_sessionmaker
from scodoc_api.repositories import throttle


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
    """Counters in the ``auth_throttle`` table (repositories/throttle.py), each write its own transaction."""

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]):
        self.sessionmaker = sessionmaker

    async def hit(self, key: str, window: int) -> tuple[int, int]:
        async with self.sessionmaker() as db:
            result = await throttle.hit(db, key, window)
            await db.commit()
        return result

    async def refund(self, key: str) -> None:
        async with self.sessionmaker() as db:
            await throttle.refund(db, key)
            await db.commit()

    async def reset(self, key: str) -> None:
        async with self.sessionmaker() as db:
            await throttle.reset(db, key)
            await db.commit()

    async def ping(self) -> None:
        return None

    async def purge(self, older_than: int = 86400) -> int:
        """Delete counters whose window ended long ago (a day by default: longer than any window)."""
        async with self.sessionmaker() as db:
            count = await throttle.purge(db, older_than)
            await db.commit()
        return count
