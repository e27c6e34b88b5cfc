"""Half-day absences and absence notes (billets) (absences.md, domain.md §10)."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class Absence(SQLModel, table=True):
    __tablename__ = "absences"

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    jour: date = Field(index=True)
    matin: bool  # true: morning half-day
    estabs: bool = False
    estjust: bool = False
    description: str | None = None
    entry_date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    moduleimpl_id: int | None = Field(default=None, foreign_key="notes_moduleimpl.id", index=True, ondelete="SET NULL")


class BilletAbsence(SQLModel, table=True):
    __tablename__ = "billet_absence"

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    abs_begin: datetime = Field(sa_type=TZ_DATETIME)
    abs_end: datetime = Field(sa_type=TZ_DATETIME)
    description: str | None = None
    etat: bool = False  # false: new, true: processed
    entry_date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    justified: bool = False
