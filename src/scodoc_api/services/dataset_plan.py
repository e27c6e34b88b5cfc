"""The rows a dataset plans before anything is written: ids, parsed values, the insertion order."""

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from math import nan as NAN
from typing import Any
from zoneinfo import ZoneInfo

from scodoc_api.db.session import AsyncSession
from scodoc_api.models import (
    Admission,
    Adresse,
    ApcAppCritique,
    ApcCompetence,
    ApcNiveau,
    ApcParcours,
    ApcParcoursNiveau,
    ApcReferentielCompetences,
    ApcValidationAnnee,
    ApcValidationRCUE,
    Appreciation,
    Assiduite,
    AutorisationInscription,
    BilletAbsence,
    Departement,
    DispenseUE,
    Evaluation,
    EvaluationUEPoids,
    Formation,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreInscription,
    FormSemestreParcours,
    FormSemestreResponsable,
    FormSemestreUECoef,
    FormSemestreValidation,
    GroupDescr,
    GroupMembership,
    Identite,
    Justificatif,
    Matiere,
    Module,
    ModuleImpl,
    ModuleImplEnseignant,
    ModuleImplInscription,
    ModuleTag,
    ModuleUECoef,
    Note,
    NotesTag,
    Partition,
    Preference,
    ScolarEvent,
    UEParcours,
    UniteEns,
    User,
    UserRole,
)
from scodoc_api.repositories import dataset as repo

SPORT_UE_TYPE = 1


class DatasetError(ValueError):
    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors[:50]) + (f"\n... {len(errors) - 50} more" if len(errors) > 50 else ""))


@dataclass
class Ids:
    """Next free id per table, read once from the database."""

    next: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


class Compact:
    """Rows of one shape kept as typed columns (``array``: 8 bytes a value, where a dictionary per row takes
    about 400: a 5,000-student demo plans 720,000 notes). ``columns`` maps each key to its type code, ``q``
    (integer) or ``d`` (float, None kept as NaN, which no stored value can be); ``constants`` are the columns
    every row shares."""

    def __init__(self, columns: dict[str, str], constants: dict[str, Any]):
        self.keys = tuple(columns)
        self.shape = (columns, constants)
        self.constants = constants
        self.columns = [array(code) for code in columns.values()]
        self.floats = [code == "d" for code in columns.values()]

    def __len__(self) -> int:
        return len(self.columns[0])

    def append(self, row: tuple) -> None:
        for column, is_float, value in zip(self.columns, self.floats, row, strict=True):
            column.append(NAN if is_float and value is None else value)

    def extend(self, rows: Iterable[tuple]) -> None:
        for row in rows:
            self.append(row)

    def dicts(self, start: int, stop: int) -> list[dict]:
        cols = [
            [None if v != v else v for v in c[start:stop]] if is_float else c[start:stop].tolist()
            for c, is_float in zip(self.columns, self.floats, strict=True)
        ]
        return [{**self.constants, **dict(zip(self.keys, values, strict=True))} for values in zip(*cols, strict=True)]


@dataclass
class Plan:
    rows: dict[Any, list[dict]] = field(default_factory=lambda: defaultdict(list))
    compact: dict[Any, Compact] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def add(self, model, row: dict) -> None:
        self.rows[model].append(row)

    def compact_rows(self, model, columns: dict[str, str], **constants: Any) -> Compact:
        """Where to append this table's rows, as tuples in the order of ``columns`` (one shape per table)."""
        if model not in self.compact:
            self.compact[model] = Compact(columns, constants)
        kept = self.compact[model]
        if kept.shape != (columns, constants):
            raise ValueError(f"{model.__tablename__}: one shape of compact rows per table")
        return kept

    def count(self, model) -> int:
        return len(self.rows.get(model, ())) + (len(self.compact[model]) if model in self.compact else 0)

    def chunks(self, model, size: int) -> Iterator[list[dict]]:
        """This table's rows as dictionaries, ``size`` at a time (compact rows made whole one chunk at a time)."""
        rows = self.rows.get(model, [])
        for start in range(0, len(rows), size):
            yield rows[start : start + size]
        if model in self.compact:
            kept = self.compact[model]
            for start in range(0, len(kept), size):
                yield kept.dicts(start, start + size)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _t(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def _dt(value: str | None, tz: ZoneInfo) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def _at_noon(d: date | None, tz: ZoneInfo) -> datetime | None:
    """A date given alone becomes a local midday timestamp (its date survives any time zone)."""
    return datetime.combine(d, time(12, 0), tzinfo=tz) if d else None


def _pick(src: dict, keys) -> dict:
    return {k: src[k] for k in keys if k in src}


# Insertion order respects foreign keys.
_ORDER = [
    Departement,
    User,
    UserRole,
    ApcReferentielCompetences,
    ApcCompetence,
    ApcNiveau,
    ApcAppCritique,
    ApcParcours,
    ApcParcoursNiveau,
    Formation,
    UniteEns,
    UEParcours,
    Matiere,
    Module,
    ModuleUECoef,
    NotesTag,
    ModuleTag,
    Identite,
    Adresse,
    Admission,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreResponsable,
    FormSemestreUECoef,
    Preference,
    ModuleImpl,
    ModuleImplEnseignant,
    FormSemestreInscription,
    ModuleImplInscription,
    ScolarEvent,
    Partition,
    GroupDescr,
    GroupMembership,
    Evaluation,
    EvaluationUEPoids,
    Note,
    FormSemestreValidation,
    FormSemestreParcours,
    DispenseUE,
    ApcValidationRCUE,
    ApcValidationAnnee,
    AutorisationInscription,
    Appreciation,
    Assiduite,
    Justificatif,
    BilletAbsence,
]

_WITH_ID = [m for m in _ORDER if "id" in m.__table__.c and m.__table__.c.id.primary_key]


async def _next_ids(db: AsyncSession) -> Ids:
    return Ids(await repo.next_ids(db, _WITH_ID))


def _defaults(model) -> dict:
    """Python-side defaults of a table model, so that every row of an executemany has every column."""
    out = {}
    for name, f in model.model_fields.items():
        if f.is_required():
            continue
        out[name] = f.default_factory() if f.default_factory else f.default
    return {k: v for k, v in out.items() if not (k == "id" and v is None)}


async def fix_sequences(db: AsyncSession) -> None:
    """After inserts with explicit ids, move PostgreSQL sequences past the largest id."""
    await repo.fix_sequences(db, _WITH_ID)
