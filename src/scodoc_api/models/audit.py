"""The histories: ScoDoc's journal of changes to students (``scolog``), and the audit of every write and every
login received over HTTP (``audit_log``: who, what, when, from where, the outcome)."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class ScoLog(SQLModel, table=True):
    """The audit history (ScoDoc's ``scolog``): who changed what of which student, when."""

    __tablename__ = "scolog"

    id: int | None = Field(default=None, primary_key=True)
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME, index=True)
    authenticated_user: str | None = Field(default=None, max_length=64)
    method: str = Field(max_length=64)
    etudid: int | None = Field(default=None, index=True)  # no foreign key: the history outlives the student
    msg: str | None = None


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    date: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME, index=True)
    user_name: str | None = Field(default=None, max_length=64, index=True)  # the login tried, for a refused one
    remote_addr: str | None = Field(default=None, max_length=64)
    method: str = Field(max_length=8)
    route: str = Field(max_length=255)  # the route's template; never the query string (credentials)
    params: dict[str, Any] | None = Field(default=None, sa_type=JSON)  # the path's parameters
    status: int
    request_id: str | None = Field(default=None, max_length=64)
