"""The ScoDoc 7 URLs under /ScoDoc/<dept>/Scolarite/, mapped onto the same services as the API
(legacy.md). Every answer carries ``Deprecation`` and a ``Link`` to the route that replaces it."""

import logging
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import PlainTextResponse, Response

from scodoc_api.api.deps import DbSession, results_cache
from scodoc_api.api.params import refuse_forbidden_chars
from scodoc_api.core.errors import BadRequest, NotFound, responses
from scodoc_api.core.ids import DbId, parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.legacy import services as ls
from scodoc_api.legacy.auth import legacy_access
from scodoc_api.legacy.params_doc import legacy_openapi
from scodoc_api.legacy.xml import (
    absences_document,
    attribute_list_document,
    object_document,
    object_element,
    table_document,
)
from scodoc_api.repositories import etud as etud_repo
from scodoc_api.repositories.prefs import pref_bool, prefs_for
from scodoc_api.schemas.bulletin import ClassicBulletin
from scodoc_api.schemas.legacy import LegacyBillet, LegacyEtudInfo, LegacyFormsemestre, LegacyGroupMember
from scodoc_api.services import absences as abs_service
from scodoc_api.services import absences_write, bulletin, groups

log = logging.getLogger("scodoc_api.legacy")
router = APIRouter(tags=["legacy"])
PREFIX = "/ScoDoc/{dept}/Scolarite"
XML = "text/xml"
# legacy route -> the route that replaces it
SUCCESSORS = {
    "etud_info": "/ScoDoc/api/etud/{etudid}",
    "formsemestre_list": "/ScoDoc/api/formsemestre/{formsemestre_id}",
    "XMLgetFormsemestres": "/ScoDoc/api/formsemestre/{formsemestre_id}",
    "formsemestre_bulletinetud": "/ScoDoc/api/etud/{etudid}/bul/{formsemestre_id}",
    "groups_view": "/ScoDoc/api/groups",
    "XMLgetAbsEtud": "/ScoDoc/api/absences/{etudid}",
    "XMLgetBilletsEtud": "/ScoDoc/api/absences/billets/etud/{etudid}",
    "AddBilletAbsence": "/ScoDoc/api/absences/billet/add",
}


LIST_PARAMETERS = {"group_ids"}  # may be repeated; any other repeated query key is a 400


async def _params(request: Request) -> dict:
    """Query string (GET) or form body (POST); ``name:list`` keys are lists, and so are repeated group_ids."""
    out: dict = {}
    if request.method == "POST":
        form = await request.form()
        for key in form:
            vals = form.getlist(key)
            if key.endswith(":list"):
                out[key[:-5]] = vals
            else:
                out[key] = vals[0]  # a plain repeated field keeps its first value
    for key in request.query_params:
        vals = request.query_params.getlist(key)
        if key.endswith(":list"):
            out[key[:-5]] = vals
        elif request.method == "GET" or key not in ("__ac_name", "__ac_password"):
            if len(vals) > 1 and key not in LIST_PARAMETERS:
                raise BadRequest(f"{key}: une seule valeur attendue")
            out.setdefault(key, vals if len(vals) > 1 else vals[0])
    refuse_forbidden_chars(out)
    return out


def _id_of(value) -> int:
    """An id from a ScoDoc 7 parameter: ValueError when not a number, a 404 when no object can have it."""
    number = int(value)
    if parse_id(number) is None:
        raise NotFound("objet inconnu")
    return number


def _truthy(value) -> bool:
    return str(value).strip() not in ("", "0", "False", "false") if value is not None else False


def _deprecated(resp: Response, name: str) -> Response:
    resp.headers["Deprecation"] = "true"
    resp.headers["Link"] = f'<{SUCCESSORS[name]}>; rel="successor-version"'
    return resp


def _json(data) -> Response:
    return Response(orjson.dumps(data), media_type="application/json")


XML_BODY = {"schema": {"type": "string"}}
COMMON_RESPONSES = {
    302: {"description": "POST without credentials: redirect to the login page"},
    **responses(400, 403, 404, 429),
}


def legacy_responses(json_model: Any = None, *, pdf: bool = False, html: bool = False) -> dict[int | str, Any]:
    """What a ScoDoc 7 route answers: XML, and JSON of ``json_model`` (format=json), a PDF, or an empty HTML
    body (a feature the department turned off)."""
    content: dict[str, Any] = {"text/xml": XML_BODY}
    if pdf:
        content["application/pdf"] = {"schema": {"type": "string", "format": "binary"}}
    if html:
        content["text/html"] = {"schema": {"type": "string"}}
    ok: dict[str, Any] = {"description": "as ScoDoc 7", "content": content}
    if json_model is not None:
        ok["model"] = json_model
    return {200: ok, **COMMON_RESPONSES}


Handler = Callable[[Request, DbSession, Access, dict], Awaitable[Response]]


def legacy_route(paths: list[str], name: str, documented: dict[int | str, Any], perm: int = Permission.ScoView):
    """Register a legacy handler on its URLs, GET and POST, with the legacy authentication."""

    def decorate(fn: Handler):
        async def endpoint(request: Request, db: DbSession, dept: str) -> Response:
            params = await _params(request)
            access = await legacy_access(request, db, dept, params, perm)
            log.warning("deprecated ScoDoc 7 route %s used by %s", request.url.path, access.principal.user_name)
            return _deprecated(await fn(request, db, access, params), name)

        for k, path in enumerate(paths):
            for method in ("GET", "POST"):
                op = f"legacy_{name}" + (f"_{k}" if k else "") + f"_{method.lower()}"
                router.add_api_route(
                    f"{PREFIX}/{path}",
                    endpoint,
                    methods=[method],
                    deprecated=True,
                    name=op,
                    operation_id=op,
                    response_class=Response,
                    summary=f"{path} (ScoDoc 7, deprecated)",
                    description=(fn.__doc__ or "") + f"\n\nReplaced by `{SUCCESSORS[name]}`.",
                    responses=documented,
                    openapi_extra=legacy_openapi(name, method),
                )
        return fn

    return decorate


@legacy_route(
    ["etud_info", "XMLgetEtudInfos", "Absences/XMLgetEtudInfos", "Notes/XMLgetEtudInfos"],
    "etud_info",
    legacy_responses(LegacyEtudInfo),
)
async def etud_info(request, db, access, params) -> Response:
    """Identity, address, admission and registrations of a student (XML by default, or format=json)."""
    fmt = str(params.get("format", "xml")).lower()
    if fmt not in ("xml", "json"):
        raise NotFound(f"format non supporté: {fmt}")
    etud = await ls.find_student(db, access, params)
    data = ls.unknown_student(params) if etud is None else await ls.etud_info(db, access, etud)
    if fmt == "json":
        return _json(data)
    return Response(object_document(object_element("etudiant", data)), media_type=XML)


@legacy_route(["Notes/formsemestre_list"], "formsemestre_list", legacy_responses(list[LegacyFormsemestre]))
async def formsemestre_list(request, db, access, params) -> Response:
    """The department's semesters (JSON by default, or XML), filtered by formsemestre_id, formation_id,
    etape_apo."""
    fmt = str(params.get("format", "json")).lower()
    if fmt not in ("json", "xml"):
        raise NotFound(f"format non supporté: {fmt}")
    sems = await ls.formsemestre_list(db, access, params)
    if fmt == "xml":
        from scodoc_api.services.bulletin_builder import x

        root = object_element("formsemestre_list", {})
        for s in sems:
            root.append(object_element("formsemestre", {k: x(v) if isinstance(v, str) else v for k, v in s.items()}))
        return Response(object_document(root), media_type=XML)
    return _json(sems)


@legacy_route(["Notes/XMLgetFormsemestres"], "XMLgetFormsemestres", legacy_responses())
async def xml_get_formsemestres(request, db, access, params) -> Response:
    """ScoDoc 6 variant: ``<formsemestrelist>`` of empty ``<formsemestre>`` elements, every key an attribute."""
    rows = await ls.formsemestre_list(db, access, params)
    return Response(attribute_list_document("formsemestrelist", "formsemestre", rows), media_type=XML)


@legacy_route(
    ["Notes/formsemestre_bulletinetud"], "formsemestre_bulletinetud", legacy_responses(ClassicBulletin, pdf=True)
)
async def formsemestre_bulletinetud(request, db, access, params) -> Response:
    """A student's bulletin (format=json, xml or pdf; version short, selectedevals or long)."""
    fmt = str(params.get("format", "html")).lower()
    if fmt not in ("json", "xml", "pdf"):
        raise NotFound(f"format non disponible ici: {fmt} (json, xml ou pdf)")
    sem_id = parse_id(params.get("formsemestre_id"))  # out of the int4 range: names no semester either
    if sem_id is None:
        raise NotFound("formsemestre_id manquant ou invalide")
    if params.get("etudid") in (None, "") and params.get("code_nip") in (None, ""):
        raise NotFound("etudid ou code_nip manquant")
    etud = await ls.find_student(db, access, params)
    if etud is None:
        raise NotFound("étudiant inconnu")
    version = str(params.get("version", "long"))
    version = version if version in ("short", "long") else "selectedevals"
    if fmt == "pdf":
        body, filename = await bulletin.get_bulletin_pdf(
            db,
            access,
            cache=results_cache(request),
            etudid=etud.id,
            formsemestre_id=sem_id,
            version=version,
            with_decisions=_truthy(params.get("xml_with_decisions")),
            force_publishing=_truthy(params.get("force_publishing")),
            tz=request.app.state.settings.timezone,
        )
        return Response(
            body, media_type="application/pdf", headers={"Content-Disposition": f'attachment; filename="{filename}"'}
        )
    body = await bulletin.get_bulletin(
        db,
        access,
        cache=results_cache(request),
        etudid=etud.id,
        formsemestre_id=sem_id,
        version=version,
        fmt=fmt,
        with_decisions=_truthy(params.get("xml_with_decisions")),
        force_publishing=_truthy(params.get("force_publishing")),
        tz=request.app.state.settings.timezone,
    )
    return Response(body, media_type=XML if fmt == "xml" else "application/json")


@legacy_route(["groups_view"], "groups_view", legacy_responses(list[LegacyGroupMember]))
async def groups_view(request, db, access, params) -> Response:
    """Students of groups (format=json or xml)."""
    fmt = str(params.get("format", "html")).lower()
    if fmt not in ("json", "xml"):
        raise NotFound(f"format non disponible ici: {fmt} (json ou xml)")
    ids = params.get("group_ids", [])
    ids = ids if isinstance(ids, list) else [ids]
    try:
        group_ids = [_id_of(g) for g in ids if g != ""]
        sem_id = _id_of(params["formsemestre_id"]) if params.get("formsemestre_id") not in (None, "") else None
    except ValueError:
        raise BadRequest("group_ids/formsemestre_id: entier attendu") from None
    with_codes = _truthy(params.get("with_codes"))
    _, rows = await groups.group_members(
        db, access, formsemestre_id=sem_id, group_ids=group_ids, etat=params.get("etat") or None
    )
    if fmt == "xml":
        return Response(groups.groups_xml(rows, with_codes=with_codes, keep_etudid=False), media_type=XML)
    return _json(groups.strip_codes(rows, with_codes, keep_etudid=False))


@legacy_route(["Absences/XMLgetAbsEtud"], "XMLgetAbsEtud", legacy_responses())
async def xml_get_abs_etud(request, db, access, params) -> Response:
    """Absent half-days between beg_date and end_date, both included (XML)."""
    try:
        etud = await ls.find_student(db, access, params)
    except BadRequest:
        raise
    if etud is None:  # ScoDoc answers 400 JSON {"message": "étudiant inconnu"} here; our error body carries it
        raise BadRequest("étudiant inconnu")
    beg, end = ls.parse_legacy_date(params.get("beg_date")), ls.parse_legacy_date(params.get("end_date"))
    rows = await ls.abs_etud(db, etud, beg, end, request.app.state.settings.timezone)
    return Response(absences_document(etud.id, params["beg_date"], params["end_date"], rows), media_type=XML)


BILLET_COLUMNS = ("billet_id", "abs_begin_str", "abs_end_str", "description", "etat_str")


@legacy_route(["Absences/XMLgetBilletsEtud"], "XMLgetBilletsEtud", legacy_responses(html=True))
async def xml_get_billets_etud(request, db, access, params) -> Response:
    """A student's billets as an XML table; an empty body when the department has billets disabled."""
    etud = await ls.find_student(db, access, params)
    if etud is None:
        raise NotFound("étudiant inconnu")
    prefs = await prefs_for(db, [etud.dept_id])
    if not pref_bool(prefs, "handle_billets_abs", etud.dept_id):
        return Response(b"", media_type="text/html")
    rows = await abs_service.list_billets(db, access, etud.id, tz=request.app.state.settings.timezone)
    return Response(table_document([{k: r[k] for k in BILLET_COLUMNS} for r in rows]), media_type=XML)


@legacy_route(
    ["Absences/AddBilletAbsence"],
    "AddBilletAbsence",
    legacy_responses(list[LegacyBillet]),
    perm=Permission.ScoAbsAddBillet,
)
async def add_billet_absence(request, db, access, params) -> Response:
    """Record a billet (ScoAbsAddBillet); XML table row by default, a JSON list with xml_reply=0."""
    etud = await ls.find_student(db, access, params)
    if etud is None:
        raise NotFound("étudiant inconnu")
    for name in ("begin", "end"):
        if params.get(name) in (None, ""):
            raise BadRequest(f"{name}: paramètre manquant")
    rows = await absences_write.add_billet(
        db,
        access,
        etudid=etud.id,
        begin=params["begin"],
        end=params["end"],
        description=str(params.get("description", "")),
        justified=_truthy(params.get("justified", "1")),
        tz=request.app.state.settings.timezone,
    )
    row = [{k: rows[0][k] for k in BILLET_COLUMNS}]
    xml_reply = _truthy(params.get("xml_reply", "1"))
    if xml_reply or str(params.get("format", "json")).lower() == "xml":
        return Response(table_document(row), media_type=XML)
    return _json(row)


async def _errors_in_json(request: Request) -> None:
    """A plain-text route: its errors are JSON whatever the Accept header asks."""
    request.state.json_only = True


@router.get(
    "/ScoDoc/get_etud_dept",
    response_class=PlainTextResponse,
    tags=["legacy"],
    deprecated=True,
    responses=responses(400, 404),
    dependencies=[Depends(_errors_in_json)],
)
async def get_etud_dept(
    db: DbSession, code_nip: Annotated[str, Query(min_length=1, max_length=32, description="the student's NIP")]
) -> str:
    """The acronym of a student's department (no authentication, as in ScoDoc). With a NIP present in
    several departments: the department of the registration whose semester ends last. Public, hence by NIP
    only: it must not tell which internal ids exist."""
    acronym = await etud_repo.dept_of_nip(db, code_nip)
    if acronym is None:
        raise NotFound("étudiant inconnu")
    return acronym


@router.get(
    PREFIX + "/get_photo_image",
    response_class=Response,
    tags=["legacy"],
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}}}, **responses(400, 401, 403, 404, 429)},
)
async def get_photo_image(
    request: Request, db: DbSession, dept: str, etudid: DbId | None = None, size: str | None = None
) -> Response:
    """The photo URL that bulletins carry (``photo_url``): a Bearer token or the legacy credentials. Without
    ``etudid`` (ScoDoc's "no photo" URL) the generic image."""
    from scodoc_api.services.photos import get_photo, no_photo

    access = await legacy_access(request, db, dept, await _params(request), Permission.ScoView)
    image_file = request.app.state.settings.no_photo_image
    if etudid is None:
        mime, content = no_photo(size == "small", image_file)
        return Response(content, media_type=mime)
    etud = await etud_repo.in_department(db, "etudid", etudid, access.mount_dept_id)
    if etud is None:
        raise NotFound("étudiant inconnu")
    mime, content = await get_photo(db, etud.id, small=size == "small", no_photo_image=image_file)
    return Response(content, media_type=mime)
