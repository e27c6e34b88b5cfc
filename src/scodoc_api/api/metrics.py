"""Prometheus metrics (``GET /metrics``): requests by route template and status, their durations, the SQL
statements they run, and the results cache. Recorded by the access log middleware (one place); with several
workers, ``PROMETHEUS_MULTIPROC_DIR`` (set by ``scodoc-api serve``) makes every worker's figures add up.

Who may read them: the addresses of ``METRICS_ALLOW`` (loopback by default), or a caller presenting
``METRICS_TOKEN`` as a Bearer token; anyone else gets a 404, as if the route did not exist."""

import hmac
import ipaddress
import os

from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest, multiprocess
from starlette.responses import Response

from scodoc_api.core.errors import NotFound

router = APIRouter(tags=["system"])


def _allowed(request: Request) -> bool:
    settings = request.app.state.settings
    token = settings.metrics_token
    given = request.headers.get("authorization", "")
    if token and given.lower().startswith("bearer ") and hmac.compare_digest(given[7:].strip(), token):
        return True
    host = request.client.host if request.client else ""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    networks = [n.strip() for n in settings.metrics_allow.split(",") if n.strip()]
    return any(address in ipaddress.ip_network(n, strict=False) for n in networks)


@router.get("/metrics", include_in_schema=False)
async def get_metrics(request: Request) -> Response:
    if not _allowed(request):
        raise NotFound("URL inconnue")
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        body = generate_latest(registry)
    else:
        body = generate_latest()
    return Response(body, media_type=CONTENT_TYPE_LATEST)
