"""Request bodies as the server really reads them, for the contract: text refuses what XML cannot carry, free
JSON (``external_data``) too, a form cannot send ``null`` nor objects, and a batch takes any array (each item
is checked on its own and a bad one is reported in ``errors``, as ScoDoc does)."""

import copy
from typing import Any

# Text the server refuses anywhere (api/guard.py, core/text.py): characters XML 1.0 cannot carry.
XML_TEXT = "^[^\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]*$"
SAFE_JSON_REF = {"$ref": "#/components/schemas/SafeJson"}
SAFE_JSON = {
    "description": "any JSON whose texts XML can carry",
    "anyOf": [
        {"type": "string", "pattern": XML_TEXT},
        {"type": "number"},
        {"type": "boolean"},
        {"type": "null"},
        {"type": "array", "items": SAFE_JSON_REF},
        {"type": "object", "additionalProperties": SAFE_JSON_REF, "propertyNames": {"pattern": XML_TEXT}},
    ],
}
FORM = "application/x-www-form-urlencoded"


def refine_bodies(schema: dict[str, Any]) -> None:
    components = schema["components"]["schemas"]
    components["SafeJson"] = SAFE_JSON
    done: set[str] = set()
    for item in schema["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "requestBody" not in op:
                continue
            for media, content in op["requestBody"].get("content", {}).items():
                if media.startswith("multipart/"):  # files: their bytes are checked by the server, not texts
                    continue
                if media == FORM and "$ref" in content.get("schema", {}):
                    content["schema"] = _form_variant(components, content["schema"]["$ref"])
                body = content.get("schema", {})
                if body.get("type") == "array" and "items" in body:
                    body["items"] = {"anyOf": [body["items"], {**SAFE_JSON_REF, "description": "refused on its own"}]}
                _walk(body, components, done)


def _form_variant(components: dict[str, Any], ref: str) -> dict[str, str]:
    """A component as a form sends it: no ``null`` (a missing field says it), no object or array of objects."""
    name = ref.rsplit("/", 1)[1]
    form_name = name + "Form"
    if form_name not in components:
        form = copy.deepcopy(components[name])
        for key, prop in list(form.get("properties", {}).items()):
            branches = [b for b in prop.get("anyOf", [prop]) if b.get("type") != "null"]
            if any(b.get("type") == "object" or b.get("items", {}).get("$ref") for b in branches):
                del form["properties"][key]
                continue
            if "anyOf" in prop:
                rest = {k: v for k, v in prop.items() if k != "anyOf" and not (k == "default" and v is None)}
                form["properties"][key] = {**rest, **branches[0]} if len(branches) == 1 else {**rest, "anyOf": branches}
        form["title"] = form_name
        components[form_name] = form
    return {"$ref": f"#/components/schemas/{form_name}"}


def _walk(node: Any, components: dict[str, Any], done: set[str]) -> None:
    """Text refuses XML's forbidden characters; free objects hold safe JSON (components once each)."""
    if isinstance(node, list):
        for child in node:
            _walk(child, components, done)
        return
    if not isinstance(node, dict):
        return
    ref = node.get("$ref", "")
    if ref.startswith("#/components/schemas/") and ref != SAFE_JSON_REF["$ref"]:
        name = ref.rsplit("/", 1)[1]
        if name not in done:
            done.add(name)
            _walk(components[name], components, done)
        return
    if node.get("type") == "string" and not ({"enum", "pattern", "format", "const"} & node.keys()):
        node["pattern"] = XML_TEXT
    if node.get("type") == "object" and node.get("additionalProperties", True) is True:
        node["additionalProperties"] = SAFE_JSON_REF  # other fields are read, or ignored, but their text checked
        node["propertyNames"] = {"pattern": XML_TEXT}
    for key in ("properties", "patternProperties"):
        for child in node.get(key, {}).values():
            _walk(child, components, done)
    for key in ("items", "anyOf", "oneOf", "allOf", "additionalProperties"):
        if key in node:
            _walk(node[key], components, done)
