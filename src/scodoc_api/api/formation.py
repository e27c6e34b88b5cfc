"""Programmes (seed routes ``formation`` and ``formation_export``)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, require
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import FormationExport, FormationRead
from scodoc_api.services import formation as service

router = APIRouter(tags=["formations"])
View = Annotated[Access, Depends(require(Permission.ScoView))]


@router.get("/formation", response_model=list[FormationRead], responses=ok("formation.json"))
async def list_formations(request: Request, db: DbSession, access: View) -> Response:
    """Every programme the caller may view, sorted by acronym."""
    return render(request, await service.list_formations(db, access), xml_root="formation_list")


@router.get("/formation/{formation_id}", response_model=FormationRead, responses=ok())
async def get_formation(request: Request, db: DbSession, access: View, formation_id: DbId) -> Response:
    """One programme."""
    return render(request, await service.get_formation(db, access, formation_id), xml_root="formation")


@router.get(
    "/formation_export/{formation_id}",
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
