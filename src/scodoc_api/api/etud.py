"""Students (seed routes ``etud_dept``, ``etud``, ``etud/<id>/photo``, ``etud/<id>/sem/<id>/groups``)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, require
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import EtudDeptRead, EtudGroupsRead, EtudRead
from scodoc_api.services import etud as service

router = APIRouter(tags=["etudiants"])
View = Annotated[Access, Depends(require(Permission.ScoView))]
IMAGE = {200: {"content": {"image/jpeg": {}, "image/png": {}}, "description": "JPEG or PNG image"}}


@router.get("/etud_dept/{code_nip}", response_model=list[EtudDeptRead], responses=ok("etud_dept.json"))
async def list_etud_depts(
    request: Request,
    db: DbSession,
    access: View,
    code_nip: Annotated[str, Path(max_length=64, description="NIP, a string")],
) -> Response:
    """Departments where this NIP exists, most recent registration first. Unknown NIP: ``[]``."""
    return render(request, await service.etud_dept(db, access, code_nip), xml_root="etud_dept_list")


@router.get("/etud/{etudid}", response_model=EtudRead, responses=ok("etud.json"))
async def get_etud(request: Request, db: DbSession, access: View, etudid: DbId) -> Response:
    """A student, with their semester registrations (most recent first)."""
    return render(request, await service.get_etud(db, access, etudid), xml_root="etud")


async def _photo(db, access, etudid: DbId, small: bool) -> Response:
    mime, content = await service.get_photo(db, access, etudid, small=small)
    return Response(content, media_type=mime, headers={"Cache-Control": "private, max-age=300"})


@router.get("/etud/{etudid}/photo", response_class=Response, responses={**ok(xml=False), **IMAGE})
async def get_etud_photo(db: DbSession, access: View, etudid: DbId) -> Response:
    """The student's photo (a placeholder PNG when there is none)."""
    return await _photo(db, access, etudid, False)


@router.get("/etud/{etudid}/photo/small", response_class=Response, responses={**ok(xml=False), **IMAGE})
async def get_etud_photo_small(db: DbSession, access: View, etudid: DbId) -> Response:
    """The student's photo, 90 px high."""
    return await _photo(db, access, etudid, True)


@router.get(
    "/etud/{etudid}/sem/{formsemestre_id}/groups", response_model=EtudGroupsRead, responses=ok("etud_groups.json")
)
async def get_etud_sem_groups(
    request: Request, db: DbSession, access: View, etudid: DbId, formsemestre_id: DbId
) -> Response:
    """The groups of a student in a semester (the default "all students" group is not listed)."""
    return render(request, await service.etud_groups(db, access, etudid, formsemestre_id), xml_root="etud_groups")
