"""ScoDoc 7 authentication on the legacy routes (legacy.md §2): ``__ac_name``/``__ac_password`` (query string
for GET, form body for POST) or HTTP Basic; the same users and department permissions as the API.

Legacy clients send the password with every request: a successful check is remembered for a minute
(in memory, keyed by a hash of the password, and valid only while the user's password hash is unchanged) so
that argon2 does not run on every call."""

import hashlib
import time

from starlette.requests import Request

from scodoc_api.api.deps import client_address, url_department
from scodoc_api.core.errors import ApiError, Forbidden
from scodoc_api.core.permissions import Access, Principal
from scodoc_api.core.security import BadBasic, credentials_fit, parse_basic
from scodoc_api.db.session import AsyncSession
from scodoc_api.repositories import auth as repo
from scodoc_api.services.auth import check_login, grants_principal

_OK_CACHE: dict[tuple[str, str], tuple[int, str | None, float]] = {}  # -> (user id, hash, until)
CACHE_SECONDS = 60
CACHE_MAX = 1024


class LoginRedirect(ApiError):
    """A POST without credentials: ScoDoc redirects to its login page."""

    status_code = 302
    default_message = "authentification requise"

    def __init__(self):
        super().__init__(headers={"Location": "/auth/login?message=authentification+requise"})


def credentials(request: Request, form: dict) -> tuple[str, str] | None:
    try:
        creds = parse_basic(request.headers.get("authorization", ""))
    except BadBasic:
        creds = None  # ScoDoc 7 falls back to the form's credentials
    if creds is not None:
        return creds
    source = form if request.method == "POST" else request.query_params
    name, password = source.get("__ac_name"), source.get("__ac_password")
    if name is not None and password is not None:
        return str(name), str(password)
    return None


def _remembered(hit: tuple[int, str | None, float], user) -> bool:
    """True when these credentials were checked within CACHE_SECONDS against the user's current password
    hash: a password change (on any worker) changes the hash, so the old password stops working at once."""
    return (
        hit[2] > time.monotonic()
        and user is not None
        and user.active
        and hit[0] == user.id
        and hit[1] == user.password_hash
    )


def _cache_key(login: str, password: str) -> tuple[str, str]:
    return login, hashlib.sha256(password.encode("utf-8", "surrogatepass")).hexdigest()


def _remember(login: str, password: str, user) -> None:
    now = time.monotonic()
    if len(_OK_CACHE) >= CACHE_MAX:
        for key in [k for k, v in _OK_CACHE.items() if v[2] <= now] or list(_OK_CACHE):
            del _OK_CACHE[key]
    _OK_CACHE[_cache_key(login, password)] = (user.id, user.password_hash, now + CACHE_SECONDS)


async def _check(request: Request, db: AsyncSession, login: str, password: str) -> int | None:
    """The user id for these credentials (the same check as POST /tokens), or None."""
    hit = _OK_CACHE.get(_cache_key(login, password)) if credentials_fit(login, password) else None
    if hit is not None:  # only then is the user read here: check_login reads it otherwise
        user = await repo.get_user_by_name(db, login)
        if _remembered(hit, user):
            return user.id
    state = request.app.state
    user = await check_login(
        state.sessionmaker,
        state.limiter,
        state.settings,
        user_name=login,
        password=password,
        address=client_address(request),
    )
    if user is None:
        return None
    _remember(login, password, user)
    return user.id


async def legacy_access(request: Request, db: AsyncSession, dept: str, form: dict, perm: int) -> Access:
    """The caller of a legacy route, holding ``perm`` in the URL department: an API token (Bearer), or ScoDoc 7's
    credentials; else 302 (POST without credentials), 404 (unknown department) or 403 (anything else)."""
    from scodoc_api.api.deps import bearer_token, get_principal

    if request.headers.get("authorization", "").lower().startswith("bearer "):
        principal = await get_principal(request, db, request.app.state.settings, bearer_token(request))
        department = await url_department(db, dept)
        return Access.in_department(principal, department.id, department.acronym, perm)
    creds = credentials(request, form)
    if request.method == "POST" and creds is None:
        raise LoginRedirect()
    department = await url_department(db, dept)
    if creds is None:
        raise Forbidden("authentification requise")
    request.state.login = creds[0][:64]  # for the access log and the audit, even when refused
    user_id = await _check(request, db, creds[0], creds[1])
    if user_id is None:
        raise Forbidden("identifiant ou mot de passe invalide")
    principal: Principal = await grants_principal(db, user_id)
    return Access.in_department(principal, department.id, department.acronym, perm)
