"""Async Alembic environment. The URL comes from the config (set by the CLI/tests) or DATABASE_URL."""

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

import scodoc_api.models  # noqa: F401  (registers every table)
from scodoc_api.core.settings import get_settings
from scodoc_api.db.base import metadata
from scodoc_api.db.engine import create_engine, is_sqlite

config = context.config


def _url() -> str:
    return config.attributes.get("database_url") or get_settings().database_url


def _configure(connection: Connection | None = None, url: str | None = None) -> None:
    render_as_batch = is_sqlite(url or _url())  # SQLite needs batch mode for ALTER TABLE
    context.configure(
        connection=connection,
        url=url,
        target_metadata=metadata,
        render_as_batch=render_as_batch,
        compare_type=True,
        compare_server_default=False,
    )


def run_migrations_offline() -> None:
    _configure(url=_url())
    with context.begin_transaction():
        context.run_migrations()


def _run_sync(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_engine(_url())
    async with engine.connect() as connection:
        await connection.run_sync(_run_sync)
        await connection.commit()
    await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # called from code that already holds a sync connection
        _run_sync(connection)
    else:
        asyncio.run(_run_async())


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
