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


# A date, or a date-time with its offset, of the years 1900 to 2999; the server also reads a date-time without
# an offset (the institution's local time), which JSON Schema's formats cannot say without also allowing days
# that do not exist.
YEARS = "^(19|2[0-9])[0-9]{2}-"
MOMENT_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "format": "date-time", "pattern": YEARS},
        {"type": "string", "format": "date", "pattern": YEARS},
    ]
}
# the same in a query string, where an empty value is taken as missing
MOMENT_QUERY_SCHEMA: dict[str, Any] = {"anyOf": [*MOMENT_SCHEMA["anyOf"], {"type": "string", "enum": [""]}]}
