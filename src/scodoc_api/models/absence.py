"""Absence notes (billets) declared by students (absences.md §8). Absences themselves are attendance
records (models/attendance.py)."""

from datetime import datetime

from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


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
