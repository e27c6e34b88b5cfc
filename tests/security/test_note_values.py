"""Finding 20: a note is a number (ASCII digits) or a code; JSON booleans and other scripts' digits are 400."""

import pytest
from sqlalchemy import select

from scodoc_api.models import Note
from tests.api.world import world_ids


@pytest.mark.parametrize("note", [True, False, "１２", "١٢", "12\u0661", "1e1", "nan", "inf", "-inf"])
async def test_odd_notes_are_refused_and_nothing_changes(client, db, auth, note):
    w = await world_ids(db)
    h = await auth("admin")
    before = (
        await db.execute(select(Note.value).where(Note.evaluation_id == w["evaluation_id"], Note.etudid == w["etudid"]))
    ).scalar_one_or_none()
    for body in (
        {"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": note},
        {"eval_id": w["evaluation_id"], "notes": [{"etudid": w["etudid"], "note": note}]},
    ):
        resp = await client.post("/ScoDoc/api/eval_set_notes", headers=h, json=body)
        assert resp.status_code == 400, (note, resp.text)
    after = (
        await db.execute(select(Note.value).where(Note.evaluation_id == w["evaluation_id"], Note.etudid == w["etudid"]))
    ).scalar_one_or_none()
    assert after == before


async def test_boolean_ids_are_refused(client, db, auth):
    w = await world_ids(db)
    resp = await client.post(
        "/ScoDoc/api/eval_set_notes",
        headers=await auth("admin"),
        json={"eval_id": w["evaluation_id"], "etudid": True, "note": 12},
    )
    assert resp.status_code == 400


async def test_ordinary_notes_still_work(client, db, auth):
    w = await world_ids(db)
    for note in (12, 12.5, "12,5", " 7.25 ", "ABS", "exc"):
        resp = await client.post(
            "/ScoDoc/api/eval_set_notes",
            headers=await auth("admin"),
            json={"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": note},
        )
        assert resp.status_code == 200, (note, resp.text)
