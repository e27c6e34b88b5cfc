"""One error model, in JSON or XML; 400 instead of 422; JSON 404/405; 503 when the database is gone."""

import asyncio

import pytest
from lxml import etree
from sqlalchemy import text

from scodoc_api.core.settings import Settings, random_secret_key
from scodoc_api.main import create_app


async def test_unknown_route_is_a_json_404(client):
    resp = await client.get("/ScoDoc/api/no/such/route")
    assert resp.status_code == 404
    assert resp.json() == {"error": "Not Found", "status": 404, "message": "URL inconnue"}


async def test_wrong_method_is_405(client):
    resp = await client.put("/ScoDoc/api/tokens")
    assert resp.status_code == 405
    assert resp.json()["status"] == 405 and resp.json()["error"] == "Method Not Allowed"


async def test_bad_parameter_is_400_naming_it(client, admin_headers):
    resp = await client.get("/ScoDoc/api/departement?viewable=maybe", headers=admin_headers)
    assert resp.status_code == 400
    assert "viewable" in resp.json()["message"]


async def test_unknown_format_is_400(client, admin_headers):
    resp = await client.get("/ScoDoc/api/departement?format=yaml", headers=admin_headers)
    assert resp.status_code == 400 and "format" in resp.json()["message"]


async def test_unsatisfiable_accept_is_406(client, admin_headers):
    resp = await client.get("/ScoDoc/api/departement", headers={**admin_headers, "Accept": "text/csv"})
    assert resp.status_code == 406


async def test_errors_follow_the_requested_format(client):
    resp = await client.get("/ScoDoc/api/departement?format=xml")
    assert resp.status_code == 401
    assert resp.headers["content-type"].startswith("application/xml")
    root = etree.fromstring(resp.content)
    assert root.tag == "error"
    assert root.findtext("message") == "Non autorise (logic)" and root.findtext("status") == "401"


async def test_json_and_xml_hold_the_same_data(client, admin_headers):
    js = (await client.get("/ScoDoc/api/departement", headers=admin_headers)).json()
    resp = await client.get("/ScoDoc/api/departement", headers={**admin_headers, "Accept": "application/xml"})
    root = etree.fromstring(resp.content)
    assert [int(x.text) for x in root] == js
    assert (
        await client.get("/ScoDoc/api/departement?format=json", headers={**admin_headers, "Accept": "application/xml"})
    ).json() == js


async def test_root_and_readiness(client):
    assert (await client.get("/ScoDoc")).status_code == 200
    assert (await client.head("/ScoDoc")).status_code == 200
    resp = await client.get("/ScoDoc/api/ready")
    assert resp.status_code == 200 and resp.json()["database"] == "ok"
    assert (await client.get("/ScoDoc/api/health")).json()["status"] == "ok"
    assert (await client.get("/ScoDoc/api")).json()["docs"] == "/docs"


class _Proxy:
    """A TCP relay to PostgreSQL that the test can cut and restore, to play a database outage."""

    def __init__(self, target_port: int):
        self.target_port, self.server, self.conns = target_port, None, set()
        self.frozen = False  # a partition: connections stay open, nothing goes through

    def freeze(self) -> None:
        self.frozen = True

    async def start(self, port: int = 0) -> int:
        async def handle(reader, writer):
            if self.frozen:  # accepted, never answered
                self.conns.add(writer)
                return
            try:
                up_r, up_w = await asyncio.open_connection("127.0.0.1", self.target_port)
            except OSError:
                writer.close()
                return
            self.conns.update({writer, up_w})

            async def pipe(r, w):
                try:
                    while data := await r.read(65536):
                        if self.frozen:
                            continue  # dropped: the peer waits for an answer that never comes
                        w.write(data)
                        await w.drain()
                except (OSError, asyncio.CancelledError):
                    pass
                finally:
                    w.close()

            await asyncio.gather(pipe(reader, up_w), pipe(up_r, writer))

        self.server = await asyncio.start_server(handle, "127.0.0.1", port)
        return self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.server.close()
        for w in list(self.conns):
            w.close()
        self.conns.clear()
        await self.server.wait_closed()


@pytest.mark.postgres_only
async def test_database_outage_gives_503_then_recovers(database_url, engine):
    import httpx
    from sqlalchemy.engine import make_url

    from scodoc_api.db.engine import create_engine
    from scodoc_api.main import init_state
    from tests.conftest import basic

    url = make_url(database_url)
    proxy = _Proxy(url.port or 5432)
    port = await proxy.start()
    proxied = url.set(host="127.0.0.1", port=port).render_as_string(hide_password=False)
    settings = Settings(database_url=proxied, secret_key=random_secret_key(), db_connect_timeout=2)
    app = create_app(settings)
    proxied_engine = create_engine(proxied, connect_timeout=2)
    init_state(app, proxied_engine)
    # Its own client address: this test commits for real, its throttle counters must not meet other tests'.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=("192.0.2.10", 4000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            token = (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"]
            headers = {"Authorization": f"Bearer {token}"}
            assert (await client.get("/ScoDoc/api/departement", headers=headers)).status_code == 200
            await proxy.stop()
            resp = await client.get("/ScoDoc/api/departement", headers=headers)
            assert resp.status_code == 503, resp.text
            assert resp.headers["retry-after"] and resp.json()["status"] == 503
            assert "Traceback" not in resp.text
            assert (await client.get("/ScoDoc/api/ready")).status_code == 503
            await proxy.start(port)
            resp = await client.get("/ScoDoc/api/departement", headers=headers)
            assert resp.status_code == 200, resp.text
    finally:
        if proxy.server.is_serving():
            async with proxied_engine.begin() as conn:
                await conn.execute(text("DELETE FROM auth_throttle"))
            await proxy.stop()
        await proxied_engine.dispose()


async def test_unexpected_error_is_500_with_request_id_and_no_traceback(settings, engine, sessionmaker):
    import httpx

    from scodoc_api.main import init_state

    app = create_app(settings, engine=engine)
    init_state(app, engine, sessionmaker)

    @app.get("/ScoDoc/api/_boom")
    async def boom():
        raise RuntimeError("kaboom")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        resp = await client.get("/ScoDoc/api/_boom")
    assert resp.status_code == 500
    body = resp.json()
    assert body["status"] == 500 and len(body["request_id"]) == 16
    assert "kaboom" not in resp.text and "Traceback" not in resp.text
