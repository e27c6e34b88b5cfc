"""The BUT benchmark (python -m bench --but): a 600-student BUT semester of 6 UEs and 20 modules (16
ressources, 4 SAÉs) with 4 weighted evaluations each, measured over real HTTP like the classic one."""

import random
import statistics
import time
from datetime import date, timedelta

import httpx
from sqlalchemy import event, select

from bench import load
from bench.server import database, server
from scodoc_api.core.settings import random_secret_key
from scodoc_api.services.demo import _demo_students, _demo_users
from scodoc_api.services.demo_but import referentiel_example

N_UES, N_RESSOURCES, N_SAES, N_EVALS = 6, 16, 4, 4
TARGETS = {"cold_compute_ms": 150, "cold_bulletin_ms": 200, "warm_bulletin_p50_ms": 5, "all_bulletins_cold_s": 0.6}


def but_bench_dataset(n_students: int, seed: int = 1, start: date = date(2026, 9, 1)) -> dict:
    rnd = random.Random(seed)
    ue_refs = [f"UE{k + 1}" for k in range(N_UES)]
    modules = []
    for k in range(N_RESSOURCES + N_SAES):
        sae = k >= N_RESSOURCES
        touched = ue_refs if sae else rnd.sample(ue_refs, rnd.randint(1, 3))  # a sparse matrix
        code = f"SAÉ{k - N_RESSOURCES + 1}" if sae else f"R{k + 1:02d}"
        modules.append(
            {
                "ref": code,
                "code": code,
                "titre": f"Module {code}",
                "module_type": 3 if sae else 2,
                "numero": k + 1,
                "ue_coefs": {u: float(rnd.choice((2, 4, 6, 12))) for u in touched},
                "_home": touched[0],
            }
        )
    ues = []
    for k, ref in enumerate(ue_refs):
        mods = [m for m in modules if m["_home"] == ref]
        ues.append(
            {
                "ref": ref,
                "acronyme": ref,
                "numero": k + 1,
                "titre": f"Compétence {k + 1}",
                "ects": 5.0,
                "semestre_idx": 1,
                "ue_code": f"BENCH-{ref}",
                "matiere": [{"titre": ref, "module": mods}],
            }
        )
    for m in modules:
        m.pop("_home")
    etuds = _demo_students(rnd, n_students, "BENCH", start)
    refs = [e["ref"] for e in etuds]
    evaluations = []
    for m in modules:
        for n in range(N_EVALS):
            evaluations.append(
                {
                    "ref": f"EV-{m['ref']}-{n}",
                    "moduleimpl": f"MI-{m['ref']}",
                    "numero": n + 1,
                    "jour": (start + timedelta(days=10 + 20 * n)).isoformat(),
                    "description": f"Évaluation {n + 1}",
                    "coefficient": float(rnd.choice((1, 2))),
                    "poids": {u: rnd.choice((0.5, 1.0, 2.0)) for u in m["ue_coefs"]},
                    "notes": {r: ("ABS" if rnd.random() < 0.02 else rnd.randint(0, 20)) for r in refs},
                }
            )
    return {
        "departements": [{"acronym": "BENCH"}],
        "users": _demo_users("BENCH", True),
        "referentiels": [{"ref": "REF", "dept": "BENCH", "referentiel": referentiel_example()}],
        "formations": [
            {
                "ref": "F",
                "dept": "BENCH",
                "acronyme": "BUT BENCH",
                "titre": "BUT bench",
                "type_parcours": 700,
                "referentiel": "REF",
                "ue": ues,
            }
        ],
        "etudiants": etuds,
        "formsemestres": [
            {
                "ref": "S",
                "formation": "F",
                "semestre_id": 1,
                "date_debut": start.isoformat(),
                "date_fin": (start + timedelta(days=150)).isoformat(),
                "moduleimpls": [{"ref": f"MI-{m['ref']}", "module": m["ref"]} for m in modules],
                "inscriptions": [{"etud": r} for r in refs],
                "partitions": [
                    {
                        "name": "TD",
                        "groups": [{"name": "A", "members": refs[::2]}, {"name": "B", "members": refs[1::2]}],
                    }
                ],
                "evaluations": evaluations,
            }
        ],
    }


async def _ids(url: str) -> dict:
    from scodoc_api.db.engine import create_engine, make_sessionmaker
    from scodoc_api.models import FormSemestre, FormSemestreInscription

    engine = create_engine(url)
    async with make_sessionmaker(engine)() as db:
        sem = (await db.execute(select(FormSemestre.id))).scalar_one()
        etuds = list(
            (
                await db.execute(
                    select(FormSemestreInscription.etudid)
                    .where(FormSemestreInscription.formsemestre_id == sem)
                    .order_by(FormSemestreInscription.etudid)
                )
            ).scalars()
        )
    await engine.dispose()
    return {"sem": sem, "etuds": etuds}


async def statements_per_cold_compute(url: str, ids: dict) -> int:
    """SQL statements of one cold bulletin request, counted in-process (the cache emptied first)."""
    from scodoc_api.core.settings import Settings
    from scodoc_api.db.engine import create_engine
    from scodoc_api.main import create_app, init_state

    engine = create_engine(url)
    app = create_app(Settings(database_url=url, secret_key=random_secret_key()))
    init_state(app, engine)
    count = {"n": 0}
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *a: count.__setitem__("n", count["n"] + 1))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as c:
        tok = (await c.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
        h = {"Authorization": f"Bearer {tok}"}
        app.state.results_cache.data.clear()
        count["n"] = 0
        path = f"/ScoDoc/api/etudiant/etudid/{ids['etuds'][0]}/formsemestre/{ids['sem']}/bulletin"
        assert (await c.get(path, headers=h)).status_code == 200
    await engine.dispose()
    return count["n"]


async def _measure(base: str, ids: dict, quick: bool) -> dict:
    runs, seq = (2, 20) if quick else (5, 300)
    sem, etuds = ids["sem"], ids["etuds"]
    bul = [f"/ScoDoc/api/etudiant/etudid/{e}/formsemestre/{sem}/bulletin" for e in etuds]
    res: dict = {}
    async with httpx.AsyncClient(base_url=base, timeout=60) as c:
        h = {"Authorization": f"Bearer {(await c.post('/ScoDoc/api/tokens', auth=('chef', 'chef'))).json()['token']}"}
        day = date.fromisoformat((await c.get(f"/ScoDoc/api/formsemestre/{sem}", headers=h)).json()["date_debut_iso"])
        while day.weekday() >= 5:
            day += timedelta(days=1)

        async def renew() -> None:  # an absence write renews the results with no delta: the next read is cold
            for route in ("abs_signale", "abs_annule"):
                body = {"etudid": etuds[-1], "date_debut": day.isoformat(), "demi_journee": 1}
                r = await c.post(f"/ScoDoc/api/{route}", headers=h, json=body)
                assert r.status_code == 200, r.text
                if r.json().get("nb_ajoutees") or r.json().get("nb_supprimees"):
                    return
            raise RuntimeError("no absence write renewed the results")

        cold, compute, all_cold = [], [], []
        for _ in range(runs):
            await renew()
            t = time.perf_counter()
            assert (await c.get(bul[1], headers=h)).status_code == 200
            cold.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            await c.get(bul[1], headers=h)
            compute.append(cold[-1] - (time.perf_counter() - t) * 1000)
        for _ in range(runs):
            await renew()
            t = time.perf_counter()
            r = await c.get(f"/ScoDoc/api/formsemestre/{sem}/bulletins", headers=h)
            all_cold.append(time.perf_counter() - t)
            assert r.status_code == 200 and len(r.json()) == len(etuds)
        res["cold_bulletin_ms"] = statistics.median(cold)
        res["cold_compute_ms"] = statistics.median(compute)
        res["all_bulletins_cold_s"] = statistics.median(all_cold)
        warm = await load.latency(c, "GET", bul, n=seq, headers=h)
        res["warm_bulletin_p50_ms"], res["warm_bulletin_p99_ms"] = warm["p50_ms"], warm["p99_ms"]
    return res


async def run_but(args) -> dict:
    out: dict = {"kind": "BUT", "runs": []}
    for n in args.sizes:
        async with database(args.backend, but_bench_dataset(n)) as (url, load_s):
            ids = await _ids(url)
            statements = await statements_per_cold_compute(url, ids)
            for w in args.workers:
                async with server(url, w) as base:
                    m = await _measure(base, ids, args.quick)
                out["runs"].append({"students": n, "workers": w, "load_s": load_s, "statements": statements, **m})
                print(
                    f"  BUT {n} students, {w} worker(s): cold compute {m['cold_compute_ms']:.0f} ms, cold bulletin "
                    f"{m['cold_bulletin_ms']:.0f} ms, warm p50 {m['warm_bulletin_p50_ms']:.1f} ms, all cold "
                    f"{m['all_bulletins_cold_s']:.2f} s, {statements} statements",
                    flush=True,
                )
    return out


def but_markdown(res: dict) -> str:
    lines = [
        f"BUT semester ({N_UES} UEs, {N_RESSOURCES} ressources and {N_SAES} SAÉs, {N_EVALS} weighted evaluations "
        f"each), measured {res['date']} on `{res['machine']}` ({res['backend']}); medians over real HTTP.",
        "",
        "| students | workers | cold compute (ms) | cold bulletin (ms) | warm bulletin p50 / p99 (ms) | "
        "all bulletins cold (s) | SQL statements per cold compute |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in res["runs"]:
        lines.append(
            f"| {r['students']} | {r['workers']} | {r['cold_compute_ms']:.0f} | {r['cold_bulletin_ms']:.0f} | "
            f"{r['warm_bulletin_p50_ms']:.1f} / {r['warm_bulletin_p99_ms']:.1f} | {r['all_bulletins_cold_s']:.2f} | "
            f"{r['statements']} |"
        )
    lines += ["", "Targets (600 students): " + ", ".join(f"{k} ≤ {v}" for k, v in TARGETS.items())]
    return "\n".join(lines) + "\n"
