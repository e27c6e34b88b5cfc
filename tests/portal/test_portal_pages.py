"""The page cache: a student's known query is answered in one statement while their data is unchanged, and
never stale once it changes (notes, attendance, groups: every write renews the semester's version)."""

from tests.api.test_query_counts import QueryCounter
from tests.portal.conftest import codes

PAGE = "{ marks { modules { evaluations { id note { text } } } } absences { counts { metric absent } } }"


def _note(answer: dict, evaluation_id: int) -> str:
    evals = [e for m in answer["data"]["marks"]["modules"] for e in m["evaluations"]]
    return next(e["note"]["text"] for e in evals if e["id"] == evaluation_id)


def _absent_halfdays(answer: dict) -> float:
    return next(c["absent"] for c in answer["data"]["absences"]["counts"] if c["metric"] == "demi")


async def test_a_known_page_costs_one_statement(app, gql, accounts, connection):
    first = await gql(PAGE, accounts["me_headers"])  # answered, and learned
    second = await gql(PAGE, accounts["me_headers"])  # answered, and kept
    with QueryCounter(connection) as qc:
        third = await gql(PAGE, accounts["me_headers"])
    assert first == second == third and "errors" not in third
    assert len(qc.queries) == 1, qc.queries  # the token, with the key of the student's data
    assert app.state.portal_pages.size > 0


async def test_a_kept_page_follows_every_write(client, gql, accounts, world, admin_headers):
    for _ in range(3):
        before = await gql(PAGE, accounts["me_headers"])
    ev = world["evaluation_id"]
    old = _note(before, ev)
    new = "03.50" if old != "03.50" else "17.25"
    resp = await client.post(
        "/ScoDoc/api/eval_set_notes", headers=admin_headers, json={"eval_id": ev, "etudid": accounts["me"], "note": new}
    )
    assert resp.status_code == 200, resp.text
    after = await gql(PAGE, accounts["me_headers"])
    assert _note(after, ev) == new
    sem = (await client.get(f"/ScoDoc/api/formsemestre/{world['formsemestre_id']}", headers=admin_headers)).json()
    resp = await client.post(
        "/ScoDoc/api/abs_signale",
        headers=admin_headers,
        json={"etudid": accounts["me"], "date_debut": _a_weekday(sem["date_debut_iso"]), "demi_journee": 0},
    )
    assert resp.status_code == 200, resp.text
    assert _absent_halfdays(await gql(PAGE, accounts["me_headers"])) == _absent_halfdays(after) + 1


def _a_weekday(iso: str) -> str:
    from datetime import date, timedelta

    day = date.fromisoformat(iso) + timedelta(days=14)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day.isoformat()


async def test_a_revoked_token_gets_no_kept_page(client, gql, accounts):
    for _ in range(3):
        await gql(PAGE, accounts["me_headers"])
    assert (await client.post("/ScoDoc/api/auth/logout", headers=accounts["me_headers"])).status_code == 204
    answer = await gql(PAGE, accounts["me_headers"])
    assert codes(answer) == ["UNAUTHENTICATED", "UNAUTHENTICATED"]


async def test_staff_answers_and_refused_queries_are_never_kept(app, gql, auth, accounts, world, connection):
    staff = await auth("chef")
    for _ in range(3):
        await gql(f"{{ student(etudid: {world['etudid']}) {{ lastName }} }}", staff)
        await gql("{ me { nosuchfield } }", accounts["me_headers"])
        await gql(f"{{ student(etudid: {accounts['other']}) {{ lastName }} }}", accounts["me_headers"])
    assert app.state.portal_pages.size == 0 and not app.state.portal_pages.shapes
    with QueryCounter(connection) as qc:
        await gql("{ me { nosuchfield } }", accounts["me_headers"])
    assert qc.queries == []  # an unknown query is refused before any SQL, cache or not


async def test_attendance_over_chosen_days_is_not_kept(app, gql, accounts):
    q = '{ absences(from: "2026-09-01", to: "2026-12-31") { counts { metric absent } } }'
    for _ in range(3):
        assert "errors" not in await gql(q, accounts["me_headers"])
    assert app.state.portal_pages.size == 0
