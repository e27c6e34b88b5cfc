"""A BUT vector case (but.md §5) as a dataset for ``scodoc-api load``: the same semester through the database
and the API."""

from tests.vectors.but_adapter import MODULE_KINDS, UE_TYPES

BUT = 700


def but_case_dataset(case: dict, dept: str) -> dict:
    inp = case["inputs"]
    st = inp["settings"]
    ref = lambda x: f"{dept}-{x}"  # noqa: E731
    ues = []
    for u in inp["ues"]:
        mods = [
            {
                "ref": ref(m["id"]),
                "code": m["code"],
                "titre": m.get("titre", m["code"]),
                "numero": m.get("numero", 0),
                "module_type": int(MODULE_KINDS[m["module_type"]]),
                "ue_coefs": {ref(ue): coef for ue, coef in m.get("ue_coefs", {}).items()},
            }
            for m in inp["modules"]
            if m["ue"] == u["id"]
        ]
        ues.append(
            {
                "ref": ref(u["id"]),
                "acronyme": u["acronyme"],
                "titre": u.get("titre"),
                "numero": u["numero"],
                "type": UE_TYPES[u["type"]],
                "ects": u.get("ects"),
                "semestre_idx": 1,
                "ue_code": ref(u["id"]),
                "matiere": [{"titre": "m", "numero": 0, "module": mods}],
            }
        )
    formation = {
        "ref": ref("F"),
        "dept": dept,
        "acronyme": f"F{dept}",
        "titre": f"BUT {dept}",
        "formation_code": f"FC{dept}",
        "type_parcours": BUT,
        "ue": ues,
    }
    sem = {
        "ref": ref("S"),
        "formation": ref("F"),
        "semestre_id": 1,
        "date_debut": "2024-09-01",
        "date_fin": "2025-01-31",
        "block_moyennes": st.get("block_moyennes", False),
        "bonus_function": st.get("bonus_function"),
        "moduleimpls": [{"ref": ref(f"MI-{m['id']}"), "module": ref(m["id"])} for m in inp["modules"]],
        "inscriptions": [
            {"etud": ref(s["id"]), "etat": s["etat"], "modules": [ref(f"MI-{m}") for m in s["modules"]]}
            for s in inp["students"]
        ],
        "evaluations": [
            {
                "ref": ref(e["id"]),
                "moduleimpl": ref(f"MI-{e['module']}"),
                "description": e.get("description"),
                "coefficient": e["coefficient"],
                "note_max": e["note_max"],
                "evaluation_type": e["type"],
                "publish_incomplete": e.get("publish_incomplete", False),
                "visibulletin": e.get("visibulletin", True),
                "numero": e.get("numero", 0),
                "jour": e.get("jour"),
                "poids": {ref(ue): w for ue, w in e.get("poids", {}).items()},
                "notes": {ref(sid): v for sid, v in inp["notes"].get(e["id"], {}).items()},
            }
            for e in inp["evaluations"]
        ],
        "preferences": {"but_moy_skip_empty_ues": int(st.get("but_moy_skip_empty_ues", False))},
    }
    students = [{"ref": ref(s["id"]), "dept": dept, "nom": s["nom"], "prenom": s["prenom"]} for s in inp["students"]]
    return {
        "departements": [{"acronym": dept}],
        "formations": [formation],
        "etudiants": students,
        "formsemestres": [sem],
    }
