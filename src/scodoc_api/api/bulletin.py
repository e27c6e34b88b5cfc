"""Classic bulletins (seed route ``etud/<etudid>/bul/<formsemestre_id>``) and a semester's bulletins."""

from typing import Annotated, Literal

from fastapi import Depends, Query, Request
from starlette.responses import Response, StreamingResponse

from scodoc_api.api.deps import (
    ApiRouter,
    DbSession,
    Observe,
    SettingsDep,
    View,
    require,
    results_cache,
)
from scodoc_api.api.params import BulletinVersion, Kind, bulletin_version
from scodoc_api.core.errors import STANDARD_ERRORS, responses
from scodoc_api.core.ids import DbId, parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.negotiation import negotiate
from scodoc_api.formats.responses import JSON_ONLY
from scodoc_api.schemas.bulletin import ClassicBulletin
from scodoc_api.schemas.bulletin_but import ButBulletin
from scodoc_api.schemas.examples import example
from scodoc_api.services import bulletin as service
from scodoc_api.services import etud as etud_service

# bulletin routes name a semester: its results version is read with the caller's grants (one round trip)
BulletinView = Annotated[Access, Depends(require(Permission.ScoView, with_results_version=True))]

router = ApiRouter(tags=["bulletins"])
Version = Annotated[Literal["short", "selectedevals", "long"], Query(description="evaluations listed per module")]
XML_MEDIA = "text/xml; charset=utf-8"


def _bulletin_responses(json_schema: dict) -> dict:
    return {
        **STANDARD_ERRORS,
        **responses(409),
        200: {
            "description": "ScoDoc 9.0 classic bulletin (bulletins.md), JSON or XML",
            "content": {
                "application/json": {"schema": json_schema, "example": example("bulletin_short.json")},
                "text/xml": {"schema": {"type": "string"}},
            },
        },
    }


BULLETIN_RESPONSES = _bulletin_responses({"$ref": "#/components/schemas/ClassicBulletin"})
BULLETINS_RESPONSES = _bulletin_responses(
    {
        "type": "array",
        "items": {
            "anyOf": [{"$ref": "#/components/schemas/ClassicBulletin"}, {"$ref": "#/components/schemas/ButBulletin"}]
        },
    }
)


@router.get("/etud/{etudid:int}/bul/{formsemestre_id:int}", response_class=Response, responses=BULLETIN_RESPONSES)
async def get_etud_bulletin(
    request: Request,
    db: DbSession,
    access: BulletinView,
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
        cache=results_cache(request),
        etudid=etudid,
        formsemestre_id=formsemestre_id,
        version=version,
        fmt=fmt,
        with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
        tz=settings.timezone,
        known_version=access.results_version,
    )
    return Response(body, media_type=XML_MEDIA if fmt == "xml" else "application/json")


@router.get(
    "/formsemestre/{formsemestre_id:int}/bulletins", response_class=StreamingResponse, responses=BULLETINS_RESPONSES
)
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
        cache=results_cache(request),
        formsemestre_id=formsemestre_id,
        version=version,
        fmt=fmt,
        with_decisions=xml_with_decisions,
        force_publishing=force_publishing,
        tz=settings.timezone,
    )
    return StreamingResponse(chunks, media_type=XML_MEDIA if fmt == "xml" else "application/json")


# Routes of ScoDoc 9.x (modern-api.md §5)


async def _etudid(db, access, kind: str, value: str) -> int:
    """The student of a ``{kind}/{value}`` path. An etudid is taken as it is: the bulletin's own check (exists,
    visible, registered: one query, or none when its results are cached) follows. A NIP or an INE is looked up."""
    if kind == "etudid" and (etudid := parse_id(value)) is not None:
        return etudid
    return (await etud_service.find_etud(db, access, kind, value)).id


async def _bulletin(request, db, access, settings, kind, value, fs, version) -> Response:
    """The bulletin, or a 304 when the caller's ETag still names the current results (no computation)."""
    cache, etudid = results_cache(request), await _etudid(db, access, kind, value)
    checked = {"cache": cache, "etudid": etudid, "formsemestre_id": fs, "known_version": access.results_version}
    if (wanted := request.headers.get("if-none-match")) is not None:
        etag = service.bulletin_etag(fs, await service.checked_version(db, access, **checked), etudid, version)
        if etag in {t.strip() for t in wanted.split(",")} or wanted.strip() == "*":
            return Response(status_code=304, headers={"ETag": etag})
    body = await service.get_bulletin(
        db,
        access,
        cache=cache,
        etudid=etudid,
        formsemestre_id=fs,
        version=version,
        fmt="json",
        tz=settings.timezone,
        modern=True,
        known_version=access.results_version,
    )
    version_now = access.results_version or await service.checked_version(db, access, **checked)
    return Response(
        body, media_type="application/json", headers={"ETag": service.bulletin_etag(fs, version_now, etudid, version)}
    )


CONDITIONAL = {
    **JSON_ONLY,
    304: {"description": "Not Modified: If-None-Match names the bulletin's current ETag (nothing is computed)"},
}


@router.get(
    "/etudiant/{kind:kind}/{value}/formsemestre/{formsemestre_id:int}/bulletin",
    response_model=ClassicBulletin | ButBulletin,
    responses=CONDITIONAL,
)
async def get_etudiant_bulletin(
    request: Request,
    db: DbSession,
    access: BulletinView,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    formsemestre_id: DbId,
) -> Response:
    """The student's bulletin: for a BUT semester the BUT bulletin of modern-api §6 (``type: "BUT"``); for a
    classic one bulletins.md numbers with plain texts and ``publie`` a boolean."""
    return await _bulletin(request, db, access, settings, kind, value, formsemestre_id, "long")


@router.get(
    "/etudiant/{kind:kind}/{value}/formsemestre/{formsemestre_id:int}/bulletin/{version}",
    response_model=ClassicBulletin | ButBulletin,
    responses=CONDITIONAL,
)
async def get_etudiant_bulletin_version(
    request: Request,
    db: DbSession,
    access: View,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    formsemestre_id: DbId,
    version: BulletinVersion,
) -> Response:
    """The student's bulletin in a version: ``short`` lists no evaluations, ``selectedevals`` the visible ones,
    ``long`` (and ``but``) all; ``butcourt`` is served as ``short``."""
    return await _bulletin(request, db, access, settings, kind, value, formsemestre_id, bulletin_version(version))


PDF_RESPONSES = {
    200: {
        "description": "the bulletin as a PDF attachment",
        "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
    },
    **STANDARD_ERRORS,
}


async def _bulletin_pdf(request, db, access, settings, kind, value, fs, version, signatures: bool) -> Response:
    body, filename = await service.get_bulletin_pdf(
        db,
        access,
        cache=results_cache(request),
        etudid=await _etudid(db, access, kind, value),
        formsemestre_id=fs,
        version=bulletin_version(version),
        signatures=signatures,
        tz=settings.timezone,
    )
    return Response(
        body, media_type="application/pdf", headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


@router.get(
    "/etudiant/{kind:kind}/{value}/formsemestre/{formsemestre_id:int}/bulletin/{version}/pdf",
    response_class=Response,
    responses=PDF_RESPONSES,
)
async def get_etudiant_bulletin_pdf(
    request: Request,
    db: DbSession,
    access: View,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    formsemestre_id: DbId,
    version: BulletinVersion,
) -> Response:
    """The student's bulletin as a PDF document, with the signature block."""
    return await _bulletin_pdf(request, db, access, settings, kind, value, formsemestre_id, version, True)


@router.get(
    "/etudiant/{kind:kind}/{value}/formsemestre/{formsemestre_id:int}/bulletin/{version}/pdf/nosig",
    response_class=Response,
    responses=PDF_RESPONSES,
)
async def get_etudiant_bulletin_pdf_nosig(
    request: Request,
    db: DbSession,
    access: View,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    formsemestre_id: DbId,
    version: BulletinVersion,
) -> Response:
    """The student's bulletin as a PDF document without the signature block (what the Passerelle shows)."""
    return await _bulletin_pdf(request, db, access, settings, kind, value, formsemestre_id, version, False)


@router.get(
    "/formsemestre/{formsemestre_id:int}/bulletins/{version}",
    response_model=list[ClassicBulletin | ButBulletin],
    responses={**JSON_ONLY, **responses(409)},
)
async def list_formsemestre_bulletins_version(
    request: Request,
    db: DbSession,
    access: Observe,
    settings: SettingsDep,
    formsemestre_id: DbId,
    version: BulletinVersion,
) -> Response:
    """Every bulletin of the semester in a version, streamed."""
    from starlette.responses import StreamingResponse

    chunks = await service.semester_bulletins(
        db,
        access,
        cache=results_cache(request),
        formsemestre_id=formsemestre_id,
        version=bulletin_version(version),
        fmt="json",
        tz=settings.timezone,
        modern=True,
    )
    return StreamingResponse(chunks, media_type="application/json")
