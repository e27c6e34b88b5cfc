"""Choose JSON or XML: ``?format=`` first (ScoDoc's convention), then ``Accept``, default JSON."""

from typing import Literal

from starlette.requests import Request

from scodoc_api.core.errors import BadRequest, NotAcceptable

Fmt = Literal["json", "xml"]
_XML_TYPES = ("application/xml", "text/xml")
_JSON_TYPES = ("application/json",)


def _parse_accept(header: str) -> list[tuple[str, float]]:
    out = []
    for part in header.split(","):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q))
    return sorted(out, key=lambda x: -x[1])


def negotiate(request: Request, *, xml_allowed: bool = True) -> Fmt:
    fmt = request.query_params.get("format")
    if fmt is not None and fmt != "":
        fmt = fmt.lower()
        if fmt == "json" or (fmt == "xml" and xml_allowed):
            return fmt  # type: ignore[return-value]
        raise BadRequest(f"format: valeur invalide '{fmt}' (json{' ou xml' if xml_allowed else ''})")
    accept = request.headers.get("accept")
    if not accept:
        return "json"
    for media, q in _parse_accept(accept):
        if q <= 0:
            continue
        if media in _JSON_TYPES or media in ("*/*", "application/*"):
            return "json"
        if (media in _XML_TYPES or media == "text/*") and xml_allowed:
            return "xml"
    raise NotAcceptable(f"aucun format acceptable pour Accept: {accept}")


def require_json(request: Request) -> None:
    """A JSON-only route: ``format=xml``, or an ``Accept`` naming no JSON, is a 406 (its body in JSON), never
    a JSON body sent to a client that asked for something else."""
    request.state.json_only = True
    fmt = request.query_params.get("format")
    if fmt:
        if fmt.lower() == "xml":
            raise NotAcceptable("format xml non disponible pour cette route (JSON seulement)")
        negotiate(request, xml_allowed=False)  # json, or a 400 for an unknown value
        return
    negotiate(request, xml_allowed=False)  # a 406 when Accept names no JSON


def safe_format(request: Request) -> Fmt:
    """For error answers: the requested format when it is valid (JSON on a JSON-only route), JSON otherwise."""
    if getattr(request.state, "json_only", False):
        return "json"
    try:
        return negotiate(request)
    except Exception:
        return "json"
