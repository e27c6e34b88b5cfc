"""Assiduités routes (modern-api.md §5.7), as a 9.6 portal calls them."""

import re

import orjson

BASE = "/ScoDoc/api"
ISO_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def php_body(data) -> dict:
    """What PHP's curl sends: a JSON string with no Content-Type of its own (a form, for the server)."""
    return {"content": orjson.dumps(data), "headers": {"Content-Type": "application/x-www-form-urlencoded"}}


def at(day, hhmm: str) -> str:
    return f"{day.isoformat()}T{hhmm}:00"


async def create(client, h, w, items, mount=BASE):
    body = php_body(items)
    resp = await client.post(
        f"{mount}/assiduite/nip/{w['nip']}/create", headers={**h, **body["headers"]}, content=body["content"]
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_portal_flow_on_the_department_mount(client, w, h):
    """Create with a form-labelled JSON body on /ScoDoc/RT/api, list, count with split, edit, delete."""
    day = w["monday"]
    items = [
        {
            "date_debut": at(day, "08:00"),
            "date_fin": at(day, "10:00"),
            "etat": "absent",
            "moduleimpl_id": w["moduleimpl_id"],
            "external_data": {"enseignant": "J. Dupont"},
        },
        {"date_debut": at(day, "14:00"), "date_fin": at(day, "15:00"), "etat": "Retard"},
    ]
    count_url = f"{BASE}/assiduites/nip/{w['nip']}/count/query"
    count_params = {"split": "1", "formsemestre_id": w["formsemestre_id"], "metric": "demi"}
    before = (await client.get(count_url, params=count_params, headers=h)).json()
    made = await create(client, h, w, items, mount="/ScoDoc/RT/api")
    assert made["errors"] == [] and [s["indice"] for s in made["success"]] == [0, 1]
    ids = [s["message"]["assiduite_id"] for s in made["success"]]
    listed = (
        await client.get(f"{BASE}/assiduites/nip/{w['nip']}/query?formsemestre_id={w['formsemestre_id']}", headers=h)
    ).json()
    mine = [a for a in listed if a["assiduite_id"] in ids]
    assert [a["etat"] for a in mine] == ["ABSENT", "RETARD"]
    first = mine[0]
    assert set(first) == {
        "assiduite_id",
        "etudid",
        "moduleimpl_id",
        "date_debut",
        "date_fin",
        "etat",
        "desc",
        "entry_date",
        "user_id",
        "user_name",
        "user_nom_complet",
        "est_just",
        "external_data",
    }
    assert first["date_debut"].startswith(at(day, "08:00")) and ISO_OFFSET.match(first["date_debut"])
    assert ISO_OFFSET.match(first["entry_date"]) and not first["date_fin"].endswith("Z")
    assert first["user_name"] == "chef" and first["user_nom_complet"] == "Claire DUPUIS"
    assert first["external_data"] == {"enseignant": "J. Dupont"} and first["est_just"] is False
    count = (await client.get(count_url, params=count_params, headers=h)).json()
    assert count["absent"]["non_justifie"]["demi"] == before["absent"]["non_justifie"]["demi"] + 1
    assert count["absent"]["justifie"] == before["absent"]["justifie"] and set(count["total"]) == {"demi"}
    assert count["retard"]["demi"] == before["retard"]["demi"] + 1
    assert set(count) == {"absent", "retard", "present", "total"}
    edited = await client.post(f"{BASE}/assiduite/{ids[0]}/edit", headers=h, content=b'{"etat": "retard"}')
    assert edited.json() == {"OK": True}
    assert (await client.get(f"{BASE}/assiduite/{ids[0]}", headers=h)).json()["etat"] == "RETARD"
    gone = await client.post(f"{BASE}/assiduite/delete", headers=h, content=orjson.dumps([ids[0], 999999]))
    assert gone.json() == {
        "errors": [{"indice": 1, "message": "Assiduite non existante"}],
        "success": [{"indice": 0, "message": "OK"}],
    }
    assert (await client.get(f"{BASE}/assiduite/{ids[0]}", headers=h)).status_code == 404


async def test_counts_split_every_metric(client, w, h):
    """Two absences (one justified by a valid justificatif), one day of presence: each metric at each level."""
    day = w["monday"]
    await create(
        client,
        h,
        w,
        [
            {"date_debut": at(day, "08:00"), "date_fin": at(day, "10:00"), "etat": "ABSENT"},
            {"date_debut": at(day, "14:00"), "date_fin": at(day, "18:00"), "etat": "absent"},
            {"date_debut": at(day, "10:00"), "date_fin": at(day, "12:00"), "etat": "present"},
        ],
    )
    just = await client.post(
        f"{BASE}/justificatif/nip/{w['nip']}/create",
        headers=h,
        json=[{"etat": "valide", "date_debut": at(day, "13:00"), "date_fin": at(day, "18:30"), "raison": "rdv"}],
    )
    assert just.json()["errors"] == []
    that_day = f"date_debut={day}&date_fin={day}"
    got = (await client.get(f"{BASE}/assiduites/nip/{w['nip']}/count/query?split=1&{that_day}", headers=h)).json()
    assert got["absent"] == {
        "compte": 2,
        "demi": 2,
        "heure": 6.0,
        "journee": 1,
        "justifie": {"compte": 1, "demi": 1, "heure": 4.0, "journee": 1},
        "non_justifie": {"compte": 1, "demi": 1, "heure": 2.0, "journee": 1},
    }
    assert got["present"]["compte"] == 1 and got["present"]["heure"] == 2.0
    assert got["total"] == {"compte": 3, "demi": 2, "heure": 8.0, "journee": 1}
    plain_url = f"{BASE}/assiduites/nip/{w['nip']}/count?metric=compte,heure&{that_day}"
    plain = (await client.get(plain_url, headers=h)).json()
    assert plain == {"compte": 3, "heure": 8.0}
    listed_url = f"{BASE}/assiduites/nip/{w['nip']}?with_justifs=1&etat=absent&{that_day}"
    listed = (await client.get(listed_url, headers=h)).json()
    assert [a["est_just"] for a in listed] == [False, True]
    assert [len(a["justificatifs"]) for a in listed] == [0, 1] and listed[1]["justificatifs"][0]["etat"] == "VALIDE"


async def test_half_day_routes_and_new_routes_count_the_same(client, w, h):
    """Absences entered by abs_signale are 9.6 records; records entered by the 9.6 route are half-days."""
    day = w["monday"]
    e = w["etudid"]
    signal = {"etudid": e, "date_debut": day.isoformat(), "demi_journee": 2, "estjust": 0}
    assert (await client.post(f"{BASE}/abs_signale", headers=h, data=signal)).json()["nb_ajoutees"] == 2
    tuesday = day.replace(day=day.day + 1) if day.day < 27 else day
    await create(
        client, h, w, [{"date_debut": at(tuesday, "09:00"), "date_fin": at(tuesday, "11:00"), "etat": "absent"}]
    )
    justify = {"etudid": e, "date_debut": day.isoformat(), "demi_journee": 1}
    assert (await client.post(f"{BASE}/abs_justifie", headers=h, data=justify)).status_code == 200
    since = f"date_debut={day}"
    counts = (
        await client.get(f"{BASE}/assiduites/etudid/{e}/count/query?split=1&metric=demi&{since}", headers=h)
    ).json()
    group = (
        await client.get(
            f"{BASE}/abs_group_etat",
            params={"group_ids": w["group_id"], "date_debut": day.isoformat(), "date_fin": "2099-01-01"},
            headers=h,
        )
    ).json()
    row = next(r for r in group if r["etudid"] == e)
    assert row["nbabs"] == counts["absent"]["demi"] == 3
    assert row["nbabsjust"] == counts["absent"]["justifie"]["demi"] == 1
    assert row["nbabsnonjust"] == counts["absent"]["non_justifie"]["demi"] == 2
    listed = (await client.get(f"{BASE}/assiduites/etudid/{e}", headers=h)).json()
    morning = next(a for a in listed if a["date_debut"].startswith(at(day, "08:00")))
    assert morning["date_fin"].startswith(at(day, "12:00")) and morning["est_just"] is True
    assert any(
        a["date_debut"].startswith(at(day, "14:00")) and a["date_fin"].startswith(at(day, "18:00")) for a in listed
    )
    cancel = {"etudid": e, "date_debut": day.isoformat(), "demi_journee": 2}
    assert (await client.post(f"{BASE}/abs_annule", headers=h, data=cancel)).json()["nb_supprimees"] == 2
    after = (await client.get(f"{BASE}/assiduites/etudid/{e}/count/query?etat=absent&{since}", headers=h)).json()
    assert after["compte"] == 1 and after["demi"] == 1


async def test_refusals_item_by_item(client, w, h):
    day = w["monday"]
    made = await create(
        client,
        h,
        w,
        [
            {"date_debut": at(day, "08:00"), "date_fin": at(day, "10:00"), "etat": "absent"},
            {"date_debut": at(day, "09:00"), "date_fin": at(day, "11:00"), "etat": "absent"},
            {"date_debut": at(day, "11:00"), "date_fin": at(day, "10:00"), "etat": "absent"},
            {"date_debut": at(day, "12:00"), "date_fin": at(day, "13:00"), "etat": "malade"},
            {"date_debut": "31/12/2026", "date_fin": at(day, "13:00"), "etat": "absent"},
            {
                "date_debut": at(day, "16:00"),
                "date_fin": at(day, "17:00"),
                "etat": "absent",
                "moduleimpl_id": w["geii_moduleimpl"],
            },
            "not an object",
        ],
    )
    assert [s["indice"] for s in made["success"]] == [0]
    errors = {e["indice"]: e["message"] for e in made["errors"]}
    assert set(errors) == {1, 2, 3, 4, 5, 6}
    assert "Duplication" in errors[1] and "date_fin" in errors[2] and "etat" in errors[3]
    assert "date_debut" in errors[4] and "moduleimpl" in errors[5]
    listed = (await client.get(f"{BASE}/assiduites/nip/{w['nip']}", headers=h)).json()
    assert len([a for a in listed if a["date_debut"].startswith(day.isoformat())]) == 1  # nothing else written


async def test_bad_bodies_and_unknown_objects(client, w, h):
    url = f"{BASE}/assiduite/nip/{w['nip']}/create"
    not_json = await client.post(url, headers=h, content=b"[{oops")
    assert not_json.status_code == 400 and not_json.json()["status"] == 400
    not_array = await client.post(url, headers=h, json={"etat": "absent"})
    assert not_array.status_code == 400 and "liste" in not_array.json()["message"]
    assert (await client.post(f"{BASE}/assiduite/delete", headers=h, json={"a": 1})).status_code == 400
    assert (await client.post(f"{BASE}/assiduite/999999/edit", headers=h, json={"etat": "absent"})).status_code == 404
    assert (await client.get(f"{BASE}/assiduites/nip/nobody", headers=h)).status_code == 404
    assert (await client.get(f"{BASE}/assiduites/nip/{w['nip']}/query?etat=malade", headers=h)).status_code == 400
    assert (await client.get(f"{BASE}/assiduites/nip/{w['nip']}/count?metric=jours", headers=h)).status_code == 400
    assert (await client.get(f"{BASE}/assiduites/formsemestre/999999", headers=h)).status_code == 404
    ancient = await client.get(f"{BASE}/assiduites/nip/{w['nip']}/query?date_debut=0001-01-01T00:00", headers=h)
    assert ancient.status_code == 400 and "année" in ancient.json()["message"]
    assert (await client.get(f"{BASE}/assiduites/nip/{w['nip']}?format=xml", headers=h)).status_code == 406
    none = await client.get(
        f"{BASE}/assiduites/nip/{w['nip']}/query?date_debut=2001-01-01&date_fin=2001-01-02", headers=h
    )
    assert none.status_code == 200 and none.json() == []


async def test_permissions(client, w, h, auth):
    day = w["monday"]
    item = [{"date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "absent"}]
    obs = await client.post(f"{BASE}/assiduite/nip/{w['nip']}/create", headers=await auth("obs"), json=item)
    assert obs.status_code == 403
    # a student of another department is unknown on this department's mount
    other = await client.get(f"/ScoDoc/RT/api/assiduites/etudid/{w['geii_etudid']}", headers=h)
    assert other.status_code == 404
    ens = await client.post(f"{BASE}/assiduite/nip/{w['nip']}/create", headers=await auth("ens"), json=item)
    assert ens.status_code == 200 and ens.json()["errors"] == []


async def test_semester_and_group_listings(client, w, h):
    day = w["monday"]
    await create(client, h, w, [{"date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "absent"}])
    sem = (await client.get(f"{BASE}/assiduites/formsemestre/{w['formsemestre_id']}?with_justifs=1", headers=h)).json()
    mine = [a for a in sem if a["etudid"] == w["etudid"]]
    assert mine and mine[0]["code_nip"] == w["nip"] and mine[0]["justificatifs"] == []
    count_url = f"{BASE}/assiduites/formsemestre/{w['formsemestre_id']}/count"
    count = (await client.get(count_url, headers=h)).json()
    assert count["compte"] == len(sem)
    grouped = (
        await client.get(f"{BASE}/assiduites/group/query", params={"etudids": f"{w['etudid']},{w['nogrp']}"}, headers=h)
    ).json()
    assert set(grouped) == {str(w["etudid"]), str(w["nogrp"])}
    assert len(grouped[str(w["etudid"])]) == len(mine)
    # a write renews the semester's count (the workers keep counts by results version)
    await create(client, h, w, [{"date_debut": at(day, "10:00"), "date_fin": at(day, "11:00"), "etat": "retard"}])
    assert (await client.get(count_url, headers=h)).json()["compte"] == len(sem) + 1


async def test_writes_are_audited_and_renew_results(client, db, w, h):
    from scodoc_api.models import FormSemestre
    from scodoc_api.repositories.attendance import history

    before = (await db.get(FormSemestre, w["formsemestre_id"])).results_version
    day = w["monday"]
    made = await create(
        client, h, w, [{"date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "absent"}]
    )
    db.expire_all()
    assert (await db.get(FormSemestre, w["formsemestre_id"])).results_version != before
    logged = await history(db, w["etudid"])
    aid = made["success"][0]["message"]["assiduite_id"]
    assert any(e.method == "AddAssiduite" and str(aid) in e.msg and e.authenticated_user == "chef" for e in logged)


async def test_the_other_routes(client, w, h, settings):
    """Batch create and edit for several students, by etudid, the covering justificatifs, one justificatif,
    and file removal."""
    day = w["monday"]
    batch = [
        {"etudid": w["etudid"], "date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "absent"},
        {"etudid": w["nogrp"], "date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "retard"},
        {"etudid": 999999, "date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "absent"},
        {"date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "absent"},
    ]
    made = (await client.post(f"{BASE}/assiduites/create", headers=h, json=batch)).json()
    assert [s["indice"] for s in made["success"]] == [0, 1] and [e["indice"] for e in made["errors"]] == [2, 3]
    ids = [s["message"]["assiduite_id"] for s in made["success"]]
    edits = [{"assiduite_id": ids[0], "desc": "bus en retard"}, {"assiduite_id": 999999, "etat": "absent"}]
    edited = (await client.post(f"{BASE}/assiduites/edit", headers=h, json=edits)).json()
    assert edited["success"] == [{"indice": 0, "message": "OK"}] and edited["errors"][0]["indice"] == 1
    by_id = (await client.get(f"{BASE}/assiduites/{w['etudid']}?date_debut={day}&date_fin={day}", headers=h)).json()
    assert [(a["assiduite_id"], a["desc"]) for a in by_id] == [(ids[0], "bus en retard")]
    just = await client.post(
        f"{BASE}/justificatif/etudid/{w['etudid']}/create",
        headers=h,
        json=[{"etat": "VALIDE", "date_debut": at(day, "07:00"), "date_fin": at(day, "12:00")}],
    )
    jid = just.json()["success"][0]["message"]["justif_id"]
    assert (await client.get(f"{BASE}/assiduite/{ids[0]}/justificatifs", headers=h)).json() == [jid]
    long = (await client.get(f"{BASE}/assiduite/{ids[0]}/justificatifs/long", headers=h)).json()
    one = (await client.get(f"{BASE}/justificatif/{jid}", headers=h)).json()
    assert long == [one] and one["etat"] == "VALIDE" and one["user_name"] == "chef" and one["fichier"] is None
    pdf = {"files": ("a.pdf", b"%PDF-1.4 a")}
    assert (await client.post(f"{BASE}/justificatif/{jid}/import", headers=h, files=pdf)).status_code == 200
    removed = await client.post(f"{BASE}/justificatif/{jid}/remove", headers=h, json={"remove": "all"})
    assert removed.json() == {"response": "removed", "total": 1}
    assert (await client.get(f"{BASE}/justificatif/{jid}/list", headers=h)).json() == {"filenames": [], "total": 0}
    assert list(__import__("pathlib").Path(settings.justif_dir).iterdir()) == []
    bad = await client.post(f"{BASE}/justificatif/{jid}/remove", headers=h, json={"remove": "some"})
    assert bad.status_code == 400


async def test_out_of_sight_records_read_as_missing_in_batches(client, w, h, auth):
    """Deleting another department's record is the same error item as a missing one: no existence oracle."""
    day = w["monday"]
    made = await create(
        client, h, w, [{"date_debut": at(day, "08:00"), "date_fin": at(day, "09:00"), "etat": "absent"}]
    )
    aid = made["success"][0]["message"]["assiduite_id"]
    other = await client.post(f"{BASE}/assiduite/delete", headers=await auth("ens_geii"), json=[aid, 999999])
    assert other.json() == {
        "errors": [
            {"indice": 0, "message": "Assiduite non existante"},
            {"indice": 1, "message": "Assiduite non existante"},
        ],
        "success": [],
    }
    assert (await client.get(f"{BASE}/assiduite/{aid}", headers=h)).status_code == 200
