"""A vector case as a dataset for ``scodoc-api load``: the same semester, through the database and the API."""

UE_TYPE = {"standard": 0, "sport": 1}


def case_dataset(case: dict, dept: str) -> dict:
    inp = case["inputs"]
    st = inp["settings"]
    ues = []
    for u in inp["ues"]:
        mats: dict = {}
        for m in inp["modules"]:
            if m["ue"] != u["id"]:
                continue
            mats.setdefault(m.get("matiere_numero", 0), []).append(
                {
                    "ref": f"{dept}-{m['id']}",
                    "code": m["code"],
                    "titre": m["code"],
                    "coefficient": m["coefficient"],
                    "numero": m.get("numero", 0),
                    "module_type": 1 if m["type"] == "malus" else 0,
                }
            )
        ues.append(
            {
                "ref": f"{dept}-{u['id']}",
                "acronyme": u["acronyme"],
                "numero": u["numero"],
                "type": UE_TYPE[u["type"]],
                "coefficient": u.get("coefficient"),
                "ects": u.get("ects"),
                "ue_code": f"{dept}-{u['id']}",
                "matiere": [{"titre": f"mat{k}", "numero": k, "module": mods} for k, mods in sorted(mats.items())],
            }
        )
    formation = {
        "ref": f"{dept}-F",
        "dept": dept,
        "acronyme": f"F{dept}",
        "titre": f"Formation {dept}",
        "formation_code": f"FC{dept}",
        "ue": ues,
    }
    # one moduleimpl per module, in the vector's order (its creation order)
    mis = [{"ref": f"{dept}-MI-{m['id']}", "module": f"{dept}-{m['id']}"} for m in inp["modules"]]
    students = [
        {"ref": f"{dept}-{s['id']}", "dept": dept, "nom": s["nom"], "prenom": s["prenom"]} for s in inp["students"]
    ]
    sem = {
        "ref": f"{dept}-S",
        "formation": f"{dept}-F",
        "semestre_id": 1,
        "date_debut": "2021-09-01",
        "date_fin": "2022-01-31",
        "use_ue_coefs": st.get("use_ue_coefs", False),
        "block_moyennes": st.get("block_moyennes", False),
        "bonus_function": st.get("bonus_function"),
        "moduleimpls": mis,
        "inscriptions": [
            {"etud": f"{dept}-{s['id']}", "etat": s["etat"], "modules": [f"{dept}-MI-{m}" for m in s["modules"]]}
            for s in inp["students"]
        ],
        "evaluations": [
            {
                "ref": f"{dept}-{e['id']}",
                "moduleimpl": f"{dept}-MI-{e['module']}",
                "coefficient": e["coefficient"],
                "note_max": e["note_max"],
                "evaluation_type": e["type"],
                "publish_incomplete": e.get("publish_incomplete", False),
                "visibulletin": e.get("visibulletin", True),
                "numero": e.get("numero", 0),
                "jour": e.get("jour"),
                "notes": {f"{dept}-{sid}": v for sid, v in inp["notes"].get(e["id"], {}).items()},
            }
            for e in inp["evaluations"]
        ],
        "preferences": {"bul_show_all_evals": 0},
    }
    if "groups" in inp:
        sem["partitions"] = [
            {
                "name": "TD",
                "groups": [
                    {"name": g, "members": [f"{dept}-{s}" for s in members]} for g, members in inp["groups"].items()
                ],
            }
        ]
    formsemestres = [sem]
    if "capitalized" in inp:
        # An earlier run of the same programme in which the UEs were validated (ADM) with the stored mean.
        prev = {
            "ref": f"{dept}-PREV",
            "formation": f"{dept}-F",
            "semestre_id": 1,
            "date_debut": "2020-09-01",
            "date_fin": "2021-01-31",
            "inscriptions": [],
            "decisions": [],
        }
        coefs = {}
        for sid, caps in inp["capitalized"].items():
            prev["inscriptions"].append({"etud": f"{dept}-{sid}", "modules": []})
            for c in caps:
                prev["decisions"].append(
                    {"etud": f"{dept}-{sid}", "code": "ADM", "ue": f"{dept}-{c['ue']}", "moy_ue": c["moy"]}
                )
                coefs[f"{dept}-{c['ue']}"] = c["coef"]
        sem["ue_coefficients"] = coefs
        formsemestres.insert(0, prev)
    return {
        "departements": [{"acronym": dept}],
        "formations": [formation],
        "etudiants": students,
        "formsemestres": formsemestres,
    }
