"""The migrated schema equals the models, on the backend of the run (PostgreSQL or SQLite)."""

import asyncio
import tempfile
import uuid
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

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


# The half-day rows of absences.md §5.2's worked example (ScoDoc's unit test), as the previous revision stored
# them: absences, justifications, and a justified absence with a module-less description.
HALF_DAY_ROWS = [
    ("2021-01-15", True, True, False, None),
    ("2021-01-18", False, True, False, "malade"),
    ("2021-01-19", True, True, False, None),
    ("2021-01-19", False, True, False, None),
    ("2021-01-22", True, True, True, "certificat"),
    ("2021-01-15", True, False, True, None),
    ("2021-01-18", False, False, True, None),
    ("2021-01-19", True, False, True, None),
    ("2021-01-19", False, False, True, None),
    ("2021-02-01", True, False, True, "justificatif seul"),
]


async def _run(url: str, statements: list[tuple[str, dict]]) -> list:
    engine = create_engine(url)
    out = []
    async with engine.begin() as conn:
        for sql, params in statements:
            result = await conn.execute(text(sql), params)
            out.append(result.all() if result.returns_rows else None)
    await engine.dispose()
    return out


async def test_attendance_migration_keeps_the_half_day_absences(database_url):
    """Rows written by the previous revision move over to assiduités and justificatifs, nothing lost, with the
    same half-day counts; the downgrade brings the rows back."""
    from scodoc_api.domain import absences as ad
    from scodoc_api.domain.attendance import DayTimes

    url, cleanup = await _fresh_db(database_url)
    try:
        await asyncio.to_thread(migrate.upgrade, url, "7c4e2a91b3d5")
        insert = (
            "INSERT INTO absences (etudid, jour, matin, estabs, estjust, description, entry_date, moduleimpl_id) "
            "VALUES (1, :jour, :matin, :estabs, :estjust, :descr, :entry, NULL)"
        )
        await _run(
            url,
            [
                (
                    "INSERT INTO departement (id, acronym, date_creation, visible) VALUES (1, 'RT', :d, true)",
                    {"d": _aware("2020-09-01 00:00:00")},
                ),
                (
                    "INSERT INTO identite (id, dept_id, nom, prenom, civilite, boursier) "
                    "VALUES (1, 1, 'N', 'P', 'M', false)",
                    {},
                ),
                *[
                    (
                        insert,
                        {
                            "jour": date.fromisoformat(j),
                            "matin": m,
                            "estabs": a,
                            "estjust": js,
                            "descr": d,
                            "entry": _aware("2021-01-10 10:00:00"),
                        },
                    )
                    for j, m, a, js, d in HALF_DAY_ROWS
                ],
            ],
        )
        await asyncio.to_thread(migrate.upgrade, url)
        assi, justifs = await _run(
            url,
            [
                ("SELECT date_debut, date_fin, etat, est_just, description FROM assiduites ORDER BY date_debut", {}),
                ("SELECT date_debut, date_fin, etat, raison FROM justificatifs ORDER BY date_debut", {}),
            ],
        )
        assert len(assi) == 5 and len(justifs) == 6
        assert {a.etat for a in assi} == {2} and {j.etat for j in justifs} == {0}
        assert [a.description for a in assi] == [None, "malade", None, None, "certificat"]
        assert "justificatif seul" in [j.raison for j in justifs]
        times = DayTimes(ZoneInfo("Europe/Paris"))
        view = ad.halfday_view(
            [(_aware(a.date_debut), _aware(a.date_fin), bool(a.est_just)) for a in assi],
            [(_aware(j.date_debut), _aware(j.date_fin)) for j in justifs],
            times,
        )
        counts = ad.count(view, date(2021, 1, 1), date(2021, 6, 30))
        # every absent half-day is justified (four by a justification row, 22/01 by its own), 01/02 alone
        assert (counts.nbabs, counts.nbabsjust, counts.nbjustifs_noabs) == (5, 5, 1)
        assert _aware(assi[0].date_debut).astimezone(times.zone).strftime("%H:%M") == "08:00"
        await asyncio.to_thread(migrate.downgrade, url, "7c4e2a91b3d5")
        (back,) = await _run(url, [("SELECT jour, matin, estabs, estjust FROM absences", {})])
        kinds = sorted((str(r.jour)[:10], bool(r.matin), bool(r.estabs), bool(r.estjust)) for r in back)
        assert ("2021-01-22", True, True, True) in kinds and ("2021-02-01", True, False, True) in kinds
        assert sum(1 for k in kinds if k[2]) == 5
    finally:
        res = cleanup()
        if asyncio.iscoroutine(res):
            await res


def _aware(value):
    """A timestamp as read back by a raw query (SQLite gives text, naive meaning UTC)."""
    from datetime import UTC, datetime

    ts = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)
