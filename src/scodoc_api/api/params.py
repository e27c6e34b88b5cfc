"""Request parameters the way ScoDoc clients send them: in the query string, a form body, or a JSON body
that may arrive without a Content-Type (PHP clients)."""

from typing import Annotated, Any, Literal

import orjson
from fastapi import Path
from starlette.convertors import Convertor, register_url_convertor
from starlette.requests import Request

from scodoc_api.core.errors import BadRequest, NotAcceptable
from scodoc_api.core.text import first_forbidden


class KindConvertor(Convertor[str]):
    """``{kind:kind}`` in a route's path: only etudid, nip or ine match it (anything else is a 404 URL
    inconnue, as ScoDoc's routes answer), as ``{x:int}`` matches digits only."""

    regex = "etudid|nip|ine"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("kind", KindConvertor())

Kind = Annotated[Literal["etudid", "nip", "ine"], Path(description="how the student is named")]
BulletinVersion = Literal["long", "short", "selectedevals", "but", "butcourt"]


def bulletin_version(version: str) -> str:
    """The content version of a route's ``<version>``: ``but`` is the long BUT form, ``butcourt`` the short."""
    return {"but": "long", "butcourt": "short"}.get(version, version)


async def read_body(request: Request) -> Any:
    """The decoded body: a dict/list for JSON, a dict (with lists for repeated keys) for forms, None if empty.

    Invalid JSON is a 406, as the seed says."""
    raw = await request.body()
    if not raw.strip():
        return None
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded" and raw.lstrip()[:1] in (b"{", b"["):
        # PHP clients (curl's default type) send a JSON body labelled as a form: read it as JSON
        ctype = "application/json"
    if ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        body = {k: (vals if len(vals := form.getlist(k)) > 1 else vals[0]) for k in form}
    elif ctype in ("", "application/json", "text/plain") or ctype.endswith("+json"):
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise NotAcceptable("le JSON indiqué en données POST n'est pas valide") from None
    else:
        raise BadRequest(f"type de contenu non supporté: {ctype}")
    refuse_forbidden_chars(body)
    return body


def refuse_forbidden_chars(data: Any) -> None:
    """400 when a text of the decoded input holds a character XML cannot carry (see core/text.py)."""
    found = first_forbidden(data)
    if found:
        raise BadRequest(f"{found[0]}: caractère interdit U+{ord(found[1]):04X}")


async def merged_params(request: Request) -> dict[str, Any]:
    """Query parameters, overridden by the fields of a JSON object or form body."""
    params: dict[str, Any] = {}
    for key in request.query_params:
        values = request.query_params.getlist(key)
        params[key] = values if len(values) > 1 else values[0]
    body = await read_body(request)
    if isinstance(body, dict):
        params.update(body)
    elif body is not None:
        params["_body"] = body
    return params


def as_int(value: Any, name: str) -> int:
    try:
        if isinstance(value, bool):
            raise ValueError
        return int(str(value).strip())
    except (TypeError, ValueError):
        raise BadRequest(f"{name}: entier attendu, reçu '{value}'") from None


def required(params: dict, name: str) -> Any:
    if name not in params or params[name] in (None, ""):
        raise BadRequest(f"{name}: paramètre manquant")
    return params[name]


def validated(model, params: dict):
    """The parameters as ``model``; a 400 naming each bad field otherwise."""
    from pydantic import ValidationError

    try:
        return model.model_validate(params)
    except ValidationError as exc:
        parts = []
        for err in exc.errors():
            name = ".".join(str(x) for x in err["loc"]) or "requête"
            parts.append(f"{name}: {'paramètre manquant' if err['type'] == 'missing' else err['msg']}")
        raise BadRequest("; ".join(parts)) from None


def body_doc(model) -> dict:
    """``openapi_extra`` describing a body accepted as JSON or as a form (the same fields also work in the
    query string)."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs", None)
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}},
                "application/x-www-form-urlencoded": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}},
            },
        }
    }


def json_body_doc(item: Any, *, array: bool = True, example_file: str | None = None, required: bool = True) -> dict:
    """A JSON request body (also read when sent without a Content-Type or labelled as a form): an array of
    ``item`` (a model, or a JSON schema), or one ``item``; ``required=False``: no body changes nothing."""
    from scodoc_api.schemas.examples import example

    one = item.model_json_schema() if hasattr(item, "model_json_schema") else item
    schema: dict = {"type": "array", "items": one} if array else dict(one)
    if example_file:
        schema["example"] = example(example_file)
    return {"requestBody": {"required": required, "content": {"application/json": {"schema": schema}}}}


def query_dict(request: Request) -> dict[str, Any]:
    """The query string as a dictionary (the first value of a repeated key)."""
    return {k: v for k, v in request.query_params.items()}


async def object_body(request: Request) -> dict[str, Any]:
    """A JSON object body (an empty body is an empty object); anything else, ``null`` included, is a 400."""
    body = await read_body(request)
    if body is None and not (await request.body()).strip():
        return {}
    if not isinstance(body, dict):
        raise BadRequest("corps JSON: objet attendu")
    return body
