"""/metrics: real figures by route template, readable from the allowed addresses or with the metrics token."""

import httpx

from scodoc_api.core.settings import Settings
from scodoc_api.main import create_app, init_state


async def _client(settings, engine, sessionmaker, client_host: str, **extra):
    app = create_app(Settings(**{**settings.model_dump(), **extra}), engine=engine)
    init_state(app, engine, sessionmaker)
    transport = httpx.ASGITransport(app=app, client=(client_host, 4321))
    return httpx.AsyncClient(transport=transport, base_url="http://t")


async def test_metrics_count_requests_by_route(settings, engine, sessionmaker, auth):
    async with await _client(settings, engine, sessionmaker, "127.0.0.1") as c:
        for _ in range(3):
            assert (await c.get("/ScoDoc/RT/api/departements", headers=await auth("chef"))).status_code == 200
        text = (await c.get("/metrics")).text
    line = next(
        ln
        for ln in text.splitlines()
        if ln.startswith("scodoc_requests_total{") and 'route="/ScoDoc/{dept}/api/departements"' in ln
    )
    assert 'status="200"' in line and float(line.rsplit(" ", 1)[1]) >= 3
    assert "scodoc_request_duration_seconds_bucket" in text and "scodoc_sql_statements_total" in text


async def test_metrics_are_not_public(settings, engine, sessionmaker):
    async with await _client(settings, engine, sessionmaker, "198.51.100.7", metrics_token="scrape-me-0123") as c:
        assert (await c.get("/metrics")).status_code == 404
        assert (await c.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 404
        got = await c.get("/metrics", headers={"Authorization": "Bearer scrape-me-0123"})
        assert got.status_code == 200 and "scodoc_requests_total" in got.text


async def test_results_served_from_the_cache_are_counted(settings, engine, sessionmaker, auth, db):
    from tests.api.world import world_ids

    w = await world_ids(db)
    url = f"/ScoDoc/api/etudiant/etudid/{w['etudid']}/formsemestre/{w['formsemestre_id']}/bulletin"
    async with await _client(settings, engine, sessionmaker, "127.0.0.1") as c:
        before = _value((await c.get("/metrics")).text, 'scodoc_results_total{outcome="cached"}')
        for _ in range(2):
            assert (await c.get(url, headers=await auth("chef"))).status_code == 200
        after = _value((await c.get("/metrics")).text, 'scodoc_results_total{outcome="cached"}')
    assert after >= before + 1


def _value(text: str, series: str) -> float:
    return next((float(ln.rsplit(" ", 1)[1]) for ln in text.splitlines() if ln.startswith(series)), 0.0)


async def test_logins_results_cache_and_connections_are_reported(settings, engine, sessionmaker, auth, db):
    from tests.api.world import world_ids

    w = await world_ids(db)
    url = f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}"
    async with await _client(settings, engine, sessionmaker, "127.0.0.1") as c:
        before = (await c.get("/metrics")).text
        assert (await c.post("/ScoDoc/api/tokens", auth=("chef", "not-the-password"))).status_code == 401
        assert (await c.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).status_code == 200
        c._transport.app.state.results_cache.data.clear()  # type: ignore[attr-defined]
        assert (await c.get(url, headers=await auth("chef"))).status_code == 200
        after = (await c.get("/metrics")).text
    for series in ('scodoc_logins_total{outcome="failed"}', 'scodoc_logins_total{outcome="succeeded"}'):
        assert _value(after, series) == _value(before, series) + 1
    computed = 'scodoc_results_compute_seconds_count{outcome="computed"}'
    assert _value(after, computed) >= _value(before, computed) + 1
    assert _value(after, "scodoc_results_cache_bytes") > 0
    assert "scodoc_db_connections_in_use" in after and "scodoc_results_cache_evictions_total" in after
