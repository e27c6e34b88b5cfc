"""What the response models of the ScoDoc 9.x routes share: objects allow extra keys (ScoDoc adds fields
across versions and clients ignore what they do not read)."""

from typing import Any

from pydantic import BaseModel, ConfigDict


class Obj(BaseModel):
    model_config = ConfigDict(extra="allow")


def example_config(example: Any) -> ConfigDict:
    return ConfigDict(extra="allow", json_schema_extra={"examples": [example]})


class OkRead(Obj):
    OK: bool
