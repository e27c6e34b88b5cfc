"""BUT: the competency framework (référentiel de compétences), the links of a BUT programme to it, and the
BUT-only jury records and dispenses (but.md §1, domain of ScoDoc's ``apc_*`` tables)."""

from datetime import datetime

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class ApcReferentielCompetences(SQLModel, table=True):
    __tablename__ = "apc_referentiel_competences"
    __table_args__ = (UniqueConstraint("dept_id", "specialite", "version_orebut"),)

    id: int | None = Field(default=None, primary_key=True)
    dept_id: int = Field(foreign_key="departement.id", index=True, ondelete="CASCADE")
    annexe: str | None = Field(default=None, max_length=32)
    specialite: str = Field(max_length=64)
    specialite_long: str | None = Field(default=None, max_length=1024)
    type_titre: str | None = Field(default=None, max_length=64)
    type_structure: str | None = Field(default=None, max_length=64)
    type_departement: str | None = Field(default=None, max_length=64)
    version_orebut: str = Field(default="", max_length=64)
    scodoc_date_loaded: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    scodoc_orig_filename: str | None = Field(default=None, max_length=1024)


class ApcCompetence(SQLModel, table=True):
    __tablename__ = "apc_competence"
    __table_args__ = (UniqueConstraint("referentiel_id", "titre"),)

    id: int | None = Field(default=None, primary_key=True)
    referentiel_id: int = Field(foreign_key="apc_referentiel_competences.id", index=True, ondelete="CASCADE")
    id_orebut: str | None = Field(default=None, max_length=64)
    titre: str = Field(max_length=1024)
    titre_long: str | None = Field(default=None, max_length=1024)
    couleur: str | None = Field(default=None, max_length=32)
    numero: int = 0
    situations: list[str] = Field(default_factory=list, sa_type=JSON)  # libellés, in order
    composantes_essentielles: list[str] = Field(default_factory=list, sa_type=JSON)


class ApcNiveau(SQLModel, table=True):
    __tablename__ = "apc_niveau"
    __table_args__ = (UniqueConstraint("competence_id", "ordre"),)

    id: int | None = Field(default=None, primary_key=True)
    competence_id: int = Field(foreign_key="apc_competence.id", index=True, ondelete="CASCADE")
    libelle: str = Field(max_length=1024)
    annee: str = Field(max_length=8)  # "BUT1", "BUT2", "BUT3"
    ordre: int  # 1, 2, 3 within the competence


class ApcAppCritique(SQLModel, table=True):
    __tablename__ = "apc_app_critique"
    __table_args__ = (UniqueConstraint("niveau_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    niveau_id: int = Field(foreign_key="apc_niveau.id", index=True, ondelete="CASCADE")
    code: str = Field(max_length=32)
    libelle: str = Field(max_length=1024)


class ApcParcours(SQLModel, table=True):
    __tablename__ = "apc_parcours"
    __table_args__ = (UniqueConstraint("referentiel_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    referentiel_id: int = Field(foreign_key="apc_referentiel_competences.id", index=True, ondelete="CASCADE")
    code: str = Field(max_length=64)
    numero: int = 0
    libelle: str = Field(max_length=1024)


class ApcParcoursNiveau(SQLModel, table=True):
    """The niveau of each competence a parcours includes in each year (``annees`` of the export)."""

    __tablename__ = "apc_parcours_niveau"

    parcours_id: int = Field(foreign_key="apc_parcours.id", primary_key=True, ondelete="CASCADE")
    annee: int = Field(primary_key=True)  # 1, 2, 3
    competence_id: int = Field(foreign_key="apc_competence.id", primary_key=True, index=True, ondelete="CASCADE")
    niveau: int  # the niveau's ordre


class UEParcours(SQLModel, table=True):
    """An UE belongs to these parcours (none listed: to all), with the parcours' ECTS when they differ."""

    __tablename__ = "notes_ue_parcours"

    ue_id: int = Field(foreign_key="notes_ue.id", primary_key=True, ondelete="CASCADE")
    parcours_id: int = Field(foreign_key="apc_parcours.id", primary_key=True, index=True, ondelete="CASCADE")
    ects: float | None = None


class FormSemestreParcours(SQLModel, table=True):
    __tablename__ = "notes_formsemestre_parcours"

    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", primary_key=True, ondelete="CASCADE")
    parcours_id: int = Field(foreign_key="apc_parcours.id", primary_key=True, index=True, ondelete="CASCADE")


class DispenseUE(SQLModel, table=True):
    """A student exempted from an UE of a semester (but.md §1.4): no mean, no weight, no validation."""

    __tablename__ = "but_dispense_ue"
    __table_args__ = (UniqueConstraint("formsemestre_id", "ue_id", "etudid"),)

    id: int | None = Field(default=None, primary_key=True)
    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE")
    ue_id: int = Field(foreign_key="notes_ue.id", index=True, ondelete="CASCADE")
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")


class ApcValidationRCUE(SQLModel, table=True):
    """A jury decision on a RCUE (the pair of UEs of one niveau)."""

    __tablename__ = "apc_validation_rcue"
    __table_args__ = (UniqueConstraint("etudid", "formsemestre_id", "ue1_id", "ue2_id"),)

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    formsemestre_id: int | None = Field(
        default=None, foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE"
    )
    ue1_id: int = Field(foreign_key="notes_ue.id", index=True, ondelete="CASCADE")
    ue2_id: int = Field(foreign_key="notes_ue.id", index=True, ondelete="CASCADE")
    parcours_id: int | None = Field(default=None, foreign_key="apc_parcours.id", index=True)
    code: str = Field(max_length=16)
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)


class ApcValidationAnnee(SQLModel, table=True):
    """A jury decision on a BUT year."""

    __tablename__ = "apc_validation_annee"
    __table_args__ = (UniqueConstraint("etudid", "ordre", "annee_scolaire"),)

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    ordre: int  # 1, 2, 3
    formsemestre_id: int | None = Field(
        default=None, foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE"
    )
    annee_scolaire: int
    code: str = Field(max_length=16)
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
