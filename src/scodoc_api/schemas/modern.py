"""Response models of the modern ScoDoc 9.x routes (modern-api.md §4-5), with the spec's examples. Objects
allow extra keys: ScoDoc adds fields across versions and clients ignore what they do not read."""

from pydantic import BaseModel, ConfigDict, Field, RootModel


class _Obj(BaseModel):
    model_config = ConfigDict(extra="allow")


def _ex(example) -> ConfigDict:
    return ConfigDict(extra="allow", json_schema_extra={"examples": [example]})


class DepartementRead(_Obj):
    model_config = _ex(
        {
            "acronym": "INFO",
            "date_creation": "Mon, 05 Sep 2022 08:12:44 GMT",
            "dept_name": "Informatique",
            "description": "Département Informatique",
            "id": 3,
            "visible": True,
        }
    )
    acronym: str
    date_creation: str | None
    dept_name: str | None
    description: str | None
    id: int
    visible: bool


class GroupRef(_Obj):
    group_id: int
    group_name: str | None
    partition_id: int
    partition_name: str | None


class EtudiantRead(_Obj):
    """Short form; the long form adds addresses, admission and personal details; per-semester lists add
    ``etat`` and ``groups``."""

    model_config = _ex(
        {
            "civilite": "F",
            "code_ine": "123456789AB",
            "code_nip": "22012345",
            "dept_acronym": "INFO",
            "dept_id": 3,
            "etudid": 1042,
            "id": 1042,
            "nom": "MARTIN",
            "nom_usuel": None,
            "prenom": "Léa",
            "sort_key": "MARTIN;LEA",
        }
    )
    civilite: str
    code_ine: str | None
    code_nip: str | None
    dept_acronym: str | None
    dept_id: int
    etudid: int
    id: int
    nom: str
    nom_usuel: str | None
    prenom: str
    sort_key: str
    etat: str | None = None
    groups: list[GroupRef] | None = None


class ProgrammeItem(_Obj):
    id: int
    module: dict
    module_id: int


class ProgrammeRead(_Obj):
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
    ues: list[dict]


class PartitionGroup(_Obj):
    group_name: str | None
    id: int
    numero: int
    partition_id: int


class PartitionItem(_Obj):
    groups: dict[str, PartitionGroup]
    id: int
    numero: int
    partition_name: str | None


class PartitionsMap(RootModel[dict[str, PartitionItem]]):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "77": {
                        "groups": {"301": {"group_name": "TD1", "id": 301, "numero": 1, "partition_id": 77}},
                        "id": 77,
                        "numero": 1,
                        "partition_name": "TD",
                    }
                }
            ]
        }
    )


class ResultatRow(_Obj):
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


class RcueUE(_Obj):
    ue_id: int
    code: str | None
    moy: float | None


class Rcue(_Obj):
    code: str | None
    moy: float | None
    ue_1: RcueUE
    ue_2: RcueUE


class DecisionJuryRow(_Obj):
    """Classic semesters: ``semestre`` and ``ues`` codes; BUT semesters also ``annee`` and ``rcues``."""

    model_config = _ex(
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


class GroupEtudiantRead(_Obj):
    model_config = _ex(
        {
            "civilite": "F",
            "code_ine": "123456789AB",
            "code_nip": "22012345",
            "email": "lea.martin@etu.example.fr",
            "etudid": 1042,
            "id": 1042,
            "nom": "MARTIN",
            "prenom": "Léa",
        }
    )
    etudid: int
    id: int
    nom: str
    prenom: str


class NoteEntry(_Obj):
    comment: str | None
    date: str | None
    etudid: int
    evaluation_id: int
    note_max: float
    uid: int | None
    value: float | str = Field(description="a float written with a decimal point, or ABS, EXC, ATT")


class EvaluationNotesMap(RootModel[dict[str, NoteEntry]]):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "1042": {
                        "comment": "",
                        "date": "2024-10-15T10:12:03+02:00",
                        "etudid": 1042,
                        "evaluation_id": 90210,
                        "note_max": 20.0,
                        "uid": 17,
                        "value": 14.5,
                    }
                }
            ]
        }
    )


class EvaluationModernRead(_Obj):
    id: int
    evaluation_id: int
    moduleimpl_id: int


class UserRead(_Obj):
    active: bool
    id: int
    user_name: str
    dept: str | None
    roles_string: str


class ClassicBulletin(_Obj):
    """A classic bulletin (bulletins.md), with plain texts and ``publie`` a boolean on the modern routes."""

    etudid: int
    formsemestre_id: int
    publie: bool | int
    etudiant: dict


class OkRead(_Obj):
    OK: bool


class GroupMoveRead(_Obj):
    group_id: int
    etudid: int


class GroupRead(_Obj):
    id: int
    group_name: str | None
    partition_id: int


class PartitionSummary(_Obj):
    """A partition as created or edited."""

    id: int
    partition_name: str | None
    formsemestre_id: int


class NotesSetRead(_Obj):
    status: str
    nbchanged: int
    unchanged: int
