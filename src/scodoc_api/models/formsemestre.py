"""Semesters, their registrations and module implementations (domain.md §5-7)."""

import secrets
from datetime import date, datetime

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


def new_results_version() -> int:
    return secrets.randbits(62) + 1


class FormSemestre(SQLModel, table=True):
    __tablename__ = "notes_formsemestre"

    id: int | None = Field(default=None, primary_key=True)
    dept_id: int = Field(foreign_key="departement.id", index=True)
    formation_id: int = Field(foreign_key="notes_formations.id", index=True)
    semestre_id: int = 1  # index in the curriculum, -1 when none (not a formsemestre id)
    titre: str | None = None
    date_debut: date
    date_fin: date
    etat: bool = True  # true = open, false = locked
    modalite: str | None = Field(default="FI", max_length=32)
    gestion_compensation: bool = False
    bul_hide_xml: bool = False
    block_moyennes: bool = False
    gestion_semestrielle: bool = False
    bul_bgcolor: str | None = Field(default="white", max_length=32)
    resp_can_edit: bool = False
    resp_can_change_ens: bool = True
    ens_can_edit_eval: bool = False
    elt_sem_apo: str | None = None
    elt_annee_apo: str | None = None
    # Options of the grade engine (grades.md): UE coefficients in the general mean, sport bonus rule.
    use_ue_coefs: bool = False
    bonus_function: str | None = None
    # Renewed (a random 62-bit value) by every write that can change computed results: the cache key shared by
    # all workers. Random rather than +1 so that a reused id or a rolled-back write can never meet an old entry.
    results_version: int = Field(default_factory=new_results_version, sa_type=BigInteger)
    # When the last renewal came from a write of notes only: the version it replaced and the evaluations whose
    # notes changed ("12,13"). A worker holding the replaced results then reloads those notes only. NULL:
    # anything may have changed, reload everything.
    results_prev_version: int | None = Field(default=None, sa_type=BigInteger)
    results_delta: str | None = None


class FormSemestreEtape(SQLModel, table=True):
    __tablename__ = "notes_formsemestre_etapes"

    id: int | None = Field(default=None, primary_key=True)
    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE")
    etape_apo: str = Field(max_length=24, index=True)


class FormSemestreResponsable(SQLModel, table=True):
    __tablename__ = "notes_formsemestre_responsables"

    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", primary_key=True, ondelete="CASCADE")
    responsable_id: int = Field(foreign_key="users.id", primary_key=True, index=True, ondelete="CASCADE")


class FormSemestreUECoef(SQLModel, table=True):
    """Per-semester coefficient overrides for capitalised UEs."""

    __tablename__ = "notes_formsemestre_uecoef"
    __table_args__ = (UniqueConstraint("formsemestre_id", "ue_id"),)

    id: int | None = Field(default=None, primary_key=True)
    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE")
    ue_id: int = Field(foreign_key="notes_ue.id", index=True, ondelete="CASCADE")
    coefficient: float


class FormSemestreInscription(SQLModel, table=True):
    __tablename__ = "notes_formsemestre_inscription"
    __table_args__ = (UniqueConstraint("formsemestre_id", "etudid"),)

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE")
    etat: str = Field(default="I", max_length=16)  # I, D (démission), DEF (défaillant)
    etape: str | None = Field(default=None, max_length=24)


class ScolarEvent(SQLModel, table=True):
    __tablename__ = "scolar_events"

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    event_date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    formsemestre_id: int | None = Field(
        default=None, foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE"
    )
    ue_id: int | None = Field(default=None, foreign_key="notes_ue.id", index=True)
    event_type: str = Field(max_length=32)
    comp_formsemestre_id: int | None = Field(default=None, foreign_key="notes_formsemestre.id", index=True)


class ModuleImpl(SQLModel, table=True):
    __tablename__ = "notes_moduleimpl"
    __table_args__ = (UniqueConstraint("formsemestre_id", "module_id"),)

    id: int | None = Field(default=None, primary_key=True)
    module_id: int = Field(foreign_key="notes_modules.id", index=True)
    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE")
    responsable_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    computation_expr: str | None = None


class ModuleImplEnseignant(SQLModel, table=True):
    __tablename__ = "notes_modules_enseignants"

    moduleimpl_id: int = Field(foreign_key="notes_moduleimpl.id", primary_key=True, ondelete="CASCADE")
    ens_id: int = Field(foreign_key="users.id", primary_key=True, index=True, ondelete="CASCADE")


class ModuleImplInscription(SQLModel, table=True):
    __tablename__ = "notes_moduleimpl_inscription"
    __table_args__ = (UniqueConstraint("moduleimpl_id", "etudid"),)

    id: int | None = Field(default=None, primary_key=True)
    moduleimpl_id: int = Field(foreign_key="notes_moduleimpl.id", index=True, ondelete="CASCADE")
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
