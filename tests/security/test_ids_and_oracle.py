"""Findings 13 and 16: ids beyond the database's integer range are unknown ids (404), never a 500; and a 404
reads the same whether the object does not exist or belongs to a department the caller cannot see."""

import pytest

from tests.api.world import world_ids

HUGE = [2**31, 2**63, -(2**40)]


@pytest.mark.parametrize("value", HUGE)
async def test_out_of_range_ids_are_unknown(client, admin_headers, value):
    api = "/ScoDoc/api"
    paths = [
        f"{api}/etud/{value}",
        f"{api}/formsemestre/{value}",
        f"{api}/etud/{value}/bul/{value}",
        f"{api}/etudiant/etudid/{value}",
        f"{api}/etudiant/etudid/{value}/formsemestres",
        f"{api}/formsemestre/{value}/resultats",
        f"{api}/group/{value}/etudiants",
        f"{api}/user/{value}",
        f"{api}/evaluations/{value}",
        f"{api}/eval_notes/{value}",
        f"{api}/moduleimpl/{value}",
        f"{api}/formation/{value}",
        f"{api}/partition/{value}",
        f"{api}/departement/id/{value}",
        f"{api}/groups?formsemestre_id={value}",
        f"{api}/absences/{value}",
        f"/ScoDoc/RT/api/etud/{value}",
        f"/ScoDoc/RT/Scolarite/etud_info?__ac_name=chef&__ac_password=chef&etudid={value}",
        f"/ScoDoc/RT/Scolarite/get_photo_image?etudid={value}",
    ]
    for path in paths:
        resp = await client.get(path, headers=admin_headers)
        if "Scolarite/etud_info" in path:  # ScoDoc 7 answers an unknown student with an error attribute
            assert resp.status_code == 200 and b'error="code etudiant inconnu"' in resp.content, resp.text
            continue
        assert resp.status_code == 404, (path, resp.status_code, resp.text)
        assert resp.json()["status"] == 404
    writes = [
        ("/ScoDoc/api/abs_signale", {"etudid": value, "date_debut": "2026-10-05"}),
        ("/ScoDoc/api/eval_set_notes", {"eval_id": value, "etudid": 1, "note": 10}),
        (f"/ScoDoc/api/group/{value}/set_etudiant/1", {}),
    ]
    for path, body in writes:
        resp = await client.post(path, headers=admin_headers, json=body)
        assert resp.status_code == 404, (path, resp.text)


async def test_public_get_etud_dept_takes_a_nip_only(client):
    assert (await client.get("/ScoDoc/get_etud_dept", params={"etudid": 1})).status_code == 400
    assert (await client.get("/ScoDoc/get_etud_dept", params={"code_ine": "0123456789X"})).status_code == 400
    assert (await client.get("/ScoDoc/get_etud_dept", params={"code_nip": "\x00"})).status_code == 400
    assert (await client.get("/ScoDoc/get_etud_dept", params={"code_nip": "x" * 100})).status_code == 400


async def test_not_found_and_not_yours_read_the_same(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")  # RT only: GEII's objects are not theirs
    api = "/ScoDoc/api"
    pairs = [
        (f"{api}/etud/{{}}", w["geii_etudid"]),
        (f"{api}/formsemestre/{{}}", w["geii_sem"]),
        (f"{api}/etud/{w['etudid']}/bul/{{}}", w["geii_sem"]),
        (f"{api}/etud/{{}}/bul/{w['formsemestre_id']}", w["geii_etudid"]),
        (f"{api}/evaluations/{{}}", w["geii_moduleimpl"]),
        (f"{api}/eval_notes/{{}}", w["geii_evaluation"]),
        (f"{api}/moduleimpl/{{}}", w["geii_moduleimpl"]),
        (f"{api}/formation/{{}}", w["geii_formation"]),
        (f"{api}/formation_export/{{}}", w["geii_formation"]),
        (f"{api}/partition/{{}}", w["geii_sem"]),
        (f"{api}/etudiant/etudid/{{}}", w["geii_etudid"]),
        (f"{api}/formsemestre/{{}}/programme", w["geii_sem"]),
        (f"{api}/formsemestre/{{}}/etudiants", w["geii_sem"]),
        (f"{api}/absences/{{}}", w["geii_etudid"]),
        ("/ScoDoc/RT/api/etud/{}", w["geii_etudid"]),
    ]
    for template, foreign in pairs:
        theirs = await client.get(template.format(foreign), headers=h)
        missing = await client.get(template.format(999_999), headers=h)
        assert theirs.status_code == missing.status_code == 404, (template, theirs.text, missing.text)
        assert theirs.json() == missing.json(), template


async def test_non_integer_path_segments_are_unknown_urls(client, admin_headers):
    """ScoDoc's routes are ``<int:...>``: anything else matches no route (404 URL inconnue), never a 400."""
    for path in (
        "/ScoDoc/api/etud/abc",
        "/ScoDoc/api/assiduites/formsemestre/abc",
        "/ScoDoc/api/etudiant/xyz/1",
        "/ScoDoc/api/formsemestre/-1/programme",
        "/ScoDoc/RT/api/group/1x/etudiants",
    ):
        resp = await client.get(path, headers=admin_headers)
        assert resp.status_code == 404 and resp.json()["message"] == "URL inconnue", (path, resp.text)
