"""What a query may cost: a semester's 600 students with their marks in a bounded number of SQL statements
(dataloaders), and abusive queries refused before any SQL runs."""

import pytest
from sqlalchemy import select

from scodoc_api.models import FormSemestre, FormSemestreEtape
from scodoc_api.services.dataset import load_dataset
from scodoc_api.services.demo import make_demo_dataset
from tests.api.test_query_counts import QueryCounter
from tests.portal.conftest import codes

SEMESTER_MARKS = """query($id: Int!) { semester(id: $id) { title students { etudid lastName
  groups { groupName } marks { general { text } ues { acronym average { text } } } } } }"""
# statements for the whole query, cold: the token, the semester, its students, the groups, then the semester's
# results and bulletin data (computed once for all its students); a student more adds none
MAX_STATEMENTS = 30  # measured: 29


@pytest.fixture
async def big600(db) -> int:
    data = make_demo_dataset(600, seed=11, dept="P600")
    data["users"] = []
    sem = data["formsemestres"][0]
    sem["responsables"] = []
    for mi in sem["moduleimpls"]:
        mi["responsable"], mi["enseignants"] = None, []
    sem["etapes"] = ["V1P600"]
    await load_dataset(db, data)
    await db.commit()
    return (
        await db.execute(select(FormSemestre.id).join(FormSemestreEtape).where(FormSemestreEtape.etape_apo == "V1P600"))
    ).scalar_one()


def _statements(qc: QueryCounter) -> int:
    return len(qc.queries)


async def test_a_semesters_600_students_with_marks_in_bounded_sql(app, gql, connection, auth, big600, world):
    headers = await auth("admin")
    counts = {}
    for name, sem in (("600", big600), ("30", world["formsemestre_id"])):
        app.state.results_cache.data.clear()  # cold: the results are computed within the request
        with QueryCounter(connection) as qc:
            answer = await gql(SEMESTER_MARKS, headers, {"id": sem})
        assert "errors" not in answer, answer["errors"][:3]
        students = answer["data"]["semester"]["students"]
        assert all(s["marks"]["general"]["text"] for s in students)
        counts[name] = (_statements(qc), len(students))
    assert counts["600"][1] == 600
    assert counts["600"][0] <= MAX_STATEMENTS, counts
    assert counts["600"][0] == counts["30"][0], counts  # the same statements whatever the number of students


ABUSIVE = [
    # deeper than the limit
    "{ me { currentSemester { students { currentSemester { students { currentSemester { students { "
    "currentSemester { students { etudid } } } } } } } } } }",
    # costlier than the limit: the same heavy branch under many aliases
    "{ "
    + " ".join(
        f"a{i}: semester(id: 1) {{ students {{ marks {{ modules {{ evaluations {{ note {{ text }} }} }} }} }} }}"
        for i in range(3)
    )
    + " }",
    # too many aliases
    "{ " + " ".join(f"a{i}: me {{ etudid }}" for i in range(40)) + " }",
]


@pytest.mark.parametrize("query", ABUSIVE, ids=["depth", "cost", "aliases"])
async def test_an_abusive_query_is_refused_before_any_sql(gql, connection, auth, query):
    headers = await auth("admin")
    with QueryCounter(connection) as qc:
        answer = await gql(query, headers)
    assert answer.get("data") is None
    assert codes(answer) and set(codes(answer)) == {"BAD_USER_INPUT"}, answer
    assert _statements(qc) == 0, qc.queries


async def test_the_cost_is_reported(gql, auth):
    answer = await gql(ABUSIVE[1], await auth("admin"))
    ext = answer["errors"][0]["extensions"]
    assert ext["cost"] > ext["max_cost"] == 20000


async def test_a_malformed_query_is_a_bad_user_input(gql, auth):
    for q in ("{ me { etudid ", "{ nosuchfield }", "{ me { etudid(x: 1) } }"):
        assert codes(await gql(q, await auth("admin"))) == ["BAD_USER_INPUT"]


async def test_graphiql_only_when_enabled(client, settings, engine, sessionmaker):
    import httpx

    from scodoc_api.main import create_app, init_state

    assert (await client.get("/ScoDoc/api/graphql", headers={"Accept": "text/html"})).status_code == 404
    app = create_app(settings.model_copy(update={"graphiql": True}), engine=engine)
    init_state(app, engine, sessionmaker)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        resp = await c.get("/ScoDoc/api/graphql", headers={"Accept": "text/html"})
    assert resp.status_code == 200 and "graphiql" in resp.text.lower()
