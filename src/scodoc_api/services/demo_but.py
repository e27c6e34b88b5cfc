"""The BUT part of the demo: a department following an RT-like référentiel (our own small one, shipped as the
``referentiel_competences`` example), an S1 and an S2 offering two parcours, about fifteen ressources and four
SAÉs with a sparse coefficient matrix and weights other than 1, ABS/EXC/ATT notes, a capitalised UE, a resigned
student, a sport bonus and a malus."""

import json
import random
from datetime import date, timedelta
from importlib import resources

from scodoc_api.services.demo import _demo_students

BUT = 700
COMPETENCES = ["Administrer", "Connecter", "Programmer"]
PARCOURS = ["Cyber", "DevCloud"]
RESSOURCES = {
    1: [
        "Initiation aux réseaux",
        "Systèmes d'exploitation",
        "Électronique",
        "Transmissions",
        "Programmation",
        "Bases de données",
        "Mathématiques",
        "Anglais",
    ],
    2: ["Routage", "Services réseaux", "Signaux", "Supports de transmission", "Scripts", "Web", "Communication"],
}
SAES = {
    1: ["Se sensibiliser à l'hygiène informatique", "Découvrir un dispositif de transmission"],
    2: ["Construire un réseau informatique", "Mesurer et caractériser un signal"],
}


def referentiel_example() -> dict:
    text = resources.files("scodoc_api.data").joinpath("examples", "referentiel_competences.json").read_text("utf-8")
    return json.loads(text)


def _semester_ues(rnd: random.Random, idx: int) -> tuple[list[dict], list[str]]:
    """The three UEs of semester ``idx`` (one per compétence) with their ressources and SAÉs, and the refs of
    those modules."""
    ue_refs = [f"UE{idx}.{k + 1}" for k in range(3)]
    modules = []
    for k, titre in enumerate(RESSOURCES[idx]):
        # a sparse row: one to three UEs, coefficients 2 to 12
        touched = rnd.sample(ue_refs, rnd.randint(1, 3))
        coefs = {u: float(rnd.choice((2, 4, 6, 8, 12))) for u in touched}
        modules.append(_module(f"R{idx}.{k + 1:02d}", titre, 2, idx, k, coefs))
    for k, titre in enumerate(SAES[idx]):
        coefs = {u: float(rnd.choice((10, 12, 16))) for u in ue_refs}
        modules.append(_module(f"SAÉ{idx}.{k + 1:02d}", titre, 3, idx, 50 + k, coefs))
    ues = []
    for k, comp in enumerate(COMPETENCES):
        ues.append(
            {
                "ref": ue_refs[k],
                "acronyme": ue_refs[k],
                "numero": idx * 10 + k,
                "titre": f"{comp} (niveau 1)",
                "type": 0,
                "ue_code": f"BUT-{ue_refs[k]}",
                "ects": 10.0,
                "semestre_idx": idx,
                "niveau": {"competence": comp, "ordre": 1},
                # Programmer weighs more in DevCloud from S2 on (ECTS set by the parcours, but.md §1.2)
                **(
                    {"parcours": [{"code": "Cyber"}, {"code": "DevCloud", "ects": 12.0}]}
                    if (idx, comp) == (2, "Programmer")
                    else {}
                ),
                "matiere": [{"titre": comp, "numero": 1, "module": [m for m in modules if m["_home"] == ue_refs[k]]}],
            }
        )
    for m in modules:
        m.pop("_home")
    return ues, [m["ref"] for m in modules]


def _formation(rnd: random.Random, dept: str) -> tuple[dict, dict]:
    """The programme, and the module refs of each semester index."""
    ues, mods_of = [], {}
    for idx in (1, 2):
        semester_ues, mods_of[idx] = _semester_ues(rnd, idx)
        ues += semester_ues
    malus = {"ref": "MALUS1", "code": "MALUS1", "titre": "Malus", "module_type": 1, "semestre_id": 1, "numero": 99}
    ues[1]["matiere"][0]["module"].append(malus)  # attached to UE1.2
    mods_of[1].append("MALUS1")
    sport = {"ref": "SPORT1", "code": "SPORT1", "titre": "Sport", "module_type": 0, "semestre_id": 1, "numero": 98}
    ues.append(
        {
            "ref": "UESPORT",
            "acronyme": "UE Sport",
            "numero": 90,
            "titre": "Sport et culture",
            "type": 1,
            "ue_code": "BUT-SPORT",
            "semestre_idx": 1,
            "matiere": [{"titre": "Sport", "numero": 1, "module": [sport]}],
        }
    )
    mods_of[1].append("SPORT1")
    formation = {
        "ref": "FBUT",
        "dept": dept,
        "acronyme": "BUT RT",
        "titre": "BUT Réseaux et Télécommunications",
        "titre_officiel": "Bachelor Universitaire de Technologie Réseaux et Télécommunications",
        "version": 1,
        "formation_code": "FBUTRT",
        "type_parcours": BUT,
        "referentiel": "REF-RT",
        "ue": ues,
    }
    return formation, mods_of


def _module(code: str, titre: str, kind: int, idx: int, k: int, coefs: dict) -> dict:
    home = max(coefs, key=lambda u: (coefs[u], u))  # the UE de rattachement: its largest coefficient
    return {
        "ref": code,
        "code": code,
        "titre": titre,
        "abbrev": titre[:16],
        "module_type": kind,
        "semestre_id": idx,
        "numero": k + 1,
        "ue_coefs": coefs,
        "_home": home,
    }


def _note(rnd: random.Random):
    r = rnd.random()
    return "ABS" if r < 0.03 else "EXC" if r < 0.04 else "ATT" if r < 0.045 else round(rnd.uniform(2, 20) * 2) / 2


def _evaluations(rnd: random.Random, formation: dict, mods: list[str], etuds: list[str], start: date) -> list[dict]:
    """Two or three evaluations per module, weighted toward the UEs the module counts in (weights 0.5 to 2)."""
    coefs = {m["ref"]: m.get("ue_coefs", {}) for ue in formation["ue"] for m in ue["matiere"][0]["module"]}
    out = []
    for ref in mods:
        n_evals = 1 if ref in ("MALUS1", "SPORT1") else rnd.randint(2, 3)
        for n in range(n_evals):
            if ref == "MALUS1":
                notes = {e: rnd.choice((0.5, 1.0, -0.5)) for e in etuds[:: max(1, len(etuds) // 5)]}
            elif ref == "SPORT1":
                notes = {e: float(rnd.randint(8, 20)) for e in etuds[:: max(1, len(etuds) // 4)]}  # the sporty ones
            else:
                notes = {e: _note(rnd) for e in etuds}
            out.append(
                {
                    "ref": f"EV-{ref}-{n + 1}",
                    "moduleimpl": f"MI-{ref}",
                    "numero": n + 1,
                    "jour": (start + timedelta(days=14 + 30 * n + len(out) % 10)).isoformat(),
                    "heure_debut": "08:00",
                    "heure_fin": "10:00",
                    "description": f"Évaluation {n + 1}",
                    "note_max": 20.0,
                    "coefficient": float(rnd.choice((1, 1, 2))),
                    "poids": {u: rnd.choice((0.5, 1.0, 2.0)) for u in coefs[ref]},
                    "notes": notes,
                }
            )
    return out


def _semester(rnd, formation, idx: int, mods: list[str], students: list[dict], start: date, end: date) -> dict:
    refs = [s["ref"] for s in students]
    half = len(refs) // 2
    sporty = set(refs[:: max(1, len(refs) // 4)])  # the students registered in the sport module
    return {
        "ref": f"S{idx}-BUT",
        "formation": "FBUT",
        "titre": "BUT Réseaux et Télécommunications",
        "semestre_id": idx,
        "date_debut": start.isoformat(),
        "date_fin": end.isoformat(),
        "modalite": "FI",
        "etapes": [f"V{idx}BUTRT"],
        "responsables": ["chef"],
        "bonus_function": "bonus_iutv" if idx == 1 else None,
        "parcours": PARCOURS,
        "moduleimpls": [{"ref": f"MI-{m}", "module": m, "responsable": "ens"} for m in mods],
        "inscriptions": [
            {
                "etud": r,
                "etat": "D" if idx == 1 and k == len(refs) - 1 else "I",
                "modules": [f"MI-{m}" for m in mods if m != "SPORT1" or r in sporty],
            }
            for k, r in enumerate(refs)
        ],
        "partitions": [
            {
                "name": "Parcours",
                "numero": 0,
                "groups": [{"name": "Cyber", "members": refs[:half]}, {"name": "DevCloud", "members": refs[half:]}],
            },
            {
                "name": "TD",
                "numero": 1,
                "bul_show_rank": True,
                "groups": [{"name": "TD1", "members": refs[::2]}, {"name": "TD2", "members": refs[1::2]}],
            },
        ],
        "evaluations": _evaluations(rnd, formation, mods, refs, start),
    }


def make_but_dataset(
    n_students: int = 100, seed: int = 1, *, dept: str = "BUTRT", start: date = date(2026, 9, 1)
) -> dict:
    """The BUT department of the demo (its staff comes with the classic part: see ``demo.make_demo_world``)."""
    rnd = random.Random(seed)
    formation, mods_of = _formation(rnd, dept)
    students = _demo_students(rnd, max(n_students, 2), dept, start)
    for s in students:
        s["ref"] = f"B{s['ref']}"
        s["code_nip"] = f"B{s['code_nip'][1:]}"
    s2_start = start + timedelta(days=153)
    s1 = _semester(rnd, formation, 1, mods_of[1], students, start, start + timedelta(days=150))
    s2 = _semester(rnd, formation, 2, mods_of[2], students[:-1], s2_start, s2_start + timedelta(days=140))
    # a student repeating S1 keeps UE1.1, capitalised a year earlier with 12.5
    earlier = {
        "ref": "S1-BUT-PREV",
        "formation": "FBUT",
        "semestre_id": 1,
        "titre": "BUT Réseaux et Télécommunications",
        "date_debut": (start - timedelta(days=365)).isoformat(),
        "date_fin": (start - timedelta(days=215)).isoformat(),
        "etat": False,
        "inscriptions": [{"etud": students[0]["ref"]}],
        "decisions": [{"etud": students[0]["ref"], "code": "ADM", "ue": "UE1.1", "moy_ue": 12.5}],
    }
    s2["rcue_decisions"] = [{"etud": students[1]["ref"], "ue1": "UE1.1", "ue2": "UE2.1", "code": "ADM"}]
    s2["decisions"] = [{"etud": students[1]["ref"], "code": "ADM", "ue": f"UE2.{k}", "moy_ue": 12.0} for k in (1, 2, 3)]
    s2["annee_decisions"] = [{"etud": students[1]["ref"], "ordre": 1, "code": "ADM"}]
    return {
        "departements": [
            {
                "acronym": dept,
                "dept_name": "BUT Réseaux et Télécommunications",
                "description": "Département BUT Réseaux et Télécommunications",
            }
        ],
        "referentiels": [{"ref": "REF-RT", "dept": dept, "referentiel": referentiel_example()}],
        "formations": [formation],
        "etudiants": students,
        "formsemestres": [earlier, s1, s2],
    }
