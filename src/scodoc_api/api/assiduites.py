"""Assiduités, ScoDoc 9.6's attendance records (modern-api.md §5.7), on both mounts. Filters are read on the
plain and the ``/query`` forms alike; unknown parameters are ignored."""

from typing import Annotated, Any

from fastapi import Depends, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import ApiRouter, DbSession, SettingsDep, View, require
from scodoc_api.api.params import Kind, json_body_doc, query_dict, read_body
from scodoc_api.core.errors import BadRequest, NotAcceptable, responses
from scodoc_api.core.ids import ID_MAX, ID_MIN, DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import json_answer
from scodoc_api.schemas import attendance as S
from scodoc_api.schemas.common import MOMENT_QUERY_SCHEMA
from scodoc_api.schemas.examples import ok
from scodoc_api.services import assiduites as service

router = ApiRouter(tags=["assiduites"])
AbsChange = Annotated[Access, Depends(require(Permission.ScoAbsChange))]


def json_doc(example_file: str | None = None) -> dict:
    return {**ok(example_file, xml=False), **responses(406)}


def _words(*words: str) -> str:
    """A comma list of these words, in any case."""
    one = "|".join(words)
    return rf"(?i)^ *({one})( *, *({one}))* *$"


ASSIDUITE_ETATS = _words("present", "retard", "absent")
JUSTIF_ETATS = _words("valide", "non_valide", "attente", "modifie")
METRICS = _words("compte", "demi", "heure", "journee")
ETUDIDS = r"^ *\d{1,9}( *, *\d{1,9})* *$"  # ids of the int4 range


def filters(etats: str):
    """The listing filters of records whose states are ``etats`` (declared for the contract; the service
    reads them from the query string)."""

    async def filter_params(
        request: Request,
        moduleimpl_id: Annotated[
            str | None, Query(description="a moduleimpl id; empty: no module", pattern=r"^ *\d{0,9} *$")
        ] = None,
        etat: Annotated[str | None, Query(description="comma list, any case", pattern=etats)] = None,
        date_debut: Annotated[
            str | None, Query(description="ISO; records ending after it", json_schema_extra=MOMENT_QUERY_SCHEMA)
        ] = None,
        date_fin: Annotated[
            str | None,
            Query(
                description="ISO; records starting before it (a date: that day included)",
                json_schema_extra=MOMENT_QUERY_SCHEMA,
            ),
        ] = None,
        est_just: Annotated[bool | None, Query(description="justified or not")] = None,
        user_id: Annotated[int | None, Query(description="entered by this user", ge=ID_MIN, le=ID_MAX)] = None,
        with_justifs: Annotated[bool, Query(description="adds justificatifs[] to each record")] = False,
    ) -> dict[str, Any]:
        return query_dict(request)

    async def student_filter_params(
        params: Annotated[dict, Depends(filter_params)],
        formsemestre_id: Annotated[
            int | None, Query(description="records in this semester's dates", ge=ID_MIN, le=ID_MAX)
        ] = None,
    ) -> dict[str, Any]:
        return params

    return Annotated[dict, Depends(student_filter_params)], Annotated[dict, Depends(filter_params)]


async def count_options(
    metric: Annotated[
        str | None, Query(description="compte, demi, heure, journee; all by default", pattern=METRICS)
    ] = None,
    split: Annotated[bool, Query(description="one object per state, with justifie / non_justifie")] = False,
) -> None:
    """The count options (read by the service from the query string)."""


ListParams, SemesterParams = filters(ASSIDUITE_ETATS)
JustifListParams, JustifSemesterParams = filters(JUSTIF_ETATS)
CountOptions = [Depends(count_options)]


async def attendance_body(request: Request) -> Any:
    """The raw body read as JSON whatever its Content-Type (PHP clients); not JSON: a 400 (issue 16)."""
    try:
        return await read_body(request)
    except NotAcceptable as exc:
        raise BadRequest(exc.message) from None


def listing(path: str, name: str, model: Any, doc: dict, *, counting: bool = False, on: ApiRouter | None = None):
    """A listing served on ``path`` and on ``path/query`` (one operation each)."""
    target = on or router
    deps = CountOptions if counting else []

    def register(endpoint):
        for suffix in ("", "/query"):
            target.get(
                path + suffix,
                response_model=model,
                responses=doc,
                name=name + suffix.replace("/", "_"),
                dependencies=deps,
            )(endpoint)
        return endpoint

    return register


@router.get("/assiduite/{assiduite_id:int}", response_model=S.AssiduiteRead, responses=json_doc())
async def get_assiduite(db: DbSession, access: View, settings: SettingsDep, assiduite_id: DbId) -> Response:
    """One assiduité (§4.6)."""
    return json_answer(await service.get_one(db, access, assiduite_id, settings.timezone))


@router.get("/assiduite/{assiduite_id:int}/justificatifs", response_model=list[int], responses=json_doc())
async def list_assiduite_justificatif_ids(
    db: DbSession, access: View, settings: SettingsDep, assiduite_id: DbId
) -> Response:
    """Ids of the justificatifs covering this assiduité."""
    return json_answer(await service.justificatifs_covering(db, access, assiduite_id, settings.timezone, False))


@router.get(
    "/assiduite/{assiduite_id:int}/justificatifs/long",
    response_model=list[S.JustificatifRead],
    responses=json_doc("justificatifs.json"),
)
async def list_assiduite_justificatifs(
    db: DbSession, access: View, settings: SettingsDep, assiduite_id: DbId
) -> Response:
    """The justificatifs covering this assiduité."""
    return json_answer(await service.justificatifs_covering(db, access, assiduite_id, settings.timezone, True))


@listing("/assiduites/{kind:kind}/{value}", "list_assiduites", list[S.AssiduiteRead], json_doc("assiduites.json"))
async def list_assiduites(
    db: DbSession, access: View, settings: SettingsDep, kind: Kind, value: str, params: ListParams
) -> Response:
    """A student's assiduités, chronological (the Passerelle passes ``formsemestre_id``)."""
    return json_answer(await service.list_for_student(db, access, kind, value, params, settings.timezone))


@router.get("/assiduites/{etudid:int}", response_model=list[S.AssiduiteRead], responses=json_doc("assiduites.json"))
async def list_assiduites_by_etudid(
    db: DbSession, access: View, settings: SettingsDep, etudid: DbId, params: ListParams
) -> Response:
    """A student's assiduités, named by etudid."""
    return json_answer(await service.list_for_student(db, access, "etudid", str(etudid), params, settings.timezone))


@listing(
    "/assiduites/{kind:kind}/{value}/count", "count_assiduites", S.AssiduiteCount, json_doc("assiduites_count.json")
)
async def count_assiduites(
    db: DbSession, access: View, settings: SettingsDep, kind: Kind, value: str, params: ListParams
) -> Response:
    """A student's counts: ``compte`` records, ``demi`` half-days, ``heure`` hours, ``journee`` days; with
    ``split``, per state and justified or not (§5.7)."""
    return json_answer(await service.count_for_student(db, access, kind, value, params, settings.timezone))


@listing(
    "/assiduites/formsemestre/{formsemestre_id:int}",
    "list_formsemestre_assiduites",
    list[S.AssiduiteRead],
    json_doc("assiduites.json"),
)
async def list_formsemestre_assiduites(
    db: DbSession, access: View, settings: SettingsDep, formsemestre_id: DbId, params: SemesterParams
) -> Response:
    """Every assiduité of the semester's students in its dates, each with ``code_nip``."""
    return json_answer(await service.list_for_semester(db, access, formsemestre_id, params, settings.timezone))


@listing(
    "/assiduites/formsemestre/{formsemestre_id:int}/count",
    "count_formsemestre_assiduites",
    S.AssiduiteCount,
    json_doc("assiduites_count.json"),
    counting=True,
)
async def count_formsemestre_assiduites(
    request: Request, db: DbSession, access: View, settings: SettingsDep, formsemestre_id: DbId, params: SemesterParams
) -> Response:
    """The counts over the whole semester (half-days and days are counted per student, then added)."""
    cache = request.app.state.attendance_counts
    return json_answer(await service.count_for_semester(db, access, formsemestre_id, params, settings.timezone, cache))


@router.get("/assiduites/group/query", response_model=dict[str, list[S.AssiduiteRead]], responses=json_doc())
async def list_group_assiduites(
    db: DbSession,
    access: View,
    settings: SettingsDep,
    params: ListParams,
    etudids: Annotated[str, Query(description="comma list of etudids", pattern=ETUDIDS)],
) -> Response:
    """The assiduités of several students: an object keyed by etudid."""
    return json_answer(await service.list_for_group(db, access, etudids, params, settings.timezone))


WRITE_DOC = {**json_doc("assiduites_create.json"), **responses(406)}


IDS = {"type": "integer", "minimum": 1}


@router.post(
    "/assiduite/{kind:kind}/{value}/create",
    response_model=S.AttendanceBatch,
    responses=WRITE_DOC,
    openapi_extra=json_body_doc(S.AssiduiteCreate, example_file="assiduite_create_body.json"),
)
async def create_assiduites(
    db: DbSession,
    access: AbsChange,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    body: Annotated[Any, Depends(attendance_body)],
) -> Response:
    """Create a student's assiduités from an array of ``{date_debut, date_fin, etat, moduleimpl_id, desc,
    external_data}``; each item is created or refused on its own (an overlap is refused)."""
    return json_answer(await service.create_for_student(db, access, kind, value, body, settings.timezone))


@router.post(
    "/assiduites/create",
    response_model=S.AttendanceBatch,
    responses=WRITE_DOC,
    openapi_extra=json_body_doc(S.AssiduiteCreateFor),
)
async def create_assiduites_batch(
    db: DbSession, access: AbsChange, settings: SettingsDep, body: Annotated[Any, Depends(attendance_body)]
) -> Response:
    """Create assiduités of several students: each item also has its ``etudid``."""
    return json_answer(await service.create_many(db, access, body, settings.timezone))


@router.post(
    "/assiduite/{assiduite_id:int}/edit",
    response_model=S.EditAnswer,
    responses=json_doc(),
    openapi_extra=json_body_doc(S.AssiduiteEdit, array=False),
)
async def edit_assiduite(
    db: DbSession,
    access: AbsChange,
    settings: SettingsDep,
    assiduite_id: DbId,
    body: Annotated[Any, Depends(attendance_body)],
) -> Response:
    """Change ``etat``, ``moduleimpl_id``, ``desc``, ``est_just`` or ``external_data``: ``{"OK": true}``."""
    return json_answer(await service.edit(db, access, assiduite_id, body, settings.timezone))


@router.post(
    "/assiduites/edit",
    response_model=S.AttendanceBatch,
    responses=WRITE_DOC,
    openapi_extra=json_body_doc(S.AssiduiteEditItem),
)
async def edit_assiduites(
    db: DbSession, access: AbsChange, settings: SettingsDep, body: Annotated[Any, Depends(attendance_body)]
) -> Response:
    """Edit several assiduités: an array of objects, each with its ``assiduite_id``."""
    return json_answer(await service.edit_many(db, access, body, settings.timezone))


@router.post(
    "/assiduite/delete",
    response_model=S.AttendanceBatch,
    responses=json_doc("attendance_delete.json"),
    openapi_extra=json_body_doc(IDS),
)
async def delete_assiduites(
    db: DbSession, access: AbsChange, settings: SettingsDep, body: Annotated[Any, Depends(attendance_body)]
) -> Response:
    """Delete assiduités: an array of ids; an unknown id is an error item."""
    return json_answer(await service.delete(db, access, body, settings.timezone))
