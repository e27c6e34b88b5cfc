"""Schemathesis against the real server: every operation of the committed contract, with the demo data and a
valid token. Run by .ci/run (bounded), or longer by hand:

    python -m tests.contract.fuzz --max-examples 200

The bar: no server error (5xx), no response breaking its schema, no undocumented status code."""

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

from bench.server import server  # noqa: E402
from scodoc_api.db import migrate  # noqa: E402
from scodoc_api.db.engine import create_engine, make_sessionmaker  # noqa: E402
from scodoc_api.services.dataset import load_dataset  # noqa: E402
from tests.data import make_test_dataset  # noqa: E402


async def prepare(url: str) -> None:
    await asyncio.to_thread(migrate.upgrade, url)
    engine = create_engine(url)
    async with make_sessionmaker(engine)() as db:
        await load_dataset(db, make_test_dataset(20))
        await db.commit()
    await engine.dispose()


async def main(max_examples: int, workers: int) -> int:
    path = Path(tempfile.mkdtemp()) / "fuzz.db"
    url = os.environ.get("FUZZ_DATABASE_URL", f"sqlite+aiosqlite:///{path}")
    await prepare(url)
    async with server(url, 1) as base:
        async with httpx.AsyncClient(base_url=base) as c:
            token = (await c.post("/ScoDoc/api/tokens", auth=("admin", "admin"))).json()["token"]
        cmd = [sys.executable, "-m", "schemathesis.cli", "run", str(ROOT / "openapi" / "openapi.json"),
               "--url", base, "--header", f"Authorization: Bearer {token}",
               "--checks", "not_a_server_error,response_schema_conformance,status_code_conformance",
               "--max-examples", str(max_examples), "--workers", str(workers), "--phases", "examples,fuzzing",
               "--exclude-path-regex", "/tokens$", "--suppress-health-check", "all", "--no-color"]
        # schemathesis ends with a pytest-like "=== N warnings in Xs ===" line, which log readers take for a
        # test run of its own: keep its report in a file and print one summary line (the report on failure).
        report = path.parent / "schemathesis.txt"
        with report.open("w") as out:
            code = subprocess.run(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode
        text = report.read_text()
        cases = next((ln.strip() for ln in text.splitlines() if "generated," in ln), "no case line")
        print(text if code else f"schemathesis: {cases} (report: {report})")
        return code


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--max-examples", type=int, default=5)
    p.add_argument("--workers", type=int, default=2)
    a = p.parse_args()
    sys.exit(asyncio.run(main(a.max_examples, a.workers)))
