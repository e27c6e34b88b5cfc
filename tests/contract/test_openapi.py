"""The committed contract (openapi/openapi.json) is what the app serves, and it is a valid OpenAPI document."""

import json
from pathlib import Path

from openapi_spec_validator import validate

from scodoc_api.api.routes import route_table
from scodoc_api.contract import contract_text
from scodoc_api.main import PUBLIC_PATHS

COMMITTED = Path(__file__).parents[2] / "openapi" / "openapi.json"


def test_committed_contract_equals_what_the_app_serves():
    assert COMMITTED.read_text() == contract_text(), (
        "openapi/openapi.json is out of date: run `scodoc-api openapi export` and commit it"
    )


def test_contract_is_valid_openapi():
    validate(json.loads(COMMITTED.read_text()))


def test_every_served_route_is_in_the_contract_and_back():
    doc = json.loads(COMMITTED.read_text())
    documented = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
    from fastapi.routing import APIRoute

    from scodoc_api.legacy.routes import router as legacy

    served = {(m, p) for m, p, _ in route_table()} | {("GET", p) for p in PUBLIC_PATHS} | {("HEAD", "/ScoDoc")}
    served |= {(m, r.path_format) for r in legacy.routes if isinstance(r, APIRoute) for m in r.methods}
    assert served <= documented, served - documented
    assert documented <= served, documented - served


def test_operation_ids_are_unique_and_stable():
    doc = json.loads(COMMITTED.read_text())
    ids = [op["operationId"] for ops in doc["paths"].values() for op in ops.values()]
    assert len(ids) == len(set(ids))
    assert "get_etud_bulletin" in ids and "get_etud_bulletin_dept" in ids


def test_security_schemes():
    doc = json.loads(COMMITTED.read_text())
    schemes = doc["components"]["securitySchemes"]
    assert schemes["BearerToken"]["scheme"] == "bearer" and schemes["HTTPBasic"]["scheme"] == "basic"
    assert doc["paths"]["/ScoDoc/api/tokens"]["post"]["security"] == [{"HTTPBasic": []}]
    assert doc["paths"]["/ScoDoc/api/health"]["get"]["security"] == []


def test_legacy_routes_are_documented_as_deprecated():
    doc = json.loads(COMMITTED.read_text())
    legacy = {p: ops for p, ops in doc["paths"].items() if "/Scolarite/" in p}
    assert len(legacy) == 12
    routes = {p: ops for p, ops in legacy.items() if not p.endswith("get_photo_image")}
    assert all(op.get("deprecated") for ops in routes.values() for op in ops.values())
    assert all(set(ops) == {"get", "post"} for ops in routes.values())
