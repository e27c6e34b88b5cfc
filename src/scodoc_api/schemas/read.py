"""Response models of the seed's read routes, written from spec/examples (one model per example file)."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel


class _Open(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EtudDeptRead(_Open):
    exist: bool
    dept: str
    id: int
    dept_id: int


class InSemestre(_Open):
    etat: str
    formsemestre_id: int
    date_debut: str
    date_fin: str
    parcours_type: str


class EtudRead(_Open):
    etudid: int
    nom: str
    prenom: str
    sexe: str
    nomprenom: str
    email: str | None
    domicile: str | None
    villedomicile: str | None
    telephonemobile: str | None
    insemestre: list[InSemestre]
    code_nip: str | None = None
    code_ine: str | None = None
    nom_usuel: str | None = None
    civilite: str | None = None
    date_naissance: str | None = None
    dept_id: int | None = None
    emailperso: str | None = None
    codepostaldomicile: str | None = None
    paysdomicile: str | None = None
    telephone: str | None = None


class EtudGroupe(_Open):
    numero: int
    partition_id: int
    partition_name: str
    group_id: int
    group_name: str | None


class EtudGroupsRead(_Open):
    etudid: int
    formsemestre_id: int
    groupes: list[EtudGroupe]


class FormationRead(_Open):
    id: int
    formation_id: int
    dept_id: int
    acronyme: str
    titre: str
    titre_officiel: str
    version: int
    formation_code: str
    type_parcours: int
    code_specialite: str | None


class TagExport(_Open):
    name: str


class ModuleExport(_Open):
    titre: str | None
    abbrev: str | None
    code: str
    heures_cours: float
    heures_td: float
    heures_tp: float
    coefficient: float
    ects: float | str
    semestre_id: int
    numero: int
    code_apogee: str | None
    module_type: int
    tags: list[TagExport] | None = None
    module_id: int | None = None
    ue_id: int | None = None
    matiere_id: int | None = None
    formation_id: int | None = None


class MatiereExport(_Open):
    titre: str | None
    numero: int
    module: list[ModuleExport]
    matiere_id: int | None = None
    ue_id: int | None = None


class UEExport(_Open):
    acronyme: str
    numero: int
    titre: str | None
    type: int
    ue_code: str
    ects: float | None = None
    is_external: bool
    code_apogee: str | None
    coefficient: float
    matiere: list[MatiereExport]
    ue_id: int | None = None
    formation_id: int | None = None


class FormationExport(_Open):
    acronyme: str
    titre: str
    titre_officiel: str
    version: int
    formation_code: str
    type_parcours: int
    code_specialite: str | None
    ue: list[UEExport]
    formation_id: int | None = None


class UERead(_Open):
    ue_id: int
    formation_id: int
    acronyme: str
    numero: int
    titre: str | None
    type: int
    ue_code: str
    ects: float | None
    is_external: bool
    code_apogee: str | None
    coefficient: float


class FormationSummary(_Open):
    acronyme: str
    formation_code: str
    id: int
    titre: str
    titre_officiel: str
    type_parcours: int
    version: int


class SemesterParcours(_Open):
    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "annees": {
                        "1": {
                            "competences": {"Administrer": {"id_orebut": "demo-rt-adm", "niveau": 1}},
                            "ordre": 1,
                        }
                    },
                    "code": "Cyber",
                    "id": 1,
                    "libelle": "Cybersécurité",
                    "numero": 0,
                }
            ]
        },
    )
    code: str
    libelle: str
    annees: dict[str, dict[str, Any]]


class FormSemestreRead(_Open):
    """The modern formsemestre object (modern-api.md §4.3) with the seed's keys (domain.md §5.5)."""

    annee_scolaire: int = Field(description="start year of the school year (2022 for 2022-2023)")
    bul_hide_xml: bool
    date_debut: str = Field(description="DD/MM/YYYY")
    date_debut_iso: str
    date_fin: str = Field(description="DD/MM/YYYY")
    date_fin_iso: str
    dept_id: int
    elt_annee_apo: str | None
    elt_sem_apo: str | None
    etape_apo: str | None
    etapes: list[str] | None = None
    etat: bool
    formation: FormationSummary
    formation_id: int
    formsemestre_id: int
    id: int
    modalite: str | None
    parcours: list[SemesterParcours] | None = Field(
        default=None, description="BUT: the parcours the semester offers, with their compétences per year"
    )
    parcours_type: str
    periode: int
    responsables: list[int]
    semestre_id: int
    semestre_idx: int
    semestre_idx_txt: str
    session_id: str
    titre: str
    titre_annee: str
    titre_formation: str
    titre_num: str


class ModuleRead(_Open):
    module_id: int
    titre: str | None
    abbrev: str | None
    code: str
    heures_cours: float
    heures_td: float
    heures_tp: float
    coefficient: float
    ects: float | None
    ue_id: int
    formation_id: int
    matiere_id: int | None
    semestre_id: int
    numero: int
    code_apogee: str | None
    module_type: int


class MatiereRead(_Open):
    matiere_id: int
    ue_id: int
    titre: str | None
    numero: int


class EnsRead(_Open):
    moduleimpl_id: int
    ens_id: int


class ModuleImplRead(_Open):
    id: int
    moduleimpl_id: int
    module_id: int
    formsemestre_id: int
    responsable_id: int | None
    computation_expr: str | None
    ens: list[EnsRead]
    module: ModuleRead
    ue: UERead
    matiere: MatiereRead | None


class GroupInPartition(_Open):
    formsemestre_id: int
    partition_id: int
    group_name: str | None
    group_id: int
    partition_name: str | None


class PartitionRead(_Open):
    formsemestre_id: int
    partition_id: int
    partition_name: str | None
    group: list[GroupInPartition]
    numero: int | None = None
    bul_show_rank: bool | None = None
    show_in_lists: bool | None = None


class GroupMemberRead(BaseModel):
    """One student; plus one key per named partition id holding the group name or null."""

    model_config = ConfigDict(extra="allow")
    etat: str
    email: str | None
    emailperso: str | None
    prenom: str
    nom_disp: str
    civilite_str: str | None = None
    etudid: int | None = None
    etape: str | None = None
    code_nip: str | None = None
    code_ine: str | None = None


class EvaluationRead(_Open):
    evaluation_id: int
    moduleimpl_id: int
    jour: str | None
    heure_debut: str | None
    heure_fin: str | None
    duree: str
    descrheure: str
    matin: int
    apresmidi: int
    description: str | None
    note_max: float
    coefficient: float
    visibulletin: bool
    publish_incomplete: bool
    evaluation_type: int
    numero: int


class EvalNotesRead(RootModel[list[dict[str, str]]]):
    """A list holding one object: etudid -> note text (``"13"``, ``"12.5"``, ``ABS``, ``EXC``, ``ATT``)."""


class AbsenceRead(_Open):
    jour: str
    ampm: int = Field(description="1 morning, 0 afternoon")
    description: str


class AbsGroupEtatRead(_Open):
    etudid: int
    nomprenom: str
    boursier: bool | None = None
    nbjustifs_noabs: int
    nbabsjust: int
    nbabsnonjust: int
    nbabs: int


class BilletRead(_Open):
    billet_id: int
    abs_begin_str: str
    abs_end_str: str
    description: str
    etat_str: str
    etudid: int | None = None
    etat: bool | None = None
    justified: bool | None = None
    abs_begin: str | None = None
    abs_end: str | None = None
    entry_date: str | None = None
