"""The attendance benchmark (python -m bench.attendance): a 600-student semester holding 20,000 attendance
records, measured over real HTTP. Writes bench/results/<date>-<machine>-attendance.json and .md; asserts no
times."""

import argparse
import asyncio
import json
import random
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import select

from bench import load
from bench.__main__ import machine
from bench.server import database, server
from scodoc_api.services.demo import make_demo_dataset

ROOT = Path(__file__).parent
TARGETS = {"count_warm_p50_ms": 20, "create_30_ms": 50}


def attendance_dataset(n_students: int, n_records: int, seed: int = 3) -> dict:
    """The demo semester, plus ``n_records`` half-day absences and justifications spread over its days."""
    rnd = random.Random(seed)
    data = make_demo_dataset(n_students, seed=seed)
    sem = data["formsemestres"][0]
    start = date.fromisoformat(sem["date_debut"])
    days = [start + timedelta(days=k) for k in range(150) if (start + timedelta(days=k)).weekday() < 5]
    slots = [(d, m) for d in days for m in (True, False)]
    refs = [e["ref"] for e in data["etudiants"]]
    per_student = -(-n_records // len(refs))  # at least n_records in all
    rows = []
    for ref in refs:
        for d, m in rnd.sample(slots, per_student):
            rows.append({"etud": ref, "jour": d.isoformat(), "matin": m, "estabs": True, "estjust": rnd.random() < 0.2})
    data["absences"] = rows
    return data


async def _ids(url: str) -> tuple[int, list[int]]:
    from scodoc_api.db.engine import create_engine, make_sessionmaker
    from scodoc_api.models import FormSemestre, Identite

    engine = create_engine(url)
    async with make_sessionmaker(engine)() as db:
        sem = (await db.execute(select(FormSemestre.id))).scalars().first()
        etuds = list((await db.execute(select(Identite.id).order_by(Identite.id))).scalars())
    await engine.dispose()
    return sem, etuds


async def _measure(base: str, sem: int, etuds: list[int], quick: bool) -> dict:
    seq, creates = (20, 3) if quick else (200, 15)
    async with httpx.AsyncClient(base_url=base, timeout=60) as c:
        h = {"Authorization": f"Bearer {(await c.post('/ScoDoc/api/tokens', auth=('chef', 'chef'))).json()['token']}"}
        start = date.fromisoformat((await c.get(f"/ScoDoc/api/formsemestre/{sem}", headers=h)).json()["date_debut_iso"])
        res = {}
        for name, path in (
            ("count", f"/ScoDoc/api/assiduites/formsemestre/{sem}/count"),
            ("count_split", f"/ScoDoc/api/assiduites/formsemestre/{sem}/count/query?split=1"),
        ):
            got = (await c.get(path, headers=h)).json()
            res[f"{name}_records"] = got["compte"] if "compte" in got else got["total"]["compte"]
            lat = await load.latency(c, "GET", [path], n=seq, headers=h)
            res[f"{name}_warm_p50_ms"], res[f"{name}_warm_p99_ms"] = lat["p50_ms"], lat["p99_ms"]
        cold = []
        for k in range(creates):  # a write renews the semester's results version: the next count is computed
            day = f"{start + timedelta(days=40 + k)}"
            item = {"date_debut": f"{day}T19:00", "date_fin": f"{day}T19:30", "etat": "present"}
            r = await c.post(f"/ScoDoc/api/assiduite/etudid/{etuds[-1]}/create", headers=h, json=[item])
            assert r.status_code == 200 and r.json()["success"], r.text
            t = time.perf_counter()
            assert (await c.get(f"/ScoDoc/api/assiduites/formsemestre/{sem}/count", headers=h)).status_code == 200
            cold.append((time.perf_counter() - t) * 1000)
        res["count_cold_ms"] = statistics.median(cold)
        times = []
        for k in range(creates):  # 30 records, evenings (no half-day window), one student per run
            items = [
                {
                    "date_debut": f"{start + timedelta(days=d)}T18:30",
                    "date_fin": f"{start + timedelta(days=d)}T19:00",
                    "etat": "retard",
                }
                for d in range(30)
            ]
            t = time.perf_counter()
            r = await c.post(f"/ScoDoc/api/assiduite/etudid/{etuds[k]}/create", headers=h, json=items)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200 and len(r.json()["success"]) == 30, r.text
        res["create_30_ms"] = statistics.median(times)
    return res


async def run(args) -> dict:
    out: dict = {"runs": []}
    async with database(args.backend, attendance_dataset(args.students, args.records)) as (url, load_s):
        sem, etuds = await _ids(url)
        async with server(url, 1) as base:
            m = await _measure(base, sem, etuds, args.quick)
        out["runs"].append({"students": args.students, "records": args.records, "load_s": load_s, **m})
        print(f"  {m}", flush=True)
    return out


def markdown(res: dict) -> str:
    lines = [
        f"Attendance: one semester, measured {res['date']} on `{res['machine']}` ({res['backend']}), 1 worker, over "
        "real HTTP; warm = the same request repeated.",
        "",
        "| students | records | count cold (ms) | count warm p50 / p99 (ms) | count split warm p50 / p99 (ms) | "
        "create 30 (ms) |",
        "|---|---|---|---|---|---|",
    ]
    for r in res["runs"]:
        lines.append(
            f"| {r['students']} | {r['count_records']} | {r['count_cold_ms']:.0f} | "
            f"{r['count_warm_p50_ms']:.1f} / {r['count_warm_p99_ms']:.1f} | "
            f"{r['count_split_warm_p50_ms']:.1f} / {r['count_split_warm_p99_ms']:.1f} | {r['create_30_ms']:.1f} |"
        )
    lines += ["", "Targets: " + ", ".join(f"{k} ≤ {v}" for k, v in TARGETS.items())]
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--students", type=int, default=600)
    p.add_argument("--records", type=int, default=20_000)
    p.add_argument("--backend", default="postgres", choices=("postgres", "sqlite"))
    p.add_argument("--quick", action="store_true")
    args = p.parse_args()
    res = {"date": date.today().isoformat(), "machine": machine(), "backend": args.backend}
    res.update(asyncio.run(run(args)))
    stem = f"{res['date']}-{res['machine']}-attendance{'-quick' if args.quick else ''}"
    (ROOT / "results" / f"{stem}.json").write_text(json.dumps(res, indent=2))
    (ROOT / "results" / f"{stem}.md").write_text(markdown(res))
    print(markdown(res))


if __name__ == "__main__":
    main()
