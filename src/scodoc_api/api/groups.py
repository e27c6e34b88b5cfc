"""Partitions and groups (seed routes ``partition`` and ``groups``)."""

from typing import Annotated, Literal

from fastapi import Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import (
    ApiRouter,
    DbSession,
    View,
)
from scodoc_api.api.params import (
    body_doc,
    json_body_doc,
    merged_params,
    object_body,
    validated,
)
from scodoc_api.core.errors import responses
from scodoc_api.core.ids import DbId
from scodoc_api.formats.responses import JSON_ONLY, WRITE, json_answer, render
from scodoc_api.formats.xml import message_document
from scodoc_api.schemas.common import OkRead
from scodoc_api.schemas.etud import GroupEtudiantRead
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.groups import (
    GroupEditIn,
    GroupMoveRead,
    GroupNameIn,
    GroupRead,
    PartitionEditIn,
    PartitionIn,
    PartitionSummary,
)
from scodoc_api.schemas.read import GroupMemberRead, PartitionRead
from scodoc_api.schemas.write import SetGroupsIn, SetGroupsOut
from scodoc_api.services import groups as service
from scodoc_api.services import groups_write

router = ApiRouter(tags=["groups"])


@router.get("/partition/{formsemestre_id:int}", response_model=list[PartitionRead], responses=ok("partition.json"))
async def list_partitions(request: Request, db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """The partitions of a semester with their groups; the default (unnamed) partition comes last."""
    return render(request, await service.list_partitions(db, access, formsemestre_id), xml_root="partition_list")


@router.get("/groups", response_model=list[GroupMemberRead], responses=ok("groups.json", xml_example="groups.xml"))
async def list_group_members(
    request: Request,
    db: DbSession,
    access: View,
    formsemestre_id: DbId | None = None,
    group_ids: Annotated[list[DbId], Query(description="repeat for several groups")] = [],  # noqa: B006
    with_codes: bool = False,
    all_groups: bool = False,
    etat: Annotated[Literal["I", "D", "DEF"] | None, Query()] = None,
) -> Response:
    """Students of groups (or of the whole semester), sorted by name. JSON rows carry one key per named
    partition id with the student's group name; XML is ScoDoc's ``<group_list>``."""
    _, rows = await service.group_members(
        db, access, formsemestre_id=formsemestre_id, group_ids=group_ids, all_groups=all_groups, etat=etat
    )
    return render(
        request,
        service.strip_codes(rows, with_codes),
        xml_builder=lambda data: service.groups_xml(rows, with_codes=with_codes),
    )


def _set_groups_xml(data: dict) -> bytes:
    return message_document("response", data["message"])


@router.post(
    "/set_groups",
    response_model=SetGroupsOut,
    responses={**ok("set_groups.json", xml_example="set_groups.xml"), **responses(406, 409)},
    openapi_extra=body_doc(SetGroupsIn),
)
async def set_groups(request: Request, db: DbSession, access: View) -> Response:
    """Assign students to the groups of a partition, as ScoDoc's setGroups: ``groups`` lines
    ``group_id;etudid;...;`` (listed students are moved there, others leave it), ``groups_to_delete``,
    ``groups_to_create`` lines ``name;etudid;...;``. Needs ScoEtudChangeGroups or to head the semester."""
    p = validated(SetGroupsIn, await merged_params(request))
    result = await groups_write.set_groups(
        db,
        access,
        partition_id=p.partition_id,
        groups=p.groups,
        groups_to_create=p.groups_to_create,
        groups_to_delete=p.groups_to_delete,
    )
    return render(request, result, xml_builder=_set_groups_xml)


# Routes of ScoDoc 9.x (modern-api.md §5)


# 5.4 Groups
@router.get("/group/{group_id:int}/etudiants", response_model=list[GroupEtudiantRead], responses=JSON_ONLY)
async def list_group_etudiants(db: DbSession, access: View, group_id: DbId) -> Response:
    """Members of a group."""
    return json_answer(await service.group_etudiants(db, access, group_id, None))


@router.get("/group/{group_id:int}/etudiants/query", response_model=list[GroupEtudiantRead], responses=JSON_ONLY)
async def query_group_etudiants(
    db: DbSession, access: View, group_id: DbId, etat: Literal["I", "D", "DEF"] | None = None
) -> Response:
    """Members of a group in one registration state."""
    return json_answer(await service.group_etudiants(db, access, group_id, etat))


@router.post("/group/{group_id:int}/set_etudiant/{etudid:int}", response_model=GroupMoveRead, responses=WRITE)
async def group_set_etudiant(db: DbSession, access: View, group_id: DbId, etudid: DbId) -> Response:
    """Put a student in a group (leaving the other groups of its partition)."""
    return json_answer(await groups_write.set_etudiant(db, access, group_id, etudid))


@router.post("/group/{group_id:int}/remove_etudiant/{etudid:int}", response_model=GroupMoveRead, responses=WRITE)
async def group_remove_etudiant(db: DbSession, access: View, group_id: DbId, etudid: DbId) -> Response:
    """Remove a student from a group."""
    return json_answer(await groups_write.set_etudiant(db, access, group_id, etudid, remove=True))


@router.post(
    "/partition/{partition_id:int}/group/create",
    response_model=GroupRead,
    responses=WRITE,
    openapi_extra=json_body_doc(GroupNameIn, array=False),
)
async def create_group(request: Request, db: DbSession, access: View, partition_id: DbId) -> Response:
    """Create a group: body ``{"group_name": "..."}``."""
    return json_answer(await groups_write.create_group(db, access, partition_id, await object_body(request)))


@router.post(
    "/group/{group_id:int}/edit",
    response_model=GroupRead,
    responses=WRITE,
    openapi_extra=json_body_doc(GroupEditIn, array=False, required=False),
)
async def edit_group(request: Request, db: DbSession, access: View, group_id: DbId) -> Response:
    """Rename a group: body ``{"group_name": "..."}``."""
    return json_answer(await groups_write.edit_group(db, access, group_id, await object_body(request)))


@router.post("/group/{group_id:int}/delete", response_model=OkRead, responses=WRITE)
async def delete_group(db: DbSession, access: View, group_id: DbId) -> Response:
    """Delete a group (its students stay registered)."""
    return json_answer(await groups_write.delete_group(db, access, group_id))


@router.post(
    "/formsemestre/{formsemestre_id:int}/partition/create",
    response_model=PartitionSummary,
    responses=WRITE,
    openapi_extra=json_body_doc(PartitionIn, array=False),
)
async def create_partition(request: Request, db: DbSession, access: View, formsemestre_id: DbId) -> Response:
    """Create a partition: body ``{"partition_name": "...", "numero": n}``."""
    return json_answer(await groups_write.create_partition(db, access, formsemestre_id, await object_body(request)))


@router.post(
    "/partition/{partition_id:int}/edit",
    response_model=PartitionSummary,
    responses=WRITE,
    openapi_extra=json_body_doc(PartitionEditIn, array=False, required=False),
)
async def edit_partition(request: Request, db: DbSession, access: View, partition_id: DbId) -> Response:
    """Edit a partition: ``partition_name``, ``numero``, ``bul_show_rank``, ``show_in_lists``."""
    return json_answer(await groups_write.edit_partition(db, access, partition_id, await object_body(request)))


@router.post("/partition/{partition_id:int}/delete", response_model=OkRead, responses=WRITE)
async def delete_partition(db: DbSession, access: View, partition_id: DbId) -> Response:
    """Delete a partition and its groups."""
    return json_answer(await groups_write.delete_partition(db, access, partition_id))
