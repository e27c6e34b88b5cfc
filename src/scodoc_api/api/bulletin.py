"""Classic bulletins (seed route ``etud/<etudid>/bul/<formsemestre_id>``) and a semester's bulletins."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response, StreamingResponse

from scodoc_api.api.deps import DbSession, SettingsDep, known_results_version, require
from scodoc_api.core.errors import STANDARD_ERRORS, responses
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.negotiation import negotiate
from scodoc_api.schemas.examples import example
from scodoc_api.services import bulletin as service

router = APIRouter(tags=["bulletins"])
View = Annotated[Access, Depends(require(Permission.ScoView))]
Observe = Annotated[Access, Depends(require(Permission.ScoObservateur))]
Version = Annotated[Literal["short", "selectedevals", "long"], Query(description="evaluations listed per module")]
XML_MEDIA = "text/xml; charset=utf-8"

BULLETIN_RESPONSES = {
    **STANDARD_ERRORS,
    **responses(409),
    200: {
        "description": "ScoDoc 9.0 classic bulletin (bulletins.md), JSON or XML",
        "content": {
            "application/json": {"example": example("bulletin_short.json")},
            "text/xml": {"schema": {"type": "string"}},
        },
    },
}


@router.get("/etud/{etudid}/bul/{formsemestre_id}", response_class=Response, responses=BULLETIN_RESPONSES)
async def get_etud_bulletin(
    request: Request,
    db: DbSession,
    access: View,
    settings: SettingsDep,
    etudid: DbId,
    formsemestre_id: DbId,
    version: Version = "long",
    xml_with_decisions: bool = False,
    force_publishing: bool = False,
) -> Response:
    """A student's bulletin in a semester, byte-compatible with ScoDoc 9.0 (keys, order, number texts,
    escaping). An unpublished semester stops after the student block."""
    fmt = negotiate(request)
    body = await service.get_bulletin(
        db,
        access,
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        version=version,
        fmt=fmt,
        with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
        tz=settings.timezone,
        known_version=known_results_version(request),
    )
    return Response(body, media_type=XML_MEDIA if fmt == "xml" else "application/json")


@router.get("/formsemestre/{formsemestre_id}/bulletins", response_class=StreamingResponse, responses=BULLETIN_RESPONSES)
async def list_formsemestre_bulletins(
    request: Request,
    db: DbSession,
    access: Observe,
    settings: SettingsDep,
    formsemestre_id: DbId,
    version: Version = "long",
    xml_with_decisions: bool = False,
    force_publishing: bool = False,
) -> StreamingResponse:
    """Every bulletin of a semester in one streamed response: a JSON list, or ``<bulletins>`` in XML."""
    fmt = negotiate(request)
    chunks = await service.semester_bulletins(
        db,
        access,
        formsemestre_id=formsemestre_id,
        version=version,
        fmt=fmt,
        with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
        tz=settings.timezone,
    )
    return StreamingResponse(chunks, media_type=XML_MEDIA if fmt == "xml" else "application/json")
