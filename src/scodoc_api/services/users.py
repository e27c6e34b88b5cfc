"""User administration use cases (CLI): add, password, grants."""

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import BadRequest, Conflict, NotFound
from scodoc_api.core.security import hash_password
from scodoc_api.models import Departement, Role, User, UserRole
from scodoc_api.repositories import auth as auth_repo
from scodoc_api.services.roles import ensure_roles


async def _user(db: AsyncSession, login: str) -> User:
    user = (await db.execute(select(User).where(User.user_name == login))).scalar_one_or_none()
    if user is None:
        raise NotFound(f"utilisateur {login} inconnu")
    return user


async def _role_and_dept(db: AsyncSession, role: str, dept: str | None) -> int:
    roles = await ensure_roles(db)
    if role not in roles:
        raise BadRequest(f"rôle inconnu: {role} (connus: {', '.join(sorted(roles))})")
    if (
        dept is not None
        and (await db.execute(select(Departement.id).where(Departement.acronym == dept))).first() is None
    ):
        raise BadRequest(f"département inconnu: {dept}")
    return roles[role]


async def add_user(
    db: AsyncSession,
    login: str,
    password: str,
    *,
    superadmin: bool = False,
    dept: str | None = None,
    role: str | None = None,
    nom: str | None = None,
    prenom: str | None = None,
) -> User:
    if role and role != "SuperAdmin" and dept is None:
        raise BadRequest(f"le rôle {role} est un rôle de département: indiquez --dept")
    if (await db.execute(select(User).where(User.user_name == login))).scalar_one_or_none():
        raise Conflict(f"l'utilisateur {login} existe déjà")
    user = User(user_name=login, password_hash=hash_password(password), dept=dept, nom=nom, prenom=prenom)
    db.add(user)
    await db.flush()
    if superadmin:
        await grant(db, login, "SuperAdmin", None)
    if role:
        await grant(db, login, role, dept)
    return user


async def _end_tokens(db: AsyncSession, user: User) -> None:
    """Revoke the user's current token for every worker (older ones die by the password-change date, or by
    the active flag, both read with every token check)."""
    if user.token_jti:
        await auth_repo.revoke(
            db, jti=user.token_jti, user_id=user.id, expires_at=user.token_expiration or datetime.now(UTC)
        )
    user.token_jti = user.token_expiration = None
    await db.flush()


async def set_password(db: AsyncSession, login: str, password: str) -> None:
    """A new password: every token issued before it is refused from the next request on, by every worker,
    and the legacy routes' remembered checks no longer match (they hold the old hash)."""
    user = await _user(db, login)
    user.password_hash, user.date_modif_passwd = hash_password(password), datetime.now(UTC)
    await _end_tokens(db, user)


async def set_active(db: AsyncSession, login: str, active: bool) -> None:
    """Activate or deactivate a user; a deactivated user's tokens are refused at the next request."""
    user = await _user(db, login)
    user.active = active
    if not active:
        await _end_tokens(db, user)
    await db.flush()


async def grant(db: AsyncSession, login: str, role: str, dept: str | None) -> None:
    user = await _user(db, login)
    role_id = await _role_and_dept(db, role, dept)
    exists = (
        await db.execute(
            select(UserRole).where(
                UserRole.user_id == user.id,
                UserRole.role_id == role_id,
                UserRole.dept.is_(None) if dept is None else UserRole.dept == dept,
            )
        )
    ).first()
    if not exists:
        db.add(UserRole(user_id=user.id, role_id=role_id, dept=dept))
        await db.flush()


async def revoke(db: AsyncSession, login: str, role: str, dept: str | None) -> int:
    user = await _user(db, login)
    role_id = await _role_and_dept(db, role, dept)
    res = await db.execute(
        delete(UserRole).where(
            UserRole.user_id == user.id,
            UserRole.role_id == role_id,
            UserRole.dept.is_(None) if dept is None else UserRole.dept == dept,
        )
    )
    return res.rowcount


async def list_users(db: AsyncSession) -> list[tuple[User, list[str]]]:
    rows = (
        await db.execute(
            select(User, Role.name, UserRole.dept)
            .outerjoin(UserRole, UserRole.user_id == User.id)
            .outerjoin(Role, Role.id == UserRole.role_id)
            .order_by(User.user_name)
        )
    ).all()
    out: dict[int, tuple[User, list[str]]] = {}
    for user, role, dept in rows:
        entry = out.setdefault(user.id, (user, []))
        if role:
            entry[1].append(f"{role}_{dept or ''}")
    return list(out.values())
