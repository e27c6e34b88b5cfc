"""Error handlers: every error (ours, FastAPI's validation errors, Starlette's 404/405, database outages,
bugs) answered with the one error body of ``core/errors.py``, in the negotiated format."""

import logging
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm.exc import StaleDataError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from scodoc_api.core.errors import ApiError, ServiceUnavailable, error_body, reason
from scodoc_api.core.request_context import REQUEST_ID
from scodoc_api.formats.responses import render_error

log = logging.getLogger("scodoc_api.errors")


def error_response(
    request: Request, status: int, message: str, headers: dict[str, Any] | None = None, request_id: str | None = None
) -> Response:
    return render_error(request, error_body(status, message, request_id), status, headers or {})


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body", "form", "header")]
        name = ".".join(loc) or "requête"
        if err.get("type") == "missing":
            parts.append(f"{name}: paramètre manquant")
        else:
            parts.append(f"{name}: {err.get('msg', 'valeur invalide')}")
    return "; ".join(parts) or "paramètre invalide"


def is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, (OperationalError, InterfaceError)):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, (ConnectionError, OSError, TimeoutError)):
        return True
    name = type(exc).__name__
    if name in {
        "ConnectionDoesNotExistError",
        "CannotConnectNowError",
        "InterfaceError",
        "ConnectionRefusedError",
        "TooManyConnectionsError",
        "QueryCanceledError",
    }:
        return True
    # a driver error wrapped by SQLAlchemy (statement timeout...): look at what it wraps
    inner = [e for e in (getattr(exc, "orig", None), exc.__cause__) if e is not None and e is not exc]
    return any(is_connection_error(e) for e in inner)


def allowed_methods(request: Request) -> str:
    """The methods of every route whose path matches this request's (HEAD with GET)."""
    from starlette.routing import Match

    methods = {
        m
        for m in ("GET", "POST", "PUT", "PATCH", "DELETE")
        if any(route.matches({**request.scope, "method": m})[0] == Match.FULL for route in request.app.router.routes)
    }
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status_code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        messages = {404: "URL inconnue", 405: "méthode non autorisée"}
        message = exc.detail if isinstance(exc.detail, str) and exc.detail != reason(exc.status_code) else None
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method of the resource, not only the first route's
            headers["Allow"] = allowed_methods(request)
        return error_response(
            request, exc.status_code, message or messages.get(exc.status_code, reason(exc.status_code)), headers
        )

    # Expected failures get their own handlers (Starlette re-raises what reaches the catch-all, to log it).
    async def _out_of_range(request: Request, exc: Exception) -> Response:
        return error_response(request, 400, "paramètre hors des valeurs possibles")

    async def _db_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, DataError):  # e.g. an id beyond the column's integer range
            return await _out_of_range(request, exc)
        if isinstance(exc, IntegrityError):  # a concurrent write got there first: nothing was written
            log.info("integrity conflict: %s", type(getattr(exc, "orig", exc)).__name__)
            return error_response(request, 409, "conflit avec une écriture concurrente, réessayez")
        return await _unexpected(request, exc)

    async def _stale(request: Request, exc: Exception) -> Response:
        """The row changed or went away between the read and the write (a concurrent request): nothing written."""
        log.info("stale row: %s", exc)
        return error_response(request, 409, "objet modifié ou supprimé entre-temps, réessayez")

    async def _unavailable(request: Request, exc: Exception) -> Response:
        """No database connection free in time (pool exhausted), or the limiter's Redis unreachable."""
        log.warning("service unavailable: %s", type(exc).__name__)
        err = ServiceUnavailable()
        return error_response(request, err.status_code, err.message, err.headers)

    app.add_exception_handler(PoolTimeout, _unavailable)
    app.add_exception_handler(StaleDataError, _stale)
    app.add_exception_handler(OverflowError, _out_of_range)
    app.add_exception_handler(DBAPIError, _db_error)
    app.add_exception_handler(ConnectionError, _db_error)
    app.add_exception_handler(TimeoutError, _db_error)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        if is_connection_error(exc):
            log.warning("database unavailable: %s", exc)
            err = ServiceUnavailable()
            return error_response(request, err.status_code, err.message, err.headers)
        request_id = REQUEST_ID.get() or uuid.uuid4().hex[:16]  # the access log line's
        log.exception("unexpected error, request_id=%s", request_id)
        return error_response(request, 500, "erreur interne, contactez l'administrateur", request_id=request_id)
