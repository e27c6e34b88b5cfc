"""``scodoc-api load``: import a dataset (docs/dataset.schema.json) in one transaction, with bulk inserts.

Everything is checked before the first write: the JSON Schema, then references and values (``DatasetLoader``).
Errors name the bad field with a JSON path (``$.formsemestres[0].evaluations[2].notes.E7``). Ids are allocated
(from the current maxima) so that rows go in with one executemany per table, not one ORM object at a time.
"""

import json
from datetime import date, datetime, time
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

from scodoc_api.core.security import hash_password
from scodoc_api.db.session import AsyncSession
from scodoc_api.services.dataset_loader import DatasetLoader, Progress
from scodoc_api.services.dataset_plan import DatasetError as DatasetError  # re-exported
from scodoc_api.services.dataset_plan import fix_sequences as fix_sequences  # re-exported


@lru_cache
def dataset_schema() -> dict:
    return json.loads(resources.files("scodoc_api.data").joinpath("dataset.schema.json").read_text("utf-8"))


# Values that match their pattern but name no date or time (2007-02-30, 25:00) are refused with their path,
# like any other bad field, before anything is parsed.
FORMATS = FormatChecker(formats=())


@FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or bool(date.fromisoformat(value))


@FORMATS.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:  # an offset is optional: local time without one
    return not isinstance(value, str) or bool(datetime.fromisoformat(value.replace("Z", "+00:00")))


@FORMATS.checks("local-time", raises=ValueError)
def _is_time(value: object) -> bool:
    return not isinstance(value, str) or time.fromisoformat(value) is not None


def _path(parts) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def validate_schema(data: Any) -> None:
    validator = Draft202012Validator(dataset_schema(), format_checker=FORMATS)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise DatasetError([f"{_path(e.absolute_path)}: {e.message}" for e in errors])


async def load_dataset(
    db: AsyncSession,
    data: dict,
    *,
    tz_name: str = "Europe/Paris",
    password_hasher=hash_password,
    referentiels: dict | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Validate and insert; the caller commits. Returns the number of rows inserted per table.
    ``referentiels``: stored référentiels the data may name (ref -> repositories.referentiel.links_for_import)."""
    validate_schema(data)
    loader = DatasetLoader(db, data, tz_name=tz_name, password_hasher=password_hasher, progress=progress)
    loader.referentiels.update(referentiels or {})
    return await loader.run()
