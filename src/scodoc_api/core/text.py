"""Characters that XML 1.0 cannot carry (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF).

Input holding one is refused (400): nothing stored can then break an XML answer. Data stored before that
rule, or loaded by other means, is still written well-formed: ``xml_safe`` replaces such a character with
U+FFFD."""

import re
from typing import Any

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def forbidden_char(text: str) -> str | None:
    """The first character of ``text`` that XML cannot carry, if any."""
    found = _NOT_XML.search(text)
    return found.group() if found else None


def xml_safe(value: object) -> str:
    """``value`` as text fit for an XML attribute or element (None is the empty text)."""
    text = "" if value is None else str(value)
    return _NOT_XML.sub(REPLACEMENT, text) if _NOT_XML.search(text) else text


def xml_safe_data(data: Any) -> Any:
    """Strings of a JSON-like structure (keys included) made fit for XML."""
    if isinstance(data, str):
        return xml_safe(data)
    if isinstance(data, dict):
        return {xml_safe(k) if isinstance(k, str) else k: xml_safe_data(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [xml_safe_data(v) for v in data]
    return data


def first_forbidden(data: Any, path: str = "") -> tuple[str, str] | None:
    """(path, character) of the first string in ``data`` holding a character XML cannot carry."""
    if isinstance(data, str):
        bad = forbidden_char(data)
        return (path or "valeur", bad) if bad else None
    if isinstance(data, dict):
        for k, v in data.items():
            found = first_forbidden(str(k), path) or first_forbidden(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
    elif isinstance(data, (list, tuple)):
        for i, v in enumerate(data):
            found = first_forbidden(v, f"{path}[{i}]")
            if found:
                return found
    return None
