"""Partitions and groups (seed routes ``partition`` and ``groups``)."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, require
from scodoc_api.api.params import body_doc, merged_params, validated
from scodoc_api.core.errors import responses
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import GroupMemberRead, PartitionRead
from scodoc_api.schemas.write import SetGroupsIn, SetGroupsOut
from scodoc_api.services import groups as service
from scodoc_api.services import groups_write

router = APIRouter(tags=["groups"])
View = Annotated[Access, Depends(require(Permission.ScoView))]


@router.get("/partition/{formsemestre_id}", response_model=list[PartitionRead], responses=ok("partition.json"))
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
    return b'<?xml version="1.0" encoding="utf-8"?><response>' + data["message"].encode() + b"</response>"


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
