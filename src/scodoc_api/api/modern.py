"""The modern ScoDoc 9.x routes that deployed clients call (modern-api.md §5.1-5.6, 5.9-5.10), served by the
same services as the seed routes. JSON only, keys sorted as ScoDoc's Flask output."""

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, SettingsDep, known_results_version, require
from scodoc_api.api.params import as_bool, read_body
from scodoc_api.core.errors import STANDARD_ERRORS, responses
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import json_bytes
from scodoc_api.schemas import modern as M
from scodoc_api.schemas.read import FormationExport, FormationRead, FormSemestreRead
from scodoc_api.services import bulletin as bul_service
from scodoc_api.services import formation as formation_service
from scodoc_api.services import groups_write
from scodoc_api.services import modern as svc
from scodoc_api.services.evaluation import evaluation_dict, get_evaluation_checked, list_evaluations
from scodoc_api.services.formsemestre import get_sem
from scodoc_api.services.photos import get_photo

router = APIRouter(tags=["modern"])
Auth = Annotated[Access, Depends(require(0))]
View = Annotated[Access, Depends(require(Permission.ScoView))]
Observe = Annotated[Access, Depends(require(Permission.ScoObservateur))]  # semester bulletin batches, both mounts
UsersView = Annotated[Access, Depends(require(Permission.ScoUsersView))]
Kind = Annotated[Literal["etudid", "nip", "ine"], Path(description="how the student is named")]
BulletinVersion = Literal["long", "short", "selectedevals", "butcourt"]
ERRORS = {**STANDARD_ERRORS}
JSON_ONLY = {200: {"content": {"application/json": {}}}, **ERRORS}


def J(data) -> Response:
    return Response(json_bytes(data, sort_keys=True), media_type="application/json")


def _params(request: Request) -> dict:
    return {k: v for k, v in request.query_params.items()}


# 5.1 Departments
@router.get("/departements", response_model=list[M.DepartementRead], responses=JSON_ONLY)
async def list_departements(db: DbSession, access: Auth) -> Response:
    """Every department (visible or not): ``{acronym, dept_name, description, visible, date_creation, id}``."""
    return J(await svc.list_departements(db, access))


@router.get("/departements_ids", response_model=list[int], responses=JSON_ONLY)
async def list_departements_ids(db: DbSession, access: Auth) -> Response:
    """Ids of every department."""
    return J([d["id"] for d in await svc.list_departements(db, access)])


@router.get("/departement/{acronym}", response_model=M.DepartementRead, responses=JSON_ONLY)
async def get_departement(db: DbSession, access: Auth, acronym: Annotated[str, Path(max_length=32)]) -> Response:
    """One department, by acronym."""
    return J(svc.dept_dict(await svc.get_departement(db, access, acronym=acronym)))


@router.get("/departement/id/{dept_id}", response_model=M.DepartementRead, responses=JSON_ONLY)
async def get_departement_by_id(db: DbSession, access: Auth, dept_id: DbId) -> Response:
    """One department, by id."""
    return J(svc.dept_dict(await svc.get_departement(db, access, dept_id=dept_id)))


async def _dept(db, access, acronym=None, dept_id=None):
    return await svc.get_departement(db, access, acronym=acronym, dept_id=dept_id)


@router.get("/departement/{acronym}/etudiants", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def list_dept_etudiants(db: DbSession, access: View, acronym: str) -> Response:
    """Every student of the department (short form)."""
    return J(await svc.dept_etudiants(db, access, await _dept(db, access, acronym=acronym)))


@router.get("/departement/id/{dept_id}/etudiants", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def list_dept_etudiants_by_id(db: DbSession, access: View, dept_id: DbId) -> Response:
    """Every student of the department (short form)."""
    return J(await svc.dept_etudiants(db, access, await _dept(db, access, dept_id=dept_id)))


@router.get("/departement/{acronym}/formsemestres_courants", response_model=list[FormSemestreRead], responses=JSON_ONLY)
async def list_dept_formsemestres_courants(
    db: DbSession, access: View, acronym: str, date_courante: date | None = None
) -> Response:
    """Semesters of the department whose dates include today (or ``date_courante``)."""
    return J(
        await svc.dept_formsemestres(
            db, access, await _dept(db, access, acronym=acronym), courants=True, day=date_courante
        )
    )


@router.get(
    "/departement/id/{dept_id}/formsemestres_courants", response_model=list[FormSemestreRead], responses=JSON_ONLY
)
async def list_dept_formsemestres_courants_by_id(
    db: DbSession, access: View, dept_id: DbId, date_courante: date | None = None
) -> Response:
    """Semesters of the department whose dates include today (or ``date_courante``)."""
    return J(
        await svc.dept_formsemestres(
            db, access, await _dept(db, access, dept_id=dept_id), courants=True, day=date_courante
        )
    )


@router.get("/departement/{acronym}/formsemestres_ids", response_model=list[int], responses=JSON_ONLY)
async def list_dept_formsemestres_ids(db: DbSession, access: View, acronym: str) -> Response:
    """Ids of every semester of the department."""
    sems = await svc.dept_formsemestres(db, access, await _dept(db, access, acronym=acronym), courants=False)
    return J(sorted(s["id"] for s in sems))


@router.get("/departement/id/{dept_id}/formsemestres_ids", response_model=list[int], responses=JSON_ONLY)
async def list_dept_formsemestres_ids_by_id(db: DbSession, access: View, dept_id: DbId) -> Response:
    """Ids of every semester of the department."""
    sems = await svc.dept_formsemestres(db, access, await _dept(db, access, dept_id=dept_id), courants=False)
    return J(sorted(s["id"] for s in sems))


# 5.2 Students
@router.get("/etudiants/courants", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def list_etudiants_courants(db: DbSession, access: View) -> Response:
    """Students registered in a current semester (short form)."""
    return J(await svc.etudiants_courants(db, access, long=False))


@router.get("/etudiants/courants/long", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def list_etudiants_courants_long(db: DbSession, access: View) -> Response:
    """Students registered in a current semester (long form)."""
    return J(await svc.etudiants_courants(db, access, long=True))


@router.get("/etudiant/{kind}/{value}", response_model=M.EtudiantRead, responses=JSON_ONLY)
async def get_etudiant(db: DbSession, access: View, kind: Kind, value: Annotated[str, Path(max_length=64)]) -> Response:
    """One student (long form); with a NIP or INE shared by several departments, the most recently
    registered record (the department mount restricts the search to its department)."""
    etud = await svc.find_etud(db, access, kind, value)
    return J((await svc.etud_dicts(db, [etud], long=True))[0])


@router.get("/etudiants/{kind}/{value}", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def list_etudiants_by_code(
    db: DbSession, access: View, kind: Kind, value: Annotated[str, Path(max_length=64)]
) -> Response:
    """Every record with this etudid, NIP or INE, across departments."""
    return J(await svc.etud_dicts(db, await svc.find_etuds(db, access, kind, value), long=False))


@router.get("/etudiant/{kind}/{value}/formsemestres", response_model=list[FormSemestreRead], responses=JSON_ONLY)
async def list_etudiant_formsemestres(db: DbSession, access: View, kind: Kind, value: str) -> Response:
    """The semesters the student is or was registered in."""
    etud = await svc.find_etud(db, access, kind, value)
    return J(await svc.etud_formsemestres(db, access, [etud]))


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
    return J(await svc.formsemestres_query(db, access, _params(request)))


async def _bulletin(request, db, access, settings, kind, value, fs, version) -> Response:
    etud = await svc.find_etud(db, access, kind, value)
    body = await bul_service.get_bulletin(
        db,
        access,
        etudid=etud.id,
        formsemestre_id=fs,
        version=version,
        fmt="json",
        tz=settings.timezone,
        modern=True,
        known_version=known_results_version(request),
    )
    return Response(body, media_type="application/json")


@router.get(
    "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/bulletin",
    response_model=M.ClassicBulletin,
    responses=JSON_ONLY,
)
async def get_etudiant_bulletin(
    request: Request, db: DbSession, access: View, settings: SettingsDep, kind: Kind, value: str, formsemestre_id: DbId
) -> Response:
    """The student's bulletin (classic semesters: bulletins.md numbers, plain texts, ``publie`` boolean)."""
    return await _bulletin(request, db, access, settings, kind, value, formsemestre_id, "long")


@router.get(
    "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/bulletin/{version}",
    response_model=M.ClassicBulletin,
    responses=JSON_ONLY,
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
    """The student's bulletin in a version (``butcourt`` is served as ``short`` for classic semesters)."""
    v = "short" if version == "butcourt" else version
    return await _bulletin(request, db, access, settings, kind, value, formsemestre_id, v)


PDF_RESPONSES = {
    200: {
        "description": "the bulletin as a PDF attachment",
        "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
    },
    **ERRORS,
}


async def _bulletin_pdf(db, access, settings, kind, value, fs, version, signatures: bool) -> Response:
    etud = await svc.find_etud(db, access, kind, value)
    body, filename = await bul_service.get_bulletin_pdf(
        db,
        access,
        etudid=etud.id,
        formsemestre_id=fs,
        version="short" if version == "butcourt" else version,
        signatures=signatures,
        tz=settings.timezone,
    )
    return Response(
        body, media_type="application/pdf", headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


@router.get(
    "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/bulletin/{version}/pdf",
    response_class=Response,
    responses=PDF_RESPONSES,
)
async def get_etudiant_bulletin_pdf(
    db: DbSession,
    access: View,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    formsemestre_id: DbId,
    version: BulletinVersion,
) -> Response:
    """The student's bulletin as a PDF document, with the signature block."""
    return await _bulletin_pdf(db, access, settings, kind, value, formsemestre_id, version, True)


@router.get(
    "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/bulletin/{version}/pdf/nosig",
    response_class=Response,
    responses=PDF_RESPONSES,
)
async def get_etudiant_bulletin_pdf_nosig(
    db: DbSession,
    access: View,
    settings: SettingsDep,
    kind: Kind,
    value: str,
    formsemestre_id: DbId,
    version: BulletinVersion,
) -> Response:
    """The student's bulletin as a PDF document without the signature block (what the Passerelle shows)."""
    return await _bulletin_pdf(db, access, settings, kind, value, formsemestre_id, version, False)


@router.get(
    "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/groups",
    response_model=list[M.GroupRef],
    responses=JSON_ONLY,
)
async def list_etudiant_groups(db: DbSession, access: View, kind: Kind, value: str, formsemestre_id: DbId) -> Response:
    """The student's groups in that semester."""
    etud = await svc.find_etud(db, access, kind, value)
    sem = await get_sem(db, access, formsemestre_id)
    return J(await svc.etud_sem_groups(db, etud.id, sem.id))


@router.get(
    "/etudiant/{kind}/{value}/photo",
    response_class=Response,
    responses={200: {"content": {"image/jpeg": {}, "image/png": {}}}, **ERRORS},
)
async def get_etudiant_photo(
    db: DbSession, access: View, kind: Kind, value: str, size: Literal["small", "orig"] | None = None
) -> Response:
    """The student's photo (a placeholder image when none, never HTML)."""
    etud = await svc.find_etud(db, access, kind, value)
    mime, content = await get_photo(db, etud.id, small=size == "small")
    return Response(content, media_type=mime)


# 5.3 Semesters
@router.get("/formsemestre/{formsemestre_id}/programme", response_model=M.ProgrammeRead, responses=JSON_ONLY)
async def get_formsemestre_programme(db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """UEs and module implementations of the semester (``modules`` for classic semesters)."""
    return J(await svc.programme(db, access, formsemestre_id))


async def _etudiants(request, db, access, fs, long):
    etat = request.query_params.get("etat") or None
    if etat not in (None, "I", "D", "DEF"):
        from scodoc_api.core.errors import BadRequest

        raise BadRequest("etat: I, D ou DEF attendu")
    return J(await svc.sem_etudiants(db, access, fs, long=long, etat=etat))


@router.get("/formsemestre/{formsemestre_id}/etudiants", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def list_formsemestre_etudiants(request: Request, db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """Students of the semester (short form) with their ``etat`` and ``groups``."""
    return await _etudiants(request, db, access, formsemestre_id, False)


@router.get("/formsemestre/{formsemestre_id}/etudiants/long", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def list_formsemestre_etudiants_long(
    request: Request, db: DbSession, access: View, formsemestre_id: DbId
) -> Response:
    """Students of the semester (long form) with their ``etat`` and ``groups``."""
    return await _etudiants(request, db, access, formsemestre_id, True)


@router.get("/formsemestre/{formsemestre_id}/etudiants/query", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def query_formsemestre_etudiants(
    request: Request, db: DbSession, access: View, formsemestre_id: DbId, etat: Literal["I", "D", "DEF"] | None = None
) -> Response:
    """Students of the semester in one registration state."""
    return await _etudiants(request, db, access, formsemestre_id, False)


@router.get(
    "/formsemestre/{formsemestre_id}/etudiants/long/query", response_model=list[M.EtudiantRead], responses=JSON_ONLY
)
async def query_formsemestre_etudiants_long(
    request: Request, db: DbSession, access: View, formsemestre_id: DbId, etat: Literal["I", "D", "DEF"] | None = None
) -> Response:
    """Students of the semester in one registration state (long form)."""
    return await _etudiants(request, db, access, formsemestre_id, True)


@router.get("/formsemestre/{formsemestre_id}/partitions", response_model=M.PartitionsMap, responses=JSON_ONLY)
async def get_formsemestre_partitions(db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """Named partitions keyed by id, each with its groups keyed by id."""
    return J(await svc.sem_partitions(db, access, formsemestre_id))


@router.get(
    "/formsemestre/{formsemestre_id}/resultats",
    response_model=list[M.ResultatRow],
    responses={**JSON_ONLY, **responses(409)},
)
async def get_formsemestre_resultats(db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """One row per student: ``moy_gen``, ``moy_ue_<ue>``, ``moy_mod_<moduleimpl>_<ue>``, ``part_<partition>``."""
    return J(await svc.resultats(db, access, formsemestre_id))


@router.get(
    "/formsemestre/{formsemestre_id}/decisions_jury", response_model=list[M.DecisionJuryRow], responses=JSON_ONLY
)
async def get_formsemestre_decisions_jury(db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """Jury decisions recorded in the semester (semester and UE codes)."""
    return J(await svc.decisions_jury(db, access, formsemestre_id))


@router.get(
    "/formsemestre/{formsemestre_id}/bulletins/{version}",
    response_model=list[M.ClassicBulletin],
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

    chunks = await bul_service.semester_bulletins(
        db,
        access,
        formsemestre_id=formsemestre_id,
        version="short" if version == "butcourt" else version,
        fmt="json",
        tz=settings.timezone,
        modern=True,
    )
    return StreamingResponse(chunks, media_type="application/json")


# 5.4 Groups
@router.get("/group/{group_id}/etudiants", response_model=list[M.GroupEtudiantRead], responses=JSON_ONLY)
async def list_group_etudiants(db: DbSession, access: View, group_id: DbId) -> Response:
    """Members of a group."""
    return J(await svc.group_etudiants(db, access, group_id, None))


@router.get("/group/{group_id}/etudiants/query", response_model=list[M.GroupEtudiantRead], responses=JSON_ONLY)
async def query_group_etudiants(
    db: DbSession, access: View, group_id: DbId, etat: Literal["I", "D", "DEF"] | None = None
) -> Response:
    """Members of a group in one registration state."""
    return J(await svc.group_etudiants(db, access, group_id, etat))


# 5.5 Evaluations
@router.get("/evaluation/{evaluation_id}/notes", response_model=M.EvaluationNotesMap, responses=JSON_ONLY)
async def get_evaluation_notes(db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """Notes keyed by etudid: ``value`` is a float (``12.0``) or ``ABS``/``EXC``/``ATT``, with ``note_max``."""
    return J(await svc.evaluation_notes(db, access, evaluation_id))


@router.get("/evaluation/{evaluation_id}", response_model=M.EvaluationModernRead, responses=JSON_ONLY)
async def get_evaluation(db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """One evaluation."""
    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    return J({**evaluation_dict(ev), "id": ev.id})


@router.get("/moduleimpl/{moduleimpl_id}/evaluations", response_model=list[M.EvaluationModernRead], responses=JSON_ONLY)
async def list_moduleimpl_evaluations(db: DbSession, access: View, moduleimpl_id: DbId) -> Response:
    """The evaluations of a module implementation."""
    return J([{**e, "id": e["evaluation_id"]} for e in await list_evaluations(db, access, moduleimpl_id)])


# 5.9 Formations
@router.get("/formations", response_model=list[FormationRead], responses=JSON_ONLY)
async def list_formations_modern(db: DbSession, access: View) -> Response:
    """Every programme the caller may view."""
    return J(await formation_service.list_formations(db, access))


@router.get("/formations_ids", response_model=list[int], responses=JSON_ONLY)
async def list_formations_ids(db: DbSession, access: View) -> Response:
    """Ids of the programmes."""
    return J(sorted(f["id"] for f in await formation_service.list_formations(db, access)))


@router.get("/formation/{formation_id}/export", response_model=FormationExport, responses=JSON_ONLY)
async def export_formation_modern(db: DbSession, access: View, formation_id: DbId) -> Response:
    """The programme tree, without ids."""
    return J(await formation_service.export_tree(db, access, formation_id, export_ids=False))


@router.get(
    "/formation/{formation_id}/referentiel_competences",
    response_model=None,
    responses={
        200: {
            "description": "the formation's competence framework, or null",
            "content": {"application/json": {"example": None}},
        },
        **ERRORS,
    },
)
async def get_formation_referentiel(db: DbSession, access: View, formation_id: DbId) -> Response:
    """The BUT competence framework of the formation: ``null`` for classic formations (no framework is stored
    yet); 404 for an unknown formation."""
    await formation_service.get_formation_checked(db, access, formation_id)
    return J(None)


@router.get("/formation/{formation_id}/export_with_ids", response_model=FormationExport, responses=JSON_ONLY)
async def export_formation_with_ids(db: DbSession, access: View, formation_id: DbId) -> Response:
    """The programme tree, with ids."""
    return J(await formation_service.export_tree(db, access, formation_id, export_ids=True))


# 5.10 Users
@router.get("/user/{uid}", response_model=M.UserRead, responses=JSON_ONLY)
async def get_user(db: DbSession, access: UsersView, uid: DbId) -> Response:
    """One user (ScoUsersView)."""
    return J(await svc.get_user(db, access, uid))


@router.get("/users/query", response_model=list[M.UserRead], responses=JSON_ONLY)
async def query_users(
    request: Request,
    db: DbSession,
    access: UsersView,
    active: str | None = None,
    departement: str | None = None,
    starts_with: str | None = None,
) -> Response:
    """Users, filtered by ``active``, home ``departement`` and name prefix ``starts_with``."""
    params = _params(request)
    if active is not None:
        params["active"] = "1" if as_bool(active, "active") else "0"
    return J(await svc.users_query(db, access, params))


@router.get("/etudiants/name/{start}", response_model=list[M.EtudiantRead], responses=JSON_ONLY)
async def search_etudiants_by_name(
    db: DbSession,
    access: View,
    start: Annotated[str, Path(max_length=64)],
    min_len: Annotated[int, Query(ge=1, le=64)] = 3,
    limit: Annotated[int, Query(ge=1, le=1000)] = 32,
) -> Response:
    """Students whose name starts with ``start`` (case-insensitive), in the departments the caller may view."""
    return J(await svc.search_by_name(db, access, start, min_len=min_len, limit=limit))


# 5.4 group and partition editing (ScoEtudChangeGroups or semester head; semester not locked)
ChangeGroups = Annotated[Access, Depends(require(Permission.ScoView))]
WRITE = {**JSON_ONLY, **responses(406, 409)}


@router.post("/group/{group_id}/set_etudiant/{etudid}", response_model=M.GroupMoveRead, responses=WRITE)
async def group_set_etudiant(db: DbSession, access: ChangeGroups, group_id: DbId, etudid: DbId) -> Response:
    """Put a student in a group (leaving the other groups of its partition)."""
    return J(await groups_write.set_etudiant(db, access, group_id, etudid))


@router.post("/group/{group_id}/remove_etudiant/{etudid}", response_model=M.GroupMoveRead, responses=WRITE)
async def group_remove_etudiant(db: DbSession, access: ChangeGroups, group_id: DbId, etudid: DbId) -> Response:
    """Remove a student from a group."""
    return J(await groups_write.set_etudiant(db, access, group_id, etudid, remove=True))


async def _object_body(request: Request) -> dict:
    body = await read_body(request)
    if body is None:
        return {}
    if not isinstance(body, dict):
        from scodoc_api.core.errors import BadRequest

        raise BadRequest("corps JSON: objet attendu")
    return body


@router.post("/partition/{partition_id}/group/create", response_model=M.GroupRead, responses=WRITE)
async def create_group(request: Request, db: DbSession, access: ChangeGroups, partition_id: DbId) -> Response:
    """Create a group: body ``{"group_name": "..."}``."""
    return J(await groups_write.create_group(db, access, partition_id, await _object_body(request)))


@router.post("/group/{group_id}/edit", response_model=M.GroupRead, responses=WRITE)
async def edit_group(request: Request, db: DbSession, access: ChangeGroups, group_id: DbId) -> Response:
    """Rename a group: body ``{"group_name": "..."}``."""
    return J(await groups_write.edit_group(db, access, group_id, await _object_body(request)))


@router.post("/group/{group_id}/delete", response_model=M.OkRead, responses=WRITE)
async def delete_group(db: DbSession, access: ChangeGroups, group_id: DbId) -> Response:
    """Delete a group (its students stay registered)."""
    return J(await groups_write.delete_group(db, access, group_id))


@router.post("/formsemestre/{formsemestre_id}/partition/create", response_model=M.PartitionRead, responses=WRITE)
async def create_partition(request: Request, db: DbSession, access: ChangeGroups, formsemestre_id: DbId) -> Response:
    """Create a partition: body ``{"partition_name": "...", "numero": n}``."""
    return J(await groups_write.create_partition(db, access, formsemestre_id, await _object_body(request)))


@router.post("/partition/{partition_id}/edit", response_model=M.PartitionRead, responses=WRITE)
async def edit_partition(request: Request, db: DbSession, access: ChangeGroups, partition_id: DbId) -> Response:
    """Edit a partition: ``partition_name``, ``numero``, ``bul_show_rank``, ``show_in_lists``."""
    return J(await groups_write.edit_partition(db, access, partition_id, await _object_body(request)))


@router.post("/partition/{partition_id}/delete", response_model=M.OkRead, responses=WRITE)
async def delete_partition(db: DbSession, access: ChangeGroups, partition_id: DbId) -> Response:
    """Delete a partition and its groups."""
    return J(await groups_write.delete_partition(db, access, partition_id))


@router.post("/evaluation/{evaluation_id}/notes/set", response_model=M.NotesSetRead, responses=WRITE)
async def set_evaluation_notes(request: Request, db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """Enter notes: body ``{"notes": [[etudid, value], ...], "comment": "..."}``, all or nothing."""
    from dataclasses import asdict

    from scodoc_api.core.errors import BadRequest
    from scodoc_api.services import notes_write

    body = await _object_body(request)
    notes = body.get("notes")
    if not isinstance(notes, list) or not all(isinstance(n, list) and len(n) == 2 for n in notes):
        raise BadRequest("notes: liste de [etudid, valeur] attendue")
    result = await notes_write.set_notes(
        db, access, evaluation_id, [tuple(n) for n in notes], comment=body.get("comment")
    )
    return J(asdict(result))


# Literal paths must be tried before the ``{kind}/{value}`` patterns that would also match them.
_name_route = next(r for r in router.routes if getattr(r, "path", "") == "/etudiants/name/{start}")
router.routes.remove(_name_route)
router.routes.insert(0, _name_route)
