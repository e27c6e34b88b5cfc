"""Semesters' programme, results and jury decisions of the ScoDoc 9.x routes (modern-api.md §5.3)."""

from typing import Any

from pydantic import ConfigDict

from scodoc_api.schemas.common import Obj, example_config


class ProgrammeItem(Obj):
    id: int
    module: dict[str, Any]
    module_id: int


class ProgrammeRead(Obj):
    """Classic semesters fill ``modules`` (and ``malus``); BUT semesters ``ressources`` and ``saes`` (second
    example), their sport modules staying in ``modules``."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "malus": [],
                    "modules": [
                        {
                            "id": 5501,
                            "module": {"abbrev": "Prog.", "code": "M1101", "titre": "Programmation", "ue_id": 201},
                            "module_id": 3301,
                            "responsable_id": 17,
                        }
                    ],
                    "ressources": [],
                    "saes": [],
                    "ues": [{"acronyme": "UE1", "id": 201, "titre": "Informatique"}],
                },
                {
                    "malus": [],
                    "modules": [],
                    "ressources": [
                        {
                            "id": 5501,
                            "module": {
                                "abbrev": "Dev. avancé",
                                "code": "R3.01",
                                "titre": "Développement web",
                                "ue_id": 201,
                            },
                            "module_id": 3301,
                            "responsable_id": 17,
                        }
                    ],
                    "saes": [
                        {
                            "id": 5520,
                            "module": {
                                "abbrev": "SAÉ 3.01",
                                "code": "SAÉ3.01",
                                "titre": "Développement d'une application",
                                "ue_id": 201,
                            },
                            "module_id": 3320,
                            "responsable_id": 17,
                        }
                    ],
                    "ues": [{"acronyme": "UE3.1", "id": 201, "titre": "Réaliser un développement d'application"}],
                },
            ]
        },
    )
    malus: list[ProgrammeItem]
    modules: list[ProgrammeItem]
    ressources: list[ProgrammeItem]
    saes: list[ProgrammeItem]
    ues: list[dict[str, Any]]


class ResultatRow(Obj):
    """Classic semesters: ``moy_mod_<moduleimpl>_<ue>``; BUT semesters: ``moy_res_<moduleimpl>_<ue>`` and
    ``moy_sae_<moduleimpl>_<ue>`` with the identity columns (second example)."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "etat": "I",
                    "etudid": 1042,
                    "moy_gen": "13.42",
                    "moy_mod_5501_201": "14.50",
                    "moy_ue_201": "13.25",
                    "nom_disp": "MARTIN",
                    "part_77": "TD1",
                    "prenom": "Léa",
                    "rang": "4",
                },
                {
                    "civilite": "F",
                    "civilite_str": "Mme",
                    "code_ine": "123456789AB",
                    "code_nip": "22012345",
                    "etat": "I",
                    "etudid": 1042,
                    "moy_gen": "13.42",
                    "moy_res_5501_201": "14.50",
                    "moy_sae_5520_201": "12.00",
                    "moy_ue_201": "13.25",
                    "nom": "MARTIN",
                    "nom_disp": "MARTIN",
                    "nom_short": "MARTIN Lé.",
                    "part_77": "TD1",
                    "prenom": "Léa",
                    "rang": "4",
                },
            ]
        },
    )
    etat: str
    etudid: int
    moy_gen: str
    nom_disp: str
    prenom: str
    rang: str


class RcueUE(Obj):
    ue_id: int
    code: str | None
    moy: float | None


class Rcue(Obj):
    code: str | None
    moy: float | None
    ue_1: RcueUE
    ue_2: RcueUE


class DecisionJuryRow(Obj):
    """Classic semesters: ``semestre`` and ``ues`` codes; BUT semesters also ``annee`` and ``rcues``."""

    model_config = example_config(
        {
            "annee": {"annee_scolaire": 2024, "code": "ADM", "ordre": 1},
            "code_ine": "123456789AB",
            "code_nip": "22012345",
            "etat": "I",
            "etudid": 1042,
            "nom": "MARTIN",
            "prenom": "Léa",
            "rcues": [
                {
                    "code": "ADM",
                    "moy": 12.6,
                    "niveau": {"competence": {"titre": "Administrer"}},
                    "ue_1": {"code": "ADM", "moy": 13.25, "ue_id": 201},
                    "ue_2": {"code": "ADM", "moy": 11.95, "ue_id": 211},
                }
            ],
            "ues": [{"code": "ADM", "moy": 11.95, "ue_id": 211}],
        }
    )
    rcues: list[Rcue] = []
    etudid: int
    etat: str
    code_nip: str | None
    code_ine: str | None
