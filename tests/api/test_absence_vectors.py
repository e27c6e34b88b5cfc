"""The absence vectors (scodoc_test_absences.json) end to end: operations through the write routes, counts read
from the bulletin's absences block. The vectors' ranges include both ends; the new routes exclude the end date,
so ``to`` + 1 day is sent."""

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from scodoc_api.models import FormSemestre, FormSemestreEtape, Identite
from scodoc_api.services.dataset import load_dataset
from tests.vectors.adapter import VECTORS

CASES = json.loads((VECTORS / "scodoc_test_absences.json").read_text())["cases"]
ROUTES = {"signal_absence": "abs_signale", "justify": "abs_justifie", "cancel_absence": "abs_annule"}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
async def test_absence_vector(client, db, auth, case):
    inp = case["inputs"]
    dept = "AB" + case["id"][3:5]
    await load_dataset(
        db,
        {
            "departements": [{"acronym": dept, "preferences": {"work_saturday": int(inp["work_saturday"])}}],
            "formations": [
                {
                    "ref": "F",
                    "dept": dept,
                    "acronyme": f"F{dept}",
                    "titre": "F",
                    "ue": [
                        {
                            "ref": "U",
                            "acronyme": "U",
                            "matiere": [{"titre": "m", "module": [{"ref": "M", "code": "M", "coefficient": 1}]}],
                        }
                    ],
                }
            ],
            "etudiants": [{"ref": "E", "dept": dept, "nom": "Abs", "prenom": "Ent"}],
            "formsemestres": [
                {
                    "ref": "S",
                    "formation": "F",
                    "etapes": [f"V{dept}"],
                    **inp["semester"],
                    "moduleimpls": [{"ref": "MI", "module": "M"}],
                    "inscriptions": [{"etud": "E"}],
                }
            ],
        },
    )
    await db.commit()
    sem = (
        await db.execute(
            select(FormSemestre.id).join(FormSemestreEtape).where(FormSemestreEtape.etape_apo == f"V{dept}")
        )
    ).scalar_one()
    etudid = (await db.execute(select(Identite.id).where(Identite.nom == "ABS"))).scalar_one()
    h = await auth("admin")
    for k, op in enumerate(inp["operations"]):
        if op["op"] == "count":
            bul = (await client.get(f"/ScoDoc/api/etud/{etudid}/bul/{sem}?version=short", headers=h)).json()
            assert bul["absences"] == op["expected"], (k, bul["absences"])
            continue
        end = date.fromisoformat(op["to"]) + timedelta(days=1)
        resp = await client.post(
            f"/ScoDoc/api/{ROUTES[op['op']]}",
            headers=h,
            data={
                "etudid": etudid,
                "date_debut": op["from"],
                "date_fin": end.isoformat(),
                "demi_journee": op["demijournee"],
            },
        )
        assert resp.status_code == 200, resp.text
