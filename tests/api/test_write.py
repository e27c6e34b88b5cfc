"""Write routes: notes, groups, absences, billets; validation, atomicity, permissions, history."""

import json

from sqlalchemy import func, select, update

from scodoc_api.models import FormSemestre, GroupMembership, Note, NoteLog, User
from tests.api.world import world_ids
from tests.attendance import count_absences


async def _w(db):
    return await world_ids(db)


async def _note(db, ev, etudid):
    return (
        await db.execute(select(Note.value).where(Note.evaluation_id == ev, Note.etudid == etudid))
    ).scalar_one_or_none()


async def test_single_note_from_the_query_string_then_bulletin_and_history(client, db, auth):
    w = await _w(db)
    h = await auth("chef")
    resp = await client.post(
        f"/ScoDoc/api/eval_set_notes?eval_id={w['evaluation_id']}&etudid={w['etudid']}&note=13.5", headers=h
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["nbchanged"] == 1 and resp.json()["status"] == "ok"
    assert await _note(db, w["evaluation_id"], w["etudid"]) == 13.5
    again = (
        await client.post(
            f"/ScoDoc/api/eval_set_notes?eval_id={w['evaluation_id']}&etudid={w['etudid']}&note=13,5", headers=h
        )
    ).json()
    assert again["nbchanged"] == 0 and again["unchanged"] == 1  # idempotent
    hist = (await client.get(f"/ScoDoc/api/eval_notes/{w['evaluation_id']}/history", headers=h)).json()
    mine = [r for r in hist if r["etudid"] == w["etudid"]]
    assert mine[0]["current"] and mine[0]["value"] == "13.5" and mine[0]["user_name"] == "chef"
    assert len(mine) == 2 and not mine[1]["current"]  # the previous value is kept


async def test_batch_without_content_type_and_visible_at_once(client, db, auth):
    w = await _w(db)
    h = await auth("chef")
    rows = (await db.execute(select(Note.etudid).where(Note.evaluation_id == w["evaluation_id"]))).scalars().all()
    batch = {"eval_id": w["evaluation_id"], "notes": [{"etudid": e, "note": 20} for e in rows]}
    resp = await client.post("/ScoDoc/api/eval_set_notes", headers=h, content=json.dumps(batch).encode())
    assert resp.status_code == 200, resp.text
    # every evaluation of the module at 20 for this student -> module mean 20.00 in the very next bulletin
    from scodoc_api.models import Evaluation

    evs = (
        (await db.execute(select(Evaluation.id).where(Evaluation.moduleimpl_id == w["moduleimpl_id"]))).scalars().all()
    )
    for ev in evs:
        r = await client.post(
            "/ScoDoc/api/eval_set_notes", headers=h, json={"eval_id": ev, "etudid": w["etudid"], "note": 20}
        )
        assert r.status_code == 200
    bul = (await client.get(f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}", headers=h)).json()
    assert bul["ue"][0]["module"][0]["note"]["value"] == "20.00"


async def test_bad_batch_lists_every_error_and_writes_nothing(client, db, auth):
    w = await _w(db)
    before = (await db.execute(select(func.count()).select_from(Note))).scalar_one()
    logs = (await db.execute(select(func.count()).select_from(NoteLog))).scalar_one()
    batch = {
        "eval_id": w["evaluation_id"],
        "notes": [
            {"etudid": w["etudid"], "note": 12},
            {"etudid": 999999, "note": 10},
            {"etudid": w["nogrp"], "note": 10},
            {"etudid": w["etudid"], "note": 25},
            {"etudid": w["etudid"], "note": "XYZ"},
        ],
    }
    resp = await client.post("/ScoDoc/api/eval_set_notes", headers=await auth("chef"), json=batch)
    assert resp.status_code == 400
    msg = resp.json()["message"]
    assert "999999" in msg and "non inscrit" in msg and "hors de" in msg and "XYZ" in msg
    assert (await db.execute(select(func.count()).select_from(Note))).scalar_one() == before
    assert (await db.execute(select(func.count()).select_from(NoteLog))).scalar_one() == logs
    assert await _note(db, w["evaluation_id"], w["etudid"]) != 12


async def test_invalid_json_is_406_and_missing_parameter_400(client, db, auth):
    h = await auth("chef")
    resp = await client.post(
        "/ScoDoc/api/eval_set_notes", headers={**h, "Content-Type": "application/json"}, content=b"{not json"
    )
    assert resp.status_code == 406 and resp.json()["status"] == 406
    resp = await client.post("/ScoDoc/api/eval_set_notes", headers=h, json={"etudid": 1})
    assert resp.status_code == 400 and "eval_id" in resp.json()["message"]


async def test_special_codes_and_deletion(client, db, auth):
    w = await _w(db)
    h = await auth("chef")
    for raw, stored in (("abs", None), ("EXC", -1000.0), ("att", -1002.0)):
        r = await client.post(
            "/ScoDoc/api/eval_set_notes",
            headers=h,
            json={"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": raw},
        )
        assert r.status_code == 200, r.text
        assert await _note(db, w["evaluation_id"], w["etudid"]) == stored
    r = await client.post(
        "/ScoDoc/api/eval_set_notes",
        headers=h,
        json={"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": "SUPR"},
    )
    assert r.json()["nbchanged"] == 1
    assert (
        await db.execute(select(Note).where(Note.evaluation_id == w["evaluation_id"], Note.etudid == w["etudid"]))
    ).first() is None
    deletions = (await db.execute(select(NoteLog).where(NoteLog.etudid == w["etudid"], NoteLog.value == -1001.0))).all()
    assert len(deletions) == 1


async def test_note_permissions(client, db, auth):
    w = await _w(db)
    url = "/ScoDoc/api/eval_set_notes"
    body = {"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": 11}
    assert (await client.post(url, headers=await auth("ens"), json=body)).status_code == 200  # module teacher
    assert (await client.post(url, headers=await auth("secr"), json=body)).status_code == 403
    assert (await client.post(url, headers=await auth("ens_geii"), json=body)).status_code == 404
    assert (
        await client.post("/ScoDoc/RT/api/eval_set_notes", headers=await auth("ens_geii"), json=body)
    ).status_code == 403
    await db.execute(update(FormSemestre).where(FormSemestre.id == w["formsemestre_id"]).values(etat=False))
    await db.commit()
    resp = await client.post(url, headers=await auth("chef"), json=body)
    assert resp.status_code == 409 and "verrouillé" in resp.json()["message"]


async def test_set_groups(client, db, auth):
    w = await _w(db)
    h = await auth("chef")
    parts = (await client.get(f"/ScoDoc/api/partition/{w['formsemestre_id']}", headers=h)).json()
    td = parts[0]
    a, b = td["group"][0]["group_id"], td["group"][1]["group_id"]
    groups = f"{a};{w['etudid']};{w['nogrp']};\n"
    resp = await client.post(
        "/ScoDoc/api/set_groups",
        headers=h,
        data={
            "partition_id": td["partition_id"],
            "groups": groups,
            "groups_to_create": f"Z;{w['dem']};",
            "groups_to_delete": f"{b};",
        },
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["message"] == "Groupes enregistrés"
    members = set((await db.execute(select(GroupMembership.etudid).where(GroupMembership.group_id == a))).scalars())
    assert members == {w["etudid"], w["nogrp"]}
    parts = (await client.get(f"/ScoDoc/api/partition/{w['formsemestre_id']}", headers=h)).json()
    assert {g["group_name"] for g in parts[0]["group"]} == {"A", "Z"}
    xml = await client.post(f"/ScoDoc/api/set_groups?partition_id={td['partition_id']}&format=xml", headers=h)
    assert xml.content.decode() == '<?xml version="1.0" encoding="utf-8"?><response>Groupes enregistrés</response>'
    bad = await client.post(
        "/ScoDoc/api/set_groups", headers=h, json={"partition_id": td["partition_id"], "groups": f"{a};999999;\n999;1;"}
    )
    assert bad.status_code == 400 and "999999" in bad.json()["message"] and "999" in bad.json()["message"]
    assert (
        set((await db.execute(select(GroupMembership.etudid).where(GroupMembership.group_id == a))).scalars())
        == members
    )
    assert (
        await client.post(
            "/ScoDoc/api/set_groups", headers=await auth("secr"), json={"partition_id": td["partition_id"]}
        )
    ).status_code == 403


async def _count_abs(db, etudid):
    return await count_absences(db, etudid)


async def test_absences_signal_cancel_justify(client, db, auth):
    w = await _w(db)
    h = await auth("secr")
    e = w["nogrp"]
    # [2026-10-02 (Fri), 2026-10-06): Friday and Monday, whole days -> 4 half-days; Sat/Sun skipped
    resp = await client.post(
        "/ScoDoc/api/abs_signale",
        headers=h,
        data={"etudid": e, "date_debut": "2026-10-02", "date_fin": "2026-10-06", "demi_journee": 2},
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["nb_demi_journees"] == 4 and await _count_abs(db, e) == 4
    again = await client.post(
        "/ScoDoc/api/abs_signale", headers=h, json={"etudid": e, "date_debut": "2026-10-02", "date_fin": "2026-10-06"}
    )
    assert again.json()["nb_ajoutees"] == 0 and await _count_abs(db, e) == 4  # idempotent
    listed = (await client.get(f"/ScoDoc/api/absences/{e}?date_debut=2026-09-01", headers=h)).json()
    assert [(a["jour"], a["ampm"]) for a in listed] == [
        ("2026-10-02", 1),
        ("2026-10-02", 0),
        ("2026-10-05", 1),
        ("2026-10-05", 0),
    ]
    r = await client.post(
        "/ScoDoc/api/abs_signale",
        headers=h,
        data={"etudid": e, "date_debut": "2026-10-05", "demi_journee": 1, "estjust": "1"},
    )
    assert r.json()["nb_demi_journees"] == 1
    just = (await client.get(f"/ScoDoc/api/absences/{e}?date_debut=2026-09-01&abs_just_only=1", headers=h)).json()
    assert just == [{"jour": "2026-10-05", "ampm": 1, "description": ""}]
    r = await client.post(
        "/ScoDoc/api/abs_annule_justif",
        headers=h,
        data={"etudid": e, "date_debut": "2026-10-05", "demi_journee": 1, "context": "malade"},
    )
    assert r.status_code == 200
    assert (await client.get(f"/ScoDoc/api/absences/{e}?date_debut=2026-09-01&abs_just_only=1", headers=h)).json() == []
    r = await client.post(
        "/ScoDoc/api/abs_annule",
        headers=h,
        data={"etudid": e, "date_debut": "2026-10-02", "date_fin": "2026-10-06", "demi_journee": 0},
    )
    assert r.json()["nb_demi_journees"] == 2
    left = (await client.get(f"/ScoDoc/api/absences/{e}?date_debut=2026-09-01", headers=h)).json()
    assert [(a["jour"], a["ampm"]) for a in left] == [("2026-10-02", 1), ("2026-10-05", 1)]


async def test_absence_errors(client, db, auth):
    w = await _w(db)
    h = await auth("secr")
    for data, word in (
        ({"etudid": w["etudid"], "date_debut": "2026-10-02", "demi_journee": 4}, "demi_journee"),
        ({"etudid": w["etudid"], "date_debut": "2026-10-09", "date_fin": "2026-10-02"}, "date_fin"),
        ({"etudid": w["etudid"], "date_debut": "2026-02-30"}, "date_debut"),
        ({"etudid": w["etudid"], "date_debut": "2031-01-06"}, "futur"),
        ({"date_debut": "2026-10-02"}, "etudid"),
    ):
        resp = await client.post("/ScoDoc/api/abs_signale", headers=h, data=data)
        assert resp.status_code == 400 and word in resp.json()["message"], resp.text
    assert (
        await client.post("/ScoDoc/api/abs_signale", headers=h, data={"etudid": 999999, "date_debut": "2026-10-02"})
    ).status_code == 404
    assert (
        await client.post(
            "/ScoDoc/api/abs_signale",
            headers=await auth("obs"),
            data={"etudid": w["etudid"], "date_debut": "2026-10-02"},
        )
    ).status_code == 403


async def test_billet_add_and_list(client, db, auth):
    w = await _w(db)
    h = await auth("secr")
    body = {"etudid": w["etudid"], "begin": "2026-10-25", "end": "2026-10-26 12:30:00", "description": "test API"}
    resp = await client.post("/ScoDoc/api/absences/billet/add", headers=h, json=body)
    assert resp.status_code == 200, resp.text
    row = resp.json()[0]
    assert row["abs_begin_str"] == "25/10/2026 matin" and row["abs_end_str"] == "26/10/2026 après-midi"
    assert row["etat_str"] == "à traiter"
    again = (await client.post("/ScoDoc/api/absences/billet/add", headers=h, json=body)).json()[0]
    assert again["billet_id"] == row["billet_id"]  # the same request twice makes one billet
    listed = (await client.get(f"/ScoDoc/api/absences/billets/etud/{w['etudid']}", headers=h)).json()
    assert listed[0]["billet_id"] == row["billet_id"] and len(listed) == 2
    bad = await client.post(
        "/ScoDoc/api/absences/billet/add", headers=h, json={**body, "begin": "2026-10-27", "end": "2026-10-26"}
    )
    assert bad.status_code == 400
    assert (await db.execute(select(User.id).where(User.user_name == "secr"))).scalar_one()
