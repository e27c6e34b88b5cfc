"""Application factory."""

import asyncio
import gc
import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.utils import get_openapi

from scodoc_api import __version__
from scodoc_api.api import metrics, system
from scodoc_api.api.access_log import AccessLog, install_access_log
from scodoc_api.api.contract import TAGS, refine
from scodoc_api.api.docs import mount_docs
from scodoc_api.api.guard import RequestGuard
from scodoc_api.api.routes import mount_api
from scodoc_api.core.logs import install_redaction
from scodoc_api.core.settings import Settings, check_secret_key, get_settings
from scodoc_api.db.engine import create_engine, make_sessionmaker
from scodoc_api.formats.errors import install_error_handlers
from scodoc_api.legacy import routes as legacy_routes
from scodoc_api.portal.router import mount_portal
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
        docs_url=None,  # api/docs.py serves them from the package, not from a CDN
        redoc_url=None,
        swagger_ui_parameters={"persistAuthorization": True},
    )
    app.state.settings = settings
    install_redaction()
    logging.getLogger("scodoc_api").setLevel(settings.log_level.upper())
    install_error_handlers(app)
    app.add_middleware(RequestGuard, max_body_bytes=settings.max_body_bytes, max_upload_bytes=settings.justif_max_bytes)
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    if origins:  # off by default: only the configured portals' pages may call from a browser
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "Accept", "X-Request-ID"],
            expose_headers=["X-Request-ID", "Content-Disposition"],
            max_age=600,
        )
    if settings.gzip_min_bytes:  # large answers (a semester's bulletins: 15 MB, 0.6 MB compressed)
        app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_min_bytes, compresslevel=5)
    app.add_middleware(AccessLog, trust_request_id=bool(settings.trusted_proxies.strip()))  # outermost
    install_access_log()
    app.include_router(system.router)
    mount_docs(app)
    app.include_router(metrics.router)
    mount_portal(app, settings)  # before the API's 300 routes: matched at once
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
        app.state.results_cache = ResultsCache(settings.results_cache_mb * 1024 * 1024)
        app.state.attendance_counts = CountCache()


PUBLIC_PATHS = {"/ScoDoc", "/ScoDoc/api", "/ScoDoc/api/health", "/ScoDoc/api/ready"}


def _openapi(app: FastAPI) -> dict:
    if not app.openapi_schema:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes, tags=TAGS
        )
        app.openapi_schema = refine(schema, public_paths=PUBLIC_PATHS)
    return app.openapi_schema


def app_factory() -> FastAPI:  # for `uvicorn --factory scodoc_api.main:app_factory`
    return create_app()
