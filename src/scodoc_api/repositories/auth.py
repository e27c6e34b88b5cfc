"""Queries behind authentication: one round trip loads the user, their grants and the revocation flag."""

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Departement, RevokedToken, Role, User, UserRole


async def load_grants(db: AsyncSession, user_id: int, jti: str | None = None):
    """Rows (user_name, active, role dept acronym, dept id, role mask, revoked)."""
    revoked = exists().where(RevokedToken.jti == jti) if jti else select(False).scalar_subquery()
    stmt = (
        select(User.user_name, User.active, UserRole.dept, Departement.id, Role.permissions, revoked.label("revoked"))
        .select_from(User)
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .outerjoin(Role, Role.id == UserRole.role_id)
        .outerjoin(Departement, Departement.acronym == UserRole.dept)
        .where(User.id == user_id)
    )
    return (await db.execute(stmt)).all()


async def get_user_by_name(db: AsyncSession, user_name: str) -> User | None:
    return (await db.execute(select(User).where(User.user_name == user_name))).scalar_one_or_none()


async def is_revoked(db: AsyncSession, jti: str) -> bool:
    return (await db.execute(select(exists().where(RevokedToken.jti == jti)))).scalar_one()


async def revoke(db: AsyncSession, *, jti: str, user_id: int, expires_at: datetime) -> None:
    if not await is_revoked(db, jti):
        db.add(RevokedToken(jti=jti, user_id=user_id, expires_at=expires_at))
        await db.flush()


async def get_dept_by_acronym(db: AsyncSession, acronym: str) -> Departement | None:
    return (await db.execute(select(Departement).where(Departement.acronym == acronym))).scalar_one_or_none()
