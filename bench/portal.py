"""The student portal's benchmark (python -m bench --portal): a student's whole grades page in one GraphQL
query (identity, current semester, groups, marks with every evaluation, attendance), warm, over real HTTP, in a
600-student classic semester and a 600-student BUT one. Figures go to bench/results; no time is asserted."""

import time

import httpx
from sqlalchemy import select

from bench import load
from bench.but import but_bench_dataset
from bench.server import database, server
from scodoc_api.services.demo import make_demo_dataset

TARGETS = {"grades_page_warm_p50_ms": 10}
IDENTITY = """me { etudid lastName firstName department photoUrl
    currentSemester { id title isBut startDate endDate } groups { groupName partitionName } parcours }"""
ATTENDANCE = "absences { counts { metric total absent absentJustified } justificatifs { id state start end } }"
PASSWORD = "bench-portal-pass"
# The page as a portal renders it from typed fields: every module, every evaluation with the class figures.
GRADES_PAGE = (
    "{ "
    + IDENTITY
    + """
  marks { published isBut rank rankOf general { text value min max mean }
    ues { acronym title rank ects average { text value min max mean } modules { code coefficient average { text } } }
    modules { code title kind average { text value min max mean }
      evaluations { id description date coefficient note { text value min max mean } } } }
  """
    + ATTENDANCE
    + " }"
)
# The page as the Passerelle renders it: the bulletin's JSON (its relevé), with identity and attendance.
BULLETIN_PAGE = "{ " + IDENTITY + " bulletin " + ATTENDANCE + " }"
PAGES = {"typed marks": GRADES_PAGE, "bulletin JSON": BULLETIN_PAGE}


async def _student_account(url: str) -> str:
    """A portal account for the semester's first student; its login."""
    from scodoc_api.db.engine import create_engine, make_sessionmaker
    from scodoc_api.models import FormSemestreInscription
    from scodoc_api.services.users import add_student_account

    engine = create_engine(url)
    async with make_sessionmaker(engine)() as db:
        etudid = (
            (await db.execute(select(FormSemestreInscription.etudid).order_by(FormSemestreInscription.etudid)))
            .scalars()
            .first()
        )
        await add_student_account(db, "bench-student", PASSWORD, etudid)
        await db.commit()
    await engine.dispose()
    return "bench-student"


async def _measure(base: str, login: str, quick: bool, label: str) -> dict:
    out: dict = {}
    async with httpx.AsyncClient(base_url=base, timeout=60) as c:
        resp = await c.post("/ScoDoc/api/auth/login", json={"username": login, "password": PASSWORD})
        headers = {"Authorization": f"Bearer {resp.json()['token']}"}
        for name, query in PAGES.items():
            t = time.perf_counter()
            first = await c.post("/ScoDoc/api/graphql", json={"query": query}, headers=headers)
            cold_ms = (time.perf_counter() - t) * 1000
            if first.json().get("errors"):
                raise RuntimeError(first.json()["errors"][:2])
            warm = await load.latency(
                c, "POST", "/ScoDoc/api/graphql", n=20 if quick else 300, headers=headers, json={"query": query}
            )
            out[f"{name}, {label}"] = {"cold_ms": cold_ms, "warm": warm, "answer_bytes": len(first.content)}
        marks = (await c.post("/ScoDoc/api/graphql", json={"query": GRADES_PAGE}, headers=headers)).json()["data"]
        # the floor on this machine, in the same run: the REST bulletin of the same student, warm (staff token)
        staff = {
            "Authorization": "Bearer " + (await c.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
        }
        me = marks["me"]
        url = f"/ScoDoc/api/etudiant/etudid/{me['etudid']}/formsemestre/{me['currentSemester']['id']}/bulletin"
        await c.get(url, headers=staff)
        rest = await load.latency(c, "GET", url, n=20 if quick else 300, headers=staff)
    modules = marks["marks"]["modules"]
    return {
        "pages": out,
        "rest_bulletin_warm": rest,
        "modules": len(modules),
        "evaluations": sum(len(m["evaluations"]) for m in modules),
    }


async def run_portal(args) -> dict:
    out: dict = {"kind": "portal", "runs": []}
    n = 60 if args.quick else 600
    for kind, dataset in (("classic", make_demo_dataset(n, seed=1)), ("BUT", but_bench_dataset(n))):
        async with database(args.backend, dataset) as (url, _):
            login = await _student_account(url)
            async with server(url, 1) as base:
                m = await _measure(base, login, args.quick, "page cache")
            async with server(url, 1, env={"PORTAL_CACHE_MB": "0"}) as base:  # every query executed
                executed = await _measure(base, login, args.quick, "executed")
            m["pages"].update(executed["pages"])
            print(
                f"  REST bulletin of the same student, warm p50 {m['rest_bulletin_warm']['p50_ms']:.1f} ms", flush=True
            )
        out["runs"].append({"semester": kind, "students": n, **m})
        for page, p in m["pages"].items():
            print(
                f"  portal, {kind} semester of {n} ({m['modules']} modules, {m['evaluations']} evaluations), page "
                f"with {page}: cold {p['cold_ms']:.0f} ms, warm p50 {p['warm']['p50_ms']:.1f} ms / p99 "
                f"{p['warm']['p99_ms']:.1f} ms, {p['answer_bytes']:,} bytes",
                flush=True,
            )
    return out


def portal_markdown(res: dict) -> str:
    lines = [
        f"Student portal: a student's whole grades page in one GraphQL query (identity, current semester, groups, "
        f"marks with every evaluation, attendance counts and justificatifs), measured {res['date']} on "
        f"`{res['machine']}` ({res['backend']}), one worker, over real HTTP.",
        "",
        "| semester | students | modules | evaluations | page | answer (bytes) | first query (ms) "
        "| warm p50 / p99 (ms) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in res["runs"]:
        for page, p in r["pages"].items():
            lines.append(
                f"| {r['semester']} | {r['students']} | {r['modules']} | {r['evaluations']} | {page} | "
                f"{p['answer_bytes']:,} | {p['cold_ms']:.0f} | {p['warm']['p50_ms']:.1f} / {p['warm']['p99_ms']:.1f} |"
            )
    lines += [
        "",
        "The REST bulletin of the same student, warm, in the same run (this machine's floor for one statement and "
        "cached bytes): "
        + ", ".join(f"{r['semester']} {r['rest_bulletin_warm']['p50_ms']:.1f} ms" for r in res["runs"]),
        "",
        "Target: " + ", ".join(f"{k} ≤ {v}" for k, v in TARGETS.items()),
    ]
    return "\n".join(lines) + "\n"
