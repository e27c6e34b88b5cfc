"""Evaluations, notes and their history, appreciations (domain.md §8)."""

from datetime import date, datetime, time

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow

# Stored sentinels (domain.md §8.2). NULL means ABS.
NOTE_NEUTRALISE = -1000.0  # EXC
NOTE_SUPPRESS = -1001.0  # SUPR, history only
NOTE_ATTENTE = -1002.0  # ATT


class Evaluation(SQLModel, table=True):
    __tablename__ = "notes_evaluation"

    id: int | None = Field(default=None, primary_key=True)
    moduleimpl_id: int = Field(foreign_key="notes_moduleimpl.id", index=True, ondelete="CASCADE")
    jour: date | None = None
    heure_debut: time | None = None
    heure_fin: time | None = None
    description: str | None = None
    note_max: float = 20.0
    coefficient: float = 1.0
    visibulletin: bool = True
    publish_incomplete: bool = False
    evaluation_type: int = 0  # 0 normal, 1 rattrapage, 2 deuxième session
    numero: int = 0


class EvaluationUEPoids(SQLModel, table=True):
    """BUT: weight of an evaluation towards each UE (but.md)."""

    __tablename__ = "evaluation_ue_poids"

    evaluation_id: int = Field(foreign_key="notes_evaluation.id", primary_key=True, ondelete="CASCADE")
    ue_id: int = Field(foreign_key="notes_ue.id", primary_key=True, index=True, ondelete="CASCADE")
    poids: float = 1.0


class Note(SQLModel, table=True):
    __tablename__ = "notes_notes"
    __table_args__ = (UniqueConstraint("evaluation_id", "etudid"),)

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    evaluation_id: int = Field(foreign_key="notes_evaluation.id", index=True, ondelete="CASCADE")
    value: float | None = None
    comment: str | None = None
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    uid: int | None = Field(default=None, foreign_key="users.id", index=True)


class NoteLog(SQLModel, table=True):
    """Previous values of notes; no foreign keys so that the history survives deletions."""

    __tablename__ = "notes_notes_log"

    id: int | None = Field(default=None, primary_key=True)
    etudid: int = Field(index=True)
    evaluation_id: int = Field(index=True)
    value: float | None = None
    comment: str | None = None
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    uid: int | None = None


class Appreciation(SQLModel, table=True):
    __tablename__ = "notes_appreciations"

    id: int | None = Field(default=None, primary_key=True)
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    etudid: int = Field(foreign_key="identite.id", index=True, ondelete="CASCADE")
    formsemestre_id: int = Field(foreign_key="notes_formsemestre.id", index=True, ondelete="CASCADE")
    author: str | None = None
    comment: str | None = None
