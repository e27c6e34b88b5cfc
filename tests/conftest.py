"""Test database and client.

One database per run: ``scodoc_test_<pid>`` on PostgreSQL (127.0.0.1:5432 or TEST_DATABASE_URL), or a SQLite
file with ``--db sqlite``. Migrations, then the test world, are applied once; each test then runs inside a
transaction that is rolled back, every request's unit of work being a savepoint of it.
"""

import asyncio
import os
import tempfile
import uuid
from base64 import b64encode
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from scodoc_api.core.settings import Settings, random_secret_key
from scodoc_api.db import migrate
from scodoc_api.db.engine import create_engine, make_sessionmaker
from scodoc_api.main import create_app, init_state
from scodoc_api.services.dataset import load_dataset
from tests.data import PASSWORDS, make_test_dataset

RUN_SECRET = random_secret_key()  # a key of this run only: no published key signs test tokens
DEFAULT_PG = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


def pytest_addoption(parser):
    parser.addoption(
        "--db",
        choices=["postgres", "sqlite"],
        default=os.environ.get("TEST_DB", "postgres"),
        help="database backend for the tests (default: postgres)",
    )


async def _pg_admin_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL", DEFAULT_PG)
    engine = create_async_engine(
        make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT", connect_args={"timeout": 5}
    )
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return url
    except Exception:
        return None
    finally:
        await engine.dispose()


async def _admin(url: str, sql: str) -> None:
    engine = create_async_engine(make_url(url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(text(sql))
    await engine.dispose()


@pytest.fixture(scope="session")
async def database_url(request):
    """A fresh, migrated database for this run; dropped at the end."""
    backend = request.config.getoption("--db")
    if backend == "postgres":
        base = await _pg_admin_url()
        if base is None:
            if os.environ.get("CI", "").lower() == "true":
                pytest.exit("PostgreSQL unreachable under CI=true: refusing to fall back", returncode=3)
            pytest.exit(
                "PostgreSQL unreachable: start it, set TEST_DATABASE_URL, or run with --db sqlite", returncode=3
            )
        name = f"scodoc_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        await _admin(base, f'CREATE DATABASE "{name}"')
        url = make_url(base).set(database=name).render_as_string(hide_password=False)
        await asyncio.to_thread(migrate.upgrade, url)
        yield url
        await _admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        tmp = Path(tempfile.mkdtemp()) / "scodoc_test.db"
        url = f"sqlite+aiosqlite:///{tmp}"
        await asyncio.to_thread(migrate.upgrade, url)
        yield url
        tmp.unlink(missing_ok=True)


@pytest.fixture(scope="session")
async def engine(database_url):
    engine = create_engine(database_url)
    # Fast password hashing is not needed: argon2 is used as in production.
    async with make_sessionmaker(engine)() as db:
        ids = await load_dataset(db, make_test_dataset())
        await db.commit()
    assert ids
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine):
    """A connection inside a transaction rolled back after the test."""
    async with engine.connect() as conn:
        trans = await conn.begin()
        yield conn
        if trans.is_active:
            await trans.rollback()


@pytest.fixture
def sessionmaker(connection):
    return async_sessionmaker(
        bind=connection, expire_on_commit=False, autoflush=False, join_transaction_mode="create_savepoint"
    )


@pytest.fixture
async def db(sessionmaker):
    async with sessionmaker() as session:
        yield session


@pytest.fixture
def settings(database_url, tmp_path) -> Settings:
    justif_dir = str(tmp_path / "justificatifs")
    return Settings(database_url=database_url, secret_key=RUN_SECRET, redis_url=None, justif_dir=justif_dir)


@pytest.fixture
def app(settings, engine, sessionmaker):
    app = create_app(settings, engine=engine)
    init_state(app, engine, sessionmaker)
    return app


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def basic(login: str, password: str | None = None) -> dict:
    raw = f"{login}:{password if password is not None else PASSWORDS[login]}".encode()
    return {"Authorization": "Basic " + b64encode(raw).decode()}


@pytest.fixture
def get_token(client):
    async def _get(login: str = "admin") -> str:
        resp = await client.post("/ScoDoc/api/tokens", headers=basic(login))
        assert resp.status_code == 200, resp.text
        return resp.json()["token"]

    return _get


@pytest.fixture(scope="session")
async def user_ids(engine) -> dict[str, int]:
    from sqlalchemy import select

    from scodoc_api.models import User

    async with engine.connect() as conn:
        return dict((await conn.execute(select(User.user_name, User.id))).all())


@pytest.fixture
def mint_token(settings, user_ids):
    """A valid token signed with the app's key, without the cost of a password check (the token route
    itself is tested in tests/api/test_tokens.py)."""
    from scodoc_api.core.security import encode_token, new_jti, new_token_times

    def _mint(login: str, **times) -> str:
        iat, exp = times.get("iat"), times.get("exp")
        if iat is None:
            iat, exp = new_token_times(settings.token_lifetime)
        return encode_token(
            user_id=user_ids[login],
            jti=times.get("jti") or new_jti(),
            issued_at=iat,
            expires_at=exp,
            secret=settings.secret_key,
        )

    return _mint


@pytest.fixture
def auth(mint_token):
    """auth("chef") -> Authorization headers with a valid token for that user."""

    async def _auth(login: str = "admin") -> dict:
        return {"Authorization": f"Bearer {mint_token(login)}"}

    return _auth


@pytest.fixture
async def admin_headers(auth):
    return await auth("admin")


NOTICE = pytest.StashKey[str]()


def pytest_report_collectionfinish(config, start_path, items):
    return config.stash.get(NOTICE, None)


def pytest_configure(config):
    config.addinivalue_line("markers", "postgres_only: needs PostgreSQL features (deselected with --db sqlite)")
    config.addinivalue_line(
        "markers", "needs_shared: reads real ScoDoc exports from ../shared (deselected where it is absent)"
    )
    config.addinivalue_line("markers", "slow: multiprocess, subprocess or CLI tests (left out by make test-fast)")
    from tests.paths import SHARED_SPEC, shared_present

    # checked here, where the main process says it, rather than at collection (inside pytest-xdist's workers,
    # whose exit only reads as a crash)
    if not shared_present() and os.environ.get("CI", "").lower() == "true":
        pytest.exit(
            f"CI=true but {SHARED_SPEC} is missing: the tests on real ScoDoc exports must run in CI", returncode=3
        )


def pytest_collection_modifyitems(config, items):
    from tests.paths import SHARED_SPEC, shared_present

    sqlite = config.getoption("--db") == "sqlite"
    has_shared = shared_present()
    keep, dropped, unshared = [], [], []
    for item in items:
        if sqlite and item.get_closest_marker("postgres_only"):
            dropped.append(item)
        elif not has_shared and item.get_closest_marker("needs_shared"):
            unshared.append(item)
        else:
            keep.append(item)
    if unshared:
        config.stash[NOTICE] = (
            f"notice: {len(unshared)} tests deselected: they read real ScoDoc exports from {SHARED_SPEC}, absent here"
        )
    if dropped or unshared:
        config.hook.pytest_deselected(items=dropped + unshared)
        items[:] = keep


@pytest.fixture
async def own_db(database_url):
    """A database of its own (migrated, demo data for 50 students) for tests that commit for real."""
    from sqlalchemy.ext.asyncio import create_async_engine

    from scodoc_api.services.demo import make_demo_dataset

    url = make_url(database_url)
    if url.get_backend_name() != "postgresql":
        pytest.fail("own_db needs PostgreSQL (mark the test postgres_only)")
    name = f"scodoc_own_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    target = url.set(database=name).render_as_string(hide_password=False)
    await asyncio.to_thread(migrate.upgrade, target)
    engine = create_engine(target, pool_size=50)
    async with make_sessionmaker(engine)() as db:
        await load_dataset(db, make_demo_dataset(50, seed=11))
        await db.commit()
    yield target, engine
    await engine.dispose()
    async with admin.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    await admin.dispose()


@pytest.fixture
def mint_token_for():
    """A token for a user of another database (own_db tests), signed with that app's key."""
    from sqlalchemy import select

    from scodoc_api.core.security import encode_token, new_jti, new_token_times
    from scodoc_api.models import User

    async def _mint(url: str, settings: Settings, login: str) -> str:
        engine = create_engine(url)
        try:
            async with make_sessionmaker(engine)() as db:
                uid = (await db.execute(select(User.id).where(User.user_name == login))).scalar_one()
        finally:
            await engine.dispose()
        iat, exp = new_token_times(settings.token_lifetime)
        return encode_token(user_id=uid, jti=new_jti(), issued_at=iat, expires_at=exp, secret=settings.secret_key)

    return _mint


@pytest.fixture
def cli_env(tmp_path):
    """The environment of a ``scodoc-api`` subprocess on a scratch SQLite database (tests/cli.py)."""
    from tests.cli import cli_environment

    return cli_environment(tmp_path)
