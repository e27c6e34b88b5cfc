"""Dependencies shared by the routers: the unit of work, the caller, the department mount, permissions."""

from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import Forbidden, NotFound, Unauthorized
from scodoc_api.core.permissions import Access, Principal
from scodoc_api.core.settings import Settings
from scodoc_api.db.engine import get_db
from scodoc_api.repositories.auth import get_dept_by_acronym
from scodoc_api.services.auth import principal_from_token

DbSession = Annotated[AsyncSession, Depends(get_db, scope="function")]


# Dependencies are coroutines: FastAPI runs a plain ``def`` dependency in a worker thread, a costly hop.
async def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized()
    return token.strip()


async def get_principal(request: Request, db: DbSession, settings: SettingsDep) -> Principal:
    principal = getattr(request.state, "principal", None)
    if principal is None:
        principal = await principal_from_token(db, settings, bearer_token(request))
        request.state.principal = principal
    return principal


async def dept_path(dept: Annotated[str, Path(description="Department acronym (department mount)", max_length=32)]) -> str:
    """Declares the ``{dept}`` segment of ``/ScoDoc/{dept}/api`` in the contract."""
    return dept


def require(perm: int = 0):
    """Dependency: an authenticated caller holding ``perm`` in the mount's department (if any).

    On the department mount a missing permission is a 403; object-level checks (``Access.check``) then
    restrict every lookup to that department."""

    async def _access(request: Request, db: DbSession, principal: Annotated[Principal, Depends(get_principal)]) -> Access:
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
