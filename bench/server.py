"""A database of its own and the real server (uvicorn) on loopback, for one benchmark run."""

import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import asynccontextmanager, suppress

import httpx
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from scodoc_api.core.settings import random_secret_key
from scodoc_api.db import migrate
from scodoc_api.db.engine import create_engine, make_sessionmaker, refresh_statistics
from scodoc_api.services.dataset import load_dataset


def metric_total(text_: str, prefix: str) -> float:
    """The sum of the series of a /metrics text whose lines start with ``prefix``."""
    return sum(float(ln.rsplit(" ", 1)[1]) for ln in text_.splitlines() if ln.startswith(prefix))


async def report_metrics(base: str) -> dict[str, float]:
    """What the server's /metrics says after a run (read from loopback): requests, SQL statements, results."""
    async with httpx.AsyncClient() as client:
        text_ = (await client.get(base + "/metrics", timeout=10)).text
    figures = {
        "requests": metric_total(text_, "scodoc_requests_total{"),
        "sql_statements": metric_total(text_, "scodoc_sql_statements_total{"),
        "results_cached": metric_total(text_, 'scodoc_results_total{outcome="cached"}'),
        "results_computed": metric_total(text_, 'scodoc_results_total{outcome="computed"}'),
    }
    print("  /metrics: " + ", ".join(f"{k} {v:,.0f}" for k, v in figures.items()), flush=True)
    return figures


PG = os.environ.get("BENCH_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres")


@asynccontextmanager
async def database(backend: str, dataset: dict):
    """A fresh migrated database holding ``dataset``; yields (url, load seconds)."""
    if backend == "postgres":
        base = make_url(PG)
        name = f"scodoc_bench_{uuid.uuid4().hex[:8]}"
        admin = create_async_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
        async with admin.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = base.set(database=name).render_as_string(hide_password=False)
    else:
        path = f"/tmp/scodoc_bench_{uuid.uuid4().hex[:8]}.db"
        url = f"sqlite+aiosqlite:///{path}"
    try:
        await asyncio.to_thread(migrate.upgrade, url)
        engine = create_engine(url)
        t0 = time.perf_counter()
        async with make_sessionmaker(engine)() as db:
            await load_dataset(db, dataset)
            await db.commit()
            await refresh_statistics(db)  # as `scodoc-api load` does
            await db.commit()
        load_s = time.perf_counter() - t0
        await engine.dispose()
        yield url, load_s
    finally:
        if backend == "postgres":
            async with admin.connect() as conn:
                await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            await admin.dispose()
        else:
            for suffix in ("", "-wal", "-shm"):
                with suppress(FileNotFoundError):
                    os.unlink(path + suffix)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@asynccontextmanager
async def server(url: str, workers: int, *, env: dict | None = None, pids: list | None = None):
    """``env``: settings for this run; ``pids`` receives the server's process id (with one worker, the worker)."""
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SECRET_KEY": random_secret_key(),
        "LOG_LEVEL": "warning",
        "TOKEN_RATE_LIMIT": "100000",
        # every worker's figures in one /metrics, as `scodoc-api serve` arranges
        "PROMETHEUS_MULTIPROC_DIR": tempfile.mkdtemp(prefix="bench-metrics-"),
        **(env or {}),
    }
    proc = subprocess.Popen(
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
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        env=env,
    )
    if pids is not None:
        pids.append(proc.pid)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        async with httpx.AsyncClient() as client:
            while True:
                try:
                    if (await client.get(base + "/ScoDoc/api/ready", timeout=2)).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the server did not start")
                await asyncio.sleep(0.2)
        yield base
        await report_metrics(base)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
