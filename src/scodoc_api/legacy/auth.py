"""ScoDoc 7 authentication on the legacy routes (legacy.md §2): ``__ac_name``/``__ac_password`` (query string
for GET, form body for POST) or HTTP Basic; the same users and department permissions as the API.

Legacy clients send the password with every request: a successful check is remembered for a minute
(in memory, keyed by a hash of the password) so that argon2 does not run on every call."""

import base64
import binascii
import hashlib
import time

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from scodoc_api.core.errors import ApiError, Forbidden, NotFound
from scodoc_api.core.permissions import Access, Principal
from scodoc_api.core.security import verify_password
from scodoc_api.repositories import auth as repo
from scodoc_api.services.auth import grants_principal

_OK_CACHE: dict[tuple[str, str], tuple[int, float]] = {}
CACHE_SECONDS = 60


class LoginRedirect(ApiError):
    """A POST without credentials: ScoDoc redirects to its login page."""

    status_code = 302
    default_message = "authentification requise"

    def __init__(self):
        super().__init__(headers={"Location": "/auth/login?message=authentification+requise"})


def credentials(request: Request, form: dict) -> tuple[str, str] | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "basic":
        try:
            user, sep, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
            if sep:
                return user, password
        except (binascii.Error, UnicodeDecodeError):
            pass
    source = form if request.method == "POST" else request.query_params
    name, password = source.get("__ac_name"), source.get("__ac_password")
    if name is not None and password is not None:
        return str(name), str(password)
    return None


async def _check(db: AsyncSession, limiter, settings, login: str, password: str, address: str) -> int | None:
    key = (login, hashlib.sha256(password.encode()).hexdigest())
    hit = _OK_CACHE.get(key)
    if hit and hit[1] > time.monotonic():
        return hit[0]
    user = await repo.get_user_by_name(db, login)
    if user is None or not user.active or not verify_password(password, user.password_hash):
        for k in (f"fail:user:{login.lower()}", f"fail:ip:{address}"):
            await limiter.hit(k, settings.login_window)
        return None
    _OK_CACHE[key] = (user.id, time.monotonic() + CACHE_SECONDS)
    return user.id


async def legacy_access(request: Request, db: AsyncSession, dept: str, form: dict, perm: int) -> Access:
    """The caller of a legacy route, holding ``perm`` in the URL department; else 302 (POST without
    credentials), 404 (unknown department) or 403 (anything else)."""
    creds = credentials(request, form)
    if request.method == "POST" and creds is None:
        raise LoginRedirect()
    department = await repo.get_dept_by_acronym(db, dept)
    if department is None:
        raise NotFound(f"département {dept} inconnu")
    if creds is None:
        raise Forbidden("authentification requise")
    settings, limiter = request.app.state.settings, request.app.state.limiter
    address = request.client.host if request.client else "unknown"
    for k in (f"fail:user:{creds[0].lower()}", f"fail:ip:{address}"):
        count, left = await limiter.peek(k, settings.login_window)
        if count >= settings.login_max_failures:
            from scodoc_api.core.errors import TooManyRequests

            raise TooManyRequests(left, "trop d'échecs de connexion, réessayez plus tard")
    user_id = await _check(db, limiter, settings, creds[0], creds[1], address)
    if user_id is None:
        raise Forbidden("identifiant ou mot de passe invalide")
    principal: Principal = await grants_principal(db, user_id)
    if not principal.has(perm, department.id) or not principal.active:
        raise Forbidden()
    return Access(principal, department.id, department.acronym)


