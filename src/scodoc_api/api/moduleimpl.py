"""Module implementations (seed route ``moduleimpl``)."""

from typing import Annotated

from fastapi import Depends, Request
from starlette.responses import Response

from scodoc_api.api.deps import ApiRouter, DbSession, require
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import example, ok
from scodoc_api.schemas.read import ModuleImplRead
from scodoc_api.services import moduleimpl as service

router = ApiRouter(tags=["moduleimpls"])
View = Annotated[Access, Depends(require(Permission.ScoView))]


def _one_example() -> dict:
    responses = ok()
    responses[200]["content"]["application/json"] = {"example": example("moduleimpl.json")[0]}
    return responses


@router.get("/moduleimpl/{moduleimpl_id:int}", response_model=ModuleImplRead, responses=_one_example())
async def get_moduleimpl(request: Request, db: DbSession, access: View, moduleimpl_id: DbId) -> Response:
    """One module implementation with its module, UE, matière and teachers."""
    return render(request, await service.get_moduleimpl(db, access, moduleimpl_id), xml_root="moduleimpl")


@router.get(
    "/moduleimpl/formsemestre/{formsemestre_id:int}",
    response_model=list[ModuleImplRead],
    responses=ok("moduleimpl.json"),
)
async def list_moduleimpls(request: Request, db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """The module implementations of a semester, in programme order."""
    return render(request, await service.list_moduleimpls(db, access, formsemestre_id), xml_root="moduleimpl_list")


@router.get(
    "/{moduleimpl_id:int}/formsemestre/{formsemestre_id:int}", response_model=ModuleImplRead, responses=_one_example()
)
async def get_moduleimpl_in_formsemestre(
    request: Request, db: DbSession, access: View, moduleimpl_id: DbId, formsemestre_id: DbId
) -> Response:
    """The seed's literal path: one module implementation, 404 unless it belongs to that semester."""
    return render(
        request, await service.get_moduleimpl(db, access, moduleimpl_id, formsemestre_id), xml_root="moduleimpl"
    )
