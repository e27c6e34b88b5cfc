"""Deterministic demo and benchmark datasets, shaped like the data real ScoDoc was benchmarked on:
one DUT-style formation of 4 UEs x 6 modules, one semester with 4 evaluations per module, N students."""

import random
import secrets
from datetime import date, timedelta

NOMS = [
    "MARTIN",
    "BERNARD",
    "THOMAS",
    "PETIT",
    "ROBERT",
    "RICHARD",
    "DURAND",
    "DUBOIS",
    "MOREAU",
    "LAURENT",
    "SIMON",
    "MICHEL",
    "LEFEBVRE",
    "LEROY",
    "ROUX",
    "DAVID",
    "BERTRAND",
    "MOREL",
    "FOURNIER",
    "GIRARD",
    "BONNET",
    "DUPONT",
    "LAMBERT",
    "FONTAINE",
    "ROUSSEAU",
    "VINCENT",
    "MULLER",
    "LEFEVRE",
    "FAURE",
    "ANDRE",
]
PRENOMS_F = ["Léa", "Emma", "Chloé", "Manon", "Camille", "Inès", "Sarah", "Jade", "Louise", "Zoé", "Anne-Sophie"]
PRENOMS_M = ["Lucas", "Hugo", "Louis", "Nathan", "Gabriel", "Arthur", "Jules", "Tom", "Théo", "Jean-Pierre"]
UE_TITRES = ["Réseaux et télécommunications", "Informatique", "Culture scientifique", "Communication"]

DEMO_PASSWORDS = {"admin": "admin", "chef": "chef", "ens": "ens", "secr": "secr"}


def make_demo_dataset(
    n_students: int = 100,
    seed: int = 1,
    *,
    dept: str = "RT",
    start: date = date(2026, 9, 1),
    n_ues: int = 4,
    n_mods: int = 6,
    n_evals: int = 4,
    demo_logins: bool = True,
) -> dict:
    """``demo_logins``: the staff accounts get the published demo passwords (admin/admin...). Otherwise they
    exist (the semester's teachers refer to them) but are inactive, with random passwords: a dataset loaded
    outside the demo opens no account to anyone."""
    rnd = random.Random(seed)
    users = _demo_users(dept, demo_logins)
    formation = _demo_formation(rnd, dept, n_ues, n_mods)
    module_refs = [m["ref"] for ue in formation["ue"] for m in ue["matiere"][0]["module"]]
    etudiants = _demo_students(rnd, n_students, dept, start)
    td_groups, tp_groups = _demo_groups(etudiants)
    moduleimpls = _demo_moduleimpls(module_refs, n_mods)
    evaluations = _demo_evaluations(rnd, moduleimpls, etudiants, start, n_evals)
    sem = {
        "ref": "S1",
        "formation": "F1",
        "titre": formation["titre"],
        "semestre_id": 1,
        "date_debut": start.isoformat(),
        "date_fin": (start + timedelta(days=150)).isoformat(),
        "modalite": "FI",
        "etapes": [f"V1{dept}"],
        "responsables": ["chef"],
        "moduleimpls": moduleimpls,
        "inscriptions": [{"etud": e["ref"], "etape": f"V1{dept}"} for e in etudiants],
        "partitions": [
            {"name": "TD", "numero": 1, "bul_show_rank": True, "groups": td_groups},
            {"name": "TP", "numero": 2, "groups": tp_groups},
        ],
        "evaluations": evaluations,
    }

    absences = _demo_absences(rnd, etudiants, module_refs, start)
    billets = _demo_billets(etudiants, start)

    return {
        "format": "scodoc-api-dataset/1",
        "departements": [
            {
                "acronym": dept,
                "dept_name": "Réseaux et Télécommunications",
                "description": "Département Réseaux et Télécommunications",
                "preferences": {"handle_billets_abs": 1},
            }
        ],
        "users": users,
        "formations": [formation],
        "etudiants": etudiants,
        "formsemestres": [sem],
        "absences": absences,
        "billets": billets,
    }


def make_demo_world(n_students: int = 100, seed: int = 1, *, demo_logins: bool = True) -> dict:
    """The whole demo: the classic RT department and the BUT department (``demo_but``), one staff for both."""
    from scodoc_api.services.demo_but import make_but_dataset

    world = make_demo_dataset(n_students, seed, demo_logins=demo_logins)
    but = make_but_dataset(n_students, seed)
    but_dept = but["departements"][0]["acronym"]
    for user in world["users"]:
        user["roles"] = user.get("roles", []) + [{**r, "dept": but_dept} for r in user.get("roles", [])]
    for key, items in but.items():
        world[key] = world.get(key, []) + items
    return world


def _demo_users(dept: str, demo_logins: bool) -> list[dict]:
    """The staff: admin, chef (Admin), ens (Ens), secr (Secr); see make_demo_dataset's demo_logins."""
    users = [
        {
            "user_name": "admin",
            "password": DEMO_PASSWORDS["admin"],
            "nom": "Admin",
            "prenom": "Super",
            "superadmin": True,
        },
        {
            "user_name": "chef",
            "password": DEMO_PASSWORDS["chef"],
            "nom": "DUPUIS",
            "prenom": "Claire",
            "dept": dept,
            "roles": [{"role": "Admin", "dept": dept}],
        },
        {
            "user_name": "ens",
            "password": DEMO_PASSWORDS["ens"],
            "nom": "LEGRAND",
            "prenom": "Paul",
            "dept": dept,
            "roles": [{"role": "Ens", "dept": dept}],
        },
        {
            "user_name": "secr",
            "password": DEMO_PASSWORDS["secr"],
            "nom": "BLANC",
            "prenom": "Marie",
            "dept": dept,
            "roles": [{"role": "Secr", "dept": dept}],
        },
    ]
    if not demo_logins:
        for user in users:
            user["password"], user["active"] = secrets.token_urlsafe(24), False
    return users


def _demo_formation(rnd: random.Random, dept: str, n_ues: int, n_mods: int) -> dict:
    """A DUT formation of ``n_ues`` UEs of ``n_mods`` modules (coefficients drawn from ``rnd``)."""
    ues = []
    for u in range(n_ues):
        modules = [
            {
                "ref": f"M{u + 1}{m + 1:02d}",
                "code": f"M{u + 1}{m + 1:02d}",
                "titre": f"Module {u + 1}.{m + 1}",
                "abbrev": f"Mod {u + 1}.{m + 1}",
                "coefficient": float(rnd.choice((1, 2, 3))),
                "semestre_id": 1,
                "numero": (m + 1) * 10,
                "heures_cours": 10.0,
                "heures_td": 20.0,
                "heures_tp": 10.0,
                "code_apogee": f"VRT{u + 1}{m + 1:02d}",
            }
            for m in range(n_mods)
        ]
        ues.append(
            {
                "ref": f"UE{u + 1}",
                "acronyme": f"UE{u + 1}",
                "numero": u + 1,
                "titre": UE_TITRES[u % len(UE_TITRES)],
                "type": 0,
                "ue_code": f"UCOD{u + 1}",
                "ects": 7.5,
                "code_apogee": f"VRTU{u + 1}",
                "matiere": [{"titre": UE_TITRES[u % len(UE_TITRES)], "numero": 1, "module": modules}],
            }
        )
    return {
        "ref": "F1",
        "dept": dept,
        "acronyme": f"DUT {dept}",
        "titre": "DUT Réseaux et Télécommunications",
        "titre_officiel": "DUT Réseaux et Télécommunications",
        "version": 1,
        "formation_code": "FCOD1",
        "type_parcours": 100,
        "ue": ues,
    }


def _demo_students(rnd: random.Random, n_students: int, dept: str, start: date) -> list[dict]:
    """Students with an address and admission data."""
    etudiants = []
    for i in range(n_students):
        female = rnd.random() < 0.5
        nom = rnd.choice(NOMS)
        prenom = rnd.choice(PRENOMS_F if female else PRENOMS_M)
        etudiants.append(
            {
                "ref": f"E{i + 1}",
                "dept": dept,
                "nom": nom,
                "prenom": prenom,
                "civilite": "F" if female else "M",
                "date_naissance": (date(2007, 1, 1) + timedelta(days=rnd.randrange(0, 900))).isoformat(),
                "code_nip": f"{i + 1:08d}",
                "code_ine": f"{rnd.randrange(10**9):09d}AB",
                "boursier": rnd.random() < 0.3,
                "adresse": {
                    "email": f"etud{i + 1}@univ.example",
                    "emailperso": None,
                    "domicile": f"{i + 1} rue des Lilas",
                    "codepostaldomicile": "93430",
                    "villedomicile": "Villetaneuse",
                    "paysdomicile": "France",
                    "telephonemobile": None,
                },
                "admission": {
                    "annee": start.year,
                    "bac": "STI2D" if rnd.random() < 0.4 else "GENERAL",
                    "type_admission": "Parcoursup",
                },
            }
        )
    return etudiants


def _demo_groups(etudiants: list[dict]) -> tuple[list[dict], list[dict]]:
    """TD groups of 26 students, each split into two TP groups."""
    n_students = len(etudiants)
    n_td = max(1, (n_students + 25) // 26)
    td_groups = [{"name": chr(ord("A") + g), "members": []} for g in range(n_td)]
    tp_groups = [{"name": f"{chr(ord('A') + g)}{k + 1}", "members": []} for g in range(n_td) for k in range(2)]
    for i, e in enumerate(etudiants):
        g = i * n_td // max(1, n_students)
        td_groups[g]["members"].append(e["ref"])
        tp_groups[2 * g + (i % 2)]["members"].append(e["ref"])
    return td_groups, tp_groups


def _demo_moduleimpls(module_refs: list[str], n_mods: int) -> list[dict]:
    return [
        {
            "ref": f"MI{ref}",
            "module": ref,
            "responsable": "ens" if k < n_mods else "chef",
            "enseignants": ["ens"] if k % 2 == 0 else [],
        }
        for k, ref in enumerate(module_refs)
    ]


def _demo_evaluations(
    rnd: random.Random, moduleimpls: list[dict], etudiants: list[dict], start: date, n_evals: int
) -> list[dict]:
    """``n_evals`` evaluations per module, notes drawn for every student (a few ABS and EXC)."""
    span = (start + timedelta(days=140) - start).days
    evaluations = []
    for mi in moduleimpls:
        for n in range(n_evals):
            notes = {}
            for e in etudiants:
                r = rnd.random()
                notes[e["ref"]] = "ABS" if r < 0.02 else "EXC" if r < 0.03 else rnd.randint(0, 20)
            evaluations.append(
                {
                    "ref": f"EV{mi['module']}-{n + 1}",
                    "moduleimpl": mi["ref"],
                    "numero": n + 1,
                    "jour": (start + timedelta(days=7 + n * (span - 14) // max(1, n_evals))).isoformat(),
                    "heure_debut": "08:00",
                    "heure_fin": "10:00",
                    "description": f"Contrôle {n + 1}",
                    "note_max": 20.0,
                    "coefficient": 1.0,
                    "notes": notes,
                }
            )
    return evaluations


def _demo_absences(rnd: random.Random, etudiants: list[dict], module_refs: list[str], start: date) -> list[dict]:
    """A tenth of the students absent for a half-day."""
    n_students = len(etudiants)
    absences = []
    for e in etudiants[: max(1, n_students // 10)]:
        day = start + timedelta(days=14 + rnd.randrange(0, 60))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        absences.append(
            {
                "etud": e["ref"],
                "jour": day.isoformat(),
                "matin": rnd.random() < 0.5,
                "estabs": True,
                "estjust": rnd.random() < 0.3,
                "description": module_refs[rnd.randrange(len(module_refs))],
            }
        )
    return absences


def _demo_billets(etudiants: list[dict], start: date) -> list[dict]:
    billets = []
    if etudiants:
        day = start + timedelta(days=30)
        billets.append(
            {
                "etud": etudiants[0]["ref"],
                "abs_begin": f"{day.isoformat()}T08:00:00",
                "abs_end": f"{day.isoformat()}T18:00:00",
                "description": "Rendez-vous médical",
                "justified": True,
            }
        )
    return billets
