"""The migrated schema equals the models, on the backend of the run (PostgreSQL or SQLite)."""

import asyncio
import tempfile
import uuid
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

import scodoc_api.models  # noqa: F401
from scodoc_api.db import migrate
from scodoc_api.db.base import metadata
from scodoc_api.db.engine import create_engine


async def _fresh_db(database_url: str) -> tuple[str, callable]:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        path = Path(tempfile.mkdtemp()) / "fresh.db"
        return f"sqlite+aiosqlite:///{path}", lambda: path.unlink(missing_ok=True)
    name = f"scodoc_mig_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()

    async def drop():
        eng = create_async_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
        async with eng.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await eng.dispose()

    return url.set(database=name).render_as_string(hide_password=False), drop


async def test_upgrade_head_matches_models_then_downgrade_to_base(database_url):
    url, cleanup = await _fresh_db(database_url)
    try:
        await asyncio.to_thread(migrate.upgrade, url)
        engine = create_engine(url)
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda c: compare_metadata(MigrationContext.configure(c, opts={"compare_type": True}), metadata)
            )
            tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
        await engine.dispose()
        assert diff == [], diff
        assert set(metadata.tables) <= tables
        await asyncio.to_thread(migrate.downgrade, url, "base")
        engine = create_engine(url)
        async with engine.connect() as conn:
            tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
        await engine.dispose()
        assert tables <= {"alembic_version"}
    finally:
        res = cleanup()
        if asyncio.iscoroutine(res):
            await res


async def test_lookup_columns_are_indexed(engine):
    async with engine.connect() as conn:

        def indexed(c, table):
            return {col for ix in inspect(c).get_indexes(table) for col in ix["column_names"]}

        ident = await conn.run_sync(lambda c: indexed(c, "identite"))
        etapes = await conn.run_sync(lambda c: indexed(c, "notes_formsemestre_etapes"))
        notes = await conn.run_sync(lambda c: indexed(c, "notes_notes"))
    assert {"code_nip", "code_ine", "dept_id"} <= ident
    assert {"etape_apo", "formsemestre_id"} <= etapes
    assert {"evaluation_id", "etudid"} <= notes
