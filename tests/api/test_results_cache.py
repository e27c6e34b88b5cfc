"""The results cache: computed once per results version, never stale after a write bumps the version."""

from sqlalchemy import select, update

from scodoc_api.models import Evaluation, FormSemestre, ModuleImpl, Note
from scodoc_api.services import results
from scodoc_api.services.results import invalidate
from tests.api.world import world_ids


async def test_cache_hit_then_invalidation(app, client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    url = f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}"
    first = (await client.get(url, headers=h)).json()
    c1 = await results.get_results(db, w["formsemestre_id"], cache=app.state.results_cache)
    c2 = await results.get_results(db, w["formsemestre_id"], cache=app.state.results_cache)
    assert c1 is c2  # cached
    # change every note of the student in one evaluation, then bump the version as writes do
    ev = (await db.execute(select(Evaluation.id).where(Evaluation.moduleimpl_id == w["moduleimpl_id"]))).scalars().all()
    await db.execute(update(Note).where(Note.etudid == w["etudid"], Note.evaluation_id.in_(ev)).values(value=20.0))
    stale = (await client.get(url, headers=h)).json()
    assert stale["ue"][0]["module"][0]["note"]["value"] == first["ue"][0]["module"][0]["note"]["value"]
    await invalidate(db, [w["formsemestre_id"]])
    await db.commit()
    fresh = (await client.get(url, headers=h)).json()
    assert fresh["ue"][0]["module"][0]["note"]["value"] == "20.00"
    assert (await results.get_results(db, w["formsemestre_id"], cache=app.state.results_cache)) is not c1


def _without_dates(bulletins: list[dict]) -> list[dict]:
    return [{k: v for k, v in b.items() if k != "date"} for b in bulletins]


async def test_notes_write_reloads_only_those_notes_and_equals_a_full_computation(app, client, connection, db, auth):
    from tests.api.test_query_counts import QueryCounter

    w = await world_ids(db)
    h = await auth("chef")
    sem = w["formsemestre_id"]
    evs = (
        (
            await db.execute(
                select(Evaluation.id).join(ModuleImpl).where(ModuleImpl.formsemestre_id == sem).order_by(Evaluation.id)
            )
        )
        .scalars()
        .all()
    )
    students = (await db.execute(select(Note.etudid).where(Note.evaluation_id == evs[0]))).scalars().all()
    all_url = f"/ScoDoc/api/formsemestre/{sem}/bulletins"
    one_url = f"/ScoDoc/api/etud/{w['etudid']}/bul/{sem}"
    app.state.results_cache.data.clear()
    assert (await client.get(all_url, headers=h)).status_code == 200  # results and extras cached
    with QueryCounter(connection) as full:
        app.state.results_cache.data.clear()
        assert (await client.get(one_url, headers=h)).status_code == 200
    # notes-only writes: a batch with ABS, EXC and a deletion, then a second evaluation
    batch = [
        {"etudid": students[0], "note": "ABS"},
        {"etudid": students[1], "note": "EXC"},
        {"etudid": students[2], "note": "SUPR"},
        {"etudid": students[3], "note": 3.25},
    ]
    for ev, notes in ((evs[0], batch), (evs[-1], [{"etudid": w["etudid"], "note": 19.5}])):
        resp = await client.post("/ScoDoc/api/eval_set_notes", headers=h, json={"eval_id": ev, "notes": notes})
        assert resp.status_code == 200 and resp.json()["nbchanged"] >= 1, resp.text
        with QueryCounter(connection) as incremental:
            after = await client.get(one_url, headers=h)
        assert after.status_code == 200
        # auth, target check, version and delta, the notes of one evaluation (not the ~20 queries of a full load)
        assert len(incremental.queries) == 4 < len(full.queries), incremental.queries
    updated = _without_dates((await client.get(all_url, headers=h)).json())
    app.state.results_cache.data.clear()
    recomputed = _without_dates((await client.get(all_url, headers=h)).json())
    assert updated == recomputed
    assert any(
        ev_["note"] == "19.50"
        for ue in next(b for b in updated if b["etudid"] == w["etudid"])["ue"]
        for m in ue["module"]
        for ev_ in m["evaluation"]
    )


async def test_other_writes_and_missed_versions_reload_everything(app, client, connection, db, auth):
    from tests.api.test_query_counts import QueryCounter

    w = await world_ids(db)
    h = await auth("chef")
    sem = w["formsemestre_id"]
    url = f"/ScoDoc/api/etud/{w['etudid']}/bul/{sem}"
    app.state.results_cache.data.clear()
    await client.get(url, headers=h)
    with QueryCounter(connection) as full:
        app.state.results_cache.data.clear()
        await client.get(url, headers=h)
    # two notes writes in a row: this process holds neither intermediate version -> full reload
    for note in (11, 12):
        await client.post(
            "/ScoDoc/api/eval_set_notes",
            headers=h,
            json={"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": note},
        )
    with QueryCounter(connection) as missed:
        await client.get(url, headers=h)
    # this process holds the results of before the first write; the semester records only the second one,
    # so nothing bridges the gap: a full load (plus the look at the recorded delta)
    assert len(missed.queries) == len(full.queries) + 1, (missed.queries, full.queries)
    # a write of another kind (absences) records no delta -> full reload
    await invalidate(db, [sem])
    await db.commit()
    row = (
        await db.execute(
            select(FormSemestre.results_prev_version, FormSemestre.results_delta).where(FormSemestre.id == sem)
        )
    ).first()
    assert row == (None, None)


async def test_warm_bulletin_is_one_statement_and_still_checks_each_caller(app, client, connection, db, auth):
    from tests.api.test_query_counts import QueryCounter

    w = await world_ids(db)
    url = f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}"
    h = await auth("chef")
    first = await client.get(url, headers=h)
    assert first.status_code == 200
    with QueryCounter(connection) as warm:
        again = await client.get(url, headers=h)
    # the caller's grants and the semester's results version, in one round trip; the rest is cached
    assert again.status_code == 200 and len(warm.queries) == 1, warm.queries
    assert again.json()["note"] == first.json()["note"]
    # another department's user meets the same cached facts and is still refused
    refused = await client.get(url, headers=await auth("ens_geii"))
    assert refused.status_code == 404 and refused.json()["message"] == "étudiant ou semestre inconnu"
    # a new version (any write) is seen at once
    await invalidate(db, [w["formsemestre_id"]])
    await db.commit()
    with QueryCounter(connection) as after_write:
        assert (await client.get(url, headers=h)).status_code == 200
    assert len(after_write.queries) > 1
