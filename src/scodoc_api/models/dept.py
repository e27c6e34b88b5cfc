"""Departments and their preferences (domain.md §2, §13)."""

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class Departement(SQLModel, table=True):
    __tablename__ = "departement"

    id: int | None = Field(default=None, primary_key=True)
    acronym: str = Field(max_length=32, unique=True, index=True)
    dept_name: str | None = None
    description: str | None = None
    date_creation: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    visible: bool = True


class Preference(SQLModel, table=True):
    """A department preference, optionally overridden for one semester (``formsemestre_id`` set)."""

    __tablename__ = "sco_prefs"
    __table_args__ = (UniqueConstraint("dept_id", "formsemestre_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    dept_id: int = Field(foreign_key="departement.id", index=True, ondelete="CASCADE")
    formsemestre_id: int | None = Field(
        default=None, foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE"
    )
    name: str = Field(max_length=64)
    value: str | None = None
