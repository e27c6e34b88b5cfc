"""What a client gets for a BUT semester (issue: BUT formations end to end): the bulletin of modern-api §6
with every rule of §6.9, and the shapes of resultats, programme, decisions_jury, formsemestres and the
référentiel, on both mounts."""

import re

from lxml import etree

from scodoc_api.schemas.bulletin_but import ButBulletin

REQUIRED_TOP = [
    "version",
    "type",
    "date",
    "publie",
    "etat_inscription",
    "etudiant",
    "formation",
    "formsemestre_id",
    "options",
    "ressources",
    "saes",
    "ues",
    "ues_capitalisees",
    "semestre",
]
REQUIRED_SEMESTRE = [
    "numero",
    "annee_universitaire",
    "date_debut",
    "date_fin",
    "inscription",
    "groupes",
    "notes",
    "rang",
    "absences",
    "ECTS",
    "decision_ue",
    "decision_rcue",
    "decision_annee",
    "situation",
]
YEAR_CODES = {"ADM", "ADJ", "PASD", "PAS1NCI", "RED", "NAR", "DEM", "ABAN", "RAT", "EXCLU", "DEF", "ABL"}
MARK = re.compile(r"^(~|ABS|EXC|ATT|-?\d{2,}\.\d{2})$")


def _no_null_in_maps(path: str, value, out: list[str]) -> None:
    if isinstance(value, dict):
        for k, v in value.items():
            _no_null_in_maps(f"{path}.{k}", v, out)
    elif isinstance(value, list):
        for k, v in enumerate(value):
            if v is None:
                out.append(f"{path}[{k}] is null")
            _no_null_in_maps(f"{path}[{k}]", v, out)


def check_renderer_rules(b: dict, dept: str) -> list[str]:
    """modern-api §6.9, rule by rule; the list of what is broken."""
    bad = [f"missing {k}" for k in REQUIRED_TOP if k not in b or b[k] is None]
    bad += [f"missing semestre.{k}" for k in REQUIRED_SEMESTRE if k not in b["semestre"]]
    if b["publie"] is not True:  # rule 2
        bad.append("publie is not the boolean true")
    et = b["etudiant"]  # rule 3
    if et["photo_url"] != f"/ScoDoc/{dept}/Scolarite/get_photo_image?etudid={et['etudid']}&size=small":
        bad.append(f"photo_url {et['photo_url']}")
    if et.get("dept_acronym") != dept:
        bad.append("dept_acronym")
    modules = {**b["ressources"], **b["saes"]}
    for code, mod in modules.items():  # rules 1 and 7
        if not isinstance(mod["moyenne"], dict) or not mod["moyenne"] or not isinstance(mod["evaluations"], list):
            bad.append(f"{code}: moyenne or evaluations")
        for ev in mod["evaluations"]:
            if type(ev["id"]) is not int or not isinstance(ev["note"]["value"], str) or ev["coef"] is None:
                bad.append(f"{code}: evaluation {ev}")
            if not MARK.match(ev["note"]["value"]) or not isinstance(ev["poids"], dict):
                bad.append(f"{code}: note {ev['note']}")
    for acr, ue in b["ues"].items():
        for kind in ("ressources", "saes"):  # rules 1 and 4
            if not isinstance(ue[kind], dict):
                bad.append(f"{acr}.{kind} not an object")
            bad += [f"{acr}.{kind}.{c} not a top-level module" for c in ue[kind] if c not in modules]
        m = ue["moyenne"]  # rule 5
        if not isinstance(m, dict) or not isinstance(m.get("value"), str) or not m["value"]:
            bad.append(f"{acr}.moyenne {m}")
        if not (isinstance(ue["bonus"], str) and isinstance(ue["malus"], str)):
            bad.append(f"{acr} bonus/malus")
        if ue["type"] == 1 and not isinstance(ue.get("modules"), dict):
            bad.append(f"{acr}: sport UE without modules")
    for acr, cap in b["ues_capitalisees"].items():  # rule 6
        if not cap.get("date_capitalisation") or not {"value", "rang", "total"} <= set(cap["moyenne"]):
            bad.append(f"ues_capitalisees.{acr}: {cap}")
    sem = b["semestre"]
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", sem["inscription"]):  # rule 8
        bad.append(f"inscription {sem['inscription']}")
    if sem["decision_annee"] is not None and sem["decision_annee"].get("code") not in YEAR_CODES:  # rule 9
        bad.append(f"decision_annee {sem['decision_annee']}")
    ranked = list(sem["rang"]["groupes"])  # rule 10
    if ranked and ranked[0] != str(sem["groupes"][0]["id"]):
        bad.append("rang.groupes and groupes not in the same order")
    for d in sem["decision_rcue"]:
        if not d.get("niveau", {}).get("competence"):
            bad.append(f"decision_rcue {d}")
    _no_null_in_maps("", {k: b[k] for k in ("ressources", "saes", "ues", "ues_capitalisees")}, bad)
    if not isinstance(sem["groupes"], list):
        bad.append("semestre.groupes")
    return bad


async def test_every_bulletin_meets_the_renderer_rules_on_both_mounts(client, auth, but):
    headers = await auth("admin")
    seen_capitalised = seen_malus = seen_bonus = seen_abs = False
    for idx, sid in but["sems"].items():
        for etudid in but["students"][idx]:
            for mount in ("/ScoDoc/api", f"/ScoDoc/{but['acronym']}/api"):
                resp = await client.get(
                    f"{mount}/etudiant/etudid/{etudid}/formsemestre/{sid}/bulletin", headers=headers
                )
                assert resp.status_code == 200, resp.text
                b = resp.json()
                assert b["type"] == "BUT" and b["formsemestre_id"] == sid
                assert b["date"].endswith("Z")
                assert check_renderer_rules(b, but["acronym"]) == [], (etudid, sid)
                ButBulletin.model_validate(b)
            seen_capitalised |= bool(b["ues_capitalisees"])
            seen_malus |= any(u["malus"] not in ("00.00", "~") for u in b["ues"].values())
            seen_bonus |= any(u["bonus"] not in ("00.00", "~") for u in b["ues"].values() if u["type"] == 0)
            seen_abs |= any(e["note"]["value"] == "ABS" for m in b["ressources"].values() for e in m["evaluations"])
    assert seen_capitalised and seen_malus and seen_bonus and seen_abs


async def test_the_demo_bulletin_numbers_hold_together(client, auth, but):
    """The UE mean is the matrix-weighted mean of the listed module means (printed values, so within 0.01)."""
    headers = await auth("admin")
    sid = but["sems"][2]  # no bonus, no malus in S2
    for etudid in but["students"][2]:
        b = (
            await client.get(f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sid}/bulletin", headers=headers)
        ).json()
        for acr, ue in b["ues"].items():
            items = [m for kind in ("ressources", "saes") for m in ue[kind].values() if m["moyenne"] != "~"]
            if ue["type"] or not items:
                continue
            mean = sum(m["coef"] * float(m["moyenne"]) for m in items) / sum(m["coef"] for m in items)
            assert abs(mean - float(ue["moyenne"]["value"])) <= 0.011, (acr, ue)


async def test_resultats_rows_carry_the_but_columns(client, auth, but):
    headers = await auth("admin")
    sid = but["sems"][1]
    rows = (await client.get(f"/ScoDoc/api/formsemestre/{sid}/resultats", headers=headers)).json()
    assert len(rows) == len(but["students"][1])
    for row in rows:
        for key in ("etudid", "etat", "moy_gen", "rang", "civilite_str", "nom_short", "nom_disp", "prenom"):
            assert key in row, key
        assert any(k.startswith("moy_res_") for k in row) and any(k.startswith("moy_sae_") for k in row)
        assert sum(k.startswith("moy_ue_") for k in row) == 3
        assert any(k.startswith("part_") for k in row)
        assert all(isinstance(v, str) for k, v in row.items() if k.startswith("moy_"))
    # the same numbers as the bulletin
    etudid = rows[1]["etudid"]
    b = (await client.get(f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sid}/bulletin", headers=headers)).json()
    assert rows[1]["moy_gen"] == b["semestre"]["notes"]["value"]
    for ue in b["ues"].values():
        if ue["type"] == 0:
            assert rows[1][f"moy_ue_{ue['id']}"] == ue["moyenne"]["value"]
            for code, m in ue["ressources"].items():
                assert rows[1][f"moy_res_{m['id']}_{ue['id']}"] == m["moyenne"], code


async def test_programme_lists_ressources_saes_and_malus(client, auth, but):
    headers = await auth("admin")
    p = (await client.get(f"/ScoDoc/api/formsemestre/{but['sems'][1]}/programme", headers=headers)).json()
    assert len(p["ressources"]) == 8 and len(p["saes"]) == 2 and len(p["malus"]) == 1
    assert [m["module"]["code"] for m in p["modules"]] == ["SPORT1"]
    assert {"id", "module", "module_id"} <= set(p["ressources"][0]) and p["ues"]


async def test_decisions_jury_gives_rcues_with_computed_means(client, auth, but):
    headers = await auth("admin")
    s1, s2 = but["sems"][1], but["sems"][2]
    rows = (await client.get(f"/ScoDoc/api/formsemestre/{s2}/decisions_jury", headers=headers)).json()
    assert len(rows) == len(but["students"][2])
    r1 = {
        r["etudid"]: r for r in (await client.get(f"/ScoDoc/api/formsemestre/{s1}/resultats", headers=headers)).json()
    }
    r2 = {
        r["etudid"]: r for r in (await client.get(f"/ScoDoc/api/formsemestre/{s2}/resultats", headers=headers)).json()
    }
    decided = [r for r in rows if r["annee"]]
    assert len(decided) == 1 and decided[0]["annee"]["code"] == "ADM"
    assert [rc["code"] for rc in decided[0]["rcues"]].count("ADM") == 1
    for row in rows:
        assert len(row["rcues"]) == 3
        for rc in row["rcues"]:
            assert {"code", "moy", "ue_1", "ue_2"} <= set(rc)
            m1 = rc["ue_1"]["moy"]
            m2 = rc["ue_2"]["moy"]
            assert f"{m1:05.2f}" == r1[row["etudid"]][f"moy_ue_{rc['ue_1']['ue_id']}"]
            assert f"{m2:05.2f}" == r2[row["etudid"]][f"moy_ue_{rc['ue_2']['ue_id']}"]
            assert abs(rc["moy"] - (m1 + m2) / 2) < 1e-12


async def test_a_students_semesters_carry_their_parcours(client, auth, but):
    headers = await auth("admin")
    sems = (await client.get(f"/ScoDoc/api/etudiant/etudid/{but['repeater']}/formsemestres", headers=headers)).json()
    current = [s for s in sems if s["id"] in but["sems"].values()]
    assert current
    for s in current:
        assert [p["code"] for p in s["parcours"]] == ["Cyber", "DevCloud"]
        assert set(s["parcours"][0]["annees"]["1"]["competences"]) == {"Administrer", "Connecter", "Programmer"}


async def test_the_formation_referentiel_has_the_export_shape(client, auth, but, world):
    headers = await auth("admin")
    ref = (
        await client.get(f"/ScoDoc/api/formation/{but['formation']}/referentiel_competences", headers=headers)
    ).json()
    assert {"specialite", "competences", "parcours", "type_titre", "version_orebut"} <= set(ref)
    adm = ref["competences"]["Administrer"]
    assert adm["niveaux"]["BUT1"]["ordre"] == 1 and adm["niveaux"]["BUT1"]["app_critiques"]
    assert ref["parcours"]["Cyber"]["annees"]["1"]["competences"]["Administrer"]["niveau"] == 1
    classic = await client.get(
        f"/ScoDoc/api/formation/{world['formation_id']}/referentiel_competences", headers=headers
    )
    assert classic.status_code == 200 and classic.json() is None
    unknown = await client.get("/ScoDoc/api/formation/999999/referentiel_competences", headers=headers)
    assert unknown.status_code == 404 and unknown.json()["message"] == "formation inconnue"


async def test_a_bulletin_for_a_student_outside_the_semester_is_a_404(client, auth, but, world):
    headers = await auth("admin")
    outsider = world["etudid"]  # a student of the classic department
    resp = await client.get(
        f"/ScoDoc/api/etudiant/etudid/{outsider}/formsemestre/{but['sems'][1]}/bulletin", headers=headers
    )
    assert resp.status_code == 404
    assert resp.json()["status"] == 404 and "non inscrit" in resp.json()["message"]


async def test_xml_and_pdf_forms_of_a_but_bulletin(client, auth, but):
    headers = await auth("admin")
    sid, etudid = but["sems"][1], but["students"][1][0]
    xml = await client.get(f"/ScoDoc/api/etud/{etudid}/bul/{sid}?format=xml", headers=headers)
    assert xml.status_code == 200 and xml.headers["content-type"].startswith("text/xml")
    root = etree.fromstring(xml.content)
    assert root.tag == "bulletin" and root.findtext("type") == "BUT"
    batch = await client.get(f"/ScoDoc/api/formsemestre/{sid}/bulletins?format=xml", headers=headers)
    assert len(etree.fromstring(batch.content)) == len(but["students"][1])
    for path in ("but/pdf", "butcourt/pdf", "but/pdf/nosig", "butcourt/pdf/nosig"):
        pdf = await client.get(
            f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sid}/bulletin/{path}", headers=headers
        )
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF"), path
        assert pdf.headers["content-type"] == "application/pdf"
    short = await client.get(f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sid}/bulletin/short", headers=headers)
    assert all(m["evaluations"] == [] for m in short.json()["ressources"].values())


async def test_stored_jury_decisions_reach_the_bulletin(client, auth, but):
    headers = await auth("admin")
    sid = but["sems"][2]
    decided = but["students"][2][1]  # the demo records an RCUE and a year for the second student
    b = (await client.get(f"/ScoDoc/api/etudiant/etudid/{decided}/formsemestre/{sid}/bulletin", headers=headers)).json()
    sem = b["semestre"]
    assert sem["decision_annee"]["code"] == "ADM"
    assert [d["code"] for d in sem["decision_rcue"]] == ["ADM"]
    assert sem["decision_rcue"][0]["niveau"]["competence"]["titre"] == "Administrer"
    assert {d["acronyme"] for d in sem["decision_ue"]} == {"UE2.1", "UE2.2", "UE2.3"}
    assert sem["ECTS"] == {"acquis": 30.0, "total": 30.0}
    other = but["students"][2][2]
    b = (await client.get(f"/ScoDoc/api/etudiant/etudid/{other}/formsemestre/{sid}/bulletin", headers=headers)).json()
    assert b["semestre"]["decision_annee"] is None and b["semestre"]["decision_rcue"] == []


async def test_a_parcours_ects_reach_the_bulletin_and_the_general_mean(client, auth, but):
    """The demo's S2 gives Programmer 12 ECTS in DevCloud (10 otherwise): the bulletin shows the student's own,
    and the indicative mean is weighted by them."""
    headers = await auth("admin")
    sid = but["sems"][2]
    seen = set()
    for etudid in but["students"][2]:
        b = (
            await client.get(f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sid}/bulletin", headers=headers)
        ).json()
        parcours = next(
            g["group_name"] for g in b["semestre"]["groupes"] if g["partition"]["partition_name"] == "Parcours"
        )
        ues = {k: u for k, u in b["ues"].items() if u["type"] == 0}
        expected = 12.0 if parcours == "DevCloud" else 10.0
        assert ues["UE2.3"]["ECTS"]["total"] == expected
        assert b["semestre"]["ECTS"]["total"] == 20.0 + expected
        values = {k: float(u["moyenne"]["value"]) for k, u in ues.items() if u["moyenne"]["value"] != "~"}
        if len(values) == 3:
            mean = sum(values[k] * ues[k]["ECTS"]["total"] for k in values) / (20.0 + expected)
            assert abs(mean - float(b["semestre"]["notes"]["value"])) <= 0.011
            seen.add(parcours)
    assert seen == {"Cyber", "DevCloud"}
