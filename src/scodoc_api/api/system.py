"""Routes without authentication: liveness, readiness and the API index."""

import asyncio

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.responses import PlainTextResponse, Response

from scodoc_api import __version__
from scodoc_api.core.errors import ApiError
from scodoc_api.db.engine import ping
from scodoc_api.formats.responses import JSONResponse

router = APIRouter(tags=["system"])


class HealthRead(BaseModel):
    status: str
    version: str


class ReadyRead(BaseModel):
    status: str
    database: str
    redis: str | None = Field(None, description="present when REDIS_URL is set: ok or unreachable")
    detail: str | None = None


class ApiIndexRead(BaseModel):
    name: str
    version: str
    docs: str
    redoc: str
    openapi: str
    tokens: str


@router.get("/ScoDoc", response_class=PlainTextResponse)
async def scodoc_root() -> str:
    """The ScoDoc root answers 200 (clients probe it)."""
    return "ScoDoc API\n"


@router.head("/ScoDoc", response_class=PlainTextResponse)
async def scodoc_root_head() -> str:
    """HEAD of the ScoDoc root."""
    return ""


@router.get("/ScoDoc/api/health", response_model=HealthRead)
async def health() -> dict:
    """Liveness: the process answers."""
    return {"status": "ok", "version": __version__}


@router.get(
    "/ScoDoc/api/ready",
    response_model=ReadyRead,
    responses={503: {"model": ReadyRead, "description": "Database unreachable"}},
)
async def ready(request: Request) -> Response:
    """Readiness: the database, and Redis when one is configured, can be reached (each within a few
    seconds: a network partition answers 503, it does not hang)."""
    state = request.app.state
    body: dict = {"status": "ok", "database": "ok"}
    try:
        async with asyncio.timeout(state.settings.db_connect_timeout):
            await ping(state.engine)
    except Exception as exc:  # any failure means not ready
        body.update(status="unavailable", database="unreachable", detail=type(exc).__name__)
    if state.settings.redis_url:
        try:
            await state.limiter.ping()
            body["redis"] = "ok"
        except ApiError:
            body.update(status="unavailable", redis="unreachable")
    if body["status"] != "ok":
        return JSONResponse(body, status_code=503, headers={"Retry-After": "5"})
    return JSONResponse(body)


@router.get("/ScoDoc/api", response_model=ApiIndexRead)
async def api_index() -> dict:
    """Where to find the documentation and the contract."""
    return {
        "name": "scodoc-api",
        "version": __version__,
        "docs": "/docs",
        "redoc": "/redoc",
        "openapi": "/openapi.json",
        "tokens": "/ScoDoc/api/tokens",
    }
