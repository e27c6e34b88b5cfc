"""Checks made on every request before any route runs (pure ASGI, nothing buffered):

- a body larger than ``MAX_BODY_BYTES`` is a 413: at once when its Content-Length says so, else as soon as
  more bytes than that have arrived (chunked bodies);
- a path or query string holding a character that XML cannot carry (NUL included) is a 400: nothing stored
  can then break an XML answer, and PostgreSQL never sees a NUL byte.
Bodies are checked for such characters once decoded (``api/params.py``, ``legacy/routes.py``)."""

import re
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from scodoc_api.core.errors import BadRequest, PayloadTooLarge
from scodoc_api.core.text import forbidden_char
from scodoc_api.formats.errors import error_response


def forbidden_message(where: str, char: str) -> str:
    return f"{where}: caractère interdit U+{ord(char):04X}"


def _url_problem(scope: Scope) -> str | None:
    bad = forbidden_char(scope.get("path", ""))
    if bad:
        return forbidden_message("URL", bad)
    query = scope.get("query_string", b"").decode("latin-1")
    for key, value in parse_qsl(query, keep_blank_values=True, encoding="utf-8", errors="surrogateescape"):
        bad_key = forbidden_char(key)
        bad = bad_key or forbidden_char(value)
        if bad:
            return forbidden_message("paramètre" if bad_key else key, bad)
    return None


# Answers that never hold personal data: they may be cached.
PUBLIC_PATHS = frozenset(
    {
        "/ScoDoc",
        "/ScoDoc/api",
        "/ScoDoc/api/health",
        "/ScoDoc/api/ready",
        "/openapi.json",
        "/docs",
        "/docs/oauth2-redirect",
        "/redoc",
    }
)


# A justificatif's file upload may be larger than other bodies (JUSTIF_MAX_BYTES, plus the multipart framing).
UPLOAD_PATH = re.compile(r"/api/justificatif/\d+/import/?$")
UPLOAD_FRAMING = 64 * 1024


class RequestGuard:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, max_upload_bytes: int = 0):
        self.app = app
        self.max_body = max_body_bytes
        self.max_upload = max(max_body_bytes, max_upload_bytes + UPLOAD_FRAMING)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "HEAD":  # HEAD wherever GET is served: the GET answer, without its body
            scope = {**scope, "method": "GET"}
            send = _headers_only(send)
        if scope["path"] not in PUBLIC_PATHS and not scope["path"].startswith("/docs-static/"):
            send = _no_store(send)
        send = _security_headers(send)
        problem = _url_problem(scope)
        if problem is not None:
            await error_response(Request(scope), 400, problem)(scope, receive, send)
            return
        limit = self.max_upload if UPLOAD_PATH.search(scope["path"]) else self.max_body
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            err = PayloadTooLarge() if length.isdigit() else BadRequest("Content-Length invalide")
            await error_response(Request(scope), err.status_code, err.message, {"Connection": "close"})(
                scope, receive, send
            )
            return
        await self.app(scope, self._bounded(receive, limit), send)

    def _bounded(self, receive: Receive, limit: int) -> Receive:
        seen = 0

        async def bounded_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise PayloadTooLarge()
            return message

        return bounded_receive


SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]
# The API's answers are data, never pages: nothing in them may run or be framed. (Swagger UI and ReDoc are pages.)
DATA_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")


def _security_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            present = {k.lower() for k, _ in headers}
            headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
            ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            if not ctype.startswith(b"text/html") and DATA_CSP[0] not in present:
                headers.append(DATA_CSP)
            message = {**message, "headers": headers}
        await send(message)

    return sending


def _no_store(send: Send) -> Send:
    """Personal data must not be kept by browsers or shared caches; and an answer depends on who asks and in
    which format (Vary)."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            if not any(k.lower() == b"cache-control" for k, _ in headers):
                headers.append((b"cache-control", b"private, no-store"))
            if not any(k.lower() == b"vary" for k, _ in headers):
                headers.append((b"vary", b"Accept, Authorization"))
            message = {**message, "headers": headers}
        await send(message)

    return sending


def _headers_only(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b"", "more_body": message.get("more_body", False)}
        await send(message)

    return sending
