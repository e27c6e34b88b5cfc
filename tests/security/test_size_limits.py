"""Finding 17: text fields have a length, bodies a maximum (413 before the whole body is read)."""

from sqlalchemy import func, select

from scodoc_api.models import BilletAbsence
from tests.api.world import world_ids


async def test_overlong_text_fields_are_refused(client, db, auth):
    w = await world_ids(db)
    h = await auth("admin")
    long = "x" * 5000
    before = (await db.execute(select(func.count()).select_from(BilletAbsence))).scalar_one()
    resps = [
        await client.post(
            "/ScoDoc/api/absences/billet/add",
            headers=h,
            json={"etudid": w["etudid"], "begin": "2026-10-01", "end": "2026-10-02", "description": long},
        ),
        await client.post(
            "/ScoDoc/api/eval_set_notes",
            headers=h,
            json={"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": 12, "comment": long},
        ),
        await client.post(
            "/ScoDoc/api/abs_signale",
            headers=h,
            json={"etudid": w["etudid"], "date_debut": "2026-10-05", "description": long},
        ),
        await client.post(
            "/ScoDoc/RT/Scolarite/Absences/AddBilletAbsence",
            data={
                "__ac_name": "chef",
                "__ac_password": "chef",
                "etudid": w["etudid"],
                "begin": "2026-10-01",
                "end": "2026-10-02",
                "description": long,
            },
        ),
    ]
    for resp in resps:
        assert resp.status_code == 400, (resp.request.url, resp.text)
        assert "1024" in resp.json()["message"], resp.text
    assert (await db.execute(select(func.count()).select_from(BilletAbsence))).scalar_one() == before


async def test_large_bodies_get_413(app, client, admin_headers):
    limit = app.state.settings.max_body_bytes
    declared = await client.post(
        "/ScoDoc/api/eval_set_notes",
        headers={**admin_headers, "Content-Type": "application/json"},
        content=b"[" + b" " * limit + b"]",
    )
    assert declared.status_code == 413 and declared.json()["status"] == 413

    sent = 0

    async def chunks():  # no Content-Length: refused once more than the limit has arrived
        nonlocal sent
        for _ in range(64):
            sent += 65536
            yield b" " * 65536

    chunked = await client.post("/ScoDoc/api/eval_set_notes", headers=admin_headers, content=chunks())
    assert chunked.status_code == 413
    xml = await client.post("/ScoDoc/api/eval_set_notes?format=xml", headers=admin_headers, content=b"x" * (limit + 1))
    assert xml.status_code == 413 and xml.content.startswith(b"<?xml")
