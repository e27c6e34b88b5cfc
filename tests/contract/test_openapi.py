"""The committed contract (openapi/openapi.json) is what the app serves, and it is a valid OpenAPI document."""

import json
import re
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


def _operations(doc: dict) -> list[tuple[str, str, dict]]:
    """(method, path, operation), the path-level ``servers`` aside."""
    return [(m, p, op) for p, ops in doc["paths"].items() for m, op in ops.items() if m != "servers"]


def _documented_path(served: str) -> str:
    """An API route is described once, relative to the mounts (the servers)."""
    for mount in ("/ScoDoc/api", "/ScoDoc/{dept}/api"):
        if served.startswith(mount + "/") and served not in PUBLIC_PATHS:
            return served[len(mount) :]
    return served


def test_every_served_route_is_in_the_contract_and_back():
    doc = json.loads(COMMITTED.read_text())
    documented = {(m.upper(), p) for m, p, _ in _operations(doc)}
    from fastapi.routing import APIRoute

    from scodoc_api.api.tokens import auth_router
    from scodoc_api.legacy.routes import router as legacy

    served = {(m, p) for m, p, _ in route_table()} | {("GET", p) for p in PUBLIC_PATHS} | {("HEAD", "/ScoDoc")}
    served |= {(m, r.path_format) for r in legacy.routes if isinstance(r, APIRoute) for m in r.methods}
    served = {(m, _documented_path(p)) for m, p in served}
    # the portal's sign-in is served on one mount: it keeps its whole path
    served |= {("POST", "/ScoDoc/api" + r.path_format) for r in auth_router.routes if isinstance(r, APIRoute)}
    assert served <= documented, served - documented
    assert documented <= served, documented - served


def test_operation_ids_are_unique_and_stable():
    doc = json.loads(COMMITTED.read_text())
    ids = [op["operationId"] for _, _, op in _operations(doc)]
    assert len(ids) == len(set(ids))
    assert "get_etud_bulletin" in ids and "get_etud_bulletin_dept" not in ids  # one operation, two servers


def test_security_schemes():
    doc = json.loads(COMMITTED.read_text())
    schemes = doc["components"]["securitySchemes"]
    assert schemes["BearerToken"]["scheme"] == "bearer" and schemes["HTTPBasic"]["scheme"] == "basic"
    assert doc["paths"]["/tokens"]["post"]["security"] == [{"HTTPBasic": []}]
    assert doc["paths"]["/ScoDoc/api/health"]["get"]["security"] == []


def test_legacy_routes_are_documented_as_deprecated():
    doc = json.loads(COMMITTED.read_text())
    legacy = {p: ops for p, ops in doc["paths"].items() if "/Scolarite/" in p}
    assert len(legacy) == 12
    routes = {p: ops for p, ops in legacy.items() if not p.endswith("get_photo_image")}
    assert all(op.get("deprecated") for ops in routes.values() for m, op in ops.items() if m != "servers")
    assert all(set(ops) == {"get", "post", "servers"} for ops in routes.values())


def test_every_parameter_is_described_with_an_example_its_schema_accepts():
    from jsonschema import Draft202012Validator

    doc = json.loads(COMMITTED.read_text())
    bad = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method == "servers":
                continue
            for param in op.get("parameters", []):
                where = f"{method.upper()} {path} {param['name']}"
                if not param.get("description"):
                    bad.append(f"{where}: no description")
                if param["name"] == "format":  # an enum with a default
                    continue
                if "example" not in param:
                    bad.append(f"{where}: no example")
                elif list(Draft202012Validator(param["schema"]).iter_errors(param["example"])):
                    bad.append(f"{where}: example {param['example']!r} refused by its schema")
    assert not bad, "\n".join(bad)


def test_each_operation_is_described_once_and_the_mounts_are_servers():
    doc = json.loads(COMMITTED.read_text())
    assert [s["url"] for s in doc["servers"]] == ["/ScoDoc/api", "/ScoDoc/{dept}/api"]
    assert doc["servers"][1]["variables"]["dept"]["default"] == "RT"
    assert "/etudiant/{kind}/{value}/formsemestre/{formsemestre_id}/bulletin" in doc["paths"]
    assert not [p for p in doc["paths"] if p.startswith("/ScoDoc/{dept}/api")]
    outside = {p for p, item in doc["paths"].items() if "servers" in item}
    assert outside == {p for p in doc["paths"] if p.startswith("/ScoDoc")}
    assert {"/ScoDoc/api/health", "/ScoDoc/{dept}/Scolarite/Notes/XMLgetFormsemestres"} <= outside


def test_every_reference_resolves():
    doc = json.loads(COMMITTED.read_text())
    refs = set(re.findall(r'"\$ref": "([^"]+)"', COMMITTED.read_text()))
    for ref in refs:
        node = doc
        for part in ref.removeprefix("#/").split("/"):
            assert part in node, f"{ref} does not resolve"
            node = node[part]
