"""Departments: the seed's ``departement`` route."""

from typing import Annotated

from fastapi import Path, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import (
    AnyUser,
    ApiRouter,
    Auth,
    DbSession,
    View,
)
from scodoc_api.core.errors import STANDARD_ERRORS
from scodoc_api.core.ids import DbId
from scodoc_api.core.values import IsoDate
from scodoc_api.formats.responses import JSON_ONLY, json_answer, render, xml_response_doc
from scodoc_api.schemas.departements import DepartementRead
from scodoc_api.schemas.etud import EtudiantRead
from scodoc_api.schemas.read import FormSemestreRead
from scodoc_api.services import departements as service
from scodoc_api.services import formsemestre as formsemestre_service

router = ApiRouter(tags=["departements"])


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


# Routes of ScoDoc 9.x (modern-api.md §5)


# 5.1 Departments
@router.get("/departements", response_model=list[DepartementRead], responses=JSON_ONLY)
async def list_departements(db: DbSession, access: Auth) -> Response:
    """Every department (visible or not): ``{acronym, dept_name, description, visible, date_creation, id}``."""
    return json_answer(await service.list_departements(db, access))


@router.get("/departements_ids", response_model=list[int], responses=JSON_ONLY)
async def list_departements_ids(db: DbSession, access: Auth) -> Response:
    """Ids of every department."""
    return json_answer([d["id"] for d in await service.list_departements(db, access)])


@router.get("/list_depts", response_model=list[DepartementRead], responses=JSON_ONLY)
async def list_depts(db: DbSession, access: Auth) -> Response:
    """ScoDoc 9.0's department list (its API example script calls it, legacy.md §7.2): the visible
    departments, ``{id, acronym, dept_name, description, visible, date_creation}``."""
    return json_answer([d for d in await service.list_departements(db, access) if d["visible"]])


@router.get("/departement/{acronym}", response_model=DepartementRead, responses=JSON_ONLY)
async def get_departement(db: DbSession, access: Auth, acronym: Annotated[str, Path(max_length=32)]) -> Response:
    """One department, by acronym."""
    return json_answer(service.dept_dict(await service.get_departement(db, access, acronym=acronym)))


@router.get("/departement/id/{dept_id:int}", response_model=DepartementRead, responses=JSON_ONLY)
async def get_departement_by_id(db: DbSession, access: Auth, dept_id: DbId) -> Response:
    """One department, by id."""
    return json_answer(service.dept_dict(await service.get_departement(db, access, dept_id=dept_id)))


async def _dept(db, access, acronym=None, dept_id=None):
    return await service.get_departement(db, access, acronym=acronym, dept_id=dept_id)


@router.get("/departement/{acronym}/etudiants", response_model=list[EtudiantRead], responses=JSON_ONLY)
async def list_dept_etudiants(db: DbSession, access: View, acronym: str) -> Response:
    """Every student of the department (short form)."""
    return json_answer(await service.dept_etudiants(db, access, await _dept(db, access, acronym=acronym)))


@router.get("/departement/id/{dept_id:int}/etudiants", response_model=list[EtudiantRead], responses=JSON_ONLY)
async def list_dept_etudiants_by_id(db: DbSession, access: View, dept_id: DbId) -> Response:
    """Every student of the department (short form)."""
    return json_answer(await service.dept_etudiants(db, access, await _dept(db, access, dept_id=dept_id)))


@router.get("/departement/{acronym}/formsemestres_courants", response_model=list[FormSemestreRead], responses=JSON_ONLY)
async def list_dept_formsemestres_courants(
    db: DbSession, access: View, acronym: str, date_courante: IsoDate | None = None
) -> Response:
    """Semesters of the department whose dates include today (or ``date_courante``)."""
    return json_answer(
        await formsemestre_service.dept_formsemestres(
            db, access, await _dept(db, access, acronym=acronym), courants=True, day=date_courante
        )
    )


@router.get(
    "/departement/id/{dept_id:int}/formsemestres_courants", response_model=list[FormSemestreRead], responses=JSON_ONLY
)
async def list_dept_formsemestres_courants_by_id(
    db: DbSession, access: View, dept_id: DbId, date_courante: IsoDate | None = None
) -> Response:
    """Semesters of the department whose dates include today (or ``date_courante``)."""
    return json_answer(
        await formsemestre_service.dept_formsemestres(
            db, access, await _dept(db, access, dept_id=dept_id), courants=True, day=date_courante
        )
    )


@router.get("/departement/{acronym}/formsemestres_ids", response_model=list[int], responses=JSON_ONLY)
async def list_dept_formsemestres_ids(db: DbSession, access: View, acronym: str) -> Response:
    """Ids of every semester of the department."""
    sems = await formsemestre_service.dept_formsemestres(
        db, access, await _dept(db, access, acronym=acronym), courants=False
    )
    return json_answer(sorted(s["id"] for s in sems))


@router.get("/departement/id/{dept_id:int}/formsemestres_ids", response_model=list[int], responses=JSON_ONLY)
async def list_dept_formsemestres_ids_by_id(db: DbSession, access: View, dept_id: DbId) -> Response:
    """Ids of every semester of the department."""
    sems = await formsemestre_service.dept_formsemestres(
        db, access, await _dept(db, access, dept_id=dept_id), courants=False
    )
    return json_answer(sorted(s["id"] for s in sems))
