"""python -m bench [--quick] [--sizes 100,300,600] [--workers 1,2] [--backend postgres|sqlite] [--scale]

Builds the demo datasets, starts the real server on loopback and measures over HTTP. Writes
bench/results/<date>-<machine>.json and .md (and the README table with --update-readme). Asserts no times."""

import argparse
import asyncio
import json
import platform
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import event, select

from bench import load
from bench.server import database, server
from scodoc_api.core.settings import random_secret_key
from scodoc_api.services.demo import make_demo_dataset

ROOT = Path(__file__).parent
TARGETS = {
    "cold_bulletin_ms": 200,
    "cold_compute_ms": 150,
    "warm_bulletin_p50_ms": 5,
    "all_bulletins_cold_s": 0.6,
    "batch_notes_ms": 300,
    "warm_rps_2_workers": 500,
}


def summary(values: list[float]) -> dict:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "runs": len(values)}


async def ids_of(url: str) -> dict:
    from scodoc_api.db.engine import create_engine, make_sessionmaker
    from scodoc_api.models import Evaluation, FormSemestre, GroupDescr, Identite, ModuleImpl, Partition

    engine = create_engine(url)
    async with make_sessionmaker(engine)() as db:
        sem = (await db.execute(select(FormSemestre.id))).scalars().first()
        etuds = list((await db.execute(select(Identite.id).order_by(Identite.id))).scalars())
        mi = (
            (await db.execute(select(ModuleImpl.id).where(ModuleImpl.formsemestre_id == sem).order_by(ModuleImpl.id)))
            .scalars()
            .first()
        )
        evs = list(
            (
                await db.execute(select(Evaluation.id).where(Evaluation.moduleimpl_id == mi).order_by(Evaluation.id))
            ).scalars()
        )
        group = (
            (
                await db.execute(
                    select(GroupDescr.id)
                    .join(Partition)
                    .where(Partition.formsemestre_id == sem, Partition.partition_name == "TD")
                )
            )
            .scalars()
            .first()
        )
    await engine.dispose()
    return {"sem": sem, "etuds": etuds, "mi": mi, "evs": evs, "group": group}


async def query_counts(url: str, ids: dict) -> dict:
    """SQL statements per request, counted in-process on the same database."""
    from scodoc_api.core.settings import Settings
    from scodoc_api.db.engine import create_engine
    from scodoc_api.main import create_app, init_state

    engine = create_engine(url)
    app = create_app(Settings(database_url=url, secret_key=random_secret_key()))
    init_state(app, engine)
    count = {"n": 0}
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *a: count.__setitem__("n", count["n"] + 1))
    out = {}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as c:
        tok = (await c.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
        h = {"Authorization": f"Bearer {tok}"}
        e, sem = ids["etuds"][0], ids["sem"]
        routes = {
            "bulletin_cold": f"/ScoDoc/api/etud/{e}/bul/{sem}",
            "bulletin_warm": f"/ScoDoc/api/etud/{e}/bul/{sem}",
            "groups": f"/ScoDoc/api/groups?formsemestre_id={sem}",
            "etud": f"/ScoDoc/api/etud/{e}",
            "formsemestre": f"/ScoDoc/api/formsemestre/{sem}",
            "eval_notes": f"/ScoDoc/api/eval_notes/{ids['evs'][0]}",
        }
        app.state.results_cache.data.clear()
        for name, path in routes.items():
            count["n"] = 0
            assert (await c.get(path, headers=h)).status_code == 200
            out[name] = count["n"]
    await engine.dispose()
    return out


async def measure(base: str, ids: dict, *, workers: int, quick: bool) -> dict:
    runs = 2 if quick else 5
    seq = 20 if quick else 300
    dur = 1.0 if quick else 5.0
    res: dict = {}
    async with httpx.AsyncClient(base_url=base, timeout=60) as c:
        tok = (await c.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
        h = {"Authorization": f"Bearer {tok}"}
        sem, etuds, evs = ids["sem"], ids["etuds"], ids["evs"]
        bul = [f"/ScoDoc/api/etud/{e}/bul/{sem}" for e in etuds]
        await c.get(bul[0], headers=h)

        async def write_one(k: int) -> float:
            t = time.perf_counter()
            r = await c.post(
                "/ScoDoc/api/eval_set_notes",
                headers=h,
                json={"eval_id": evs[0], "etudid": etuds[0], "note": 10 + (k % 10) / 4},
            )
            assert r.status_code == 200, r.text
            return time.perf_counter() - t

        # An absence write renews the semester's results with no delta: the next read loads and computes
        # everything (truly cold). A note write records which evaluation changed: workers holding the
        # previous results reload that evaluation's notes only (measured apart, "after a note write").
        day = date.fromisoformat((await c.get(f"/ScoDoc/api/formsemestre/{sem}", headers=h)).json()["date_debut_iso"])
        while day.weekday() >= 5:
            day += timedelta(days=1)

        async def invalidate_all(k: int) -> None:
            for route in ("abs_signale", "abs_annule"):  # one of them changes something, hence renews
                r = await c.post(
                    f"/ScoDoc/api/{route}",
                    headers=h,
                    json={"etudid": etuds[-1], "date_debut": day.isoformat(), "demi_journee": 1},
                )
                assert r.status_code == 200, r.text
                if r.json().get("nb_ajoutees") or r.json().get("nb_supprimees"):
                    return
            raise RuntimeError("no absence write renewed the results")

        async def cold_then_warm(renew) -> tuple[list[float], list[float]]:
            cold, compute = [], []
            for k in range(runs):
                await renew(k)
                t = time.perf_counter()
                assert (await c.get(bul[1 % len(bul)], headers=h)).status_code == 200
                cold.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                await c.get(bul[1 % len(bul)], headers=h)
                compute.append(cold[-1] - (time.perf_counter() - t) * 1000)
            return cold, compute

        cold, compute = await cold_then_warm(invalidate_all)
        res["cold_bulletin_ms"], res["cold_compute_ms"] = summary(cold), summary(compute)
        write_ms: list[float] = []

        async def note(k: int) -> None:
            write_ms.append(await write_one(k) * 1000)

        cold, compute = await cold_then_warm(note)
        res["note_write_ms"] = summary(write_ms)
        res["after_note_bulletin_ms"], res["after_note_compute_ms"] = summary(cold), summary(compute)
        res["warm_bulletin_json"] = await load.latency(c, "GET", bul, n=seq, headers=h)
        res["warm_bulletin_xml"] = await load.latency(c, "GET", [u + "?format=xml" for u in bul], n=seq, headers=h)
        res["floor_health"] = await load.latency(c, "GET", "/ScoDoc/api/health", n=seq, headers={})
        res["floor_departement"] = await load.latency(c, "GET", "/ScoDoc/api/departement", n=seq, headers=h)
        for name, path in (
            ("groups", f"/ScoDoc/api/groups?formsemestre_id={sem}"),
            ("etud", f"/ScoDoc/api/etud/{etuds[0]}"),
            ("formsemestre", f"/ScoDoc/api/formsemestre/{sem}"),
            ("eval_notes", f"/ScoDoc/api/eval_notes/{evs[0]}"),
        ):
            res[f"warm_{name}"] = await load.latency(c, "GET", path, n=seq, headers=h)
        all_cold, all_warm = [], []
        for k in range(runs):
            await invalidate_all(k)
            t = time.perf_counter()
            r = await c.get(f"/ScoDoc/api/formsemestre/{sem}/bulletins", headers=h)
            all_cold.append(time.perf_counter() - t)
            t = time.perf_counter()
            r = await c.get(f"/ScoDoc/api/formsemestre/{sem}/bulletins", headers=h)
            all_warm.append(time.perf_counter() - t)
            assert r.status_code == 200 and len(r.json()) == len(etuds)
        res["all_bulletins_cold_s"] = summary(all_cold)
        res["all_bulletins_warm_s"] = summary(all_warm)
        batch = []
        for k in range(runs):
            notes = [{"etudid": e, "note": (i + k) % 21} for i, e in enumerate(etuds)]
            t = time.perf_counter()
            r = await c.post("/ScoDoc/api/eval_set_notes", headers=h, json={"eval_id": evs[1], "notes": notes})
            assert r.status_code == 200, r.text
            r = await c.get(bul[0], headers=h)  # written and visible
            batch.append((time.perf_counter() - t) * 1000)
        res["batch_notes_ms"] = summary(batch)
        res["batch_size"] = len(etuds)
    # concurrent throughput on warm bulletins, and a mixed load
    headers = {"Authorization": f"Bearer {tok}"}
    conc = 16
    if load.have_wrk() and not quick:
        res["warm_bulletin_throughput"] = load.throughput_wrk(
            base, bul[0], headers=headers, concurrency=conc, duration=dur
        )
    else:
        res["warm_bulletin_throughput"] = await load.throughput_httpx(
            base, bul, headers=headers, concurrency=conc, duration=dur, max_requests=200 if quick else 50_000
        )
    res["floor_throughput"] = (
        await load.throughput_httpx(
            base,
            ["/ScoDoc/api/health"],
            headers={},
            concurrency=conc,
            duration=dur,
            max_requests=200 if quick else 50_000,
        )
        if not (load.have_wrk() and not quick)
        else load.throughput_wrk(base, "/ScoDoc/api/health", headers={}, concurrency=conc, duration=dur)
    )
    res["mixed"] = await mixed(base, bul, evs, etuds, headers, duration=dur, quick=quick)
    return res


async def mixed(base, bul, evs, etuds, headers, *, duration: float, quick: bool) -> dict:
    """Nine bulletin reads for one note write, 16 clients."""
    lat_r, lat_w, errors = [], [], 0
    stop = time.perf_counter() + duration
    async with httpx.AsyncClient(base_url=base, timeout=60) as c:

        async def client(k: int):
            nonlocal errors
            i = k
            while time.perf_counter() < stop and len(lat_r) + len(lat_w) < (200 if quick else 100_000):
                t = time.perf_counter()
                if i % 10 == 0:
                    r = await c.post(
                        "/ScoDoc/api/eval_set_notes",
                        headers=headers,
                        json={"eval_id": evs[2], "etudid": etuds[i % len(etuds)], "note": i % 21},
                    )
                    lat_w.append((time.perf_counter() - t) * 1000)
                else:
                    r = await c.get(bul[i % len(bul)], headers=headers)
                    lat_r.append((time.perf_counter() - t) * 1000)
                errors += r.status_code >= 400
                i += 16

        t0 = time.perf_counter()
        await asyncio.gather(*[client(k) for k in range(16)])
        elapsed = time.perf_counter() - t0
    return {
        "rps": (len(lat_r) + len(lat_w)) / elapsed,
        "reads": len(lat_r),
        "writes": len(lat_w),
        "errors": errors,
        "read_p50_ms": statistics.median(lat_r),
        "read_p99_ms": load.pct(lat_r, 99),
        "write_p50_ms": statistics.median(lat_w) if lat_w else None,
    }


async def run(args) -> dict:
    out = {
        "date": date.today().isoformat(),
        "machine": machine(),
        "backend": args.backend,
        "quick": args.quick,
        "load_tool": "wrk" if load.have_wrk() and not args.quick else "httpx",
        "runs": [],
    }
    for n in args.sizes:
        data = make_demo_dataset(n, seed=1)
        async with database(args.backend, data) as (url, load_s):
            ids = await ids_of(url)
            qc = await query_counts(url, ids)
            for w in args.workers:
                async with server(url, w) as base:
                    m = await measure(base, ids, workers=w, quick=args.quick)
                out["runs"].append({"students": n, "workers": w, "load_s": load_s, "queries": qc, **m})
                print(
                    f"  {n} students, {w} worker(s): cold bulletin {m['cold_bulletin_ms']['median']:.0f} ms, "
                    f"warm p50 {m['warm_bulletin_json']['p50_ms']:.1f} ms, "
                    f"{m['warm_bulletin_throughput']['rps']:.0f} req/s",
                    flush=True,
                )
    if args.scale:
        out["scale"] = await scale(args)
    return out


async def scale(args) -> list[dict]:
    """How the cost grows: one semester of up to 5,000 students, and a department of 30 semesters."""
    import gc

    from scodoc_api.db.engine import create_engine, make_sessionmaker
    from scodoc_api.domain.grades import compute
    from scodoc_api.repositories.results import load_semester
    from scodoc_api.services.results import engine_input

    gc.set_threshold(100_000, 50, 100)  # as the server does (main.py): no full collections mid-computation
    rows = []
    for n in [100, 200] if args.quick else [100, 600, 1200, 2500, 5000]:
        async with database(args.backend, make_demo_dataset(n, seed=2)) as (url, load_s):
            ids = await ids_of(url)
            engine = create_engine(url)
            loads, computes = [], []
            for _ in range(3):
                async with make_sessionmaker(engine)() as db:
                    t = time.perf_counter()
                    r = await load_semester(db, ids["sem"])
                    t1 = time.perf_counter()
                    compute(engine_input(r))
                    loads.append(t1 - t)
                    computes.append(time.perf_counter() - t1)
            await engine.dispose()
            async with server(url, 1) as base, httpx.AsyncClient(base_url=base, timeout=120) as c:
                tok = (await c.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
                t = time.perf_counter()
                resp = await c.get(
                    f"/ScoDoc/api/formsemestre/{ids['sem']}/bulletins", headers={"Authorization": f"Bearer {tok}"}
                )
                all_s = time.perf_counter() - t
                assert resp.status_code == 200
            rows.append(
                {
                    "kind": "students",
                    "n": n,
                    "notes": n * 96,
                    "load_dataset_s": load_s,
                    "load_semester_ms": statistics.median(loads) * 1000,
                    "compute_ms": statistics.median(computes) * 1000,
                    "all_bulletins_cold_s": all_s,
                }
            )
            print(
                f"  scale {n} students: load {rows[-1]['load_semester_ms']:.0f} ms, compute "
                f"{rows[-1]['compute_ms']:.0f} ms, all bulletins {all_s:.2f} s",
                flush=True,
            )
    # 30 semesters in one department: per-semester routes must not grow with the department
    data = make_demo_dataset(100, seed=3)
    base_sem = data["formsemestres"][0]
    for k in range(1, 3 if args.quick else 30):
        sem = json.loads(json.dumps(base_sem))
        sem["ref"] = f"S{k + 1}"
        sem["etapes"] = [f"V{k}RT"]
        for mi in sem["moduleimpls"]:
            mi["ref"] = f"{mi['ref']}-{k}"
        for ev in sem["evaluations"]:
            ev["ref"], ev["moduleimpl"] = f"{ev['ref']}-{k}", f"{ev['moduleimpl']}-{k}"
        data["formsemestres"].append(sem)
    async with database(args.backend, data) as (url, load_s):
        ids = await ids_of(url)
        async with server(url, 1) as base, httpx.AsyncClient(base_url=base, timeout=120) as c:
            tok = (await c.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
            h = {"Authorization": f"Bearer {tok}"}
            e = ids["etuds"][0]
            etud = await load.latency(c, "GET", f"/ScoDoc/api/etud/{e}", n=50, headers=h)
            bulw = await load.latency(c, "GET", f"/ScoDoc/api/etud/{e}/bul/{ids['sem']}", n=50, headers=h)
    rows.append(
        {
            "kind": "semesters",
            "n": len(data["formsemestres"]),
            "load_dataset_s": load_s,
            "etud_p50_ms": etud["p50_ms"],
            "warm_bulletin_p50_ms": bulw["p50_ms"],
        }
    )
    return rows


def machine() -> str:
    import os

    return f"{platform.node() or 'host'}-{os.cpu_count()}cpu"


def markdown(res: dict) -> str:
    lines = [
        f"Measured {res['date']} on `{res['machine']}` ({platform.processor() or platform.machine()}, "
        f"{res['backend']}, load tool {res['load_tool']}{', quick mode' if res['quick'] else ''}). "
        "Median of several runs (min–max); latencies over real HTTP on loopback.",
        "",
        "| students | workers | load dataset | cold bulletin (ms) | cold compute (ms) | "
        "after a note write: bulletin / compute (ms) | warm bulletin p50 / p99 (ms) | XML p50 | warm req/s | "
        "floor p50 (ms) | bulletin / floor | all bulletins cold / warm (s) | "
        "batch notes + visible (ms) | mixed req/s |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in res["runs"]:

        def s(d, f="{:.0f}"):
            return f"{f.format(d['median'])} ({f.format(d['min'])}–{f.format(d['max'])})"

        wb, fl = r["warm_bulletin_json"], r["floor_health"]
        lines.append(
            f"| {r['students']} | {r['workers']} | {r['load_s']:.1f} s | {s(r['cold_bulletin_ms'])} | "
            f"{s(r['cold_compute_ms'])} | {r['after_note_bulletin_ms']['median']:.0f} / "
            f"{r['after_note_compute_ms']['median']:.0f} | {wb['p50_ms']:.1f} / {wb['p99_ms']:.1f} | "
            f"{r['warm_bulletin_xml']['p50_ms']:.1f} | {r['warm_bulletin_throughput']['rps']:.0f} | "
            f"{fl['p50_ms']:.2f} | {wb['p50_ms'] / fl['p50_ms']:.1f}× | "
            f"{s(r['all_bulletins_cold_s'], '{:.2f}')} / {r['all_bulletins_warm_s']['median']:.2f} | "
            f"{s(r['batch_notes_ms'])} | {r['mixed']['rps']:.0f} |"
        )
    if res["runs"]:
        r = res["runs"][-1]
        lines += [
            "",
            "Warm routes p50 (ms), last run: "
            + ", ".join(
                f"{k} {r['warm_' + k]['p50_ms']:.1f}" for k in ("groups", "etud", "formsemestre", "eval_notes")
            ),
            "SQL statements per request: " + ", ".join(f"{k} {v}" for k, v in r["queries"].items()),
        ]
    if res.get("scale"):
        lines += [
            "",
            "| scale | n | load semester (ms) | compute (ms) | all bulletins cold (s) |",
            "|---|---|---|---|---|",
        ]
        for row in res["scale"]:
            if row["kind"] == "students":
                lines.append(
                    f"| students | {row['n']} | {row['load_semester_ms']:.0f} | {row['compute_ms']:.0f} | "
                    f"{row['all_bulletins_cold_s']:.2f} |"
                )
            else:
                lines.append(
                    f"| semesters in one department | {row['n']} | — | etud p50 {row['etud_p50_ms']:.1f} ms | "
                    f"warm bulletin p50 {row['warm_bulletin_p50_ms']:.1f} ms |"
                )
    lines += [
        "",
        "Targets (600 students, PostgreSQL): "
        + ", ".join(f"{k} ≤ {v}" if "rps" not in k else f"{k} ≥ {v}" for k, v in TARGETS.items()),
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--quick", action="store_true", help="a short run that checks the suite works (CI)")
    p.add_argument("--sizes", default=None, help="comma-separated student counts (default 100,300,600)")
    p.add_argument("--workers", default="1,2")
    p.add_argument("--backend", choices=["postgres", "sqlite"], default="postgres")
    p.add_argument("--scale", action="store_true", help="also measure growth up to 5,000 students and 30 semesters")
    p.add_argument("--out", type=Path, default=ROOT / "results")
    p.add_argument("--update-readme", action="store_true")
    p.add_argument("--but", action="store_true", help="the BUT semester benchmark (bench/but.py) instead")
    p.add_argument("--portal", action="store_true", help="the student portal's benchmark (bench/portal.py) instead")
    args = p.parse_args()
    args.sizes = [int(x) for x in (args.sizes or ("60" if args.quick else "100,300,600")).split(",")]
    args.workers = [int(x) for x in args.workers.split(",")]
    if args.but:
        return main_but(args)
    if args.portal:
        return main_portal(args)
    res = asyncio.run(run(args))
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"{res['date']}-{res['machine']}{'-quick' if args.quick else ''}"
    (args.out / f"{stem}.json").write_text(json.dumps(res, indent=1))
    md = markdown(res)
    (args.out / f"{stem}.md").write_text(md)
    print(md)
    if args.update_readme:
        readme = ROOT.parent / "README.md"
        text = readme.read_text()
        start, end = "<!-- bench:start -->", "<!-- bench:end -->"
        if start in text:
            text = text[: text.index(start) + len(start)] + "\n" + md + text[text.index(end) :]
            readme.write_text(text)


def main_but(args) -> None:
    from bench.but import but_markdown, run_but

    res = {
        "date": date.today().isoformat(),
        "machine": machine(),
        "backend": args.backend,
        **asyncio.run(run_but(args)),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"{res['date']}-{res['machine']}-but{'-quick' if args.quick else ''}"
    (args.out / f"{stem}.json").write_text(json.dumps(res, indent=1))
    md = but_markdown(res)
    (args.out / f"{stem}.md").write_text(md)
    print(md)
    if args.update_readme:
        readme = ROOT.parent / "README.md"
        text = readme.read_text()
        start, end = "<!-- bench-but:start -->", "<!-- bench-but:end -->"
        if start in text:
            text = text[: text.index(start) + len(start)] + "\n" + md + text[text.index(end) :]
            readme.write_text(text)


def main_portal(args) -> None:
    from bench.portal import portal_markdown, run_portal

    res = {"date": date.today().isoformat(), "machine": machine(), "backend": args.backend}
    res.update(asyncio.run(run_portal(args)))
    args.out.mkdir(parents=True, exist_ok=True)
    stem = f"{res['date']}-{res['machine']}-portal{'-quick' if args.quick else ''}"
    (args.out / f"{stem}.json").write_text(json.dumps(res, indent=1))
    md = portal_markdown(res)
    (args.out / f"{stem}.md").write_text(md)
    print(md)


if __name__ == "__main__":
    main()
