"""Justificatifs, ScoDoc 9.6's absence justifications and their files (modern-api.md §5.8), on both mounts."""

from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Path, Request
from starlette.datastructures import UploadFile
from starlette.responses import Response

from scodoc_api.api.assiduites import (
    IDS,
    AbsChange,
    JustifListParams,
    JustifSemesterParams,
    attendance_body,
    json_doc,
    listing,
)
from scodoc_api.api.deps import ApiRouter, DbSession, SettingsDep, View
from scodoc_api.api.params import Kind, json_body_doc
from scodoc_api.core.errors import STANDARD_ERRORS, BadRequest, responses
from scodoc_api.core.ids import DbId
from scodoc_api.core.settings import Settings
from scodoc_api.formats.responses import json_answer
from scodoc_api.schemas import attendance as S
from scodoc_api.services import justificatif_files as files
from scodoc_api.services import justificatifs as service

router = ApiRouter(tags=["justificatifs"])
Body = Annotated[Any, Depends(attendance_body)]


def storage(settings: Settings) -> files.Storage:
    return files.Storage(FsPath(settings.justif_dir), settings.justif_max_bytes)


@router.get("/justificatif/{justif_id:int}", response_model=S.JustificatifRead, responses=json_doc())
async def get_justificatif(db: DbSession, access: View, settings: SettingsDep, justif_id: DbId) -> Response:
    """One justificatif (§4.7)."""
    return json_answer(await service.get_one(db, access, justif_id, settings.timezone))


@listing(
    "/justificatifs/{kind:kind}/{value}",
    "list_justificatifs",
    list[S.JustificatifRead],
    json_doc("justificatifs.json"),
    on=router,
)
async def list_justificatifs(
    db: DbSession, access: View, settings: SettingsDep, kind: Kind, value: str, params: JustifListParams
) -> Response:
    """A student's justificatifs, chronological (``etat`` filters: valide, non_valide, attente, modifie)."""
    return json_answer(await service.list_for_student(db, access, kind, value, params, settings.timezone))


@listing(
    "/justificatifs/formsemestre/{formsemestre_id:int}",
    "list_formsemestre_justificatifs",
    list[S.JustificatifRead],
    json_doc("justificatifs.json"),
    on=router,
)
async def list_formsemestre_justificatifs(
    db: DbSession, access: View, settings: SettingsDep, formsemestre_id: DbId, params: JustifSemesterParams
) -> Response:
    """The justificatifs of the semester's students in its dates, each with ``code_nip``."""
    return json_answer(await service.list_for_semester(db, access, formsemestre_id, params, settings.timezone))


@router.get("/justificatif/{justif_id:int}/justifies", response_model=list[int], responses=json_doc())
async def list_justified_assiduites(db: DbSession, access: View, justif_id: DbId) -> Response:
    """Ids of the assiduités inside this justificatif's period."""
    return json_answer(await service.justified(db, access, justif_id))


@router.post(
    "/justificatif/{kind:kind}/{value}/create",
    response_model=S.AttendanceBatch,
    responses=json_doc("justificatifs_create.json"),
    openapi_extra=json_body_doc(S.JustificatifCreate, example_file="justificatif_create_body.json"),
)
async def create_justificatifs(
    db: DbSession, access: AbsChange, settings: SettingsDep, kind: Kind, value: str, body: Body
) -> Response:
    """Create a student's justificatifs from an array of ``{etat, date_debut, date_fin, raison,
    external_data}``; a valid one justifies the assiduités inside its period."""
    return json_answer(await service.create_for_student(db, access, kind, value, body, settings.timezone))


@router.post(
    "/justificatif/{justif_id:int}/edit",
    response_model=S.EditAnswer,
    responses=json_doc(),
    openapi_extra=json_body_doc(S.JustificatifEdit, array=False),
)
async def edit_justificatif(
    db: DbSession, access: AbsChange, settings: SettingsDep, justif_id: DbId, body: Body
) -> Response:
    """Change ``etat``, ``raison``, dates or ``external_data``; answers the assiduités it justified before and
    after (``couverture``)."""
    return json_answer(await service.edit(db, access, justif_id, body, settings.timezone))


@router.post(
    "/justificatif/delete",
    response_model=S.AttendanceBatch,
    responses=json_doc("attendance_delete.json"),
    openapi_extra=json_body_doc(IDS),
)
async def delete_justificatifs(db: DbSession, access: AbsChange, settings: SettingsDep, body: Body) -> Response:
    """Delete justificatifs (an array of ids) and their files."""
    return json_answer(await service.delete(db, access, body, settings.timezone, storage(settings)))


UPLOAD_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"files": {"type": "string", "format": "binary"}},
                    "required": ["files"],
                }
            }
        },
    }
}


@router.post(
    "/justificatif/{justif_id:int}/import",
    response_model=S.FileImported,
    responses={**json_doc(), **responses(413, 415)},
    openapi_extra=UPLOAD_DOC,
)
async def import_justificatif_file(
    request: Request, db: DbSession, access: AbsChange, settings: SettingsDep, justif_id: DbId
) -> Response:
    """Attach a file (multipart field ``files``): a PDF or an image, at most ``JUSTIF_MAX_BYTES``."""
    ctype = request.headers.get("content-type", "")
    if not ctype.lower().startswith("multipart/form-data"):
        raise BadRequest("files: envoi multipart/form-data attendu")
    form = await request.form(max_files=1, max_fields=16)
    upload = form.get("files")
    if not isinstance(upload, UploadFile):
        raise BadRequest("files: fichier manquant")
    store = storage(settings)
    data = await upload.read(store.max_bytes + 1)
    answer = await files.import_file(db, access, justif_id, upload.filename, data, store)
    return json_answer(answer)


@router.get("/justificatif/{justif_id:int}/list", response_model=S.FileList, responses=json_doc())
async def list_justificatif_files(db: DbSession, access: AbsChange, justif_id: DbId) -> Response:
    """The names of a justificatif's files (staff who may handle absences)."""
    return json_answer(await files.list_files(db, access, justif_id))


@router.get(
    "/justificatif/{justif_id:int}/export/{filename}",
    response_class=Response,
    responses={
        **STANDARD_ERRORS,
        200: {"content": {"application/pdf": {}, "image/png": {}, "image/jpeg": {}, "image/gif": {}, "image/webp": {}}},
    },
)
async def export_justificatif_file(
    db: DbSession,
    access: AbsChange,
    settings: SettingsDep,
    justif_id: DbId,
    filename: Annotated[str, Path(max_length=255)],
) -> Response:
    """One file, as stored, with its checked content type."""
    data, ctype, name = await files.export_file(db, access, justif_id, filename, storage(settings))
    disposition = f"attachment; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=ctype, headers={"Content-Disposition": disposition})


@router.post(
    "/justificatif/{justif_id:int}/remove",
    response_model=S.FilesRemoved,
    responses=json_doc(),
    openapi_extra=json_body_doc(S.FILES_REMOVE, array=False),
)
async def remove_justificatif_files(
    db: DbSession, access: AbsChange, settings: SettingsDep, justif_id: DbId, body: Body
) -> Response:
    """Remove files: ``{"remove": "all"}`` or ``{"remove": "list", "filenames": [...]}``."""
    if not isinstance(body, dict):
        raise BadRequest("données: un objet JSON est attendu")
    return json_answer(await files.remove_files(db, access, justif_id, body, storage(settings)))
