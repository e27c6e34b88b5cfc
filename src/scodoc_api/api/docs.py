"""Swagger UI and ReDoc served from the package (fastapi-offline's assets): the docs work without internet.

Module-level endpoints reading ``request.app``: FastAPI keeps the dependency analysis of every endpoint in a
process-wide cache, so an endpoint closing over an app would keep that app alive (the tests make hundreds)."""

from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse

STATIC_URL = "/docs-static"
ASSETS = Path(fastapi_offline.__file__).parent / "static"

router = APIRouter(include_in_schema=False)


@router.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    root, app = request.scope.get("root_path", ""), request.app
    return get_swagger_ui_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} - Swagger UI",
        oauth2_redirect_url=f"{root}/docs/oauth2-redirect",
        swagger_js_url=f"{root}{STATIC_URL}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{STATIC_URL}/swagger-ui.css",
        swagger_favicon_url=f"{root}{STATIC_URL}/favicon.png",
        swagger_ui_parameters=app.swagger_ui_parameters,
    )


@router.get("/docs/oauth2-redirect")
async def swagger_ui_redirect() -> HTMLResponse:
    return get_swagger_ui_oauth2_redirect_html()


@router.get("/redoc")
async def redoc(request: Request) -> HTMLResponse:
    root, app = request.scope.get("root_path", ""), request.app
    return get_redoc_html(
        openapi_url=f"{root}{app.openapi_url}",
        title=f"{app.title} - ReDoc",
        redoc_js_url=f"{root}{STATIC_URL}/redoc.standalone.js",
        redoc_favicon_url=f"{root}{STATIC_URL}/favicon.png",
        with_google_fonts=False,
    )


def mount_docs(app: FastAPI) -> None:
    app.mount(STATIC_URL, StaticFiles(directory=ASSETS), name="docs-static")
    app.include_router(router)
