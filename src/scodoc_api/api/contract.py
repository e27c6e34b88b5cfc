"""The contract as served: what FastAPI generates, refined to say what the routes really do (ScoDoc's
conventions, the error model, the formats each route answers, the text the server refuses)."""

from typing import Any

from scodoc_api.api.contract_bodies import XML_TEXT, refine_bodies
from scodoc_api.api.contract_docs import describe

TAGS = [
    {"name": "tokens", "description": "Authentication tokens (HTTP Basic to obtain, Bearer to use)"},
    {"name": "departements", "description": "Departments"},
    {"name": "etudiants", "description": "Students, their photos and groups"},
    {"name": "formations", "description": "Programmes (formations) and their export"},
    {"name": "formsemestres", "description": "Semesters (formsemestres)"},
    {"name": "moduleimpls", "description": "Module implementations of a semester"},
    {"name": "groups", "description": "Partitions and groups"},
    {"name": "evaluations", "description": "Evaluations and their notes"},
    {"name": "absences", "description": "Half-day absences and absence notes (billets), over the attendance records"},
    {"name": "assiduites", "description": "Attendance records, ScoDoc 9.6 style: list, count, create, edit, delete"},
    {"name": "justificatifs", "description": "Absence justifications and their files, ScoDoc 9.6 style"},
    {"name": "bulletins", "description": "Bulletins (relevés de notes), computed by the grade engine"},
    {"name": "users", "description": "Staff accounts (ScoUsersView in their home department)"},
    {"name": "system", "description": "Health, readiness and the API index (no authentication)"},
    {
        "name": "legacy",
        "description": "ScoDoc 7 URLs under /ScoDoc/{dept}/Scolarite/ (deprecated): `__ac_name` and "
        "`__ac_password` parameters, or HTTP Basic",
    },
]

GLOBAL_MOUNT, DEPT_MOUNT = "/ScoDoc/api", "/ScoDoc/{dept}/api"
# Each API operation is described once, relative to a mount; a client chooses the mount with its base URL.
SERVERS = [
    {"url": GLOBAL_MOUNT, "description": "every department the token may see"},
    {
        "url": DEPT_MOUNT,
        "description": "one department: the objects of the others are not found (404)",
        "variables": {"dept": {"default": "RT", "description": "department acronym"}},
    },
]
# Routes outside the two mounts (the ScoDoc 7 URLs, the index, health) keep their whole path.
ROOT_SERVER = [{"url": "/", "description": "the whole path is given"}]
FORMAT_PARAMETER = {
    "name": "format",
    "in": "query",
    "required": False,
    "description": "answer format (wins over the Accept header); empty: as if missing",
    "schema": {"type": "string", "enum": ["json", "xml", ""], "default": "json"},
}


def refine(schema: dict[str, Any], *, public_paths: set[str]) -> dict[str, Any]:
    """The generated document, completed: security schemes and body schemas; validation errors are 400s;
    where a route answers XML, its ``format`` parameter and XML error bodies; text parameters refuse what the
    server refuses; public routes need no token."""
    _security_and_bodies(schema)
    for path, ops in schema["paths"].items():
        for op in ops.values():
            _validation_is_400(op)
            _errors_in_json(op)
            _too_large(op)
            if _answers_xml(op):
                if "/Scolarite/" not in path:
                    _format_parameter(op)
                _xml_errors(op)
            if "/Scolarite/" not in path:
                _empty_format(op)
            _text_patterns(op)
            _typed_bodies(op)
            for param in op.get("parameters", []):
                describe(param, path)
            if path in public_paths or "/Scolarite/" in path or path == "/ScoDoc/get_etud_dept":
                op["security"] = []
    for name in ("HTTPValidationError", "ValidationError"):
        schema["components"].get("schemas", {}).pop(name, None)
    refine_bodies(schema)
    _one_operation_per_route(schema)
    return schema


def _one_operation_per_route(schema: dict[str, Any]) -> None:
    """An API route is served on both mounts: it is described once, relative to the mounts declared as
    servers (the department one with a ``dept`` variable); the other routes keep their whole path."""
    paths = schema["paths"]
    out = {}
    for path, item in paths.items():
        if path.startswith(DEPT_MOUNT + "/") and GLOBAL_MOUNT + path[len(DEPT_MOUNT) :] in paths:
            continue  # the department mount's copy
        if path.startswith(GLOBAL_MOUNT + "/") and DEPT_MOUNT + path[len(GLOBAL_MOUNT) :] in paths:
            out[path[len(GLOBAL_MOUNT) :]] = item
        else:
            out[path] = {**item, "servers": ROOT_SERVER}
    schema["paths"] = out
    schema["servers"] = SERVERS


def _security_and_bodies(schema: dict[str, Any]) -> None:
    comps = schema.setdefault("components", {})
    comps.setdefault("securitySchemes", {}).update(
        {
            "HTTPBasic": {"type": "http", "scheme": "basic", "description": "ScoDoc login, for /tokens only"},
            "BearerToken": {
                "type": "http",
                "scheme": "bearer",
                "bearerFormat": "JWT",
                "description": "Token from POST /ScoDoc/api/tokens",
            },
            "PortalToken": {
                "type": "apiKey",
                "in": "header",
                "name": "Token",
                "description": "The same token in a Token: header, as student-portal servers send it",
            },
        }
    )
    schemas = comps.setdefault("schemas", {})
    from scodoc_api.schemas import write as write_schemas

    for model in (
        write_schemas.EvalSetNotesIn,
        write_schemas.SetGroupsIn,
        write_schemas.AbsSignaleIn,
        write_schemas.AbsAnnuleIn,
        write_schemas.AbsRangeIn,
        write_schemas.AbsJustifIn,
        write_schemas.BilletAddIn,
    ):
        js = model.model_json_schema(ref_template="#/components/schemas/{model}")
        schemas.update(js.pop("$defs", {}))
        schemas[model.__name__] = js
    schema["security"] = [{"BearerToken": []}]


def _error_answer(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}},
    }


def _validation_is_400(op: dict[str, Any]) -> None:
    """Validation errors are answered 400 with the error body, never FastAPI's 422."""
    resp = op.get("responses", {})
    if "422" in resp:
        del resp["422"]
        resp.setdefault("400", _error_answer("Bad parameter"))


def _too_large(op: dict[str, Any]) -> None:
    """Any route taking a body refuses one over MAX_BODY_BYTES (the guard, before the route)."""
    if "requestBody" in op:
        op.setdefault("responses", {}).setdefault("413", _error_answer("Body too large"))


def _errors_in_json(op: dict[str, Any]) -> None:
    """A plain-text route's errors are JSON bodies (FastAPI files them under the route's text media type)."""
    for status, resp in op.get("responses", {}).items():
        content = resp.get("content", {})
        if status[0] in "45" and "text/plain" in content:
            content.setdefault("application/json", content.pop("text/plain"))


def _answers_xml(op: dict[str, Any]) -> bool:
    ok = op.get("responses", {}).get("200", {}).get("content", {})
    return "application/xml" in ok or "text/xml" in ok


def _format_parameter(op: dict[str, Any]) -> None:
    """Routes that can answer XML document ``format`` (ScoDoc's convention; ``Accept`` works too)."""
    params = op.setdefault("parameters", [])
    if not any(p.get("name") == "format" for p in params):
        params.append(FORMAT_PARAMETER)


def _empty_format(op: dict[str, Any]) -> None:
    """An empty ``format=`` is taken as missing, on every route that documents the parameter."""
    for param in op.get("parameters", []):
        enum = param.get("schema", {}).get("enum")
        if param.get("name") == "format" and param.get("in") == "query" and enum and "" not in enum:
            param["schema"]["enum"] = [*enum, ""]


def _xml_errors(op: dict[str, Any]) -> None:
    """A route answering XML answers its errors in XML too, when XML was asked for."""
    for status, resp in op.get("responses", {}).items():
        content = resp.get("content", {})
        if status[0] in "45" and "application/json" in content:
            content.setdefault("application/xml", {"schema": {"type": "string"}})


def _text_patterns(op: dict[str, Any]) -> None:
    """Text path and query parameters refuse the characters XML cannot carry (a 400 from the server)."""
    for param in op.get("parameters", []):
        schema = param.get("schema", {})
        for branch in [schema, *schema.get("anyOf", [])]:
            if branch.get("type") == "string" and "pattern" not in branch and "enum" not in branch:
                branch["pattern"] = XML_TEXT


def _typed_bodies(op: dict[str, Any]) -> None:
    """Every answer has a schema: bytes for images and PDFs (generated clients keep them), a string for XML,
    any JSON where ScoDoc 7's routes answer free-form JSON."""
    for resp in op.get("responses", {}).values():
        for media, content in resp.get("content", {}).items():
            if "schema" in content:
                continue
            if media.startswith("image/") or media == "application/pdf":
                content["schema"] = {"type": "string", "format": "binary"}
            elif media.endswith("/xml"):
                content["schema"] = {"type": "string"}
            elif media == "application/json":
                content["schema"] = {}
