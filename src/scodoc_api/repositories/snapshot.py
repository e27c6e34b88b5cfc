"""Plain, immutable copies of ORM rows, for what outlives a session (the results cache).

An ORM instance belongs to the session that loaded it: when that request rolls back, the instance is
expired, and any later read of it raises. Cached data is therefore copied into frozen slotted dataclasses,
one type per model, with the model's column attributes."""

from dataclasses import make_dataclass
from typing import Any

from sqlalchemy import inspect as sa_inspect

_TYPES: dict[type, type] = {}


def _frozen_type(model: type) -> type:
    cls = _TYPES.get(model)
    if cls is None:
        names = [attr.key for attr in sa_inspect(model).column_attrs]
        cls = _TYPES[model] = make_dataclass(f"{model.__name__}Data", names, frozen=True, slots=True)
    return cls


def frozen(obj: Any) -> Any:
    """A detached, immutable copy of ``obj``'s columns (None stays None)."""
    if obj is None:
        return None
    cls = _frozen_type(type(obj))
    return cls(**{name: getattr(obj, name) for name in cls.__dataclass_fields__})


def frozen_all(objs) -> list:
    return [frozen(o) for o in objs]
