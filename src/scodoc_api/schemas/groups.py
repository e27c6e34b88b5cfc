"""Partitions and groups of the ScoDoc 9.x routes (modern-api.md §4.4, §5.4)."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel, WithJsonSchema

from scodoc_api.schemas.common import Obj


class PartitionGroup(Obj):
    group_name: str | None
    id: int
    numero: int
    partition_id: int


class PartitionItem(Obj):
    groups: dict[str, PartitionGroup]
    id: int
    numero: int
    partition_name: str | None


class PartitionsMap(RootModel[dict[str, PartitionItem]]):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "77": {
                        "groups": {"301": {"group_name": "TD1", "id": 301, "numero": 1, "partition_id": 77}},
                        "id": 77,
                        "numero": 1,
                        "partition_name": "TD",
                    }
                }
            ]
        }
    )


class GroupMoveRead(Obj):
    group_id: int
    etudid: int


class GroupRead(Obj):
    id: int
    group_name: str | None
    partition_id: int


class PartitionSummary(Obj):
    """A partition as created or edited."""

    id: int
    partition_name: str | None
    formsemestre_id: int


# Request bodies of the group and partition edits (documentation: the routes check each field themselves)
NAMED = r"^\s*\S"  # some non-blank character (the name is stripped)
FLAG_SCHEMA = {"anyOf": [{"type": "boolean"}, {"type": "integer", "enum": [0, 1]}]}


class GroupNameIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    group_name: str = Field(max_length=64, pattern=NAMED, examples=["G1"], description="unique in its partition")


class GroupEditIn(GroupNameIn):
    group_name: str = Field(None, max_length=64, pattern=NAMED)  # type: ignore[assignment]  # absent: unchanged


class PartitionIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    partition_name: str = Field(
        max_length=32, pattern=NAMED, examples=["Projets"], description="unique in its semester"
    )
    numero: int | None = Field(None, ge=-(2**31), le=2**31 - 1, description="order (default: after the others)")
    bul_show_rank: Annotated[bool, WithJsonSchema(FLAG_SCHEMA)] = False
    show_in_lists: Annotated[bool, WithJsonSchema(FLAG_SCHEMA)] = True


class PartitionEditIn(PartitionIn):
    partition_name: str = Field(None, max_length=32, pattern=NAMED)  # type: ignore[assignment]
    numero: int = Field(None, ge=-(2**31), le=2**31 - 1)  # type: ignore[assignment]
