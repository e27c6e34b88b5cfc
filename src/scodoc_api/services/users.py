"""User administration use cases (CLI): add, password, grants."""

from datetime import UTC, datetime

from scodoc_api.core.errors import BadRequest, Conflict, Forbidden, NotFound
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.core.security import hash_password
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import Identite, User, UserRole
from scodoc_api.repositories import auth as auth_repo
from scodoc_api.repositories import departements as depts
from scodoc_api.repositories import etud as etud_repo
from scodoc_api.repositories import users as repo
from scodoc_api.services.roles import ensure_roles


async def _user(db: AsyncSession, login: str) -> User:
    user = await repo.by_name(db, login)
    if user is None:
        raise NotFound(f"utilisateur {login} inconnu")
    return user


async def _role_and_dept(db: AsyncSession, role: str, dept: str | None) -> int:
    roles = await ensure_roles(db)
    if role not in roles:
        raise BadRequest(f"rôle inconnu: {role} (connus: {', '.join(sorted(roles))})")
    if dept is not None and await depts.dept_id_of(db, dept) is None:
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
    etudid: int | None = None,
) -> User:
    if etudid is not None:
        return await add_student_account(db, login, password, etudid)
    if role and role != "SuperAdmin" and dept is None:
        raise BadRequest(f"le rôle {role} est un rôle de département: indiquez --dept")
    if await repo.by_name(db, login) is not None:
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


async def add_student_account(db: AsyncSession, login: str, password: str, etudid: int) -> User:
    """A student's portal account: their own data, through the portal only; it holds no role."""
    etud = await etud_repo.get(db, etudid)
    if etud is None:
        raise NotFound(f"étudiant {etudid} inconnu")
    if await repo.by_name(db, login) is not None:
        raise Conflict(f"l'utilisateur {login} existe déjà")
    user = student_user(login, password, etud, (await depts.dept_acronyms(db)).get(etud.dept_id))
    db.add(user)
    await db.flush()
    return user


def student_user(login: str, password: str, etud: Identite, dept: str | None) -> User:
    """The account row of a student: named and placed as the student is, linked to them, with no role."""
    return User(
        user_name=login,
        password_hash=hash_password(password),
        dept=dept,
        nom=etud.nom,
        prenom=etud.prenom,
        etudid=etud.id,
    )


async def grant(db: AsyncSession, login: str, role: str, dept: str | None) -> None:
    user = await _user(db, login)
    if user.etudid is not None:
        raise BadRequest(f"{login} est un compte étudiant: il ne reçoit aucun rôle")
    role_id = await _role_and_dept(db, role, dept)
    if not await repo.has_grant(db, user.id, role_id, dept):
        db.add(UserRole(user_id=user.id, role_id=role_id, dept=dept))
        await db.flush()


async def revoke(db: AsyncSession, login: str, role: str, dept: str | None) -> int:
    user = await _user(db, login)
    role_id = await _role_and_dept(db, role, dept)
    return await repo.remove_grant(db, user.id, role_id, dept)


async def list_users(db: AsyncSession) -> list[tuple[User, list[str]]]:
    out: dict[int, tuple[User, list[str]]] = {}
    for user, role, dept in await repo.with_grants(db):
        entry = out.setdefault(user.id, (user, []))
        if role:
            entry[1].append(f"{role}_{dept or ''}")
    return list(out.values())


# The ScoDoc 9.x shapes (modern-api.md §4-5)


async def user_dict(db: AsyncSession, user: User) -> dict:
    roles = await repo.grants_of(db, user.id)
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
    dept_ids = await depts.dept_ids_by_acronym(db)
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
    active = None if params.get("active") in (None, "") else str(params["active"]).lower() in ("1", "true")
    found = await repo.query(db, active=active, dept=params.get("departement"), starts_with=params.get("starts_with"))
    dept_ids = await depts.dept_ids_by_acronym(db)
    users = [u for u in found if _user_visible(access, u, dept_ids)]
    return [await user_dict(db, u) for u in users]
