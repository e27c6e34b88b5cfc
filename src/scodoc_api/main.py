"""Application factory."""

import asyncio
import gc
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from scodoc_api import __version__
from scodoc_api.api import system
from scodoc_api.api.guard import RequestGuard
from scodoc_api.api.routes import mount_api
from scodoc_api.core.logs import install_redaction
from scodoc_api.core.settings import Settings, check_secret_key, get_settings
from scodoc_api.db.engine import create_engine, make_sessionmaker
from scodoc_api.formats.errors import install_error_handlers
from scodoc_api.legacy import routes as legacy_routes
from scodoc_api.services.assiduites import CountCache
from scodoc_api.services.ratelimit import DbLimiter, RedisLimiter
from scodoc_api.services.results import ResultsCache

DESCRIPTION = """An implementation of the **ScoDoc 9** web API.

Get a token with `POST /ScoDoc/api/tokens` (HTTP Basic), then send `Authorization: Bearer <token>`.
Every route is served under `/ScoDoc/api/...` and under the department mount `/ScoDoc/{dept}/api/...`.
Answers are JSON, or XML with `format=xml` or `Accept: application/xml`.
"""


def create_app(settings: Settings | None = None, *, engine=None) -> FastAPI:
    settings = settings or get_settings()
    check_secret_key(settings.secret_key)  # never serve tokens signed with a forgeable key

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # A semester's results allocate ~100k short-lived objects: with the default thresholds the cyclic
        # GC runs full collections in the middle of a computation (100 ms pauses measured). Collect less
        # often, and keep start-up objects out of the collector's way.
        gc.set_threshold(100_000, 50, 100)
        gc.freeze()
        own_engine = engine is None
        init_state(
            app,
            engine
            or create_engine(
                settings.database_url,
                pool_size=settings.db_pool_size,
                connect_timeout=settings.db_connect_timeout,
                statement_timeout=settings.db_statement_timeout,
            ),
        )
        purger = asyncio.create_task(_purge_periodically(app)) if own_engine else None
        yield
        if purger is not None:
            purger.cancel()
        if own_engine:
            await app.state.engine.dispose()

    app = FastAPI(
        title="ScoDoc API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url="/redoc",
        swagger_ui_parameters={"persistAuthorization": True},
    )
    app.state.settings = settings
    install_redaction()
    logging.getLogger("scodoc_api").setLevel(settings.log_level.upper())
    install_error_handlers(app)
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes, max_upload_bytes=settings.justif_max_bytes)
    app.include_router(system.router)
    mount_api(app)
    app.include_router(legacy_routes.router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


async def _purge_periodically(app: FastAPI, interval: float = 600.0) -> None:
    """Expired token revocations and stale login counters are deleted every ten minutes (by every worker:
    the deletes are idempotent)."""
    from scodoc_api.services.auth import purge_expired

    log = logging.getLogger("scodoc_api.purge")
    while True:
        try:
            await purge_expired(app.state.sessionmaker, app.state.limiter)
        except Exception as exc:  # a database outage must not end the loop
            log.warning("purge failed: %s", type(exc).__name__)
        await asyncio.sleep(interval)


def init_state(app: FastAPI, engine, sessionmaker=None) -> None:
    """Attach the engine, the unit-of-work factory and the login limiter to the app."""
    settings = app.state.settings
    app.state.engine = engine
    app.state.sessionmaker = sessionmaker or make_sessionmaker(engine)
    # Tests bind every session to one connection (their own transaction): reads share it.
    app.state.read_sessionmaker = sessionmaker or make_sessionmaker(
        engine.execution_options(isolation_level="AUTOCOMMIT")
    )
    app.state.limiter = RedisLimiter(settings.redis_url) if settings.redis_url else DbLimiter(app.state.sessionmaker)
    if not hasattr(app.state, "results_cache"):  # kept when the engine is replaced (tests)
        app.state.results_cache = ResultsCache()
        app.state.attendance_counts = CountCache()


PUBLIC_PATHS = {"/ScoDoc", "/ScoDoc/api", "/ScoDoc/api/health", "/ScoDoc/api/ready"}


def _openapi(app: FastAPI) -> dict:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, description=app.description, routes=app.routes, tags=TAGS
    )
    comps = schema.setdefault("components", {})
    comps.setdefault("securitySchemes", {}).update(
        {
            "HTTPBasic": {"type": "http", "scheme": "basic", "description": "ScoDoc login, for /tokens only"},
            "BearerToken": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "JWT",
                "description": "Token from POST /ScoDoc/api/tokens",
            },
        }
    )
    schemas = comps.setdefault("schemas", {})
    from scodoc_api.schemas import write as write_schemas

    for model in (
        write_schemas.EvalSetNotesIn,
        write_schemas.SetGroupsIn,
        write_schemas.AbsSignaleIn,
        write_schemas.AbsAnnuleIn,
        write_schemas.AbsRangeIn,
        write_schemas.AbsJustifIn,
        write_schemas.BilletAddIn,
    ):
        js = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(js.pop("$defs", {}))
        schemas[model.__name__] = js
    schema["security"] = [{"BearerToken": []}]
    # Validation errors are answered 400 with the error body, never FastAPI's 422.
    for ops in schema["paths"].values():
        for op in ops.values():
            resp = op.get("responses", {})
            if "422" in resp:
                del resp["422"]
                resp.setdefault(
                    "400",
                    {
                        "description": "Bad parameter",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
                    },
                )
    # Routes that can answer XML document the ``format`` parameter (ScoDoc's convention; ``Accept`` works too).
    format_param = {
        "name": "format",
        "in": "query",
        "required": False,
        "description": "answer format (wins over the Accept header)",
        "schema": {"type": "string", "enum": ["json", "xml"], "default": "json"},
    }
    for path, ops in schema["paths"].items():
        for op in ops.values():
            ok = op.get("responses", {}).get("200", {}).get("content", {})
            if ("application/xml" in ok or "text/xml" in ok) and "/Scolarite/" not in path:
                params = op.setdefault("parameters", [])
                if not any(p.get("name") == "format" for p in params):
                    params.append(format_param)
    for name in ("HTTPValidationError", "ValidationError"):
        comps.get("schemas", {}).pop(name, None)
    for path, ops in schema["paths"].items():
        for op in ops.values():
            if path in PUBLIC_PATHS or "/Scolarite/" in path or path == "/ScoDoc/get_etud_dept":
                op["security"] = []
    app.openapi_schema = schema
    return schema


TAGS = [
    {"name": "tokens", "description": "Authentication tokens (HTTP Basic to obtain, Bearer to use)"},
    {"name": "departements", "description": "Departments"},
    {"name": "etudiants", "description": "Students, their photos and groups"},
    {"name": "formations", "description": "Programmes (formations) and their export"},
    {"name": "formsemestres", "description": "Semesters (formsemestres)"},
    {"name": "moduleimpls", "description": "Module implementations of a semester"},
    {"name": "groups", "description": "Partitions and groups"},
    {"name": "evaluations", "description": "Evaluations and their notes"},
    {"name": "absences", "description": "Half-day absences and absence notes (billets)"},
    {"name": "bulletins", "description": "Bulletins (relevés de notes), computed by the grade engine"},
    {"name": "users", "description": "Staff accounts (ScoUsersView in their home department)"},
    {"name": "system", "description": "Health, readiness and the API index (no authentication)"},
    {
        "name": "legacy",
        "description": "ScoDoc 7 URLs under /ScoDoc/{dept}/Scolarite/ (deprecated): `__ac_name` and "
        "`__ac_password` parameters, or HTTP Basic",
    },
]


def app_factory() -> FastAPI:  # for `uvicorn --factory scodoc_api.main:app_factory`
    return create_app()
