"""Students: identity, address, admission data and photo (domain.md §3)."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, LargeBinary
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class Identite(SQLModel, table=True):
    __tablename__ = "identite"
    __table_args__ = (CheckConstraint("civilite IN ('M', 'F', 'X')", name="civilite"),)

    id: int | None = Field(default=None, primary_key=True)
    dept_id: int = Field(foreign_key="departement.id", index=True)
    nom: str = ""
    prenom: str = ""
    nom_usuel: str | None = None
    civilite: str = Field(default="X", max_length=1)
    date_naissance: date | None = None
    lieu_naissance: str | None = None
    dept_naissance: str | None = None
    nationalite: str | None = None
    statut: str | None = None
    boursier: bool = False
    photo_filename: str | None = None
    # NIP and INE are strings: leading zeros are significant. Unique per department by application rule only.
    code_nip: str | None = Field(default=None, index=True)
    code_ine: str | None = Field(default=None, index=True)


class Adresse(SQLModel, table=True):
    __tablename__ = "adresse"

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    email: str | None = None
    emailperso: str | None = None
    domicile: str | None = None
    codepostaldomicile: str | None = None
    villedomicile: str | None = None
    paysdomicile: str | None = None
    telephone: str | None = None
    telephonemobile: str | None = None
    fax: str | None = None
    typeadresse: str = "domicile"
    description: str | None = None


class Admission(SQLModel, table=True):
    __tablename__ = "admissions"

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    annee: int | None = None
    bac: str | None = None
    specialite: str | None = None
    annee_bac: int | None = None
    math: str | None = None
    physique: float | None = None
    anglais: float | None = None
    francais: float | None = None
    rang: int | None = None
    qualite: float | None = None
    rapporteur: str | None = None
    decision: str | None = None
    score: float | None = None
    commentaire: str | None = None
    nomlycee: str | None = None
    villelycee: str | None = None
    codepostallycee: str | None = None
    codelycee: str | None = None
    type_admission: str | None = None
    boursier_prec: bool | None = None
    classement: int | None = None
    apb_groupe: str | None = None
    apb_classement_gr: int | None = None


class EtudPhoto(SQLModel, table=True):
    """Photos live in the database so that every worker and host serves the same image."""

    __tablename__ = "etud_photo"

    etudid: int = Field(foreign_key="identite.id", primary_key=True, ondelete="CASCADE")
    mime_type: str = "image/jpeg"
    content: bytes = Field(sa_type=LargeBinary)
    small_content: bytes = Field(sa_type=LargeBinary)
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
