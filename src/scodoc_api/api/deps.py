"""Dependencies shared by the routers: the unit of work, the caller, the department mount, permissions."""

from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import Forbidden, NotFound, Unauthorized
from scodoc_api.core.permissions import Access, Permission, Principal
from scodoc_api.core.settings import Settings
from scodoc_api.db.engine import get_db
from scodoc_api.repositories.auth import get_dept_by_acronym
from scodoc_api.services.auth import authenticate

DbSession = Annotated[AsyncSession, Depends(get_db, scope="function")]


# Dependencies are coroutines: FastAPI runs a plain ``def`` dependency in a worker thread, a costly hop.
async def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


def client_address(request: Request) -> str:
    """The caller's address, as the server saw it: behind a reverse proxy listed in TRUSTED_PROXIES, uvicorn
    has already taken it from X-Forwarded-For; from anyone else that header is ignored."""
    return request.client.host if request.client else "unknown"


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized()
    return token.strip()


async def get_principal(request: Request, db: DbSession, settings: SettingsDep) -> Principal:
    principal = getattr(request.state, "principal", None)
    if principal is None:
        # routes on one semester get its results version with the caller's grants (one round trip less on
        # the hottest route, the bulletin)
        fs = request.path_params.get("formsemestre_id")
        version_of = int(fs) if isinstance(fs, str) and fs.isdigit() and len(fs) < 10 else None
        principal, version = await authenticate(db, settings, bearer_token(request), version_of)
        request.state.principal = principal
        request.state.results_version = version
    return principal


def known_results_version(request: Request) -> int | None:
    """The version of the path's semester read with the caller's grants (None if not read)."""
    return getattr(request.state, "results_version", None)


async def dept_path(
    dept: Annotated[str, Path(description="Department acronym (department mount)", max_length=32)],
) -> str:
    """Declares the ``{dept}`` segment of ``/ScoDoc/{dept}/api`` in the contract."""
    return dept


def require(perm: int = 0):
    """Dependency: an authenticated caller holding ``perm`` in the mount's department (if any).

    On the department mount a missing permission is a 403; object-level checks (``Access.check``) then
    restrict every lookup to that department."""

    async def _access(
        request: Request, db: DbSession, principal: Annotated[Principal, Depends(get_principal)]
    ) -> Access:
        acronym = request.path_params.get("dept")
        if acronym is None:
            return Access(principal)
        dept = await get_dept_by_acronym(db, acronym)
        if dept is None:
            raise NotFound(f"département {acronym} inconnu")
        if not principal.has(perm, dept.id) or not principal.active:
            raise Forbidden()
        return Access(principal, dept.id, dept.acronym)

    _access.required_permission = perm  # read by the auth matrix test
    return _access


AnyUser = Annotated[Access, Depends(require(0))]
Auth = AnyUser
View = Annotated[Access, Depends(require(Permission.ScoView))]
Observe = Annotated[Access, Depends(require(Permission.ScoObservateur))]  # semester bulletin batches, both mounts
UsersView = Annotated[Access, Depends(require(Permission.ScoUsersView))]
