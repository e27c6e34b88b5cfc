"""Departments: the seed's ``departement`` route."""

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import AnyUser, DbSession
from scodoc_api.core.errors import STANDARD_ERRORS
from scodoc_api.formats.responses import render, xml_response_doc
from scodoc_api.services import departements as service

router = APIRouter(tags=["departements"])


@router.get("/departement", response_model=list[int], responses={**STANDARD_ERRORS, **xml_response_doc()})
async def list_departement_ids(
    request: Request,
    db: DbSession,
    access: AnyUser,
    viewable: bool = Query(True, description="false: also departments you cannot view"),
) -> Response:
    """Ids of the departments the caller may view (seed route ``departement``)."""
    ids = await service.list_dept_ids(db, access, viewable=viewable)
    return render(request, ids, xml_root="departement_list")
