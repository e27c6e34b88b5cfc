"""A BUT formation round-trips through its export and import-formation (JSON and XML): the coefficient matrix,
each UE's semester index, niveau and parcours, and the link to the référentiel."""

import json

import pytest
from sqlalchemy import select

from scodoc_api.models import Departement
from scodoc_api.services.dataset import DatasetError, load_dataset
from scodoc_api.services.demo_but import referentiel_example
from scodoc_api.services.formation_io import import_formation, parse_formation
from scodoc_api.services.referentiel import import_referentiel, parse_referentiel


def _comparable(tree: dict) -> dict:
    """The export without what an import renews (version) or renames (formation code)."""
    out = {k: v for k, v in tree.items() if k not in ("version", "formation_code")}
    return json.loads(json.dumps(out))


async def _second_department(db) -> None:
    await load_dataset(db, {"departements": [{"acronym": "BUT2"}]})
    dept_id = (await db.execute(select(Departement.id).where(Departement.acronym == "BUT2"))).scalar_one()
    await import_referentiel(db, parse_referentiel(json.dumps(referentiel_example())), dept_id=dept_id)
    await db.commit()


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_a_but_formation_round_trips(client, auth, db, but, fmt):
    headers = await auth("admin")
    fid = but["formation"]
    exported = (await client.get(f"/ScoDoc/api/formation/{fid}/export", headers=headers)).json()
    assert exported["referentiel_competence"] == {"specialite": "RT", "version_orebut": "demo-2026"}
    ue11 = next(u for u in exported["ue"] if u["acronyme"] == "UE1.1")
    assert ue11["apc_competence"] == "Administrer" and ue11["apc_niveau_ordre"] == 1 and ue11["semestre_idx"] == 1
    coefs = [m["coefficients"] for u in exported["ue"] for mat in u["matiere"] for m in mat["module"]]
    assert sum(len(c) for c in coefs) > 20
    await _second_department(db)
    if fmt == "json":
        content = json.dumps(exported).encode()
    else:
        resp = await client.get(f"/ScoDoc/api/formation_export/{fid}?format=xml", headers=headers)
        assert resp.headers["content-type"].startswith(("text/xml", "application/xml"))
        content = resp.content
    new_id = await import_formation(db, parse_formation(content), dept="BUT2")
    await db.commit()
    again = (await client.get(f"/ScoDoc/api/formation/{new_id}/export", headers=headers)).json()
    assert _comparable(again) == _comparable(exported)
    ref = (await client.get(f"/ScoDoc/api/formation/{new_id}/referentiel_competences", headers=headers)).json()
    assert (
        ref["dept_id"]
        != (await client.get(f"/ScoDoc/api/formation/{fid}/referentiel_competences", headers=headers)).json()["dept_id"]
    )


async def test_importing_without_the_referentiel_is_refused(client, auth, db, but):
    headers = await auth("admin")
    exported = (await client.get(f"/ScoDoc/api/formation/{but['formation']}/export", headers=headers)).json()
    await load_dataset(db, {"departements": [{"acronym": "BUT3"}]})
    with pytest.raises(DatasetError, match="référentiel RT .* absent du département BUT3"):
        await import_formation(db, parse_formation(json.dumps(exported).encode()), dept="BUT3")


async def test_a_coefficient_naming_an_unknown_ue_is_refused(client, auth, db, but):
    headers = await auth("admin")
    exported = (await client.get(f"/ScoDoc/api/formation/{but['formation']}/export", headers=headers)).json()
    exported["ue"][0]["matiere"][0]["module"][0]["coefficients"].append({"ue_reference": "NOPE", "coef": 3})
    await _second_department(db)
    with pytest.raises(DatasetError, match="ue_coefs.\\?NOPE: UE inconnue"):
        await import_formation(db, parse_formation(json.dumps(exported).encode()), dept="BUT2")
