"""Semesters (seed route ``formsemestre``)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, require
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.repositories.departements import all_dept_ids
from scodoc_api.schemas.examples import example, ok
from scodoc_api.schemas.read import FormSemestreRead
from scodoc_api.services import formsemestre as service

router = APIRouter(tags=["formsemestres"])
View = Annotated[Access, Depends(require(Permission.ScoView))]


def _one_example() -> dict:
    responses = ok()
    responses[200]["content"]["application/json"] = {"example": example("formsemestre.json")[0]}
    return responses


@router.get("/formsemestre/{formsemestre_id}", response_model=FormSemestreRead, responses=_one_example())
async def get_formsemestre(request: Request, db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """One semester: ids, dates (``DD/MM/YYYY`` and ISO), titles, ``session_id``, Apogée steps, heads."""
    return render(
        request, await service.get_formsemestre(db, access, formsemestre_id), xml_root="formsemestre", sort_keys=True
    )


@router.get("/formsemestre/apo/{etape_apo}", response_model=list[FormSemestreRead], responses=ok("formsemestre.json"))
async def list_formsemestres_by_etape(
    request: Request, db: DbSession, access: View, etape_apo: Annotated[str, Path(max_length=24)]
) -> Response:
    """Semesters having this Apogée step (a ``!version`` suffix is ignored when either side has none)."""
    sems = await service.list_by_etape(db, access, etape_apo, await all_dept_ids(db))
    return render(request, sems, xml_root="formsemestre_list", sort_keys=True)
