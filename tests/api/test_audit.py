"""Every write and every login over HTTP is audited in the database: who, what, when, from where, the
outcome; reads are not."""

from sqlalchemy import select

from scodoc_api.models import AuditEntry
from tests.api.world import world_ids
from tests.conftest import basic


async def _entries(db) -> list[AuditEntry]:
    db.expire_all()
    return list((await db.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars())


async def test_writes_and_logins_are_audited(client, db, auth):
    w = await world_ids(db)
    before = len(await _entries(db))
    assert (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).status_code == 200
    assert (await client.post("/ScoDoc/api/tokens", headers=basic("chef", "wrong-password"))).status_code == 401
    h = await auth("chef")
    body = {"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": 11}
    assert (await client.post("/ScoDoc/RT/api/eval_set_notes", headers=h, json=body)).status_code == 200
    assert (await client.post("/ScoDoc/api/eval_set_notes", headers=await auth("obs"), json=body)).status_code == 403
    assert (await client.get("/ScoDoc/api/departements", headers=h)).status_code == 200  # a read: not audited
    got = (await _entries(db))[before:]
    assert [(e.user_name, e.method, e.route, e.status) for e in got] == [
        ("chef", "POST", "/ScoDoc/api/tokens", 200),
        ("chef", "POST", "/ScoDoc/api/tokens", 401),
        ("chef", "POST", "/ScoDoc/{dept}/api/eval_set_notes", 200),
        ("obs", "POST", "/ScoDoc/api/eval_set_notes", 403),
    ]
    assert got[2].params == {"dept": "RT"} and got[2].remote_addr and got[2].request_id


async def test_anonymous_refusals_write_nothing(client, db):
    before = len(await _entries(db))
    assert (await client.post("/ScoDoc/api/eval_set_notes", json={})).status_code == 401
    assert (await client.post("/ScoDoc/api/tokens", headers=basic("x" * 300, "pw"))).status_code == 401
    assert len(await _entries(db)) == before
