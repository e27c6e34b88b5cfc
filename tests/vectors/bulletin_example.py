"""The constructed semester of bulletins.md §8 as a dataset, and the spec's expected bulletins."""

import json

from tests.paths import ROOT

EXPECTED = ROOT / "tests" / "data" / "bulletins"  # copied from bulletins.md §8


def expected_json_1001() -> dict:
    return json.loads((EXPECTED / "expected_1001.json").read_text())


def expected_xml_1001() -> str:
    return (EXPECTED / "expected_1001.xml").read_text()


def expected_json_1004_short() -> str:
    return (EXPECTED / "expected_1004_short.json").read_text().strip()


ALL_MIS = [f"MI{m}" for m in ("M1101", "M1102", "M1201", "M1202", "SPORT")]


def dataset() -> dict:
    def ev(ref, mi, jour, h0, h1, descr, note_max=20.0, coef=1.0, typ=0, visible=True, notes=None):
        return {
            "ref": ref,
            "moduleimpl": mi,
            "jour": jour,
            "heure_debut": h0,
            "heure_fin": h1,
            "description": descr,
            "note_max": note_max,
            "coefficient": coef,
            "evaluation_type": typ,
            "visibulletin": visible,
            "numero": 0,
            "notes": notes or {},
        }

    return {
        "departements": [{"acronym": "INFO", "preferences": {"bul_show_decision": 1}}],
        "formations": [
            {
                "ref": "F",
                "dept": "INFO",
                "acronyme": "INFO1",
                "titre": "Informatique",
                "ue": [
                    {
                        "ref": "UE1",
                        "acronyme": "UE1",
                        "numero": 1,
                        "titre": "Informatique",
                        "ects": 12.0,
                        "code_apogee": "VINU1",
                        "matiere": [
                            {
                                "titre": "Info",
                                "numero": 1,
                                "module": [
                                    {
                                        "ref": "M1101",
                                        "code": "M1101",
                                        "titre": "Programmation",
                                        "abbrev": "Prog.",
                                        "coefficient": 3.0,
                                        "numero": 10,
                                        "code_apogee": "VINM1101",
                                    },
                                    {
                                        "ref": "M1102",
                                        "code": "M1102",
                                        "titre": "Systèmes d'exploitation",
                                        "abbrev": "Système",
                                        "coefficient": 2.0,
                                        "numero": 20,
                                    },
                                ],
                            }
                        ],
                    },
                    {
                        "ref": "UE2",
                        "acronyme": "UE2",
                        "numero": 2,
                        "titre": "Maths & langues",
                        "ects": 6.0,
                        "matiere": [
                            {
                                "titre": "ML",
                                "numero": 1,
                                "module": [
                                    {
                                        "ref": "M1201",
                                        "code": "M1201",
                                        "titre": "Mathématiques",
                                        "abbrev": "Maths",
                                        "coefficient": 2.5,
                                        "numero": 10,
                                    },
                                    {
                                        "ref": "M1202",
                                        "code": "M1202",
                                        "titre": "Anglais",
                                        "coefficient": 1.0,
                                        "numero": 20,
                                    },
                                ],
                            }
                        ],
                    },
                    {
                        "ref": "UES",
                        "acronyme": "UE S",
                        "numero": 3,
                        "titre": "Sport & culture",
                        "type": 1,
                        "ects": 0.0,
                        "matiere": [
                            {
                                "titre": "Sport",
                                "numero": 1,
                                "module": [
                                    {
                                        "ref": "SPORT",
                                        "code": "SPORT",
                                        "titre": "Sport",
                                        "abbrev": "Sport",
                                        "coefficient": 1.0,
                                        "numero": 10,
                                    }
                                ],
                            }
                        ],
                    },
                ],
            }
        ],
        "etudiants": [
            {
                "ref": "1001",
                "dept": "INFO",
                "nom": "Durand",
                "prenom": "Émilie",
                "civilite": "F",
                "code_nip": "21000123",
                "adresse": {"email": "emilie.durand@example.org"},
            },
            {
                "ref": "1002",
                "dept": "INFO",
                "nom": "Martin",
                "prenom": "Jean-Marc",
                "civilite": "M",
                "code_nip": "21000124",
                "adresse": {"email": "jean-marc.martin@example.org"},
            },
            {
                "ref": "1003",
                "dept": "INFO",
                "nom": "Petit",
                "prenom": "Lucas",
                "civilite": "M",
                "code_nip": "21000125",
                "adresse": {"email": "lucas.petit@example.org"},
            },
            {
                "ref": "1004",
                "dept": "INFO",
                "nom": "Roux",
                "prenom": "Zoé",
                "civilite": "F",
                "code_nip": "21000126",
                "adresse": {"email": "zoe.roux@example.org"},
            },
        ],
        "formsemestres": [
            {
                "ref": "S12",
                "formation": "F",
                "semestre_id": 1,
                "date_debut": "2021-09-01",
                "date_fin": "2022-01-31",
                "etapes": ["V1INF"],
                "bonus_function": "bonus_iutv",
                "moduleimpls": [{"ref": f"MI{m}", "module": m} for m in ("M1101", "M1102", "M1201", "M1202", "SPORT")],
                # sport modules are not registered by default: list every module
                "inscriptions": [
                    {"etud": "1001", "date": "2021-09-01", "modules": ALL_MIS},
                    {"etud": "1002", "date": "2021-09-01", "modules": ALL_MIS},
                    {"etud": "1003", "date": "2021-09-01", "modules": ALL_MIS},
                    {"etud": "1004", "date": "2021-09-01", "etat": "D", "etat_date": "2021-11-15", "modules": ALL_MIS},
                ],
                "partitions": [
                    {
                        "name": "TD",
                        "groups": [
                            {"name": "A", "members": ["1001", "1003"]},
                            {"name": "B", "members": ["1002", "1004"]},
                        ],
                    }
                ],
                "evaluations": [
                    ev(
                        "9001",
                        "MIM1101",
                        "2021-10-04",
                        "08:00",
                        "10:00",
                        "Contrôle 1",
                        notes={"1001": 14.5, "1002": 8, "1003": "ABS", "1004": 12},
                    ),
                    ev(
                        "9002",
                        "MIM1101",
                        "2021-11-15",
                        "14:00",
                        "17:00",
                        "Projet",
                        40.0,
                        2.0,
                        visible=False,
                        notes={"1001": 31, "1002": 20, "1003": 26},
                    ),
                    ev(
                        "9003",
                        "MIM1101",
                        "2022-01-10",
                        "08:00",
                        "10:00",
                        "Rattrapage",
                        typ=1,
                        notes={"1002": 11, "1003": "ABS"},
                    ),
                    ev(
                        "9004",
                        "MIM1102",
                        "2021-10-20",
                        "10:00",
                        "12:00",
                        "TP noté",
                        10.0,
                        notes={"1001": 7.5, "1002": 6, "1003": "EXC"},
                    ),
                    ev(
                        "9005",
                        "MIM1201",
                        "2021-11-02",
                        "08:00",
                        "10:00",
                        "DS",
                        notes={"1001": 12, "1002": 12, "1003": 9},
                    ),
                    ev(
                        "9006",
                        "MIM1202",
                        "2021-12-01",
                        "09:00",
                        "12:00",
                        "Oral",
                        notes={"1001": 16, "1002": "EXC", "1003": 11},
                    ),
                    ev(
                        "9007",
                        "MISPORT",
                        "2021-12-15",
                        "14:00",
                        "16:00",
                        "Sport S1",
                        notes={"1001": 15, "1002": 9, "1003": "ABS"},
                    ),
                ],
                "decisions": [
                    {"etud": "1001", "code": "ADM"},
                    {"etud": "1001", "code": "ADM", "ue": "UE1"},
                    {"etud": "1001", "code": "ADM", "ue": "UE2"},
                ],
                "autorisations": [{"etud": "1001", "semestre_id": 2}],
                "appreciations": [{"etud": "1001", "comment": "Bon semestre, continuez !", "date": "2022-01-20"}],
            }
        ],
        "absences": [
            {"etud": "1001", "jour": "2021-10-11", "matin": True, "estjust": True},
            {"etud": "1001", "jour": "2021-10-11", "matin": False, "estjust": True},
            {"etud": "1001", "jour": "2021-10-12", "matin": True},
            {"etud": "1001", "jour": "2021-10-12", "matin": False},
            {"etud": "1004", "jour": "2021-10-13", "matin": True},
            {"etud": "1004", "jour": "2021-10-13", "matin": False},
        ],
    }
