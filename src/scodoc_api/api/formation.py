"""Programmes (seed routes ``formation`` and ``formation_export``)."""

from typing import Annotated

from fastapi import Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import (
    ApiRouter,
    DbSession,
    View,
)
from scodoc_api.core.errors import STANDARD_ERRORS
from scodoc_api.core.ids import DbId
from scodoc_api.formats.responses import JSON_ONLY, json_answer, render
from scodoc_api.schemas.examples import example, ok
from scodoc_api.schemas.read import FormationExport, FormationRead
from scodoc_api.schemas.referentiel import ReferentielOut
from scodoc_api.services import formation as service
from scodoc_api.services import referentiel as referentiel_service

router = ApiRouter(tags=["formations"])


@router.get("/formation", response_model=list[FormationRead], responses=ok("formation.json"))
async def list_formations(request: Request, db: DbSession, access: View) -> Response:
    """Every programme the caller may view, sorted by acronym."""
    return render(request, await service.list_formations(db, access), xml_root="formation_list")


@router.get("/formation/{formation_id:int}", response_model=FormationRead, responses=ok())
async def get_formation(request: Request, db: DbSession, access: View, formation_id: DbId) -> Response:
    """One programme."""
    return render(request, await service.get_formation(db, access, formation_id), xml_root="formation")


@router.get(
    "/formation_export/{formation_id:int}",
    response_model=FormationExport,
    responses=ok("formation_export.json", xml_example="formation_export.xml"),
)
async def export_formation(
    request: Request,
    db: DbSession,
    access: View,
    formation_id: DbId,
    export_ids: Annotated[bool, Query(description="include the ids")] = False,
) -> Response:
    """The programme as a tree (UE > matière > module), as ScoDoc exports it. ``import-formation`` reads it back."""
    tree = await service.export_tree(db, access, formation_id, export_ids=export_ids)
    return render(request, tree, xml_builder=service.export_xml)


# Routes of ScoDoc 9.x (modern-api.md §5)


# 5.9 Formations
@router.get("/formations", response_model=list[FormationRead], responses=JSON_ONLY)
async def list_formations_modern(db: DbSession, access: View) -> Response:
    """Every programme the caller may view."""
    return json_answer(await service.list_formations(db, access))


@router.get("/formations_ids", response_model=list[int], responses=JSON_ONLY)
async def list_formations_ids(db: DbSession, access: View) -> Response:
    """Ids of the programmes."""
    return json_answer(sorted(f["id"] for f in await service.list_formations(db, access)))


@router.get("/formation/{formation_id:int}/export", response_model=FormationExport, responses=JSON_ONLY)
async def export_formation_modern(db: DbSession, access: View, formation_id: DbId) -> Response:
    """The programme tree, without ids."""
    return json_answer(await service.export_tree(db, access, formation_id, export_ids=False))


@router.get(
    "/formation/{formation_id:int}/referentiel_competences",
    response_model=ReferentielOut | None,
    responses={
        200: {
            "description": "the formation's competence framework (ScoDoc's export shape), or null",
            "content": {"application/json": {"example": example("referentiel_competences.json")}},
        },
        **STANDARD_ERRORS,
    },
)
async def get_formation_referentiel(db: DbSession, access: View, formation_id: DbId) -> Response:
    """The BUT competence framework of the formation, in the shape of ScoDoc's export (compétences with their
    niveaux and apprentissages critiques, parcours with their years); ``null`` for a formation without one
    (classic formations); 404 for an unknown formation."""
    return json_answer(await referentiel_service.formation_referentiel(db, access, formation_id))


@router.get("/formation/{formation_id:int}/export_with_ids", response_model=FormationExport, responses=JSON_ONLY)
async def export_formation_with_ids(db: DbSession, access: View, formation_id: DbId) -> Response:
    """The programme tree, with ids."""
    return json_answer(await service.export_tree(db, access, formation_id, export_ids=True))
