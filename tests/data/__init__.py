"""The world every API test starts from: the demo department (30 students) plus a second department and
users with every kind of grant, so that scoping and permission cases have real data."""

from scodoc_api.services.demo import make_demo_dataset

PASSWORDS = {
    "admin": "admin",
    "chef": "chef",
    "ens": "ens",
    "secr": "secr",
    "obs": "obs-pass",
    "ens_geii": "geii-pass",
    "inactive": "inactive-pass",
    "norole": "norole-pass",
}


def make_test_dataset(n_students: int = 30) -> dict:
    data = make_demo_dataset(n_students, seed=7)
    data["departements"].append({"acronym": "GEII", "dept_name": "Génie électrique", "description": None})
    data["users"] += [
        {"user_name": "obs", "password": PASSWORDS["obs"], "roles": [{"role": "Observateur", "dept": "RT"}]},
        {
            "user_name": "ens_geii",
            "password": PASSWORDS["ens_geii"],
            "dept": "GEII",
            "roles": [{"role": "Ens", "dept": "GEII"}],
        },
        {
            "user_name": "inactive",
            "password": PASSWORDS["inactive"],
            "active": False,
            "roles": [{"role": "Admin", "dept": "RT"}],
        },
        {"user_name": "norole", "password": PASSWORDS["norole"], "roles": []},
    ]
    data["formations"].append(
        {
            "ref": "FG",
            "dept": "GEII",
            "acronyme": "DUT GEII",
            "titre": "DUT Génie électrique",
            "type_parcours": 100,
            "ue": [
                {
                    "ref": "GUE1",
                    "acronyme": "UE1",
                    "numero": 1,
                    "ects": 30.0,
                    "matiere": [
                        {
                            "titre": "Électronique",
                            "module": [{"ref": "GM1", "code": "GE101", "titre": "Électronique", "coefficient": 2.0}],
                        }
                    ],
                }
            ],
        }
    )
    # Same NIP as RT's first student: NIP and INE are unique per department only.
    data["etudiants"].append(
        {
            "ref": "G1",
            "dept": "GEII",
            "nom": "Durand",
            "prenom": "jean-pierre",
            "civilite": "M",
            "code_nip": "00000001",
            "code_ine": "0123456789X",
        }
    )
    data["formsemestres"].append(
        {
            "ref": "SG",
            "formation": "FG",
            "semestre_id": 1,
            "date_debut": "2026-09-01",
            "date_fin": "2027-01-31",
            "etapes": ["V1GEII"],
            "moduleimpls": [{"ref": "GMI1", "module": "GM1", "responsable": "ens_geii"}],
            "inscriptions": [{"etud": "G1"}],
            "evaluations": [{"ref": "GEV1", "moduleimpl": "GMI1", "jour": "2026-10-05", "notes": {"G1": 12.5}}],
        }
    )
    rt_sem = data["formsemestres"][0]
    # Edge cases: a resigned student, a student in no group with no address, an empty semester.
    data["etudiants"] += [
        {"ref": "DEM", "dept": "RT", "nom": "Parti", "prenom": "Paul", "civilite": "M", "code_nip": "09999998"},
        {"ref": "NOGRP", "dept": "RT", "nom": "Seul", "prenom": "sans-groupe", "code_nip": "09999999"},
    ]
    rt_sem["inscriptions"] += [{"etud": "DEM", "etat": "D"}, {"etud": "NOGRP", "modules": []}]
    rt_sem["partitions"][0]["groups"][0]["members"].append("DEM")
    data["formsemestres"].append(
        {
            "ref": "SEMPTY",
            "formation": "F1",
            "semestre_id": 2,
            "date_debut": "2027-02-01",
            "date_fin": "2027-06-30",
            "etapes": ["V2RT!2027"],
        }
    )
    return data
