"""Schemathesis against the real server, as an attacker would: PostgreSQL (int4 overflows and NUL bytes are
only seen there), a valid super-admin token, every check and the examples, coverage, fuzzing and stateful
phases. Run by .ci/run (bounded), or longer by hand:

    python -m tests.contract.fuzz --max-examples 200
    python -m tests.contract.fuzz --backend sqlite      # the embedded database

The bar: no server error (5xx) ever. The other checks' findings are printed, and fail the run with
``--strict``, which CI uses, with a fixed ``--seed`` so that every CI run tries the same cases, and one worker
(with two, CPython 3.11's AST compiler sometimes fails inside schemathesis's generator: "AST constructor recursion
depth mismatch", an error of the tool, not a finding); by hand, leave the seed out to explore new ones.
tests/contract/schemathesis.toml lists the answers that depend on the data."""

import argparse
import asyncio
import re
import subprocess
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT))

from bench.server import database, server  # noqa: E402
from tests.data import PASSWORDS, make_test_dataset  # noqa: E402

SERVER_ERROR = re.compile(r"Server error|not_a_server_error|\b5\d\d\b [A-Z][a-z]+ Server Error|Internal Server Error")


# The contract describes each API operation once, relative to its two mounts (servers); the ScoDoc 7 routes and
# the index keep their whole path. One run per mount, and one for the rest.
RUNS = (
    ("global mount", "/ScoDoc/api", ["--exclude-path-regex", "^/ScoDoc|/tokens$"]),
    ("department mount", "/ScoDoc/RT/api", ["--exclude-path-regex", "^/ScoDoc|/tokens$"]),
    # (not the portal's logout: it would revoke the fuzzing token itself)
    (
        "ScoDoc 7 routes, the portal's login and the index",
        "",
        ["--include-path-regex", "^/ScoDoc", "--exclude-path-regex", "/auth/logout$"],
    ),
)


def _command(
    base: str, token: str, max_examples: int, workers: int, phases: str, select: list[str], seed: int | None
) -> list[str]:
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(Path(__file__).parent / "schemathesis.toml"),
        "run",
        str(ROOT / "openapi" / "openapi.json"),
        "--url",
        base,
        "--header",
        f"Authorization: Bearer {token}",
        "--checks",
        "all",
        "--max-examples",
        str(max_examples),
        "--workers",
        str(workers),
        "--phases",
        phases,
        *select,
        *(["--seed", str(seed)] if seed is not None else []),
        "--suppress-health-check",
        "all",
        "--no-color",
    ]


async def main(max_examples: int, workers: int, backend: str, phases: str, strict: bool, seed: int | None) -> int:
    async with database(backend, make_test_dataset(20)) as (url, _), server(url, 1) as base:
        async with httpx.AsyncClient(base_url=base) as c:
            token = (await c.post("/ScoDoc/api/tokens", auth=("admin", PASSWORDS["admin"]))).json()["token"]
        codes = []
        for k, (name, mount, select) in enumerate(RUNS):
            report = Path(f"/tmp/schemathesis-{backend}-{k}.txt")
            # schemathesis ends with a pytest-like "=== N warnings in Xs ===" line, which log readers take for a
            # test run of its own: keep its report in a file and print a summary (the report on failure)
            with report.open("w") as out:
                command = _command(base + mount, token, max_examples, workers, phases, select, seed)
                code = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT).returncode
            codes.append(_summary(name, backend, report, code, strict))
    return max(codes)


def _summary(name: str, backend: str, report: Path, code: int, strict: bool) -> int:
    text = report.read_text()
    server_errors = [ln for ln in text.splitlines() if SERVER_ERROR.search(ln)]
    cases = next((ln.strip() for ln in text.splitlines() if "generated," in ln), "no case line")
    if server_errors:
        print(text)
        print(f"schemathesis on {backend}, {name}: SERVER ERRORS ({len(server_errors)} lines)")
        return 1
    if code and strict:
        print(text)
        return code
    print(
        f"schemathesis on {backend}, {name}, every check: {cases}; no server error (report: {report})"
        + ("" if not code else "; other checks' findings are in the report")
    )
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--max-examples", type=int, default=5)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--backend", choices=["postgres", "sqlite"], default="postgres")
    p.add_argument("--phases", default="examples,coverage,fuzzing,stateful")
    p.add_argument("--strict", action="store_true", help="fail on any check, not only on server errors")
    p.add_argument("--seed", type=int, help="the same cases at every run (CI); random by default")
    a = p.parse_args()
    sys.exit(asyncio.run(main(a.max_examples, a.workers, a.backend, a.phases, a.strict, a.seed)))
