"""One JSON line per request: request id (answered as X-Request-ID), user, route template, status, duration,
SQL statement count; no credential."""

import logging

import orjson
import pytest

from scodoc_api.api.access_log import log as access_log


@pytest.fixture
def lines():
    got: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            got.append(record.getMessage())

    handler = Keep()
    access_log.addHandler(handler)
    yield got
    access_log.removeHandler(handler)


async def test_one_line_per_request(client, auth, lines):
    h = await auth("chef")
    resp = await client.get("/ScoDoc/api/departements", headers=h)
    assert resp.status_code == 200
    line = orjson.loads(lines[-1])
    assert line["request_id"] == resp.headers["x-request-id"] and len(line["request_id"]) == 32
    assert line["route"] == "/ScoDoc/api/departements" and line["method"] == "GET" and line["status"] == 200
    assert line["user"] == "chef" and line["sql"] >= 1 and line["duration_ms"] > 0
    assert h["Authorization"].split()[1] not in lines[-1]
    refused = await client.get("/ScoDoc/api/etudiant/etudid/1", headers={"X-Request-ID": "from-anyone"})
    line = orjson.loads(lines[-1])
    assert refused.status_code == 401 and line["status"] == 401 and line["user"] is None
    # no trusted proxy is configured: a caller cannot choose the id written in the log
    assert line["request_id"] != "from-anyone" and refused.headers["x-request-id"] == line["request_id"]
    await client.get("/ScoDoc/api/no/such/route", headers=h)
    assert orjson.loads(lines[-1])["route"] == "(no route)"
