"""A student's token reads that student's data only, through the portal only; staff keep their department
limits in GraphQL too."""

import pytest
from sqlalchemy import func, select

from scodoc_api.models import Identite, Justificatif, User
from tests.api.test_auth_matrix import ROUTES, _body, _url
from tests.attendance import attendance_records
from tests.portal.conftest import codes

ME = "{ me { etudid lastName firstName nip department currentSemester { id } } }"


async def test_me_is_the_signed_in_student(gql, accounts, db):
    answer = await gql(ME, accounts["me_headers"])
    assert "errors" not in answer
    me = answer["data"]["me"]
    etud = await db.get(Identite, accounts["me"])
    assert (me["etudid"], me["lastName"], me["nip"], me["department"]) == (etud.id, etud.nom, etud.code_nip, "RT")
    assert me["currentSemester"]["id"] is not None


@pytest.mark.parametrize(
    "query",
    [
        "{ student(etudid: $OTHER) { etudid lastName } }",
        '{ student(nip: "$OTHER_NIP") { etudid lastName } }',
        "{ student(etudid: $OTHER) { marks { general { text } } } }",
        "{ student(etudid: $OTHER) { bulletin } }",
        "{ student(etudid: $OTHER) { absences { records { id } } } }",
        "{ student(etudid: $OTHER) { groups { groupName } } }",
        "{ student(etudid: $OTHER) { semesters { id } } }",
        "{ semester(id: $SEM) { students { etudid lastName } } }",
        "{ me { currentSemester { students { etudid lastName } } } }",
        "{ semesters { students { lastName } } }",
        'mutation { submitJustificatif(etudid: $OTHER, start: "2026-10-01T08:00:00+02:00", '
        'end: "2026-10-01T12:00:00+02:00", reason: "x") { id } }',
    ],
)
async def test_a_student_never_reads_another_students_data(gql, accounts, world, db, query):
    other = await db.get(Identite, accounts["other"])
    before = (await db.execute(select(func.count(Justificatif.id)))).scalar_one()
    q = (
        query.replace("$OTHER_NIP", other.code_nip)
        .replace("$OTHER", str(other.id))
        .replace("$SEM", str(world["formsemestre_id"]))
    )
    answer = await gql(q, accounts["me_headers"])
    assert codes(answer) == ["FORBIDDEN"], answer
    assert other.nom not in str(answer["data"]) and str(other.id) not in str(answer["data"])
    assert (await db.execute(select(func.count(Justificatif.id)))).scalar_one() == before  # nothing written


async def test_a_student_reads_no_semester_they_are_not_registered_in(gql, accounts, world):
    answer = await gql(f"{{ marks(semester: {world['geii_sem']}) {{ general {{ text }} }} }}", accounts["me_headers"])
    assert codes(answer) == ["NOT_FOUND"]
    answer = await gql(f"{{ bulletin(semester: {world['geii_sem']}) }}", accounts["me_headers"])
    assert codes(answer) == ["NOT_FOUND"]


async def test_a_student_never_gets_the_long_bulletin(gql, accounts):
    """The long version lists the evaluations hidden from bulletins."""
    assert codes(await gql('{ bulletin(version: "long") }', accounts["me_headers"])) == ["FORBIDDEN"]
    assert "errors" not in await gql('{ bulletin(version: "short") }', accounts["me_headers"])


async def test_staff_read_their_departments_students_and_not_the_others(gql, auth, world, accounts):
    chef = await auth("chef")  # Admin in RT
    answer = await gql(f"{{ student(etudid: {world['etudid']}) {{ lastName marks {{ published }} }} }}", chef)
    assert "errors" not in answer and answer["data"]["student"]["marks"]["published"] is True
    for q in (
        f"{{ student(etudid: {world['geii_etudid']}) {{ lastName }} }}",
        f"{{ semester(id: {world['geii_sem']}) {{ students {{ lastName }} }} }}",
    ):
        assert codes(await gql(q, chef)) == ["NOT_FOUND"]
    geii = await auth("ens_geii")
    assert codes(await gql(f"{{ student(etudid: {world['etudid']}) {{ lastName }} }}", geii)) == ["NOT_FOUND"]
    answer = await gql(f"{{ semester(id: {world['formsemestre_id']}) {{ students {{ etudid }} }} }}", chef)
    assert accounts["me"] in {s["etudid"] for s in answer["data"]["semester"]["students"]}
    norole = await auth("norole")
    assert codes(await gql(f"{{ student(etudid: {world['etudid']}) {{ lastName }} }}", norole)) == ["NOT_FOUND"]
    assert codes(await gql("{ me { etudid } }", chef)) == ["FORBIDDEN"]  # staff have no own student


async def test_without_a_valid_token_every_field_is_unauthenticated(gql, client):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Token": "nope"}):
        answer = await gql("{ me { etudid } marks { rank } }", headers)
        assert codes(answer) == ["UNAUTHENTICATED", "UNAUTHENTICATED"]
        assert answer["data"] == {"me": None, "marks": None}


async def test_the_peer_token_header_is_accepted(gql, accounts):
    token = accounts["me_headers"]["Authorization"].split()[1]
    answer = await gql(ME, {"Token": token})
    assert answer["data"]["me"]["etudid"] == accounts["me"]


@pytest.fixture
async def matrix_world(db, settings, world):
    w = dict(world)
    w["ens_uid"] = (await db.execute(select(User.id).where(User.user_name == "ens"))).scalar_one()
    w.update(await attendance_records(db, settings, w["etudid"]))
    return w


async def test_a_student_token_gets_403_on_every_staff_route(client, accounts, matrix_world):
    refused = []
    for param in ROUTES:
        method, path, _ = param.values
        if path.endswith("/tokens"):
            continue  # the token's own route: a student may revoke their token
        kwargs = {"json": body} if (body := _body(path, matrix_world)) is not None else {}
        resp = await client.request(method, _url(path, matrix_world), headers=accounts["me_headers"], **kwargs)
        if resp.status_code != 403:
            refused.append((method, path, resp.status_code))
    assert not refused


async def test_a_student_account_gets_no_role(db, accounts):
    from scodoc_api.core.errors import BadRequest
    from scodoc_api.services.users import grant

    with pytest.raises(BadRequest):
        await grant(db, "etu-me", "Admin", "RT")
