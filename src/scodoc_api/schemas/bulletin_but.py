"""The BUT bulletin (modern-api.md §6): what a renderer needs is required and never null (§6.9); other keys are
allowed, as ScoDoc adds fields across versions. The example is the one of §6.8."""

from typing import Any

from pydantic import BaseModel, ConfigDict

from scodoc_api.schemas.examples import example


class _Obj(BaseModel):
    model_config = ConfigDict(extra="allow")


class NoteStats(_Obj):
    value: str
    min: str
    max: str
    moy: str


class ButEvaluation(_Obj):
    id: int
    description: str | None
    date: str
    heure_debut: str
    heure_fin: str
    coef: str
    evaluation_type: int
    note: NoteStats
    poids: dict[str, float]
    url: str


class ButModule(_Obj):
    id: int
    titre: str | None
    code_apogee: str | None
    url: str
    moyenne: NoteStats
    evaluations: list[ButEvaluation]


class UEModule(_Obj):
    id: int
    coef: float
    moyenne: str


class UEMean(_Obj):
    value: str
    min: str
    max: str
    moy: str
    rang: str
    total: int


class ECTS(_Obj):
    acquis: float
    total: float


class ButUE(_Obj):
    id: int
    titre: str | None
    numero: int
    type: int
    moyenne: UEMean
    bonus: str
    malus: str
    capitalise: dict[str, Any] | None
    competence: dict[str, Any] | None
    ressources: dict[str, UEModule]
    saes: dict[str, UEModule]
    ECTS: ECTS


class CapitalisedMean(_Obj):
    value: str
    rang: str
    total: int


class CapitalisedUE(_Obj):
    id: int
    titre: str | None
    numero: int
    moyenne: CapitalisedMean
    date_capitalisation: str
    is_external: bool
    formsemestre_id: int | None
    bul_orig_url: str | None
    ECTS: ECTS


class SemesterRank(_Obj):
    value: str
    total: int
    groupes: dict[str, dict[str, Any]]


class ButSemestre(_Obj):
    numero: int
    annee_universitaire: str
    date_debut: str
    date_fin: str
    inscription: str
    groupes: list[dict[str, Any]]
    notes: NoteStats
    rang: SemesterRank
    absences: dict[str, Any]
    ECTS: ECTS
    decision_ue: list[dict[str, Any]]
    decision_rcue: list[dict[str, Any]]
    decision_annee: dict[str, Any] | None
    situation: str


class ButBulletin(_Obj):
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [example("bulletin_but.json")]})
    version: str
    type: str
    date: str
    publie: bool
    etat_inscription: str
    etudiant: dict[str, Any]
    formation: dict[str, Any]
    formsemestre_id: int
    options: dict[str, Any]
    # absent only from an unpublished bulletin (publie false), which stops after ``options``
    ressources: dict[str, ButModule] = {}
    saes: dict[str, ButModule] = {}
    ues: dict[str, ButUE] = {}
    ues_capitalisees: dict[str, CapitalisedUE] = {}
    semestre: ButSemestre | None = None
