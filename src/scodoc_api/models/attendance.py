"""Attendance, ScoDoc 9.6 style (modern-api.md §4.6-4.7): timed records (assiduités) and justifications
(justificatifs) with their files. The half-day routes of absences.md read and write these same rows."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, SmallInteger
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class Assiduite(SQLModel, table=True):
    __tablename__ = "assiduites"
    __table_args__ = (Index("ix_assiduites_etudid_date_debut", "etudid", "date_debut"),)

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", ondelete="CASCADE")
    moduleimpl_id: int | None = Field(default=None, foreign_key="notes_moduleimpl.id", index=True, ondelete="SET NULL")
    date_debut: datetime = Field(sa_type=TZ_DATETIME)
    date_fin: datetime = Field(sa_type=TZ_DATETIME)
    etat: int = Field(sa_type=SmallInteger)  # domain.attendance.Etat: 0 present, 1 retard, 2 absent
    description: str | None = None  # emitted as ``desc``
    entry_date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    user_id: int | None = Field(default=None, foreign_key="users.id", index=True, ondelete="SET NULL")
    est_just: bool = False  # inside a valid justificatif's period (kept up to date by every write)
    external_data: dict[str, Any] | None = Field(default=None, sa_type=JSON)


class Justificatif(SQLModel, table=True):
    __tablename__ = "justificatifs"
    __table_args__ = (Index("ix_justificatifs_etudid_date_debut", "etudid", "date_debut"),)

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", ondelete="CASCADE")
    date_debut: datetime = Field(sa_type=TZ_DATETIME)
    date_fin: datetime = Field(sa_type=TZ_DATETIME)
    etat: int = Field(sa_type=SmallInteger)  # domain.attendance.JustifEtat: 0 valide ... 3 modifie
    raison: str | None = None
    entry_date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    user_id: int | None = Field(default=None, foreign_key="users.id", index=True, ondelete="SET NULL")
    external_data: dict[str, Any] | None = Field(default=None, sa_type=JSON)


class JustificatifFile(SQLModel, table=True):
    """A file attached to a justificatif: stored under ``JUSTIF_DIR`` by ``stored_name`` (chosen by the server),
    listed and exported by the name the client sent (made safe)."""

    __tablename__ = "justificatif_files"

    id: int | None = Field(default=None, primary_key=True)
    justif_id: int = Field(foreign_key="justificatifs.id", index=True, ondelete="CASCADE")
    filename: str = Field(max_length=255)
    stored_name: str = Field(max_length=64, unique=True)
    content_type: str = Field(max_length=64)
    size: int
    entry_date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    user_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
