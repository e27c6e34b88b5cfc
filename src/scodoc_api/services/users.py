"""User administration use cases (CLI): add, password, grants."""

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import BadRequest, Conflict, Forbidden, NotFound
from scodoc_api.core.permissions import Access, Permission
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


# The ScoDoc 9.x shapes (modern-api.md §4-5)


async def user_dict(db: AsyncSession, user: User) -> dict:
    roles = (await db.execute(select(Role.name, UserRole.dept).join(UserRole).where(UserRole.user_id == user.id))).all()
    return {
        "active": user.active,
        "dept": user.dept,
        "email": user.email,
        "id": user.id,
        "nom": user.nom,
        "prenom": user.prenom,
        "roles_string": ",".join(f"{r}_{d or ''}" for r, d in roles),
        "user_name": user.user_name,
        "date_created": user.date_created.isoformat() if user.date_created else None,
    }


def _require_users_view(access: Access) -> None:
    if not access.principal.holds_anywhere(Permission.ScoUsersView):
        raise Forbidden()


async def get_user(db: AsyncSession, access: Access, uid: int) -> dict:
    _require_users_view(access)
    user = await db.get(User, uid)
    dept_ids = dict((await db.execute(select(Departement.acronym, Departement.id))).all())
    if user is None or not _user_visible(access, user, dept_ids):
        raise NotFound("utilisateur inconnu")
    return await user_dict(db, user)


def _user_visible(access: Access, user: User, dept_ids: dict[str, int]) -> bool:
    """ScoUsersView in the user's home department (permissions.md §4.9); a user without a home department
    is visible to holders of ScoUsersView everywhere only. The department mount shows its own users."""
    if access.mount_dept_acronym is not None and user.dept != access.mount_dept_acronym:
        return False
    if user.dept is None or user.dept not in dept_ids:
        return access.principal.holds_globally(Permission.ScoUsersView)
    return access.principal.has(Permission.ScoUsersView, dept_ids[user.dept])


async def users_query(db: AsyncSession, access: Access, params: dict) -> list[dict]:
    _require_users_view(access)
    stmt = select(User).order_by(User.user_name)
    if params.get("active") not in (None, ""):
        stmt = stmt.where(User.active == (str(params["active"]).lower() in ("1", "true")))
    if params.get("departement"):
        stmt = stmt.where(User.dept == params["departement"])
    if params.get("starts_with"):
        stmt = stmt.where(User.nom.ilike(f"{params['starts_with']}%"))
    dept_ids = dict((await db.execute(select(Departement.acronym, Departement.id))).all())
    users = [u for u in (await db.execute(stmt)).scalars() if _user_visible(access, u, dept_ids)]
    return [await user_dict(db, u) for u in users]
