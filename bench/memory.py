"""The memory benchmark (python -m bench.memory): one worker's resident memory (RSS) as it caches many semesters,
once with a cache bound larger than all of them and once with the default RESULTS_CACHE_MB. Each semester is
computed (one bulletin), then every bulletin of every semester is rendered once. Writes
bench/results/<date>-<machine>-memory.json and .md; asserts nothing."""

import argparse
import asyncio
import json
import time
from contextlib import suppress
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import select

from bench.__main__ import machine
from bench.server import database, metric_total, server
from scodoc_api.core.settings import Settings
from scodoc_api.services.demo import make_demo_dataset

ROOT = Path(__file__).parent
MB = 1024 * 1024


def _prefixed(data: dict, i: int) -> tuple[list[dict], dict]:
    """Semester ``i`` of its own demo dataset, its references made unique (students, module implementations,
    evaluations), ready to join the first dataset's formation and department."""
    p = f"S{i}-"
    etudiants = data["etudiants"]
    for e in etudiants:
        e["ref"], e["code_nip"], e["code_ine"] = p + e["ref"], f"{i:03d}{e['code_nip']}", f"{i:03d}{e['code_ine']}"
    sem = data["formsemestres"][0]
    sem["ref"] = f"S{i}"
    for mi in sem["moduleimpls"]:
        mi["ref"] = p + mi["ref"]
    for ins in sem["inscriptions"]:
        ins["etud"] = p + ins["etud"]
    for part in sem["partitions"]:
        for g in part["groups"]:
            g["members"] = [p + m for m in g["members"]]
    for ev in sem["evaluations"]:
        ev["ref"], ev["moduleimpl"] = p + ev["ref"], p + ev["moduleimpl"]
        ev["notes"] = {p + k: v for k, v in ev["notes"].items()}
    return etudiants, sem


def semesters_dataset(n_semesters: int, n_students: int) -> dict:
    """``n_semesters`` semesters of ``n_students`` each (their own students) over one formation."""
    data = make_demo_dataset(n_students, seed=1)
    for i in range(2, n_semesters + 1):
        etudiants, sem = _prefixed(make_demo_dataset(n_students, seed=i), i)
        data["etudiants"] += etudiants
        data["formsemestres"].append(sem)
    return data


def demo_data_peak_mb(students: int) -> dict:
    """``scodoc-api demo-data --students N --load`` into a new SQLite database: its peak RSS and duration."""
    import os
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DATABASE_URL": f"sqlite+aiosqlite:///{tmp}/demo.db"}
        cli = [sys.executable, "-c", "from scodoc_api.cli import main; main()"]
        subprocess.run([*cli, "db", "upgrade"], env=env, check=True, capture_output=True)
        t0 = time.perf_counter()
        proc = subprocess.Popen([*cli, "demo-data", "--students", str(students), "--load"], env=env)
        peak = 0.0
        while proc.poll() is None:  # the child's own high-water mark (ru_maxrss would count this process's
            with suppress(OSError, StopIteration):  # pages, inherited at fork)
                peak = max(peak, hwm_mb(proc.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"demo-data failed ({proc.returncode})")
    return {"students": students, "peak_mb": peak, "s": seconds}


def _status_mb(pid: int, field: str) -> float:
    """A memory figure of /proc/<pid>/status (VmRSS: resident now, VmHWM: its peak), in MB."""
    with open(f"/proc/{pid}/status") as f:
        return next(int(ln.split()[1]) for ln in f if ln.startswith(field)) / 1024


def hwm_mb(pid: int) -> float:
    return _status_mb(pid, "VmHWM")


def rss_mb(pid: int) -> float:
    return _status_mb(pid, "VmRSS")


async def _cache_figures(c: httpx.AsyncClient) -> dict:
    text = (await c.get("/metrics")).text
    return {
        "cache_estimate_mb": metric_total(text, "scodoc_results_cache_bytes") / MB,
        "evictions": metric_total(text, "scodoc_results_cache_evictions_total"),
    }


async def _run_one(url: str, sems: dict[int, list[int]], cache_mb: int) -> dict:
    pids: list[int] = []
    out: dict = {"cache_mb": cache_mb}
    async with server(url, 1, env={"RESULTS_CACHE_MB": str(cache_mb)}, pids=pids) as base:
        pid = pids[0]
        async with httpx.AsyncClient(base_url=base, timeout=120) as c:
            h = {
                "Authorization": f"Bearer {(await c.post('/ScoDoc/api/tokens', auth=('chef', 'chef'))).json()['token']}"
            }
            await c.get("/ScoDoc/api/departements", headers=h)
            out["rss_start_mb"] = rss_mb(pid)
            for k, (sem, etuds) in enumerate(sems.items()):
                assert (await c.get(f"/ScoDoc/api/etud/{etuds[0]}/bul/{sem}", headers=h)).status_code == 200
                if k == 0:
                    out["rss_one_semester_mb"] = rss_mb(pid)
            out["rss_computed_mb"] = rss_mb(pid)
            out |= {f"{k}_computed": v for k, v in (await _cache_figures(c)).items()}
            t0 = time.perf_counter()
            queue = [f"/ScoDoc/api/etud/{e}/bul/{sem}" for sem, etuds in sems.items() for e in etuds]

            async def worker() -> None:
                while queue:
                    r = await c.get(queue.pop(), headers=h)
                    assert r.status_code == 200, r.text

            await asyncio.gather(*[worker() for _ in range(8)])
            out["render_all_s"] = time.perf_counter() - t0
            out["rss_rendered_mb"] = rss_mb(pid)
            out |= {f"{k}_rendered": v for k, v in (await _cache_figures(c)).items()}
    return out


async def run(args) -> dict:
    from scodoc_api.db.engine import create_engine, make_sessionmaker
    from scodoc_api.models import FormSemestre, FormSemestreInscription

    t0 = time.perf_counter()
    data = semesters_dataset(args.semesters, args.students)
    async with database(args.backend, data) as (url, load_s):
        del data
        engine = create_engine(url)
        async with make_sessionmaker(engine)() as db:
            rows = await db.execute(
                select(FormSemestre.id, FormSemestreInscription.etudid)
                .join(FormSemestreInscription, FormSemestreInscription.formsemestre_id == FormSemestre.id)
                .order_by(FormSemestre.id, FormSemestreInscription.etudid)
            )
            sems: dict[int, list[int]] = {}
            for sem, etudid in rows:
                sems.setdefault(sem, []).append(etudid)
        await engine.dispose()
        print(f"  {len(sems)} semesters of {args.students} loaded in {time.perf_counter() - t0:.0f} s", flush=True)
        runs = []
        for cache_mb in (args.large_mb, Settings.model_fields["results_cache_mb"].default):
            runs.append(await _run_one(url, sems, cache_mb))
            print(f"  {runs[-1]}", flush=True)
    demo = demo_data_peak_mb(args.demo_students)
    print(f"  demo-data: {demo}", flush=True)
    return {"semesters": len(sems), "students": args.students, "load_s": load_s, "runs": runs, "demo_data": demo}


def markdown(res: dict) -> str:
    n = res["semesters"]
    lines = [
        f"Memory: one worker's RSS, measured {res['date']} on `{res['machine']}` ({res['backend']}), {n} semesters of "
        f"{res['students']} students (96 evaluations each). Each semester computed (one bulletin each), then every "
        "bulletin of every semester rendered once (JSON, long). Estimate: what the cache counts against its bound.",
        "",
        "| RESULTS_CACHE_MB | RSS at start | RSS, one semester | RSS, all computed (estimate) | "
        "RSS, all rendered (estimate) | evictions | rendering all (s) |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in res["runs"]:
        lines.append(
            f"| {r['cache_mb']} | {r['rss_start_mb']:.0f} MB | {r['rss_one_semester_mb']:.0f} MB | "
            f"{r['rss_computed_mb']:.0f} MB ({r['cache_estimate_mb_computed']:.0f}) | "
            f"{r['rss_rendered_mb']:.0f} MB ({r['cache_estimate_mb_rendered']:.0f}) | {r['evictions_rendered']:.0f} | "
            f"{r['render_all_s']:.1f} |"
        )
    big = res["runs"][0]
    per_sem = (big["rss_computed_mb"] - big["rss_start_mb"]) / n
    lines += [
        "",
        f"One cached semester: {big['rss_one_semester_mb'] - big['rss_start_mb']:.0f} MB of RSS for the first "
        f"(with the first request's one-time allocations), {per_sem:.1f} MB each on average over {n}; "
        f"rendered bulletins add {(big['rss_rendered_mb'] - big['rss_computed_mb']) / n:.1f} MB per semester.",
        "",
        *[
            f"With RESULTS_CACHE_MB={r['cache_mb']}, the worker holds "
            f"{r['rss_rendered_mb'] - r['rss_start_mb']:.0f} MB beyond its start after "
            f"{r['evictions_rendered']:.0f} evictions "
            f"({(r['rss_rendered_mb'] - r['rss_start_mb']) / r['cache_mb']:.2f} × the bound: the allocator keeps "
            "some of what evicted semesters freed)."
            for r in res["runs"][1:]
        ],
        "",
        f"`scodoc-api demo-data --students {res['demo_data']['students']} --load` (SQLite): peak RSS "
        f"{res['demo_data']['peak_mb']:.0f} MB, {res['demo_data']['s']:.0f} s.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--semesters", type=int, default=50)
    p.add_argument("--students", type=int, default=600)
    p.add_argument("--large-mb", type=int, default=8192, help="the bound of the unbounded run")
    p.add_argument("--backend", default="postgres", choices=("postgres", "sqlite"))
    p.add_argument("--demo-students", type=int, default=5000, help="students of the demo-data peak measure")
    p.add_argument("--quick", action="store_true", help="3 semesters of 100 students")
    args = p.parse_args()
    if args.quick:
        args.semesters, args.students, args.demo_students = 3, 100, 100
    res = {"date": date.today().isoformat(), "machine": machine(), "backend": args.backend}
    res.update(asyncio.run(run(args)))
    stem = f"{res['date']}-{res['machine']}-memory{'-quick' if args.quick else ''}"
    (ROOT / "results" / f"{stem}.json").write_text(json.dumps(res, indent=2))
    (ROOT / "results" / f"{stem}.md").write_text(markdown(res))
    print(markdown(res))


if __name__ == "__main__":
    main()
