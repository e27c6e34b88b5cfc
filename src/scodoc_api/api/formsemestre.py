"""Semesters (seed route ``formsemestre``)."""

from typing import Annotated, Literal

from fastapi import Path, Request
from starlette.responses import Response

from scodoc_api.api.deps import (
    ApiRouter,
    DbSession,
    View,
    results_cache,
)
from scodoc_api.api.params import query_dict
from scodoc_api.core.errors import responses
from scodoc_api.core.ids import DbId
from scodoc_api.formats.responses import JSON_ONLY, json_answer, render
from scodoc_api.repositories.departements import all_dept_ids
from scodoc_api.schemas.etud import EtudiantRead
from scodoc_api.schemas.examples import example, ok
from scodoc_api.schemas.formsemestre import DecisionJuryRow, ProgrammeRead, ResultatRow
from scodoc_api.schemas.groups import PartitionsMap
from scodoc_api.schemas.read import FormSemestreRead
from scodoc_api.services import formsemestre as service

router = ApiRouter(tags=["formsemestres"])


def _one_example() -> dict:
    responses = ok()
    responses[200]["content"]["application/json"] = {"example": example("formsemestre.json")[0]}
    return responses


@router.get("/formsemestre/{formsemestre_id:int}", response_model=FormSemestreRead, responses=_one_example())
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


# Routes of ScoDoc 9.x (modern-api.md §5)


@router.get("/formsemestres/query", response_model=list[FormSemestreRead], responses=JSON_ONLY)
async def query_formsemestres(
    request: Request,
    db: DbSession,
    access: View,
    nip: str | None = None,
    ine: str | None = None,
    etudid: DbId | None = None,
    annee_scolaire: int | None = None,
    formation_id: DbId | None = None,
    dept_acronym: str | None = None,
    dept_id: DbId | None = None,
    etape_apo: str | None = None,
    etat: str | None = None,
) -> Response:
    """Semesters matching the filters; with ``nip`` every department the caller may view is searched."""
    return json_answer(await service.formsemestres_query(db, access, query_dict(request)))


# 5.3 Semesters
@router.get("/formsemestre/{formsemestre_id:int}/programme", response_model=ProgrammeRead, responses=JSON_ONLY)
async def get_formsemestre_programme(db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """UEs and module implementations of the semester (``modules`` for classic semesters)."""
    return json_answer(await service.programme(db, access, formsemestre_id))


async def _etudiants(request, db, access, fs, long):
    etat = request.query_params.get("etat") or None
    if etat not in (None, "I", "D", "DEF"):
        from scodoc_api.core.errors import BadRequest

        raise BadRequest("etat: I, D ou DEF attendu")
    return json_answer(await service.sem_etudiants(db, access, fs, long=long, etat=etat))


@router.get("/formsemestre/{formsemestre_id:int}/etudiants", response_model=list[EtudiantRead], responses=JSON_ONLY)
async def list_formsemestre_etudiants(request: Request, db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """Students of the semester (short form) with their ``etat`` and ``groups``."""
    return await _etudiants(request, db, access, formsemestre_id, False)


@router.get(
    "/formsemestre/{formsemestre_id:int}/etudiants/long", response_model=list[EtudiantRead], responses=JSON_ONLY
)
async def list_formsemestre_etudiants_long(
    request: Request, db: DbSession, access: View, formsemestre_id: DbId
) -> Response:
    """Students of the semester (long form) with their ``etat`` and ``groups``."""
    return await _etudiants(request, db, access, formsemestre_id, True)


@router.get(
    "/formsemestre/{formsemestre_id:int}/etudiants/query", response_model=list[EtudiantRead], responses=JSON_ONLY
)
async def query_formsemestre_etudiants(
    request: Request, db: DbSession, access: View, formsemestre_id: DbId, etat: Literal["I", "D", "DEF"] | None = None
) -> Response:
    """Students of the semester in one registration state."""
    return await _etudiants(request, db, access, formsemestre_id, False)


@router.get(
    "/formsemestre/{formsemestre_id:int}/etudiants/long/query", response_model=list[EtudiantRead], responses=JSON_ONLY
)
async def query_formsemestre_etudiants_long(
    request: Request, db: DbSession, access: View, formsemestre_id: DbId, etat: Literal["I", "D", "DEF"] | None = None
) -> Response:
    """Students of the semester in one registration state (long form)."""
    return await _etudiants(request, db, access, formsemestre_id, True)


@router.get("/formsemestre/{formsemestre_id:int}/partitions", response_model=PartitionsMap, responses=JSON_ONLY)
async def get_formsemestre_partitions(db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """Named partitions keyed by id, each with its groups keyed by id."""
    return json_answer(await service.sem_partitions(db, access, formsemestre_id))


@router.get(
    "/formsemestre/{formsemestre_id:int}/resultats",
    response_model=list[ResultatRow],
    responses={**JSON_ONLY, **responses(409)},
)
async def get_formsemestre_resultats(request: Request, db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """One row per student: ``moy_gen``, ``moy_ue_<ue>``, ``moy_mod_<moduleimpl>_<ue>``, ``part_<partition>``."""
    return json_answer(await service.resultats(db, access, formsemestre_id, cache=results_cache(request)))


@router.get(
    "/formsemestre/{formsemestre_id:int}/decisions_jury", response_model=list[DecisionJuryRow], responses=JSON_ONLY
)
async def get_formsemestre_decisions_jury(
    request: Request, db: DbSession, access: View, formsemestre_id: DbId
) -> Response:
    """Jury decisions recorded in the semester (semester and UE codes). For a BUT semester: the year code and
    each RCUE (``rcues[{code, moy, ue_1{ue_id, code, moy}, ue_2}]``), RCUE means computed, codes as stored."""
    return json_answer(await service.decisions_jury(db, access, formsemestre_id, cache=results_cache(request)))
