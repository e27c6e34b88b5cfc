"""A student files their own justificatif (waiting for the secretariat); staff with ScoAbsChange file one for a
student of their department, with its state."""

from sqlalchemy import select

from scodoc_api.models import Justificatif
from tests.portal.conftest import codes

SUBMIT = """mutation($s: DateTime!, $e: DateTime!, $r: String, $id: Int, $state: JustificatifState) {
  submitJustificatif(start: $s, end: $e, reason: $r, etudid: $id, state: $state) { id state reason start end } }"""
PERIOD = {"s": "2026-10-05T08:00:00+02:00", "e": "2026-10-05T12:00:00+02:00"}


async def test_a_student_files_their_own_justificatif_as_waiting(gql, accounts, db):
    answer = await gql(SUBMIT, accounts["me_headers"], {**PERIOD, "r": "rendez-vous médical"})
    assert "errors" not in answer, answer
    made = answer["data"]["submitJustificatif"]
    assert made["state"] == "ATTENTE" and made["reason"] == "rendez-vous médical"
    row = await db.get(Justificatif, made["id"])
    assert (row.etudid, row.etat) == (accounts["me"], 2)
    listed = await gql("{ absences { justificatifs { id state } } }", accounts["me_headers"])
    assert {"id": made["id"], "state": "ATTENTE"} in listed["data"]["absences"]["justificatifs"]


async def test_a_student_cannot_choose_the_state_nor_a_bad_period(gql, accounts, db):
    count = len((await db.execute(select(Justificatif.id))).all())
    refused = await gql(SUBMIT, accounts["me_headers"], {**PERIOD, "state": "VALIDE"})
    assert codes(refused) == ["FORBIDDEN"]
    backwards = await gql(SUBMIT, accounts["me_headers"], {"s": PERIOD["e"], "e": PERIOD["s"]})
    assert codes(backwards) == ["BAD_USER_INPUT"]
    assert len((await db.execute(select(Justificatif.id))).all()) == count  # a failed write changes nothing


async def test_staff_file_for_their_departments_students(gql, auth, world):
    secr = await auth("secr")  # ScoAbsChange in RT
    answer = await gql(SUBMIT, secr, {**PERIOD, "id": world["etudid"], "state": "VALIDE"})
    assert answer["data"]["submitJustificatif"]["state"] == "VALIDE"
    obs = await auth("obs")  # Observateur in RT: sees the department, may not write (the REST rule: 403)
    assert codes(await gql(SUBMIT, obs, {**PERIOD, "id": world["etudid"]})) == ["FORBIDDEN"]
    geii = await auth("ens_geii")
    assert codes(await gql(SUBMIT, geii, {**PERIOD, "id": world["etudid"]})) == ["NOT_FOUND"]
    assert codes(await gql(SUBMIT, secr, {**PERIOD})) == ["BAD_USER_INPUT"]  # staff name the student


async def test_queries_are_reads_and_mutations_are_audited(gql, accounts, db):
    from scodoc_api.models import AuditEntry

    async def graphql_entries() -> list:
        db.expire_all()
        rows = await db.execute(select(AuditEntry.user_name).where(AuditEntry.route == "/ScoDoc/api/graphql"))
        return list(rows.scalars())

    assert "errors" not in await gql("{ me { etudid } }", accounts["me_headers"])
    assert await graphql_entries() == []  # a query sent by POST is a read
    assert "errors" not in await gql(SUBMIT, accounts["me_headers"], PERIOD)
    assert await graphql_entries() == ["etu-me"]
