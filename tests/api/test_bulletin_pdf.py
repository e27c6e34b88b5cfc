"""PDF bulletins (modern ``bulletin/<version>/pdf[/nosig]`` and legacy ``format=pdf``): real PDF documents, read
back with pypdf, carrying the same numbers as the JSON bulletin."""

import io
import re
from datetime import date

from pypdf import PdfReader
from sqlalchemy import update

from scodoc_api.models import FormSemestre
from scodoc_api.models.formsemestre import new_results_version
from tests.api.test_bulletin_format import world  # noqa: F401  (the bulletins.md §8 dataset)
from tests.conftest import basic

SIGNATURE = "Le chef de département"


def _text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


async def _pdf(client, auth, url: str):
    resp = await client.get(url, headers=await auth("admin"))
    assert resp.status_code == 200, resp.text
    assert resp.headers["content-type"] == "application/pdf" and resp.content.startswith(b"%PDF-")
    return resp


def _notes(bul: dict) -> list[str]:
    """Every note text of a JSON bulletin: general mean, UEs, modules, evaluations."""
    out = [bul["note"]["value"]]
    for ue in bul["ue"]:
        out.append(ue["note"]["value"])
        for mod in ue["module"]:
            out.append(mod["note"]["value"])
            out += [ev["note"] for ev in mod["evaluation"]]
    return out


async def test_long_pdf_nosig_carries_the_json_numbers(client, auth, world):  # noqa: F811
    etudid, sem = world[1001], world[12]
    base = f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sem}/bulletin/long"
    bul = (await client.get(base, headers=await auth("admin"))).json()
    resp = await _pdf(client, auth, base + "/pdf/nosig")
    disposition = resp.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="bul-')
    assert re.search(rf"-{date.today().year}-\d\d-\d\d-{bul['etudiant']['nom']}\.pdf\"$", disposition), disposition
    text = _text(resp.content)
    assert bul["etudiant"]["nom"] in text and bul["etudiant"]["prenom"] in text
    words = text.split()
    for note in _notes(bul):
        assert note in words, (note, text)
    for ue in bul["ue"]:
        assert ue["acronyme"].split()[0] in text
        for mod in ue["module"]:
            assert mod["code"] in text
            for ev in mod["evaluation"]:
                assert ev["description"] in text
    assert f"Rang : {bul['rang']['value']} / {bul['rang']['ninscrits']}" in text
    assert SIGNATURE not in text


async def test_signature_block_short_version_and_legacy_route(client, auth, world):  # noqa: F811
    etudid, sem = world[1001], world[12]
    base = f"/ScoDoc/INFO/api/etudiant/etudid/{etudid}/formsemestre/{sem}/bulletin"
    long_bul = (await client.get(f"{base}/long", headers=await auth("admin"))).json()
    evals = [ev["description"] for ue in long_bul["ue"] for m in ue["module"] for ev in m["evaluation"]]
    signed = _text((await _pdf(client, auth, f"{base}/long/pdf")).content)
    assert SIGNATURE in signed and "La direction des études" in signed
    short = _text((await _pdf(client, auth, f"{base}/butcourt/pdf/nosig")).content)
    assert evals and not any(e in short for e in evals)
    assert long_bul["note"]["value"] in short.split()
    legacy = await client.get(
        f"/ScoDoc/INFO/Scolarite/Notes/formsemestre_bulletinetud?formsemestre_id={sem}"
        f"&etudid={etudid}&format=pdf&version=long",
        headers=basic("admin"),
    )
    assert legacy.status_code == 200 and legacy.headers["content-type"] == "application/pdf"
    assert legacy.headers["content-disposition"].startswith('attachment; filename="bul-')
    assert _text(legacy.content) == signed


async def test_unpublished_and_errors(client, auth, db, world):  # noqa: F811
    etudid, sem = world[1001], world[12]
    url = f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sem}/bulletin/long/pdf/nosig"
    before = _text((await _pdf(client, auth, url)).content)
    # a semester edit renews the results version, as every write does
    await db.execute(
        update(FormSemestre)
        .where(FormSemestre.id == sem)
        .values(bul_hide_xml=True, results_version=new_results_version())
    )
    await db.commit()
    hidden = _text((await _pdf(client, auth, url)).content)
    assert "non publié" in hidden and "Moyenne générale" in before and "Moyenne générale" not in hidden
    h = await auth("admin")
    unknown = await client.get(f"/ScoDoc/api/etudiant/etudid/999999/formsemestre/{sem}/bulletin/long/pdf", headers=h)
    assert unknown.status_code == 404 and unknown.json()["status"] == 404
    bad_version = await client.get(
        f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sem}/bulletin/huge/pdf", headers=h
    )
    assert bad_version.status_code == 400
    no_token = await client.get(url)
    assert no_token.status_code == 401
