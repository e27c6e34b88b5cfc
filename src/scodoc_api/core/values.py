"""Values as ScoDoc clients send them in query strings and bodies."""

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BeforeValidator

from scodoc_api.core.errors import BadRequest

TRUE_WORDS = {"1", "true", "yes", "on", "o", "oui"}
FALSE_WORDS = {"0", "false", "no", "off", "n", "non", ""}
# the same words as a pattern (query parameters), any case, spaces around
BOOLEAN_WORDS = "(?i)^ *(" + "|".join(sorted(TRUE_WORDS | FALSE_WORDS)) + ") *$"


def as_bool(value: Any, name: str) -> bool:
    """PHP's ``1``, ``true``, ``oui``... (modern-api.md §1.2); a 400 naming ``name`` otherwise."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in TRUE_WORDS:
        return True
    if text in FALSE_WORDS:
        return False
    raise BadRequest(f"{name}: booléen attendu (0/1, true/false), reçu '{value}'")


ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_day(value: Any) -> Any:
    """Only ``YYYY-MM-DD`` text names a day (pydantic would also read a number as a Unix timestamp)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not ISO_DAY.fullmatch(value.strip()):
        raise ValueError("date ISO attendue (AAAA-MM-JJ)")
    return value.strip()


IsoDate = Annotated[date, BeforeValidator(_iso_day)]
