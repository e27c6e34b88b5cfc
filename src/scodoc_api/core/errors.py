"""One error model for the whole service: ``{"error": <reason phrase>, "status": <code>, "message": <text>}``.

Services raise ``ApiError`` subclasses; ``formats/errors.py`` renders every error (ours, FastAPI's validation
errors, Starlette's 404/405, database outages, bugs) in the negotiated format. This module knows no web
framework, so that services can raise these errors without depending on one.
"""

from http import HTTPStatus
from typing import Any

from pydantic import BaseModel, Field

# The exact message ScoDoc clients (the Passerelle) match to decide to renew their token.
UNAUTHORIZED_MESSAGE = "Non autorise (logic)"


class ErrorBody(BaseModel):
    """ScoDoc's error shape (modern-api.md §3)."""

    error: str = Field(examples=["Not Found"], description="HTTP reason phrase")
    status: int = Field(examples=[404])
    message: str = Field(examples=["étudiant inconnu"])
    request_id: str | None = Field(None, description="only on 500 answers, to find the log entry")


class ApiError(Exception):
    status_code: int = 500
    default_message: str = "erreur"

    def __init__(self, message: str | None = None, *, headers: dict[str, str] | None = None):
        self.message = message or self.default_message
        self.headers = headers or {}
        super().__init__(self.message)


class BadRequest(ApiError):
    status_code = 400
    default_message = "paramètre invalide"


class Unauthorized(ApiError):
    status_code = 401
    default_message = UNAUTHORIZED_MESSAGE

    def __init__(self, message: str | None = None, *, scheme: str = "Bearer"):
        super().__init__(message, headers={"WWW-Authenticate": scheme})


class Forbidden(ApiError):
    status_code = 403
    default_message = "accès interdit"


class NotFound(ApiError):
    status_code = 404
    default_message = "objet inconnu"


_FEMININE = {"évaluation", "formation", "partition"}


def unknown(what: str) -> NotFound:
    """The one 404 for an object that does not exist *and* for one the caller may not see: the message must
    not tell them apart (no existence oracle), so it names no id."""
    return NotFound(f"{what} {'inconnue' if what in _FEMININE else 'inconnu'}")


class NotAcceptable(ApiError):
    status_code = 406
    default_message = "format non acceptable"


class Conflict(ApiError):
    status_code = 409
    default_message = "conflit"


class PayloadTooLarge(ApiError):
    status_code = 413
    default_message = "requête trop volumineuse"


class UnsupportedMediaType(ApiError):
    status_code = 415
    default_message = "type de contenu refusé"


class TooManyRequests(ApiError):
    status_code = 429
    default_message = "trop de requêtes, réessayez plus tard"

    def __init__(self, retry_after: int, message: str | None = None):
        super().__init__(message, headers={"Retry-After": str(max(1, int(retry_after)))})


class ServiceUnavailable(ApiError):
    status_code = 503
    default_message = "base de données indisponible, réessayez dans quelques instants"

    def __init__(self, message: str | None = None, retry_after: int = 5):
        super().__init__(message, headers={"Retry-After": str(retry_after)})


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def error_body(status: int, message: str, request_id: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"error": reason(status), "status": status, "message": message}
    if request_id:
        body["request_id"] = request_id
    return body


# Shared ``responses=`` entries for the OpenAPI contract.
def responses(*codes: int) -> dict[int | str, Any]:
    descr = {
        400: "Bad parameter",
        401: "Missing, invalid, expired or revoked token",
        403: "Permission denied",
        404: "Unknown object",
        406: "Invalid JSON body or unacceptable format",
        409: "Conflict",
        429: "Too many requests",
        503: "Database unavailable",
    }
    return {c: {"model": ErrorBody, "description": descr.get(c, reason(c))} for c in codes}


STANDARD_ERRORS = responses(400, 401, 403, 404, 503)
