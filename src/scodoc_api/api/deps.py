"""Dependencies shared by the routers: the unit of work, the caller, the department mount, permissions."""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.types import DecoratedCallable

from scodoc_api.core.errors import Forbidden, NotFound, Unauthorized
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission, Principal
from scodoc_api.core.settings import Settings
from scodoc_api.db.engine import declare_read_only, get_db
from scodoc_api.db.session import AsyncSession
from scodoc_api.formats.negotiation import require_json
from scodoc_api.models import Departement
from scodoc_api.repositories.auth import get_dept_by_acronym
from scodoc_api.services.auth import authenticate
from scodoc_api.services.results import ResultsCache

DbSession = Annotated[AsyncSession, Depends(get_db, scope="function")]


class ApiRouter(APIRouter):
    """The API's routers: their GET routes are declared read-only (``db.engine.declare_read_only``). The
    legacy router is a plain one: ScoDoc 7's GET routes may write."""

    def get(self, path: str, **kwargs: Any) -> Callable[[DecoratedCallable], DecoratedCallable]:
        kwargs["dependencies"] = [Depends(declare_read_only), *kwargs.get("dependencies", ())]
        return super().get(path, **kwargs)

    def add_api_route(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        """A route whose success is documented as JSON only refuses other formats first (406)."""
        if _json_only(kwargs.get("responses")):
            kwargs["dependencies"] = [Depends(json_only_request), *(kwargs.get("dependencies") or ())]
        super().add_api_route(path, endpoint, **kwargs)


def _json_only(responses: dict | None) -> bool:
    content = ((responses or {}).get(200) or {}).get("content") or {}
    return bool(content) and set(content) == {"application/json"}


async def json_only_request(request: Request) -> None:
    require_json(request)


# Dependencies are coroutines: FastAPI runs a plain ``def`` dependency in a worker thread, a costly hop.
async def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


def client_address(request: Request) -> str:
    """The caller's address, as the server saw it: behind a reverse proxy listed in TRUSTED_PROXIES, uvicorn
    has already taken it from X-Forwarded-For; from anyone else that header is ignored."""
    return request.client.host if request.client else "unknown"


STUDENT_REFUSED = "compte étudiant: accès réservé au portail (/ScoDoc/api/graphql)"


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def bearer_token(request: Request) -> str:
    token = _bearer(request)
    if token is None:
        raise Unauthorized()
    return token


def portal_token(request: Request) -> str | None:
    """The token of a portal request: ``Authorization: Bearer``, or the ``Token:`` header that student-portal
    servers use (the peer server's convention); None when there is neither."""
    return _bearer(request) or request.headers.get("token", "").strip() or None


async def read_bearer_token(request: Request) -> str:
    """The token check as a dependency (a coroutine: a plain ``def`` dependency costs a thread hop)."""
    return bearer_token(request)


BearerToken = Annotated[str, Depends(read_bearer_token)]


async def get_principal(request: Request, db: DbSession, settings: SettingsDep, token: BearerToken) -> Principal:
    """The caller of the bearer token (401 for a missing, bad, expired or revoked one)."""
    principal, _ = await authenticate(db, settings, token)
    request.state.user_name = principal.user_name  # for the access log
    return principal


async def get_principal_and_version(
    request: Request, db: DbSession, settings: SettingsDep, token: BearerToken, formsemestre_id: DbId
) -> tuple[Principal, int | None]:
    """The caller, and the results version of the route's semester read in the same round trip: one query
    less on the hottest route, the bulletin."""
    principal, version = await authenticate(db, settings, token, formsemestre_id)
    request.state.user_name = principal.user_name
    return principal, version


def results_cache(request: Request) -> ResultsCache:
    """This worker's cache of computed semesters (``app.state``, made by ``init_state``)."""
    cache: ResultsCache = request.app.state.results_cache
    return cache


async def dept_path(
    dept: Annotated[str, Path(description="Department acronym (department mount)", max_length=32)],
) -> str:
    """Declares the ``{dept}`` segment of ``/ScoDoc/{dept}/api`` in the contract."""
    return dept


async def url_department(db: AsyncSession, acronym: str) -> Departement:
    """The department a URL names (the department mount, the ScoDoc 7 routes), else a 404."""
    dept = await get_dept_by_acronym(db, acronym)
    if dept is None:
        raise NotFound(f"département {acronym} inconnu")
    return dept


async def _mount_access(
    request: Request, db: AsyncSession, principal: Principal, perm: int, results_version: int | None = None
) -> Access:
    if principal.is_student:  # a student's token reads their own data through the portal, never a staff route
        raise Forbidden(STUDENT_REFUSED)
    acronym = request.path_params.get("dept")  # the department mount's segment (None on /ScoDoc/api)
    if acronym is None:
        return Access(principal, results_version=results_version)
    dept = await url_department(db, acronym)
    return Access.in_department(principal, dept.id, dept.acronym, perm, results_version=results_version)


def require(perm: int = 0, *, with_results_version: bool = False):
    """Dependency: an authenticated caller holding ``perm`` in the mount's department (if any).

    On the department mount a missing permission is a 403; object-level checks (``Access.check``) then
    restrict every lookup to that department. ``with_results_version``: the route names a semester
    (``formsemestre_id``), whose results version is read with the caller's grants (``Access.results_version``)."""
    if with_results_version:

        async def _access(
            request: Request,
            db: DbSession,
            caller: Annotated[tuple[Principal, int | None], Depends(get_principal_and_version)],
        ) -> Access:
            return await _mount_access(request, db, caller[0], perm, caller[1])

    else:

        async def _access(
            request: Request, db: DbSession, principal: Annotated[Principal, Depends(get_principal)]
        ) -> Access:
            return await _mount_access(request, db, principal, perm)

    _access.required_permission = perm  # type: ignore[attr-defined]  # read by the auth matrix test
    return _access


AnyUser = Annotated[Access, Depends(require(0))]
Auth = AnyUser
View = Annotated[Access, Depends(require(Permission.ScoView))]
Observe = Annotated[Access, Depends(require(Permission.ScoObservateur))]  # semester bulletin batches, both mounts
UsersView = Annotated[Access, Depends(require(Permission.ScoUsersView))]
