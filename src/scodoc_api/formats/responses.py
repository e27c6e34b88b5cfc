"""One helper turns a route's result into JSON or XML."""

from collections.abc import Callable
from typing import Any

import orjson
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

from scodoc_api.core.errors import STANDARD_ERRORS, responses
from scodoc_api.formats.negotiation import negotiate, safe_format
from scodoc_api.formats.xml import to_xml

XML_MEDIA = "application/xml; charset=utf-8"
JSON_MEDIA = "application/json"


def _plain(data: Any) -> Any:
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json", by_alias=True)
    if isinstance(data, list):
        return [_plain(x) for x in data]
    return data


def json_bytes(data: Any, *, sort_keys: bool = False) -> bytes:
    opts = orjson.OPT_NON_STR_KEYS | (orjson.OPT_SORT_KEYS if sort_keys else 0)
    return orjson.dumps(_plain(data), option=opts)


class JSONResponse(Response):
    media_type = JSON_MEDIA

    def render(self, content: Any) -> bytes:
        return json_bytes(content)


def render(
    request: Request,
    data: Any,
    *,
    xml_root: str = "result",
    status_code: int = 200,
    xml_builder: Callable[[Any], bytes] | None = None,
    sort_keys: bool = False,
    headers: dict[str, str] | None = None,
    xml_allowed: bool = True,
) -> Response:
    fmt = negotiate(request, xml_allowed=xml_allowed)
    if fmt == "xml":
        payload = xml_builder(data) if xml_builder else to_xml(_plain(data), xml_root)
        return Response(payload, status_code=status_code, media_type=XML_MEDIA, headers=headers)
    return Response(
        json_bytes(data, sort_keys=sort_keys), status_code=status_code, media_type=JSON_MEDIA, headers=headers
    )


def render_error(request: Request, body: dict[str, Any], status: int, headers: dict[str, str]) -> Response:
    if safe_format(request) == "xml":
        return Response(to_xml(body, "error"), status_code=status, media_type=XML_MEDIA, headers=headers)
    return Response(json_bytes(body), status_code=status, media_type=JSON_MEDIA, headers=headers)


def xml_response_doc(description: str = "XML variant (format=xml or Accept: application/xml)") -> dict[int, Any]:
    """``responses=`` entry declaring the XML media type next to JSON for a 200."""
    return {200: {"content": {"application/xml": {"schema": {"type": "string"}}}, "description": description}}


def json_answer(data: Any) -> Response:
    """JSON with sorted keys, as ScoDoc 9.x's routes answer."""
    return Response(json_bytes(data, sort_keys=True), media_type=JSON_MEDIA)


# ``responses=`` of the routes answering JSON only, and of the write routes.
JSON_ONLY = {200: {"content": {"application/json": {}}}, **STANDARD_ERRORS, **responses(406)}
WRITE = {**JSON_ONLY, **responses(406, 409)}
