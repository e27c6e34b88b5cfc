"""Users, roles, per-department role grants, revoked tokens and login throttling (permissions.md)."""

from datetime import datetime

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field, SQLModel

from scodoc_api.models._types import TZ_DATETIME, utcnow


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    user_name: str = Field(max_length=64, unique=True, index=True)
    email: str | None = None
    nom: str | None = None
    prenom: str | None = None
    dept: str | None = Field(default=None, max_length=32)  # home department acronym
    active: bool = True
    password_hash: str | None = None
    date_created: datetime = Field(default_factory=utcnow, sa_type=TZ_DATETIME)
    date_modif_passwd: datetime | None = Field(default=None, sa_type=TZ_DATETIME)
    date_expiration: datetime | None = Field(default=None, sa_type=TZ_DATETIME)
    last_seen: datetime | None = Field(default=None, sa_type=TZ_DATETIME)
    # Current API token (jti and expiry), so that POST /tokens reuses it while it lives > 60 s.
    token_jti: str | None = Field(default=None, max_length=64)
    token_issued_at: datetime | None = Field(default=None, sa_type=TZ_DATETIME)
    token_expiration: datetime | None = Field(default=None, sa_type=TZ_DATETIME)
    etudid: int | None = Field(default=None, foreign_key="identite.id", index=True)  # student portal accounts


class Role(SQLModel, table=True):
    __tablename__ = "role"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=64, unique=True)
    default: bool = False
    permissions: int = Field(default=0, sa_type=BigInteger)


class UserRole(SQLModel, table=True):
    __tablename__ = "user_role"
    __table_args__ = (UniqueConstraint("user_id", "role_id", "dept"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    role_id: int = Field(foreign_key="role.id", index=True, ondelete="CASCADE")
    dept: str | None = Field(default=None, max_length=32)  # NULL: every department


class RevokedToken(SQLModel, table=True):
    __tablename__ = "revoked_token"

    jti: str = Field(max_length=64, primary_key=True)
    user_id: int | None = Field(default=None, index=True)
    expires_at: datetime = Field(sa_type=TZ_DATETIME, index=True)


class AuthThrottle(SQLModel, table=True):
    """Fixed-window counters for the login limiter when no Redis is configured."""

    __tablename__ = "auth_throttle"

    key: str = Field(max_length=200, primary_key=True)
    window_start: datetime = Field(sa_type=TZ_DATETIME)
    count: int = 0
