"""Absences, reads (seed routes ``absences``, ``abs_group_etat``, billets listing)."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, SettingsDep, require
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import AbsenceRead, AbsGroupEtatRead, BilletRead
from scodoc_api.services import absences as service

router = APIRouter(tags=["absences"])
View = Annotated[Access, Depends(require(Permission.ScoView))]


@router.get("/absences/{etudid}", response_model=list[AbsenceRead], responses=ok("absences.json"))
async def list_absences(request: Request, db: DbSession, access: View, etudid: int,
                        abs_just_only: Annotated[bool, Query(description="true: justified only; false: unjustified only")] = False,
                        date_debut: date | None = None,
                        date_fin: Annotated[date | None, Query(description="excluded")] = None) -> Response:
    """A student's absent half-days since 1 August of the school year (or in [date_debut, date_fin))."""
    rows = await service.list_absences(db, access, etudid, abs_just_only=abs_just_only, date_debut=date_debut,
                                       date_fin=date_fin)
    return render(request, rows, xml_root="absences")


@router.get("/abs_group_etat", response_model=list[AbsGroupEtatRead], responses=ok("abs_group_etat.json"))
async def get_abs_group_etat(request: Request, db: DbSession, access: View,
                             group_ids: Annotated[list[int], Query(description="repeat for several groups")],
                             date_debut: date, date_fin: Annotated[date, Query(description="excluded")],
                             with_boursier: bool = True) -> Response:
    """Absence counts of the members of one or several groups over [date_debut, date_fin)."""
    rows = await service.abs_group_etat(db, access, group_ids=group_ids, date_debut=date_debut, date_fin=date_fin,
                                        with_boursier=with_boursier)
    return render(request, rows, xml_root="table")


router.add_api_route("/abs_group_etat/", get_abs_group_etat, methods=["GET"], response_model=list[AbsGroupEtatRead],
                     responses=ok("abs_group_etat.json"), name="get_abs_group_etat_slash",
                     summary="Get Abs Group Etat (trailing slash, as the seed writes it)")


@router.get("/absences/billets/etud/{etudid}", response_model=list[BilletRead], responses=ok("billets_etud.json"))
async def list_billets(request: Request, db: DbSession, access: View, settings: SettingsDep, etudid: int) -> Response:
    """A student's absence notes (billets), most recently entered first; ``[]`` when billets are disabled."""
    return render(request, await service.list_billets(db, access, etudid, tz=settings.timezone), xml_root="billets")
