"""Finding 19: a network partition between the service and PostgreSQL answers 503 within the configured
timeouts, /ready included; it never hangs a request."""

import asyncio
import time

import httpx
import pytest
from sqlalchemy.engine import make_url

from scodoc_api.core.settings import Settings, random_secret_key
from scodoc_api.db.engine import create_engine
from scodoc_api.main import create_app, init_state
from tests.api.test_errors import _Proxy
from tests.conftest import basic


@pytest.mark.postgres_only
async def test_partition_gives_503_within_the_timeouts(database_url, engine):
    url = make_url(database_url)
    proxy = _Proxy(url.port or 5432)
    port = await proxy.start()
    proxied = url.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
    settings = Settings(
        database_url=proxied, secret_key=random_secret_key(), db_connect_timeout=1, db_statement_timeout=1
    )
    app = create_app(settings)
    proxied_engine = create_engine(proxied, connect_timeout=1, statement_timeout=1)
    init_state(app, proxied_engine)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=("192.0.2.11", 4000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t", timeout=30) as client:
            got = await client.post("/ScoDoc/api/tokens", headers=basic("chef"))
            assert got.status_code == 200, got.text
            token = got.json()["token"]
            h = {"Authorization": f"Bearer {token}"}
            assert (await client.get("/ScoDoc/api/departements", headers=h)).status_code == 200
            proxy.freeze()
            for path in ("/ScoDoc/api/departements", "/ScoDoc/api/ready"):
                t0 = time.monotonic()
                resp = await asyncio.wait_for(client.get(path, headers=h), timeout=15)
                assert resp.status_code == 503, (path, resp.text)
                assert time.monotonic() - t0 < 10  # bounded by the timeouts, not by the partition
                assert resp.headers["retry-after"]
    finally:
        await proxy.stop()
        await proxied_engine.dispose()
