"""Two real server processes over one database: a token works on both; revoked on one, refused on the other.
Throttling shared through Redis."""

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import text

from scodoc_api.core.settings import random_secret_key
from scodoc_api.services.ratelimit import RedisLimiter, throttle_key
from tests.conftest import basic

pytestmark = pytest.mark.slow  # real processes: left out of make test-fast


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SHARED_SECRET = random_secret_key()  # one key for both servers, as on a real multi-host deployment


def _start(database_url: str, port: int, redis_url: str | None = None) -> subprocess.Popen:
    env = {**os.environ, "DATABASE_URL": database_url, "SECRET_KEY": SHARED_SECRET, "LOG_LEVEL": "warning"}
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "scodoc_api.main:app_factory",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
    )


def _wait(port: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError("server exited")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/ScoDoc/api/ready", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("server did not start")


@contextmanager
def two_servers(database_url: str) -> Iterator[tuple[str, str]]:
    """Two server processes on one database: their base URLs."""
    ports = [_free_port(), _free_port()]
    procs = [_start(database_url, p) for p in ports]
    try:
        for port, proc in zip(ports, procs, strict=True):
            _wait(port, proc)
        a, b = (f"http://127.0.0.1:{p}" for p in ports)
        yield a, b
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=20)


@pytest.mark.postgres_only
async def test_token_shared_and_revoked_across_two_processes(database_url, engine):
    try:
        with two_servers(database_url) as (a, b):
            async with httpx.AsyncClient(timeout=10) as client:
                token = (await client.post(f"{a}/ScoDoc/api/tokens", headers=basic("secr"))).json()["token"]
                headers = {"Authorization": f"Bearer {token}"}
                assert (await client.get(f"{b}/ScoDoc/api/departement", headers=headers)).status_code == 200
                assert (await client.post(f"{b}/ScoDoc/api/tokens", headers=basic("secr"))).json()["token"] == token
                assert (await client.delete(f"{a}/ScoDoc/api/tokens", headers=headers)).status_code == 204
                resp = await client.get(f"{b}/ScoDoc/api/departement", headers=headers)
                assert resp.status_code == 401 and resp.json()["message"] == "Non autorise (logic)"
    finally:
        async with engine.begin() as conn:  # this test committed for real: leave no throttle counters behind
            await conn.execute(text("DELETE FROM auth_throttle"))


async def test_login_throttle_in_redis(app, client, settings):
    limiter = RedisLimiter("redis://127.0.0.1:6379/0", prefix=f"test:{uuid.uuid4().hex}:")
    try:
        await limiter.redis.ping()
    except Exception:
        if os.environ.get("CI", "").lower() == "true":
            raise
        pytest.fail("Redis unreachable on 127.0.0.1:6379")
    app.state.limiter = limiter
    try:
        for _ in range(settings.login_max_failures):
            assert (await client.post("/ScoDoc/api/tokens", headers=basic("ens", "nope"))).status_code == 401
        resp = await client.post("/ScoDoc/api/tokens", headers=basic("ens"))
        assert resp.status_code == 429 and int(resp.headers["retry-after"]) > 0
        keys = [k.decode() async for k in limiter.redis.scan_iter(f"{limiter.prefix}*")]
        assert any(k.endswith(throttle_key("fail:pair", "ens", "127.0.0.1")) for k in keys), keys
    finally:
        keys = [k async for k in limiter.redis.scan_iter(f"{limiter.prefix}*")]
        if keys:
            await limiter.redis.delete(*keys)
        await limiter.redis.aclose()


@pytest.mark.postgres_only
async def test_a_note_written_on_one_process_is_read_on_the_other(own_db):
    from sqlalchemy import select

    from scodoc_api.db.engine import make_sessionmaker
    from scodoc_api.models import Evaluation, FormSemestre, ModuleImpl, ModuleImplInscription

    target, engine = own_db
    async with make_sessionmaker(engine)() as db:
        sem = (await db.execute(select(FormSemestre.id))).scalars().first()
        mi = (
            (await db.execute(select(ModuleImpl.id).where(ModuleImpl.formsemestre_id == sem).order_by(ModuleImpl.id)))
            .scalars()
            .first()
        )
        evs = (await db.execute(select(Evaluation.id).where(Evaluation.moduleimpl_id == mi))).scalars().all()
        etudid = (
            (
                await db.execute(
                    select(ModuleImplInscription.etudid)
                    .where(ModuleImplInscription.moduleimpl_id == mi)
                    .order_by(ModuleImplInscription.etudid)
                )
            )
            .scalars()
            .first()
        )
    ports = [_free_port(), _free_port()]
    procs = [_start(target, p) for p in ports]
    try:
        for port, proc in zip(ports, procs, strict=True):
            _wait(port, proc)
        a, b = (f"http://127.0.0.1:{p}" for p in ports)
        async with httpx.AsyncClient(timeout=20) as client:
            token = (await client.post(f"{a}/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
            h = {"Authorization": f"Bearer {token}"}
            url = f"{b}/ScoDoc/api/etud/{etudid}/bul/{sem}?version=short"
            before = (await client.get(url, headers=h)).json()  # B computes and caches the semester
            assert (await client.get(url, headers=h)).status_code == 200
            for ev in evs:
                resp = await client.post(
                    f"{a}/ScoDoc/api/eval_set_notes", headers=h, json={"eval_id": ev, "etudid": etudid, "note": 19.5}
                )
                assert resp.status_code == 200, resp.text
            after = (await client.get(url, headers=h)).json()
            module = after["ue"][0]["module"][0]
            assert module["id"] == mi and module["note"]["value"] == "19.50"
            assert before["ue"][0]["module"][0]["note"]["value"] != "19.50" or before != after
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=20)


@pytest.mark.postgres_only
@pytest.mark.parametrize("redis_url", [None, "redis://127.0.0.1:6379/0"], ids=["database", "redis"])
async def test_writes_through_one_process_are_seen_by_the_other(own_db, redis_url):
    """Two processes sharing only PostgreSQL (and Redis, or not): groups, absences and a password changed
    through one are what the other answers on its very next read."""
    from sqlalchemy import select

    from scodoc_api.db.engine import make_sessionmaker
    from scodoc_api.models import FormSemestre, FormSemestreInscription, Partition
    from scodoc_api.services.users import set_password

    target, engine = own_db
    async with make_sessionmaker(engine)() as db:
        sem = (await db.execute(select(FormSemestre))).scalars().first()
        etudid = (
            (
                await db.execute(
                    select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem.id)
                )
            )
            .scalars()
            .first()
        )
        td = (await db.execute(select(Partition.id).where(Partition.partition_name == "TD"))).scalars().first()
    ports = [_free_port(), _free_port()]
    procs = [_start(target, p, redis_url) for p in ports]
    try:
        for port, proc in zip(ports, procs, strict=True):
            _wait(port, proc)
        a, b = (f"http://127.0.0.1:{p}/ScoDoc/api" for p in ports)
        async with httpx.AsyncClient(timeout=20) as client:
            h = {"Authorization": f"Bearer {(await client.post(f'{a}/tokens', auth=('chef', 'chef'))).json()['token']}"}
            groups = f"{b}/formsemestre/{sem.id}/partitions"
            assert "Z9" not in (await client.get(groups, headers=h)).text  # B reads (and may keep) the partitions
            made = await client.post(f"{a}/partition/{td}/group/create", headers=h, json={"group_name": "Z9"})
            assert made.status_code == 200, made.text
            assert "Z9" in (await client.get(groups, headers=h)).text
            counted = f"{b}/assiduites/etudid/{etudid}/count"
            before = (await client.get(counted, headers=h)).json()["compte"]
            day = sem.date_debut.isoformat()
            item = [{"date_debut": f"{day}T19:00", "date_fin": f"{day}T19:30", "etat": "absent"}]
            assert (await client.post(f"{a}/assiduite/etudid/{etudid}/create", headers=h, json=item)).json()["success"]
            assert (await client.get(counted, headers=h)).json()["compte"] == before + 1
            async with make_sessionmaker(engine)() as db:  # what `scodoc-api user passwd` does
                await set_password(db, "secr", "N3w-secr-passw0rd")
                await db.commit()
            assert (await client.post(f"{b}/tokens", auth=("secr", "secr"))).status_code == 401
            assert (await client.post(f"{b}/tokens", auth=("secr", "N3w-secr-passw0rd"))).status_code == 200
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=20)
