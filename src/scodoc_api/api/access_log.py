"""One structured (JSON) line per request on the ``scodoc_api.access`` logger: the request id (also answered
as ``X-Request-ID``, and taken from a trusted reverse proxy's header when one sets it), the user, the route
template, the status, the duration and the number of SQL statements. Pure ASGI: nothing buffered."""

import logging
import re
import time
import uuid

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from scodoc_api.core.metrics import observe
from scodoc_api.core.request_context import REQUEST_ID, SQL_COUNT
from scodoc_api.repositories import audit as audit_repo

log = logging.getLogger("scodoc_api.access")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


class AccessLog:
    def __init__(self, app: ASGIApp, *, trust_request_id: bool):
        self.app = app
        self.trust_request_id = trust_request_id  # only behind a configured reverse proxy

    def _request_id(self, scope: Scope) -> str:
        given = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        return given if self.trust_request_id and _SAFE_ID.match(given) else uuid.uuid4().hex

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id, counter, started = self._request_id(scope), [0], time.perf_counter()
        id_token, sql_token = REQUEST_ID.set(request_id), SQL_COUNT.set(counter)
        status = {"code": 500}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = [*message.get("headers", []), (b"x-request-id", request_id.encode())]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            REQUEST_ID.reset(id_token)
            SQL_COUNT.reset(sql_token)
            route = _route(scope)
            observe(scope.get("method", ""), route, status["code"], time.perf_counter() - started, counter[0])
            if log.isEnabledFor(logging.INFO):
                log.info(_line(scope, route, request_id, status["code"], started, counter[0]))
            if scope.get("method") not in READS:
                await _audit(scope, route, request_id, status["code"])


READS = {"GET", "HEAD", "OPTIONS"}


async def _audit(scope: Scope, route: str, request_id: str, status: int) -> None:
    """Every write and every login of a named caller (a token's user, or the login tried), whatever its
    outcome, in the database (``scodoc-api audit`` reads it). After the answer is sent; its own transaction; a
    failure is logged, never raised."""
    app = scope.get("app")
    sessionmaker = getattr(getattr(app, "state", None), "sessionmaker", None)
    if sessionmaker is None:
        return
    state = scope.get("state") or {}
    user = state.get("user_name") or state.get("login")
    if user is None:  # nobody named: refused before any work (an anonymous flood writes nothing)
        return
    if state.get("read_only"):  # a read sent by POST (a GraphQL query: db.engine.declare_read_only)
        return
    client = scope.get("client")
    values = {
        "user_name": user,
        "remote_addr": client[0] if client else None,
        "method": scope.get("method", "")[:8],
        "route": route[:255],
        "params": {k: str(v)[:64] for k, v in (scope.get("path_params") or {}).items()} or None,
        "status": status,
        "request_id": request_id,
    }
    try:
        async with sessionmaker() as db:
            await audit_repo.add(db, values)
            await db.commit()
    except Exception:  # the audit must not break the service it records
        log.warning("audit entry not recorded (request %s)", request_id, exc_info=True)


def _route(scope: Scope) -> str:
    """The route's template: an included router's route knows its path without the mount's prefix; FastAPI
    keeps the full template in the route's effective context."""
    effective = (scope.get("fastapi") or {}).get("effective_route_context")
    route = effective if effective is not None else scope.get("route")
    return getattr(route, "path_format", None) or "(no route)"


def _line(scope: Scope, route: str, request_id: str, status: int, started: float, statements: int) -> str:
    state = scope.get("state") or {}
    return orjson.dumps(
        {
            "event": "request",
            "request_id": request_id,
            "method": scope.get("method"),
            "route": route,
            "status": status,
            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            "user": state.get("user_name"),
            "sql": statements,
        }
    ).decode()


def install_access_log() -> None:
    """The access lines go to stdout as they are (JSON), once per process; uvicorn's own access log is off
    (``scodoc-api serve``)."""
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.propagate = False
