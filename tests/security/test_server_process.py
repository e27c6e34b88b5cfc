"""Findings 12 and 14, on the real server (``scodoc-api serve``): no credential in any log line, and
X-Forwarded-For believed from TRUSTED_PROXIES only."""

import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import orjson
import pytest
from sqlalchemy import text

from scodoc_api.core.settings import random_secret_key

pytestmark = pytest.mark.slow  # real processes: left out of make test-fast

ROOT = Path(__file__).parents[2]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(database_url: str, log_path: Path, **extra_env) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SECRET_KEY": random_secret_key(),
        "LOG_LEVEL": "info",
        **extra_env,
    }
    env.pop("REDIS_URL", None)
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "scodoc_api", "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/ScoDoc/api/ready", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError(log_path.read_text())
        time.sleep(0.2)


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=20)


async def _clear_throttles(engine) -> None:
    async with engine.begin() as conn:  # these servers committed for real
        await conn.execute(text("DELETE FROM auth_throttle"))


@pytest.mark.postgres_only
async def test_credentials_never_reach_the_logs(database_url, engine, tmp_path):
    log_path = tmp_path / "server.log"
    proc, base = _serve(database_url, log_path)
    secret_pw = "chef"
    try:
        async with httpx.AsyncClient(base_url=base) as c:
            await c.get(
                "/ScoDoc/RT/Scolarite/etud_info", params={"etudid": 1, "__ac_name": "chef", "__ac_password": secret_pw}
            )
            await c.get(
                "/ScoDoc/RT/Scolarite/etud_info",
                params={"etudid": 1, "__ac_name": "chef", "__ac_password": "Wr0ng-Pa55word!"},
            )
            token = (await c.post("/ScoDoc/api/tokens", auth=("chef", secret_pw))).json()["token"]
            await c.get("/ScoDoc/api/departements", params={"token": token, "password": "Qu3ry-Pa55"})
    finally:
        _stop(proc)
        await _clear_throttles(engine)
    logged = log_path.read_text()
    # the access log is on: one JSON line per request, with the route's template and no query string
    lines = [orjson.loads(ln) for ln in logged.splitlines() if ln.startswith("{")]
    assert [ln["route"] for ln in lines].count("/ScoDoc/{dept}/Scolarite/etud_info") == 2, logged
    for secret in (
        "__ac_password=chef",
        "Wr0ng-Pa55word!",
        "Qu3ry-Pa55",
        token,
        base64.b64encode(f"chef:{secret_pw}".encode()).decode(),
    ):
        assert secret not in logged, secret


@pytest.mark.postgres_only
async def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(database_url, engine, tmp_path):
    async def guesses(base: str) -> list[int]:
        async with httpx.AsyncClient(base_url=base) as c:
            return [
                (
                    await c.post(
                        "/ScoDoc/api/tokens", auth=("ghost-user", "bad"), headers={"X-Forwarded-For": f"198.18.0.{k}"}
                    )
                ).status_code
                for k in range(7)
            ]

    proc, base = _serve(database_url, tmp_path / "a.log")
    try:
        untrusted = await guesses(base)
    finally:
        _stop(proc)
        await _clear_throttles(engine)
    assert untrusted[:5] == [401] * 5 and untrusted[5:] == [429, 429]  # one address, whatever the header says
    proc, base = _serve(database_url, tmp_path / "b.log", TRUSTED_PROXIES="127.0.0.1")
    try:
        trusted = await guesses(base)
    finally:
        _stop(proc)
        await _clear_throttles(engine)
    assert trusted == [401] * 7  # behind a trusted proxy, each client address has its own bucket
