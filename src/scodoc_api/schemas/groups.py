"""Partitions and groups of the ScoDoc 9.x routes (modern-api.md §4.4, §5.4)."""

from pydantic import ConfigDict, RootModel

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
