"""Students (seed routes ``etud_dept``, ``etud``, ``etud/<id>/photo``, ``etud/<id>/sem/<id>/groups``)."""

from typing import Annotated, Literal

from fastapi import Path, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import (
    ApiRouter,
    DbSession,
    SettingsDep,
    View,
)
from scodoc_api.api.params import Kind
from scodoc_api.core.errors import STANDARD_ERRORS
from scodoc_api.core.ids import DbId
from scodoc_api.formats.responses import JSON_ONLY, json_answer, render
from scodoc_api.schemas.etud import EtudiantRead, GroupRef
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import EtudDeptRead, EtudGroupsRead, EtudRead, FormSemestreRead
from scodoc_api.services import etud as service
from scodoc_api.services import formsemestre as formsemestre_service
from scodoc_api.services.formsemestre import get_sem
from scodoc_api.services.photos import get_photo

router = ApiRouter(tags=["etudiants"])
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


@router.get("/etud/{etudid:int}", response_model=EtudRead, responses=ok("etud.json"))
async def get_etud(request: Request, db: DbSession, access: View, etudid: DbId) -> Response:
    """A student, with their semester registrations (most recent first)."""
    return render(request, await service.get_etud(db, access, etudid), xml_root="etud")


async def _photo(db, access, settings, etudid: DbId, small: bool) -> Response:
    mime, content = await service.get_photo(db, access, etudid, small=small, no_photo_image=settings.no_photo_image)
    return Response(content, media_type=mime, headers={"Cache-Control": "private, max-age=300"})


@router.get("/etud/{etudid:int}/photo", response_class=Response, responses={**ok(xml=False), **IMAGE})
async def get_etud_photo(db: DbSession, access: View, settings: SettingsDep, etudid: DbId) -> Response:
    """The student's photo (``NO_PHOTO_IMAGE``, or a placeholder PNG, when there is none)."""
    return await _photo(db, access, settings, etudid, False)


@router.get("/etud/{etudid:int}/photo/small", response_class=Response, responses={**ok(xml=False), **IMAGE})
async def get_etud_photo_small(db: DbSession, access: View, settings: SettingsDep, etudid: DbId) -> Response:
    """The student's photo, 90 px high."""
    return await _photo(db, access, settings, etudid, True)


@router.get(
    "/etud/{etudid:int}/sem/{formsemestre_id:int}/groups",
    response_model=EtudGroupsRead,
    responses=ok("etud_groups.json"),
)
async def get_etud_sem_groups(
    request: Request, db: DbSession, access: View, etudid: DbId, formsemestre_id: DbId
) -> Response:
    """The groups of a student in a semester (the default "all students" group is not listed)."""
    return render(request, await service.etud_groups(db, access, etudid, formsemestre_id), xml_root="etud_groups")


# Routes of ScoDoc 9.x (modern-api.md §5)


# 5.2 Students
@router.get("/etudiants/courants", response_model=list[EtudiantRead], responses=JSON_ONLY)
async def list_etudiants_courants(db: DbSession, access: View) -> Response:
    """Students registered in a current semester (short form)."""
    return json_answer(await service.etudiants_courants(db, access, long=False))


@router.get("/etudiants/courants/long", response_model=list[EtudiantRead], responses=JSON_ONLY)
async def list_etudiants_courants_long(db: DbSession, access: View) -> Response:
    """Students registered in a current semester (long form)."""
    return json_answer(await service.etudiants_courants(db, access, long=True))


@router.get("/etudiant/{kind:kind}/{value}", response_model=EtudiantRead, responses=JSON_ONLY)
async def get_etudiant(db: DbSession, access: View, kind: Kind, value: Annotated[str, Path(max_length=64)]) -> Response:
    """One student (long form); with a NIP or INE shared by several departments, the most recently
    registered record (the department mount restricts the search to its department)."""
    etud = await service.find_etud(db, access, kind, value)
    return json_answer((await service.etud_dicts(db, [etud], long=True))[0])


@router.get("/etudiants/name/{start}", response_model=list[EtudiantRead], responses=JSON_ONLY)
async def search_etudiants_by_name(
    db: DbSession,
    access: View,
    start: Annotated[str, Path(max_length=64)],
    min_len: Annotated[int, Query(ge=1, le=64)] = 3,
    limit: Annotated[int, Query(ge=1, le=1000)] = 32,
) -> Response:
    """Students whose name starts with ``start`` (case-insensitive), in the departments the caller may view."""
    return json_answer(await service.search_by_name(db, access, start, min_len=min_len, limit=limit))


@router.get("/etudiants/{kind:kind}/{value}", response_model=list[EtudiantRead], responses=JSON_ONLY)
async def list_etudiants_by_code(
    db: DbSession, access: View, kind: Kind, value: Annotated[str, Path(max_length=64)]
) -> Response:
    """Every record with this etudid, NIP or INE, across departments."""
    return json_answer(await service.etud_dicts(db, await service.find_etuds(db, access, kind, value), long=False))


@router.get("/etudiant/{kind:kind}/{value}/formsemestres", response_model=list[FormSemestreRead], responses=JSON_ONLY)
async def list_etudiant_formsemestres(db: DbSession, access: View, kind: Kind, value: str) -> Response:
    """The semesters the student is or was registered in."""
    etud = await service.find_etud(db, access, kind, value)
    return json_answer(await formsemestre_service.etud_formsemestres(db, access, [etud]))


@router.get(
    "/etudiant/{kind:kind}/{value}/formsemestre/{formsemestre_id:int}/groups",
    response_model=list[GroupRef],
    responses=JSON_ONLY,
)
async def list_etudiant_groups(db: DbSession, access: View, kind: Kind, value: str, formsemestre_id: DbId) -> Response:
    """The student's groups in that semester."""
    etud = await service.find_etud(db, access, kind, value)
    sem = await get_sem(db, access, formsemestre_id)
    return json_answer(await service.etud_sem_groups(db, etud.id, sem.id))


@router.get(
    "/etudiant/{kind:kind}/{value}/photo",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}}}, **STANDARD_ERRORS},
)
async def get_etudiant_photo(
    db: DbSession,
    access: View,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    size: Literal["small", "orig"] | None = None,
) -> Response:
    """The student's photo (``NO_PHOTO_IMAGE``, or a placeholder image, when none; never HTML)."""
    etud = await service.find_etud(db, access, kind, value)
    mime, content = await get_photo(db, etud.id, small=size == "small", no_photo_image=settings.no_photo_image)
    return Response(content, media_type=mime)
