"""Absences, reads (seed routes ``absences``, ``abs_group_etat``, billets listing)."""

from typing import Annotated

from fastapi import Depends, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import ApiRouter, DbSession, SettingsDep, require
from scodoc_api.api.params import body_doc, merged_params, validated
from scodoc_api.core.errors import responses
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.core.values import IsoDate
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import AbsenceRead, AbsGroupEtatRead, BilletRead
from scodoc_api.schemas.write import AbsAnnuleIn, AbsJustifIn, AbsOut, AbsRangeIn, AbsSignaleIn, BilletAddIn
from scodoc_api.services import absences as service
from scodoc_api.services import absences_write as write

router = ApiRouter(tags=["absences"])
View = Annotated[Access, Depends(require(Permission.ScoView))]
AbsChange = Annotated[Access, Depends(require(Permission.ScoAbsChange))]
AddBillet = Annotated[Access, Depends(require(Permission.ScoAbsAddBillet))]


@router.get("/absences/{etudid:int}", response_model=list[AbsenceRead], responses=ok("absences.json"))
async def list_absences(
    request: Request,
    db: DbSession,
    access: View,
    settings: SettingsDep,
    etudid: DbId,
    abs_just_only: Annotated[bool, Query(description="true: justified only; false: unjustified only")] = False,
    date_debut: IsoDate | None = None,
    date_fin: Annotated[IsoDate | None, Query(description="excluded")] = None,
) -> Response:
    """A student's absent half-days since 1 August of the school year (or in [date_debut, date_fin))."""
    rows = await service.list_absences(
        db,
        access,
        etudid,
        abs_just_only=abs_just_only,
        date_debut=date_debut,
        date_fin=date_fin,
        tz=settings.timezone,
    )
    return render(request, rows, xml_root="absences")


@router.get("/abs_group_etat", response_model=list[AbsGroupEtatRead], responses=ok("abs_group_etat.json"))
async def get_abs_group_etat(
    request: Request,
    db: DbSession,
    access: View,
    settings: SettingsDep,
    group_ids: Annotated[list[DbId], Query(description="repeat for several groups")],
    date_debut: IsoDate,
    date_fin: Annotated[IsoDate, Query(description="excluded")],
    with_boursier: bool = True,
) -> Response:
    """Absence counts of the members of one or several groups over [date_debut, date_fin)."""
    rows = await service.abs_group_etat(
        db,
        access,
        group_ids=group_ids,
        date_debut=date_debut,
        date_fin=date_fin,
        with_boursier=with_boursier,
        tz=settings.timezone,
    )
    return render(request, rows, xml_root="table")


router.add_api_route(
    "/abs_group_etat/",
    get_abs_group_etat,
    methods=["GET"],
    response_model=list[AbsGroupEtatRead],
    responses=ok("abs_group_etat.json"),
    name="get_abs_group_etat_slash",
    summary="Get Abs Group Etat (trailing slash, as the seed writes it)",
)


@router.get("/absences/billets/etud/{etudid:int}", response_model=list[BilletRead], responses=ok("billets_etud.json"))
async def list_billets(request: Request, db: DbSession, access: View, settings: SettingsDep, etudid: DbId) -> Response:
    """A student's absence notes (billets), most recently entered first; ``[]`` when billets are disabled."""
    return render(request, await service.list_billets(db, access, etudid, tz=settings.timezone), xml_root="billets")


ABS_WRITE = {**ok(xml=False), **responses(406)}


def _abs_doc(example: str) -> dict:
    return {**ok(example, xml=False), **responses(406)}


@router.post(
    "/abs_signale", response_model=AbsOut, responses=_abs_doc("abs_signale.json"), openapi_extra=body_doc(AbsSignaleIn)
)
async def abs_signale(request: Request, db: DbSession, access: AbsChange, settings: SettingsDep) -> Response:
    """Record absent half-days over [date_debut, date_fin) on working days (ScoAbsChange). Repeating the
    request records nothing twice."""
    p = validated(AbsSignaleIn, await merged_params(request))
    answer = await write.signale(db, access, **p.model_dump(), tz=settings.timezone)
    return render(request, answer, xml_root="abs_signale")


@router.post("/abs_justifie", response_model=AbsOut, responses=ABS_WRITE, openapi_extra=body_doc(AbsJustifIn))
async def abs_justifie(request: Request, db: DbSession, access: AbsChange, settings: SettingsDep) -> Response:
    """Record justifications of half-days over [date_debut, date_fin) (not in the seed; ScoDoc's
    doJustifAbsence). Absences of those half-days become justified."""
    p = validated(AbsJustifIn, await merged_params(request))
    answer = await write.justifie(db, access, **p.model_dump(), tz=settings.timezone)
    return render(request, answer, xml_root="abs_justifie")


@router.post(
    "/abs_annule", response_model=AbsOut, responses=_abs_doc("abs_annule.json"), openapi_extra=body_doc(AbsAnnuleIn)
)
async def abs_annule(request: Request, db: DbSession, access: AbsChange, settings: SettingsDep) -> Response:
    """Cancel the absences of those half-days; justifications on their own are kept."""
    p = validated(AbsAnnuleIn, await merged_params(request))
    answer = await write.annule(db, access, **p.model_dump(), tz=settings.timezone)
    return render(request, answer, xml_root="abs_annule")


@router.post(
    "/abs_annule_justif",
    response_model=AbsOut,
    responses=_abs_doc("abs_annule_justif.json"),
    openapi_extra=body_doc(AbsRangeIn),
)
async def abs_annule_justif(request: Request, db: DbSession, access: AbsChange, settings: SettingsDep) -> Response:
    """Cancel the justifications of those half-days (the absences stay, unjustified). ``etudid`` is
    required; the seed's ``context`` parameter is ignored."""
    p = validated(AbsRangeIn, await merged_params(request))
    answer = await write.annule_justif(db, access, **p.model_dump(), tz=settings.timezone)
    return render(request, answer, xml_root="abs_annule_justif")


@router.post(
    "/absences/billet/add",
    response_model=list[BilletRead],
    responses={**ok("billet_add.json"), **responses(406)},
    openapi_extra=body_doc(BilletAddIn),
)
async def add_billet(request: Request, db: DbSession, access: AddBillet, settings: SettingsDep) -> Response:
    """Record an absence note (billet) declared by a student (ScoAbsAddBillet); answers the billet as a list
    of one row, as ScoDoc does."""
    p = validated(BilletAddIn, await merged_params(request))
    rows = await write.add_billet(
        db,
        access,
        etudid=p.etudid,
        begin=p.begin,
        end=p.end,
        description=p.description,
        justified=p.justified,
        tz=settings.timezone,
    )
    return render(request, rows, xml_root="billets")
