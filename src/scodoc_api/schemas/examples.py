"""The documented example payloads (spec/examples), attached to the OpenAPI operations."""

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from scodoc_api.core.errors import STANDARD_ERRORS


@lru_cache
def example(name: str) -> Any:
    path = resources.files("scodoc_api.data").joinpath("examples", name)
    text = path.read_text("utf-8")
    return json.loads(text) if name.endswith(".json") else text


def ok(
    json_example: str | None = None,
    *,
    xml: bool = True,
    xml_example: str | None = None,
    errors: dict[int | str, Any] | None = None,
) -> dict[int | str, Any]:
    """``responses=`` for a route: its 200 example(s), the XML media type, and the error answers."""
    content: dict[str, Any] = {}
    if json_example:
        content["application/json"] = {"example": example(json_example)}
    if xml:
        content["application/xml"] = {"schema": {"type": "string"}}
        if xml_example:
            content["application/xml"]["example"] = example(xml_example)
    out: dict[int | str, Any] = {**(errors if errors is not None else STANDARD_ERRORS)}
    if content:
        out[200] = {"content": content}
    return out
