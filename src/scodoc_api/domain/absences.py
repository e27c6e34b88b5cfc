"""Half-day absence rules (absences.md): working days, distinct half-days, counts. Pure functions."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import numpy as np

from scodoc_api.domain.attendance import (
    EPOCH_ORDINAL,
    DayTimes,
    HalfDay,
    HalfDayInfo,
    array_coverage,
    halfday_view,
    key_day,
)

__all__ = ["DayTimes", "HalfDay", "HalfDayInfo", "halfday_view"]

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
class Counts:
    nbabs: int
    nbabsjust: int
    nbjustifs_noabs: int

    @property
    def nbabsnonjust(self) -> int:
        return self.nbabs - self.nbabsjust


def count(view: dict[HalfDay, HalfDayInfo], first: date | None = None, last: date | None = None) -> Counts:
    """absences.md §5 over the half-days of [first, last] (both included) of one student's half-day view."""
    infos = [i for (day, _), i in view.items() if (first is None or day >= first) and (last is None or day <= last)]
    nbabs = sum(1 for i in infos if i.absent)
    nbabsjust = sum(1 for i in infos if i.absent and i.justified)
    noabs = sum(1 for i in infos if i.justifs and not i.absent)
    return Counts(nbabs, nbabsjust, noabs)


def billet_bound_str(ts: datetime) -> str:
    """``25/10/2021 matin`` / ``04/10/2021 après-midi`` (absences.md §8.3)."""
    return f"{ts.strftime('%d/%m/%Y')} {'matin' if ts.time() < NOON else 'après-midi'}"


def billet_etat_str(etat: bool, justified: bool) -> str:
    if etat:
        return "ok"
    return "à traiter" if justified else "à justifier"


def billet_half_days(begin: datetime, end: datetime, *, work_saturday: bool = False) -> list[HalfDay]:
    """The half-days a billet stands for (absences.md §8.4), in local time: a first day from noon gets its
    afternoon only, a last day ending before noon its morning only, the other working days both."""
    days = working_days(begin.date(), end.date() + timedelta(days=1), work_saturday=work_saturday)
    out: list[HalfDay] = []
    if days and begin.time() >= NOON:
        out.append((days.pop(0), False))
    last: list[HalfDay] = []
    if days and end.time() < NOON:
        last = [(days.pop(), True)]
    out += [(d, m) for d in days for m in (True, False)]
    return out + last


@dataclass(frozen=True)
class HalfDayRow:
    """A row of ScoDoc 9.0's ``absences`` table (absences.md §2)."""

    etudid: Any
    jour: date
    matin: bool
    estabs: bool
    estjust: bool
    description: str | None = None
    moduleimpl_id: Any = None
    entry_date: datetime | None = None


def records_of_halfday_rows(
    rows: list[HalfDayRow], times: DayTimes
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The attendance records that stand for half-day rows, nothing lost (docs/compat.md): each absence row
    is an absent assiduité over its half-day's window (with its module, description and entry date), justified
    when a row of its half-day is; each justification row is a valid justificatif over the window (its
    description is the reason of a justification on its own)."""
    justified = {(r.etudid, r.jour, r.matin) for r in rows if r.estjust}
    assiduites: list[dict[str, Any]] = []
    justificatifs: list[dict[str, Any]] = []
    for r in rows:
        start, end = times.window(r.jour, r.matin)
        span = {"etudid": r.etudid, "date_debut": start, "date_fin": end, "entry_date": r.entry_date}
        if r.estabs:
            just = (r.etudid, r.jour, r.matin) in justified
            assiduites.append(
                {**span, "etat": 2, "description": r.description, "moduleimpl_id": r.moduleimpl_id, "est_just": just}
            )
        if r.estjust:
            justificatifs.append({**span, "etat": 0, "raison": None if r.estabs else r.description})
    return assiduites, justificatifs


def halfday_rows_of_records(
    absences: list[dict[str, Any]], justificatifs: list[dict[str, Any]], times: DayTimes
) -> list[HalfDayRow]:
    """The way back (the migration's downgrade): a row per half-day each absence covers, and a justification
    row per half-day a valid justificatif covers."""
    out = []
    for a in absences:
        for day, morning in halfday_view([(a["date_debut"], a["date_fin"], False)], [], times):
            out.append(
                HalfDayRow(
                    a["etudid"],
                    day,
                    morning,
                    True,
                    bool(a["est_just"]),
                    a["description"],
                    a["moduleimpl_id"],
                    a["entry_date"],
                )
            )
    for j in justificatifs:
        for day, morning in halfday_view([], [(j["date_debut"], j["date_fin"])], times):
            out.append(HalfDayRow(j["etudid"], day, morning, False, True, j["raison"], None, j["entry_date"]))
    return out


def semester_counts(
    absences: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    justifs: tuple[np.ndarray, np.ndarray, np.ndarray],
    times: DayTimes,
    first: date,
    last: date,
) -> dict[int, Counts]:
    """``count`` for every student at once, over columns (student, epoch start, epoch end[, justified]) of
    absences and valid justificatifs: the bulletins' counts of a whole semester without a loop per record."""
    lo, hi = first.toordinal() - EPOCH_ORDINAL, last.toordinal() - EPOCH_ORDINAL
    a_cov = array_coverage(absences[0], absences[1], absences[2], times)
    j_cov = array_coverage(justifs[0], justifs[1], justifs[2], times)

    def within(keys: np.ndarray) -> np.ndarray:
        days = key_day(keys >> 1)
        return np.unique(keys[(days >= lo) & (days <= hi)])

    absent = within(a_cov.half_key)
    justified = within(a_cov.half_key[absences[3][a_cov.half_rec]])
    alone = np.setdiff1d(within(j_cov.half_key), absent, assume_unique=True)

    def per_student(keys: np.ndarray) -> dict[int, int]:
        students, counts = np.unique(keys >> 18, return_counts=True)
        return dict(zip(students.tolist(), counts.tolist(), strict=True))

    nbabs, nbjust, noabs = per_student(absent), per_student(justified), per_student(alone)
    return {e: Counts(nbabs.get(e, 0), nbjust.get(e, 0), noabs.get(e, 0)) for e in set(nbabs) | set(noabs)}
