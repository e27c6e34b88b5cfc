"""Async engine and unit-of-work dependency.

The engine is built in the app's lifespan and kept on ``app.state``; ``get_db`` yields one session per
request, committed when the handler returns and rolled back when it raises.
"""

from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from starlette.requests import Request

from scodoc_api.core.metrics import DB_CONNECTIONS
from scodoc_api.core.request_context import count_statement


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(
    url: str, *, pool_size: int = 10, connect_timeout: float = 5.0, statement_timeout: float = 30.0, echo: bool = False
) -> AsyncEngine:
    engine = _engine(url, pool_size, connect_timeout, statement_timeout, echo)
    event.listen(engine.sync_engine, "before_cursor_execute", _counted)
    event.listen(engine.sync_engine, "checkout", _checked_out)
    event.listen(engine.sync_engine, "checkin", _checked_in)
    return engine


def _checked_out(*_args: object) -> None:
    DB_CONNECTIONS.inc()


def _checked_in(*_args: object) -> None:
    DB_CONNECTIONS.dec()


def _counted(*_args: object) -> None:
    """Each statement counts for the request that runs it (its access log line)."""
    count_statement()


def _engine(url: str, pool_size: int, connect_timeout: float, statement_timeout: float, echo: bool) -> AsyncEngine:
    if is_sqlite(url):
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:  # pragma: no cover - trivial
            # Let SQLAlchemy, not the driver, open transactions: SAVEPOINT and transactional DDL then work.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _sqlite_begin(conn: Any) -> None:  # pragma: no cover - trivial
            conn.exec_driver_sql("BEGIN")

        return engine
    return create_async_engine(
        url,
        echo=echo,
        pool_size=pool_size,
        max_overflow=pool_size,
        # No pre-ping (it costs a round trip per request): a connection found dead raises, is invalidated by the
        # pool, the request gets a 503, and the next one connects afresh.
        pool_timeout=connect_timeout,
        # A network partition must not hang a request: the driver gives up on any command after
        # ``statement_timeout`` (TimeoutError: 503), and the server cancels a statement running longer.
        connect_args={
            "timeout": connect_timeout,
            "command_timeout": statement_timeout,
            "server_settings": {"statement_timeout": str(int(statement_timeout * 1000))},
        },
    )


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def declare_read_only(request: Request) -> None:
    """Dependency a route declares when it only reads (``api.deps.ApiRouter.get`` adds it): its unit of work
    then runs without BEGIN/COMMIT (autocommit), saving two round trips. Declared routes run it before any
    other dependency, hence before ``get_db``. A coroutine: FastAPI runs a plain ``def`` dependency in a worker
    thread, a costly hop on every request."""
    request.state.read_only = True


def is_read_only(request: Request) -> bool:
    return getattr(request.state, "read_only", False)


async def get_db(request: Request) -> AsyncIterator[AsyncSession]:
    """One unit of work per request."""
    state = request.app.state
    sessionmaker: async_sessionmaker[AsyncSession] = (
        state.read_sessionmaker if is_read_only(request) else state.sessionmaker
    )
    async with sessionmaker() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


async def refresh_statistics(db: AsyncSession) -> None:
    """``ANALYZE`` after a bulk load, so that the planner knows the tables' sizes at once (PostgreSQL's
    autovacuum would only do it later; SQLite has none)."""
    await db.execute(text("ANALYZE"))


async def ping(engine: AsyncEngine) -> None:
    """Raises when the database cannot be reached."""
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))
