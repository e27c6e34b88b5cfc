"""Jury decisions and progression authorisations (domain.md §11)."""

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class FormSemestreValidation(SQLModel, table=True):
    __tablename__ = "scolar_formsemestre_validation"
    __table_args__ = (UniqueConstraint("etudid", "formsemestre_id", "ue_id"),)

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    formsemestre_id: int | None = Field(
        default=None, foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE"
    )
    ue_id: int | None = Field(default=None, foreign_key="notes_ue.id", index=True)
    code: str = Field(max_length=16)
    assidu: bool | None = None
    event_date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    compense_formsemestre_id: int | None = Field(default=None, foreign_key="notes_formsemestre.id", index=True)
    moy_ue: float | None = None
    semestre_id: int | None = None
    is_external: bool = False


class AutorisationInscription(SQLModel, table=True):
    __tablename__ = "scolar_autorisation_inscription"

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    formation_code: str = Field(max_length=32)
    semestre_id: int
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    origin_formsemestre_id: int | None = Field(
        default=None, foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE"
    )
