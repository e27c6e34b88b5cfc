"""The modern ScoDoc 9.x routes: the Passerelle's sequence of calls (modern-api.md §8) on both mounts, and the
details clients break on."""

import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from jose import jwt
from PIL import Image

from scodoc_api.core.security import ALGORITHM
from tests.api.world import world_ids
from tests.conftest import basic

NON_AUTORISE = "Non autorise (logic)"


@pytest.mark.parametrize("mount", ["/ScoDoc/api", "/ScoDoc/RT/api"])
async def test_passerelle_flow(client, db, settings, mount):
    w = await world_ids(db)
    # 1. token (always on the global mount), reused while it lives
    token = (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"]
    assert (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"] == token
    h = {"Authorization": f"Bearer {token}"}
    # 2. departments: reads acronym, dept_name, visible
    deps = (await client.get(f"{mount}/departements?", headers=h)).json()
    assert "RT" in [d["acronym"] for d in deps if d["visible"]] and all("dept_name" in d for d in deps)
    # 3. the student's semesters by NIP
    sems = (await client.get(f"{mount}/formsemestres/query?nip=00000001", headers=h)).json()
    sem = next(s for s in sems if s["formsemestre_id"] == w["formsemestre_id"])
    assert sem["formation"]["acronyme"] and isinstance(sem["annee_scolaire"], int) and sem["semestre_id"] == 1
    assert sem["id"] == sem["formsemestre_id"] and sem["date_debut"] == "01/09/2026" and sem["date_debut_iso"]
    # 4. the bulletin: publie present and a boolean; photo_url gives the department
    bul = (await client.get(f"{mount}/etudiant/nip/00000001/formsemestre/{sem['id']}/bulletin/long", headers=h)).json()
    assert bul["publie"] is True
    assert bul["etudiant"]["photo_url"] == f"/ScoDoc/RT/Scolarite/get_photo_image?etudid={w['etudid']}&size=small"
    assert list(bul) == sorted(bul)
    # ... and, for a classic semester, the PDF it offers to download (long version, no signature)
    pdf = await client.get(f"{mount}/etudiant/nip/00000001/formsemestre/{sem['id']}/bulletin/long/pdf/nosig", headers=h)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-") and "attachment" in pdf.headers["content-disposition"]
    # 5. the programme: modules for a classic semester
    prog = (await client.get(f"{mount}/formsemestre/{sem['id']}/programme", headers=h)).json()
    assert prog["ressources"] == [] and prog["modules"][0]["module"]["code"] and prog["modules"][0]["id"]
    # 6. evaluation notes: floats with a decimal point, note_max
    raw = (await client.get(f"{mount}/evaluation/{w['evaluation_id']}/notes", headers=h)).text
    notes = json.loads(raw)
    numeric = [n for n in notes.values() if not isinstance(n["value"], str)]
    assert numeric and all(isinstance(n["value"], float) and n["note_max"] == 20.0 for n in numeric)
    assert '"value":' in raw and ".0" in raw
    # 7. students with etat=I, long form, with groups
    etuds = (await client.get(f"{mount}/formsemestre/{sem['id']}/etudiants/long/query?etat=I", headers=h)).json()
    assert all(e["etat"] == "I" for e in etuds) and {"nom", "prenom", "code_nip", "boursier", "date_naissance"} <= set(
        etuds[0]
    )
    assert etuds[0]["groups"][0]["partition_name"] and etuds[0]["groups"][0]["group_name"]
    # 8. the photo: an image, never HTML
    photo = await client.get(f"{mount}/etudiant/nip/00000001/photo?size=small", headers=h)
    assert photo.status_code == 200 and not photo.content.startswith(b"<")
    Image.open(io.BytesIO(photo.content))
    # and the photo_url of the bulletin really serves it
    assert (await client.get(bul["etudiant"]["photo_url"], headers=h)).status_code == 200
    # 9. the token expires: the exact 401 message, then a fresh token works
    now = datetime.now(UTC)
    uid = jwt.get_unverified_claims(token)["sub"]
    expired = jwt.encode(
        {
            "sub": uid,
            "jti": "old",
            "iat": int((now - timedelta(hours=2)).timestamp()),
            "exp": int((now - timedelta(seconds=1)).timestamp()),
        },
        settings.secret_key,
        algorithm=ALGORITHM,
    )
    resp = await client.get(f"{mount}/departements", headers={"Authorization": f"Bearer {expired}"})
    assert resp.json()["message"] == NON_AUTORISE
    await client.delete("/ScoDoc/api/tokens", headers=h)  # forces a new token, as after expiry
    fresh = (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"]
    assert fresh != token
    assert (await client.get(f"{mount}/departements", headers={"Authorization": f"Bearer {fresh}"})).status_code == 200


async def test_nip_shared_by_two_departments(client, db, auth):
    w = await world_ids(db)
    h = await auth("admin")
    both = (await client.get("/ScoDoc/api/etudiants/nip/00000001", headers=h)).json()
    assert {e["dept_acronym"] for e in both} == {"RT", "GEII"}
    one = (await client.get("/ScoDoc/RT/api/etudiant/nip/00000001", headers=h)).json()
    assert one["dept_acronym"] == "RT" and one["id"] == w["etudid"]
    geii = (await client.get("/ScoDoc/GEII/api/etudiant/nip/00000001", headers=h)).json()
    assert geii["id"] == w["geii_etudid"]
    sems = (await client.get("/ScoDoc/api/formsemestres/query?nip=00000001", headers=h)).json()
    assert {s["dept_id"] for s in sems} == {w["rt"], w["geii"]}
    assert [
        s["dept_id"] for s in (await client.get("/ScoDoc/RT/api/formsemestres/query?nip=00000001", headers=h)).json()
    ] == [w["rt"]]


async def test_json_body_without_content_type_and_booleans(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    body = json.dumps({"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": 9}).encode()
    resp = await client.post(
        "/ScoDoc/api/eval_set_notes", headers={**h, "Content-Type": "application/x-www-form-urlencoded"}, content=body
    )
    assert resp.status_code == 200, resp.text  # a JSON body labelled as a form, as PHP's curl sends it
    resp = await client.post("/ScoDoc/api/eval_set_notes", headers=h, content=body)
    assert resp.status_code == 200
    assert (
        await client.get(f"/ScoDoc/api/groups?formsemestre_id={w['formsemestre_id']}&with_codes=1", headers=h)
    ).status_code == 200
    assert (
        await client.get(f"/ScoDoc/api/groups?formsemestre_id={w['formsemestre_id']}&with_codes=true", headers=h)
    ).status_code == 200


async def test_empty_collections_and_singular_404(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    assert (await client.get(f"/ScoDoc/api/formsemestre/{w['empty_sem']}/etudiants", headers=h)).json() == []
    assert (await client.get("/ScoDoc/api/etudiants/nip/nope", headers=h)).json() == []
    resp = await client.get("/ScoDoc/api/etudiant/nip/nope", headers=h)
    assert resp.status_code == 404 and resp.json()["error"] == "Not Found"
    assert (await client.get("/ScoDoc/api/departement/NOPE", headers=h)).status_code == 404
    assert (await client.get("/ScoDoc/api/evaluation/999999/notes", headers=h)).status_code == 404
    # a classic formation has no competence framework: null; an unknown or foreign formation: 404
    ref = await client.get(f"/ScoDoc/api/formation/{w['formation_id']}/referentiel_competences", headers=h)
    assert ref.status_code == 200 and ref.json() is None
    assert (await client.get("/ScoDoc/api/formation/999999/referentiel_competences", headers=h)).status_code == 404
    assert (
        await client.get(f"/ScoDoc/RT/api/formation/{w['geii_formation']}/referentiel_competences", headers=h)
    ).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/departements",
        "/departements_ids",
        "/departement/RT",
        "/departement/RT/etudiants",
        "/departement/RT/formsemestres_courants",
        "/departement/RT/formsemestres_ids",
        "/etudiants/courants",
        "/etudiants/courants/long",
        "/formsemestre/{formsemestre_id}/partitions",
        "/formsemestre/{formsemestre_id}/resultats",
        "/formsemestre/{formsemestre_id}/decisions_jury",
        "/group/{group_id}/etudiants",
        "/formations",
        "/formations_ids",
        "/moduleimpl/{moduleimpl_id}/evaluations",
        "/evaluation/{evaluation_id}",
        "/formation/{formation_id}/export",
    ],
)
async def test_modern_routes_answer_sorted_json(client, db, auth, path):
    w = await world_ids(db)
    resp = await client.get("/ScoDoc/api" + path.format(**w), headers=await auth("chef"))
    assert resp.status_code == 200, resp.text
    data = resp.json()

    def sorted_keys(v):
        if isinstance(v, dict):
            return list(v) == sorted(v) and all(sorted_keys(x) for x in v.values())
        if isinstance(v, list):
            return all(sorted_keys(x) for x in v)
        return True

    assert sorted_keys(data)
    # the real answer validates against the route's response model (the contract)
    from fastapi.routing import APIRoute
    from pydantic import TypeAdapter

    from scodoc_api.api.routes import API_ROUTERS

    concrete = path.format(**w).split("?")[0]
    route = next(
        r
        for router in API_ROUTERS
        for r in router.routes
        if isinstance(r, APIRoute) and "GET" in r.methods and r.path_regex.match(concrete)
    )
    TypeAdapter(route.response_model).validate_python(data)


async def test_partitions_map_and_resultats(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    parts = (await client.get(f"/ScoDoc/api/formsemestre/{w['formsemestre_id']}/partitions", headers=h)).json()
    td = parts[str(w["partition_td"])]
    assert td["partition_name"] == "TD" and str(w["group_id"]) in td["groups"]
    rows = (await client.get(f"/ScoDoc/api/formsemestre/{w['formsemestre_id']}/resultats", headers=h)).json()
    mine = next(r for r in rows if r["etudid"] == w["etudid"])
    bul = (await client.get(f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}", headers=h)).json()
    assert mine["moy_gen"] == bul["note"]["value"] and mine[f"part_{w['partition_td']}"] == "A"
    # ScoDoc's identity columns, which dashboards read
    etud = (await client.get(f"/ScoDoc/api/etudiant/etudid/{w['etudid']}", headers=h)).json()
    assert mine["code_nip"] == etud["code_nip"] == "00000001"
    assert mine["civilite_str"] in ("M.", "Mme") and mine["etat"] == "I"
    assert mine["nom_short"] == f"{etud['nom']} {etud['prenom'][:2].capitalize()}."
    assert mine["nom_disp"] == etud["nom"] and mine["prenom"] == etud["prenom"]


async def test_users(client, db, auth):
    h = await auth("chef")
    users = (await client.get("/ScoDoc/api/users/query?active=1", headers=h)).json()
    assert "ens" in {u["user_name"] for u in users} and "ens_geii" not in {u["user_name"] for u in users}
    ens = next(u for u in users if u["user_name"] == "ens")
    assert (await client.get(f"/ScoDoc/api/user/{ens['id']}", headers=h)).json()["roles_string"] == "Ens_RT"
    assert (await client.get("/ScoDoc/api/users/query", headers=await auth("obs"))).status_code == 403


async def test_group_and_partition_editing(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    g = (
        await client.post(
            f"/ScoDoc/api/partition/{w['partition_td']}/group/create",
            headers=h,
            content=json.dumps({"group_name": "Z"}).encode(),
        )
    ).json()
    assert isinstance(g, dict), g
    assert g["group_name"] == "Z"
    assert (
        await client.post(
            f"/ScoDoc/api/partition/{w['partition_td']}/group/create", headers=h, json={"group_name": "Z"}
        )
    ).status_code == 400
    assert (await client.post(f"/ScoDoc/api/group/{g['id']}/set_etudiant/{w['etudid']}", headers=h)).status_code == 200
    groups = (
        await client.get(
            f"/ScoDoc/api/etudiant/etudid/{w['etudid']}/formsemestre/{w['formsemestre_id']}/groups", headers=h
        )
    ).json()
    assert "Z" in [x["group_name"] for x in groups] and "A" not in [x["group_name"] for x in groups]
    assert (await client.post(f"/ScoDoc/api/group/{g['id']}/edit", headers=h, json={"group_name": "Z2"})).json()[
        "group_name"
    ] == "Z2"
    members = (await client.get(f"/ScoDoc/api/group/{g['id']}/etudiants", headers=h)).json()
    assert [m["etudid"] for m in members] == [w["etudid"]]
    assert (
        await client.post(f"/ScoDoc/api/group/{g['id']}/remove_etudiant/{w['etudid']}", headers=h)
    ).status_code == 200
    assert (await client.get(f"/ScoDoc/api/group/{g['id']}/etudiants", headers=h)).json() == []
    assert (await client.post(f"/ScoDoc/api/group/{g['id']}/delete", headers=h)).json() == {"OK": True}
    p = (
        await client.post(
            f"/ScoDoc/api/formsemestre/{w['formsemestre_id']}/partition/create",
            headers=h,
            json={"partition_name": "Langues"},
        )
    ).json()
    assert p["partition_name"] == "Langues"
    assert (
        await client.post(f"/ScoDoc/api/partition/{p['id']}/edit", headers=h, json={"partition_name": "LV"})
    ).json()["partition_name"] == "LV"
    assert (await client.post(f"/ScoDoc/api/partition/{p['id']}/delete", headers=h)).json() == {"OK": True}
    assert (
        await client.post(
            f"/ScoDoc/api/partition/{w['partition_td']}/group/create",
            headers=await auth("secr"),
            json={"group_name": "Y"},
        )
    ).status_code == 403


async def test_notes_set_and_name_search(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    resp = await client.post(
        f"/ScoDoc/api/evaluation/{w['evaluation_id']}/notes/set",
        headers=h,
        content=json.dumps({"notes": [[w["etudid"], 17.25]], "comment": "API"}).encode(),
    )
    assert resp.status_code == 200 and resp.json()["nbchanged"] == 1
    notes = (await client.get(f"/ScoDoc/api/evaluation/{w['evaluation_id']}/notes", headers=h)).json()
    assert notes[str(w["etudid"])]["value"] == 17.25 and notes[str(w["etudid"])]["comment"] == "API"
    bad = await client.post(
        f"/ScoDoc/api/evaluation/{w['evaluation_id']}/notes/set", headers=h, json={"notes": [[w["etudid"], 42]]}
    )
    assert bad.status_code == 400
    for comment in ({}, "x" * 1025):  # found by fuzzing: an object reached the database (500)
        body = {"notes": [[w["etudid"], 12]], "comment": comment}
        bad = await client.post(f"/ScoDoc/api/evaluation/{w['evaluation_id']}/notes/set", headers=h, json=body)
        assert bad.status_code == 400 and "comment" in bad.json()["message"]
    found = (await client.get("/ScoDoc/api/etudiants/name/sEu", headers=h)).json()
    assert [e["etudid"] for e in found] == [w["nogrp"]]
    assert (await client.get("/ScoDoc/api/etudiants/name/S", headers=h)).json() == []


async def test_current_semesters_follow_an_injected_date(client, db, auth):
    """ "Current" is computed against a given day, never the wall clock: the test world's semester runs from
    2026-09-01 to 2027-01-31 (and an empty S2 after it)."""
    from datetime import date

    from scodoc_api.core.permissions import Access
    from scodoc_api.services import etud as svc
    from scodoc_api.services.auth import grants_principal

    w = await world_ids(db)
    h = await auth("chef")
    url = "/ScoDoc/api/departement/RT/formsemestres_courants?date_courante={}"
    during = (await client.get(url.format("2026-10-15"), headers=h)).json()
    assert w["formsemestre_id"] in {s["id"] for s in during}
    assert (await client.get(url.format("2031-06-15"), headers=h)).json() == []
    access = Access(await grants_principal(db, (await auth_uid(db, "chef"))))
    inside = await svc.etudiants_courants(db, access, long=False, today=date(2026, 10, 15))
    assert w["etudid"] in {e["id"] for e in inside}
    assert await svc.etudiants_courants(db, access, long=False, today=date(2031, 6, 15)) == []


async def auth_uid(db, login: str) -> int:
    from sqlalchemy import select

    from scodoc_api.models import User

    return (await db.execute(select(User.id).where(User.user_name == login))).scalar_one()


async def test_list_depts_of_scodoc_90s_example_script(client, auth, db):
    """legacy.md §7.2: POST tokens, then GET list_depts with the token: the visible departments."""
    from sqlalchemy import update

    from scodoc_api.models import Departement

    await db.execute(update(Departement).where(Departement.acronym == "GEII").values(visible=False))
    await db.commit()
    headers = await auth("admin")
    for mount in ("/ScoDoc/api", "/ScoDoc/RT/api"):
        resp = await client.get(f"{mount}/list_depts", headers=headers)
        assert resp.status_code == 200
        rows = resp.json()
        assert [d["acronym"] for d in rows] == ["RT"]
        assert {"id", "acronym", "description", "visible", "date_creation"} <= set(rows[0])
    assert (await client.get("/ScoDoc/api/list_depts")).status_code == 401
