"""Cross-origin calls: off by default, allowed for the configured origins only; answers vary by caller and
format."""

import httpx

from scodoc_api.core.settings import Settings
from scodoc_api.main import create_app, init_state

PORTAL = "https://portail.example.fr"
PREFLIGHT = {
    "Origin": PORTAL,
    "Access-Control-Request-Method": "GET",
    "Access-Control-Request-Headers": "authorization",
}


async def _client(settings, engine, sessionmaker, **extra):
    app = create_app(Settings(**{**settings.model_dump(), **extra}), engine=engine)
    init_state(app, engine, sessionmaker)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t")


async def test_cors_off_by_default(client, auth):
    got = await client.get("/ScoDoc/api/departements", headers={**await auth("chef"), "Origin": PORTAL})
    assert got.status_code == 200 and "access-control-allow-origin" not in got.headers
    assert got.headers["vary"] == "Accept, Authorization" and got.headers["cache-control"] == "private, no-store"


async def test_cors_for_the_configured_origins(settings, engine, sessionmaker, auth):
    async with await _client(settings, engine, sessionmaker, cors_origins=f"{PORTAL}, https://other.example") as c:
        pre = await c.options("/ScoDoc/api/departements", headers=PREFLIGHT)
        assert pre.status_code == 200 and pre.headers["access-control-allow-origin"] == PORTAL
        got = await c.get("/ScoDoc/api/departements", headers={**await auth("chef"), "Origin": PORTAL})
        assert got.headers["access-control-allow-origin"] == PORTAL
        stranger = await c.options("/ScoDoc/api/departements", headers={**PREFLIGHT, "Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in stranger.headers


async def test_security_headers(client, auth):
    got = await client.get("/ScoDoc/api/departements", headers=await auth("chef"))
    assert got.headers["x-content-type-options"] == "nosniff" and got.headers["x-frame-options"] == "DENY"
    assert got.headers["referrer-policy"] == "no-referrer"
    assert got.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    docs = await client.get("/docs")
    assert docs.headers["x-frame-options"] == "DENY" and "content-security-policy" not in docs.headers


async def test_large_answers_are_gzipped_for_clients_that_accept_it(settings, engine, sessionmaker, auth, db):
    from tests.api.world import world_ids

    url = f"/ScoDoc/api/formsemestre/{(await world_ids(db))['formsemestre_id']}/bulletins"
    h = await auth("chef")
    async with await _client(settings, engine, sessionmaker) as c:
        zipped = await c.get(url, headers={**h, "Accept-Encoding": "gzip"})
        plain = await c.get(url, headers={**h, "Accept-Encoding": "identity"})
        small = await c.get("/ScoDoc/api/departements", headers={**h, "Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip" and "Accept-Encoding" in zipped.headers["vary"]
    assert "content-encoding" not in plain.headers and "content-encoding" not in small.headers
    undated = [[{k: v for k, v in b.items() if k != "date"} for b in r.json()] for r in (zipped, plain)]
    assert undated[0] == undated[1] and len(undated[0]) > 1  # httpx decodes the gzip body
    async with await _client(settings, engine, sessionmaker, gzip_min_bytes=0) as c:
        off = await c.get(url, headers={**h, "Accept-Encoding": "gzip"})
    assert off.status_code == 200 and "content-encoding" not in off.headers
