"""Half-day absence rules (absences.md): working days, distinct half-days, counts. Pure functions."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

NOON = time(12, 0)


def working_days(start: date, end_excluded: date, *, work_saturday: bool = False) -> list[date]:
    """Days of [start, end_excluded) that are worked: Monday-Friday, Saturday if configured, never Sunday."""
    days, d = [], start
    while d < end_excluded:
        if d.weekday() < 5 or (d.weekday() == 5 and work_saturday):
            days.append(d)
        d += timedelta(days=1)
    return days


def half_open_end(start: date, end: date | None) -> date:
    """New routes: the end date is excluded; no end, or end == start, means that single day."""
    if end is None or end <= start:
        return start + timedelta(days=1)
    return end


def half_days(demi_journee: int) -> list[bool]:
    """``matin`` values covered by a demi_journee code: 2 both, 1 morning, 0 afternoon."""
    return {2: [True, False], 1: [True], 0: [False]}[demi_journee]


@dataclass(frozen=True)
class AbsRow:
    jour: date
    matin: bool
    estabs: bool
    estjust: bool


@dataclass(frozen=True)
class Counts:
    nbabs: int
    nbabsjust: int
    nbjustifs_noabs: int

    @property
    def nbabsnonjust(self) -> int:
        return self.nbabs - self.nbabsjust


def classify(rows: Iterable[AbsRow]) -> dict[tuple[date, bool], tuple[bool, bool]]:
    """(day, matin) -> (absent, has a justification row) over distinct half-days."""
    out: dict[tuple[date, bool], tuple[bool, bool]] = {}
    for r in rows:
        absent, just = out.get((r.jour, r.matin), (False, False))
        out[(r.jour, r.matin)] = (absent or r.estabs, just or r.estjust)
    return out


def count(rows: Iterable[AbsRow]) -> Counts:
    pairs = classify(rows).values()
    nbabs = sum(1 for a, _ in pairs if a)
    nbabsjust = sum(1 for a, j in pairs if a and j)
    noabs = sum(1 for a, j in pairs if j and not a)
    return Counts(nbabs, nbabsjust, noabs)


def billet_bound_str(ts: datetime) -> str:
    """``25/10/2021 matin`` / ``04/10/2021 après-midi`` (absences.md §8.3)."""
    return f"{ts.strftime('%d/%m/%Y')} {'matin' if ts.time() < NOON else 'après-midi'}"


def billet_etat_str(etat: bool, justified: bool) -> str:
    if etat:
        return "ok"
    return "à traiter" if justified else "à justifier"
