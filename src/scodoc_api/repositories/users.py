"""Users, roles and grants."""

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Role, User, UserRole


async def by_name(db: AsyncSession, login: str) -> User | None:
    return (await db.execute(select(User).where(User.user_name == login))).scalar_one_or_none()


async def roles(db: AsyncSession) -> dict[str, Role]:
    return {r.name: r for r in (await db.execute(select(Role))).scalars()}


async def set_role_permissions(db: AsyncSession, role_id: int, permissions: int) -> None:
    await db.execute(update(Role).where(Role.id == role_id).values(permissions=permissions))


def _grant_clause(user_id: int, role_id: int, dept: str | None) -> Any:
    return (
        (UserRole.user_id == user_id)
        & (UserRole.role_id == role_id)
        & (UserRole.dept.is_(None) if dept is None else UserRole.dept == dept)
    )


async def has_grant(db: AsyncSession, user_id: int, role_id: int, dept: str | None) -> bool:
    return (await db.execute(select(UserRole.id).where(_grant_clause(user_id, role_id, dept)))).first() is not None


async def remove_grant(db: AsyncSession, user_id: int, role_id: int, dept: str | None) -> int:
    """The number of grants removed."""
    return (await db.execute(delete(UserRole).where(_grant_clause(user_id, role_id, dept)))).rowcount


async def with_grants(db: AsyncSession) -> list[tuple[User, str | None, str | None]]:
    """(user, role name, department) for every grant, and (user, None, None) for a user without any."""
    stmt = (
        select(User, Role.name, UserRole.dept)
        .outerjoin(UserRole, UserRole.user_id == User.id)
        .outerjoin(Role, Role.id == UserRole.role_id)
        .order_by(User.user_name)
    )
    return [tuple(r) for r in (await db.execute(stmt)).all()]


async def grants_of(db: AsyncSession, user_id: int) -> list[tuple[str, str | None]]:
    """(role name, department) of the user's grants."""
    stmt = select(Role.name, UserRole.dept).join(UserRole).where(UserRole.user_id == user_id)
    return [tuple(r) for r in (await db.execute(stmt)).all()]


async def query(db: AsyncSession, *, active: bool | None, dept: str | None, starts_with: str | None) -> list[User]:
    stmt = select(User).order_by(User.user_name)
    if active is not None:
        stmt = stmt.where(User.active == active)
    if dept:
        stmt = stmt.where(User.dept == dept)
    if starts_with:
        stmt = stmt.where(User.nom.ilike(f"{starts_with}%"))
    return list((await db.execute(stmt)).scalars())


async def accounts_of_students(db: AsyncSession, etudids: list[int]) -> dict[int, str]:
    """etudid -> login of the students' portal accounts."""
    rows = await db.execute(select(User.etudid, User.user_name).where(User.etudid.in_(etudids)))
    return {etudid: login for etudid, login in rows.all()}


async def logins_taken(db: AsyncSession, logins: list[str]) -> set[str]:
    return set((await db.execute(select(User.user_name).where(User.user_name.in_(logins)))).scalars())
