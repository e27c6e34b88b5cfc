"""Justificatifs and their files (modern-api.md §5.8)."""

from pathlib import Path

import orjson

from tests.attendance_api.test_assiduites import BASE, at, create, php_body

PDF = b"%PDF-1.4\n% a certificate\n"


async def new_justif(client, h, w, etat="attente", start="08:00", end="18:00") -> int:
    day = w["monday"]
    body = php_body([{"etat": etat, "date_debut": at(day, start), "date_fin": at(day, end), "raison": "Certificat"}])
    resp = await client.post(
        f"/ScoDoc/RT/api/justificatif/nip/{w['nip']}/create", headers={**h, **body["headers"]}, content=body["content"]
    )
    assert resp.status_code == 200 and resp.json()["errors"] == [], resp.text
    return resp.json()["success"][0]["message"]["justif_id"]


async def test_justify_with_an_uploaded_pdf(client, w, h, settings):
    day = w["monday"]
    made = await create(
        client, h, w, [{"date_debut": at(day, "08:00"), "date_fin": at(day, "10:00"), "etat": "absent"}]
    )
    aid = made["success"][0]["message"]["assiduite_id"]
    jid = await new_justif(client, h, w)
    assert (await client.get(f"{BASE}/assiduite/{aid}", headers=h)).json()["est_just"] is False  # waiting
    up = await client.post(f"{BASE}/justificatif/{jid}/import", headers=h, files={"files": ("certif.pdf", PDF)})
    assert up.status_code == 200 and up.json()["filename"] == "certif.pdf"
    stored = list(Path(settings.justif_dir).iterdir())
    assert len(stored) == 1 and stored[0].name != "certif.pdf" and stored[0].read_bytes() == PDF
    listed = (await client.get(f"{BASE}/justificatifs/nip/{w['nip']}/query", headers=h)).json()
    mine = next(j for j in listed if j["justif_id"] == jid)
    assert mine["etat"] == "ATTENTE" and mine["fichier"] == "certif.pdf" and mine["raison"] == "Certificat"
    assert (await client.get(f"{BASE}/justificatif/{jid}/list", headers=h)).json() == {
        "filenames": ["certif.pdf"],
        "total": 1,
    }
    got = await client.get(f"{BASE}/justificatif/{jid}/export/certif.pdf", headers=h)
    assert got.content == PDF and got.headers["content-type"] == "application/pdf"
    edited = await client.post(f"{BASE}/justificatif/{jid}/edit", headers=h, content=b'{"etat": "valide"}')
    assert edited.json() == {"OK": True, "couverture": {"avant": [], "apres": [aid]}}
    assert (await client.get(f"{BASE}/assiduite/{aid}", headers=h)).json()["est_just"] is True
    assert (await client.get(f"{BASE}/justificatif/{jid}/justifies", headers=h)).json() == [aid]
    covering = (await client.get(f"{BASE}/assiduite/{aid}/justificatifs", headers=h)).json()
    assert covering == [jid]
    gone = await client.post(f"{BASE}/justificatif/delete", headers=h, content=orjson.dumps([jid]))
    assert gone.json() == {"errors": [], "success": [{"indice": 0, "message": "OK"}]}
    assert list(Path(settings.justif_dir).iterdir()) == []  # the file went with it
    assert (await client.get(f"{BASE}/assiduite/{aid}", headers=h)).json()["est_just"] is False


async def test_bad_files(client, w, h, settings, auth):
    jid = await new_justif(client, h, w)
    url = f"{BASE}/justificatif/{jid}/import"
    big = PDF + b"0" * settings.justif_max_bytes
    too_big = await client.post(url, headers=h, files={"files": ("big.pdf", big)})
    assert too_big.status_code == 413 and too_big.json()["status"] == 413
    wrong = await client.post(url, headers=h, files={"files": ("virus.pdf", b"MZ\x90\x00 not a pdf")})
    assert wrong.status_code == 415
    sneaky = await client.post(url, headers=h, files={"files": ("../../etc/passwd.pdf", PDF)})
    assert sneaky.status_code == 200 and sneaky.json()["filename"] == "passwd.pdf"
    assert [p.parent for p in Path(settings.justif_dir).iterdir()] == [Path(settings.justif_dir)]
    assert (await client.post(url, headers=h, json={"files": "x"})).status_code == 400
    assert (await client.get(f"{BASE}/justificatif/{jid}/export/other.pdf", headers=h)).status_code == 404
    observer = await client.get(f"{BASE}/justificatif/{jid}/export/passwd.pdf", headers=await auth("obs"))
    assert observer.status_code == 403
    assert (
        await client.post(f"{BASE}/justificatif/999999/import", headers=h, files={"files": ("a.pdf", PDF)})
    ).status_code == 404


async def test_justificatif_errors(client, w, h):
    day = w["monday"]
    resp = await client.post(
        f"{BASE}/justificatif/nip/{w['nip']}/create",
        headers=h,
        json=[
            {"etat": "perdu", "date_debut": at(day, "08:00"), "date_fin": at(day, "09:00")},
            {"etat": "VALIDE", "date_debut": at(day, "10:00"), "date_fin": at(day, "09:00")},
            {"etat": "valide", "date_debut": at(day, "08:00"), "date_fin": at(day, "09:00")},
        ],
    )
    assert [e["indice"] for e in resp.json()["errors"]] == [0, 1] and len(resp.json()["success"]) == 1
    assert (
        await client.post(f"{BASE}/justificatif/999999/edit", headers=h, json={"etat": "valide"})
    ).status_code == 404
    gone = await client.post(f"{BASE}/justificatif/delete", headers=h, json=[999999])
    assert gone.json()["errors"] == [{"indice": 0, "message": "Justificatif non existant"}]
    sem = (await client.get(f"{BASE}/justificatifs/formsemestre/{w['formsemestre_id']}", headers=h)).json()
    assert any(j["code_nip"] == w["nip"] for j in sem)


async def test_billet_is_a_pending_justificatif(client, w, h):
    day = w["monday"]
    billet = {"etudid": w["etudid"], "begin": f"{day}T08:00", "end": f"{day}T17:00", "description": "grippe"}
    assert (await client.post(f"{BASE}/absences/billet/add", headers=h, json=billet)).status_code == 200
    listed = (await client.get(f"{BASE}/justificatifs/nip/{w['nip']}", headers=h)).json()
    mine = [j for j in listed if (j["external_data"] or {}).get("billet_id")]
    assert mine and mine[-1]["etat"] == "ATTENTE" and mine[-1]["raison"] == "grippe"
    assert mine[-1]["date_debut"].startswith(at(day, "08:00")) and mine[-1]["date_fin"].startswith(at(day, "18:00"))
