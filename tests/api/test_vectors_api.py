"""Every classic vector end to end: loaded into the database, its bulletins read through the API (JSON and XML),
every printed number compared with the vector's expectations."""

import hashlib

import pytest
from lxml import etree
from sqlalchemy import select

from scodoc_api.models import Formation, FormSemestre
from scodoc_api.services.dataset import load_dataset
from tests.vectors.adapter import grade_cases
from tests.vectors.dataset import case_dataset

CASES = list(grade_cases())


def _dept(case) -> str:
    return "V" + hashlib.sha1(case["id"].encode()).hexdigest()[:6].upper()


@pytest.mark.parametrize("name, case", CASES, ids=[f"{n}:{c['id']}" for n, c in CASES])
async def test_vector_through_the_api(client, db, auth, name, case):
    dept = _dept(case)
    await load_dataset(db, case_dataset(case, dept))
    await db.commit()
    sem_id = (
        (
            await db.execute(
                select(FormSemestre.id)
                .join(Formation)
                .where(Formation.acronyme == f"F{dept}")
                .order_by(FormSemestre.date_debut.desc())
            )
        )
        .scalars()
        .first()
    )
    from scodoc_api.models import Identite

    ids = dict(
        (
            await db.execute(
                select(Identite.id, Identite.nom).where(
                    Identite.dept_id.in_(select(FormSemestre.dept_id).where(FormSemestre.id == sem_id))
                )
            )
        ).all()
    )
    headers = await auth("admin")
    resp = await client.get(f"/ScoDoc/api/formsemestre/{sem_id}/bulletins?version=long", headers=headers)
    assert resp.status_code == 200, resp.text
    buls = {b["etudid"]: b for b in resp.json()}
    xml = await client.get(f"/ScoDoc/api/formsemestre/{sem_id}/bulletins?version=long&format=xml", headers=headers)
    xbuls = {int(b.get("etudid")): b for b in etree.fromstring(xml.content)}
    exp = case["expected"]
    inp = case["inputs"]
    by_ref = {}
    for s in inp["students"]:
        etudid = next((k for k, v in buls.items() if v["etudiant"]["nom"] == s["nom"].upper()), None)
        assert etudid, (s, [v["etudiant"]["nom"] for v in buls.values()])
        by_ref[s["id"]] = etudid
    ue_acr = {u["id"]: u["acronyme"] for u in inp["ues"]}
    mod_code = {m["id"]: m["code"] for m in inp["modules"]}
    errors = []

    def check(what, expected, actual):
        if expected != actual or type(expected) is not type(actual):
            errors.append(f"{what}: expected {expected!r}, got {actual!r}")

    for sref, etudid in by_ref.items():
        b, xb = buls[etudid], xbuls[etudid]
        check(f"{sref} moy_gen", exp["moy_gen_txt"][sref], b["note"]["value"])
        check(f"{sref} ninscrits", exp["rank_ninscrits"], b["rang"]["ninscrits"])
        rank = "" if exp["ranks_hidden_because_attente"] else exp["rank"][sref]
        check(f"{sref} rank", rank, b["rang"]["value"])
        for k in ("min", "max", "moy"):
            check(f"{sref} general {k}", exp["general_stats_txt"][k], b["note"][k])
        check(f"{sref} bonus", exp["bonus_sport_culture"][sref], b["bonus_sport_culture"]["value"])
        ues = {u["acronyme"]: u for u in b["ue"]}
        xues = {u.get("acronyme"): u for u in xb.findall("ue")}
        for uid, per in exp["ue_note_value_txt"].items():
            u = ues[ue_acr[uid]]
            check(f"{sref} {uid} json value", per[sref]["json_value"], u["note"]["value"])
            check(f"{sref} {uid} xml value", per[sref]["xml_value"], xues[ue_acr[uid]].find("note").get("value"))
            check(f"{sref} {uid} rank", exp["ue_ranks"][uid]["ranks"][sref], u["rang"])
            check(f"{sref} {uid} effectif", str(exp["ue_ranks"][uid]["effectif"]), u["effectif"])
            for k in ("min", "max", "moy"):
                check(f"{sref} {uid} stat {k}", exp["ue_stats_txt"][uid][k], u["note"][k])
        modules = {m["code"]: m for u in b["ue"] for m in u["module"]}
        for mid, per in exp["module_means_txt"].items():
            text = per[sref]
            if text == "NI":
                check(f"{sref} {mid} listed", False, mod_code[mid] in modules)
                continue
            m = modules[mod_code[mid]]
            check(f"{sref} {mid} mean", text, m["note"]["value"])
            check(f"{sref} {mid} rank", exp["module_ranks"][mid]["ranks"][sref], m["rang"]["value"])
            check(f"{sref} {mid} effectif", exp["module_ranks"][mid]["effectif"], m["effectif"]["value"])
            for k, v in exp["module_stats_txt"][mid].items():
                check(f"{sref} {mid} stat {k}", v, m["note"][k])
        if "group_ranks" in exp and not exp["ranks_hidden_because_attente"]:
            rg = {r["group_name"]: r for r in b["rang_group"]}
            for gname, gr in exp["group_ranks"].items():
                if sref in gr["ranks"]:
                    check(f"{sref} group {gname}", gr["ranks"][sref], rg[gname]["value"])
                    check(f"{sref} group {gname} n", gr["ninscrits"], rg[gname]["ninscrits"])
    assert not errors, "\n".join(errors[:30])
    assert ids
