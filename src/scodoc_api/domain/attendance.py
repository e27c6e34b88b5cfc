"""Attendance rules (modern-api.md §4.6-4.7, §5.7; absences.md): states, the working day's times, the half-day
windows both eras share, and the four counting metrics. Pure functions on aware datetimes.

The half-day routes and the 9.6 routes read the same records through the same rule: a record covers the
morning of a day when it overlaps [morning, noon) and the afternoon when it overlaps [afternoon, evening)
(bounds excluded), so a morning entered by ``abs_signale`` is one ``demi`` of the 9.6 counts."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

HalfDay = tuple[date, bool]  # (day, True for the morning)
METRICS = ("compte", "demi", "heure", "journee")


class Etat(IntEnum):
    """An assiduité's state, stored as ScoDoc stores it."""

    PRESENT = 0
    RETARD = 1
    ABSENT = 2


class JustifEtat(IntEnum):
    VALIDE = 0
    NON_VALIDE = 1
    ATTENTE = 2
    MODIFIE = 3


def parse_etat(value: object, kind: type[IntEnum] = Etat) -> IntEnum | None:
    """``absent``, ``ABSENT``, ``Absent``... -> the state; None when it names none."""
    if not isinstance(value, str):
        return None
    return kind.__members__.get(value.strip().upper())


@dataclass(frozen=True)
class DayTimes:
    """The institution's working day (preferences ``assi_*_time``; ScoDoc's defaults) and its time zone."""

    zone: ZoneInfo
    morning: time = time(8, 0)
    noon: time = time(12, 0)
    afternoon: time = time(14, 0)
    evening: time = time(18, 0)
    work_saturday: bool = False

    @property
    def hours_per_day(self) -> float:
        """(evening - morning) - (afternoon - noon): 8 by default."""
        return (_hours(self.evening) - _hours(self.morning)) - (_hours(self.afternoon) - _hours(self.noon))

    def at(self, day: date, moment: time) -> datetime:
        return datetime.combine(day, moment, self.zone)

    def window(self, day: date, morning: bool) -> tuple[datetime, datetime]:
        """The time range a half-day stands for: [morning, noon) or [afternoon, evening)."""
        if morning:
            return self.at(day, self.morning), self.at(day, self.noon)
        return self.at(day, self.afternoon), self.at(day, self.evening)

    def worked(self, day: date) -> bool:
        return day.weekday() < 5 or (day.weekday() == 5 and self.work_saturday)


def _hours(t: time) -> float:
    return t.hour + t.minute / 60 + t.second / 3600


def parse_time(text: str | None, default: time) -> time:
    """A preference's ``HH:MM``; the default when it is empty or unreadable."""
    try:
        return time.fromisoformat(str(text).strip()) if text else default
    except ValueError:
        return default


def day_span(first: date, last: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The days [first, last] as a time range: from first's midnight to the midnight after last."""
    return datetime.combine(first, time(0, 0), zone), datetime.combine(last + timedelta(days=1), time(0, 0), zone)


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Bounds excluded: a record ending at 10:00 does not overlap one starting at 10:00."""
    return a_start < b_end and b_start < a_end


def subtract(start: datetime, end: datetime, cut_start: datetime, cut_end: datetime) -> list[tuple[datetime, datetime]]:
    """What remains of [start, end) once [cut_start, cut_end) is taken out: zero, one or two ranges."""
    if not overlaps(start, end, cut_start, cut_end):
        return [(start, end)]
    return [r for r in ((start, cut_start), (cut_end, end)) if r[0] < r[1]]


@dataclass(frozen=True)
class Coverage:
    """What one record covers: its local days, half-days, and hours (ScoDoc's CountCalculator rules)."""

    days: tuple[date, ...]
    half_days: tuple[HalfDay, ...]
    hours: float


def coverage(start: datetime, end: datetime, times: DayTimes) -> Coverage:
    """Days, half-days and hours of [start, end). On one day: its duration. Over several: the working hours
    (the two windows of the day) of the first day from ``start``, of the last day until ``end``, and a full
    working day for each worked day in between (non-worked days in between are skipped)."""
    local_start, local_end = start.astimezone(times.zone), end.astimezone(times.zone)
    first, last = local_start.date(), local_end.date()
    if last > first and local_end.timetz().replace(tzinfo=None) == time(0, 0):
        last -= timedelta(days=1)  # ending at midnight: the next day is not touched
    if last <= first:
        return Coverage((first,), tuple(_halves(first, local_start, local_end, times)), _duration(start, end))
    days = [first, *(d for d in _days_between(first, last) if times.worked(d)), last]
    halves = [h for d in days for h in _halves(d, local_start, local_end, times)]
    end_hour = _hours(local_end.time()) if local_end.date() == last else 24.0
    head = _worked(_hours(local_start.time()), 24.0, times)
    hours = head + times.hours_per_day * (len(days) - 2) + _worked(0.0, end_hour, times)
    return Coverage(tuple(days), tuple(halves), hours)


def _duration(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() / 3600)


def _worked(start: float, end: float, times: DayTimes) -> float:
    """Hours of [start, end) (hours of one day) within its working windows [morning, noon), [afternoon, evening)."""
    windows = ((times.morning, times.noon), (times.afternoon, times.evening))
    return sum(max(0.0, min(end, _hours(b)) - max(start, _hours(a))) for a, b in windows)


def _days_between(first: date, last: date) -> Iterator[date]:
    d = first + timedelta(days=1)
    while d < last:
        yield d
        d += timedelta(days=1)


def _halves(day: date, start: datetime, end: datetime, times: DayTimes) -> Iterator[HalfDay]:
    for morning in (True, False):
        w_start, w_end = times.window(day, morning)
        if overlaps(start, end, w_start, w_end):
            yield (day, morning)


@dataclass
class Tally:
    """The four metrics over a set of records; half-days and days are distinct per student."""

    compte: int = 0
    heure: float = 0.0

    def __post_init__(self) -> None:
        self.half_days: set[tuple[int, date, bool]] = set()
        self.days: set[tuple[int, date]] = set()

    def add(self, etudid: int, cov: Coverage) -> None:
        self.compte += 1
        self.heure += cov.hours
        self.days.update((etudid, d) for d in cov.days)
        self.half_days.update((etudid, d, m) for d, m in cov.half_days)

    def as_dict(self, metrics: Iterable[str] = METRICS) -> dict[str, float]:
        values = {"compte": self.compte, "demi": len(self.half_days), "heure": round(self.heure, 2)}
        values["journee"] = len(self.days)
        return {m: values[m] for m in metrics}


@dataclass(frozen=True)
class CountRow:
    etudid: int
    start: datetime
    end: datetime
    etat: int
    est_just: bool


def count(
    rows: Iterable[CountRow], times: DayTimes, *, split: bool, metrics: tuple[str, ...] = METRICS
) -> dict[str, Any]:
    """The count routes' answer (§5.7): the metrics over every record, or with ``split`` one object per state
    plus ``total``, each state with its ``justifie`` and ``non_justifie`` parts."""
    total = Tally()
    parts = {(e, j): Tally() for e in Etat for j in (True, False)}
    for r in rows:
        cov = coverage(r.start, r.end, times)
        total.add(r.etudid, cov)
        if split:
            parts[(Etat(r.etat), r.est_just)].add(r.etudid, cov)
    if not split:
        return total.as_dict(metrics)
    out: dict[str, Any] = {"total": total.as_dict(metrics)}
    for e in Etat:
        whole = Tally()
        for just in (True, False):
            whole.compte += parts[(e, just)].compte
            whole.heure += parts[(e, just)].heure
            whole.days |= parts[(e, just)].days
            whole.half_days |= parts[(e, just)].half_days
        out[e.name.lower()] = {
            **whole.as_dict(metrics),
            "justifie": parts[(e, True)].as_dict(metrics),
            "non_justifie": parts[(e, False)].as_dict(metrics),
        }
    return out


@dataclass
class HalfDayInfo:
    """One half-day of a student in the half-day view (absences.md §2.1): the absences covering it, whether
    one of them is justified, and the valid justificatifs covering it (indices into the inputs)."""

    absences: list[int] = field(default_factory=list)
    justified: bool = False
    justifs: list[int] = field(default_factory=list)

    @property
    def absent(self) -> bool:
        return bool(self.absences)


def halfday_view(
    absences: list[tuple[datetime, datetime, bool]], justifs: list[tuple[datetime, datetime]], times: DayTimes
) -> dict[HalfDay, HalfDayInfo]:
    """(day, morning) -> what covers it. A half-day is absent when an absence covers it, justified when one of
    its absences is; a valid justificatif over a half-day with no absence is a justification on its own."""
    out: dict[HalfDay, HalfDayInfo] = {}
    for i, (start, end, est_just) in enumerate(absences):
        for h in coverage(start, end, times).half_days:
            info = out.setdefault(h, HalfDayInfo())
            info.absences.append(i)
            info.justified = info.justified or est_just
    for i, (start, end) in enumerate(justifs):
        for h in coverage(start, end, times).half_days:
            out.setdefault(h, HalfDayInfo()).justifs.append(i)
    return out


def count_arrays(
    etudid: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    etat: np.ndarray,
    est_just: np.ndarray,
    times: DayTimes,
    *,
    split: bool,
    metrics: tuple[str, ...] = METRICS,
) -> dict[str, Any]:
    """``count`` over columns: epoch seconds for ``start``/``end``. One-day records (nearly all) are counted
    with array operations; records over several days go through ``coverage``. Same answer as ``count``."""
    cov = array_coverage(etudid, start, end, times)
    groups: dict[tuple[str, str], np.ndarray] = {("total", ""): np.ones(len(etudid), dtype=bool)}
    if split:
        for e in Etat:
            mask = etat == int(e)
            groups[(e.name.lower(), "")] = mask
            groups[(e.name.lower(), "justifie")] = mask & est_just
            groups[(e.name.lower(), "non_justifie")] = mask & ~est_just
    tallies = {name: cov.tally(mask, metrics) for name, mask in groups.items()}
    if not split:
        return tallies[("total", "")]
    out: dict[str, Any] = {"total": tallies[("total", "")]}
    for e in Etat:
        name = e.name.lower()
        out[name] = {
            **tallies[(name, "")],
            "justifie": tallies[(name, "justifie")],
            "non_justifie": tallies[(name, "non_justifie")],
        }
    return out


@dataclass
class ArrayCoverage:
    """Per record: hours; and the (record, key) pairs of the half-days and days it covers."""

    hours: np.ndarray
    half_rec: np.ndarray
    half_key: np.ndarray
    day_rec: np.ndarray
    day_key: np.ndarray

    def tally(self, mask: np.ndarray, metrics: tuple[str, ...]) -> dict[str, float]:
        values = {
            "compte": int(mask.sum()),
            "demi": int(np.unique(self.half_key[mask[self.half_rec]]).size),
            "heure": round(float(self.hours[mask].sum()), 2),
            "journee": int(np.unique(self.day_key[mask[self.day_rec]]).size),
        }
        return {m: values[m] for m in metrics}


def _offset(epoch: int, zone: ZoneInfo) -> float:
    delta = datetime.fromtimestamp(epoch, UTC).astimezone(zone).utcoffset()
    return delta.total_seconds() if delta is not None else 0.0


def _local(epoch: np.ndarray, zone: ZoneInfo) -> np.ndarray:
    """Local epoch seconds: each instant shifted by its zone offset (offsets change on whole hours)."""
    hours, inverse = np.unique(np.floor(epoch / 3600).astype(np.int64), return_inverse=True)
    offsets = np.array([_offset(int(h) * 3600, zone) for h in hours])
    return epoch + (offsets[inverse] if len(hours) else 0.0)


def array_coverage(etudid: np.ndarray, start: np.ndarray, end: np.ndarray, times: DayTimes) -> ArrayCoverage:
    n = len(etudid)
    local_start, local_end = _local(start, times.zone), _local(end, times.zone)
    day = np.floor(local_start / 86400).astype(np.int64)
    s_sec = local_start - day * 86400
    end_day = np.floor(local_end / 86400).astype(np.int64)
    e_sec = local_end - end_day * 86400
    at_midnight = (e_sec == 0) & (end_day > day)  # ending at midnight: the next day is not touched
    end_day, e_sec = np.where(at_midnight, end_day - 1, end_day), np.where(at_midnight, 86400.0, e_sec)
    one_day = end_day <= day
    hours = np.where(one_day, np.maximum(end - start, 0) / 3600, 0.0)
    secs = {k: _hours(getattr(times, k)) * 3600 for k in ("morning", "noon", "afternoon", "evening")}
    morning = one_day & (s_sec < secs["noon"]) & (e_sec > secs["morning"])
    afternoon = one_day & (s_sec < secs["evening"]) & (e_sec > secs["afternoon"])
    base = (etudid.astype(np.int64) << 17) | (day + DAY_SHIFT)  # days from 1860 on, per student
    idx = np.arange(n)
    half_rec = [idx[morning], idx[afternoon]]
    half_key = [(base[morning] << 1) | 1, base[afternoon] << 1]
    day_rec, day_key = [idx[one_day]], [base[one_day]]
    for i in idx[~one_day]:  # several days: the exact rule, record by record
        cov = coverage(datetime.fromtimestamp(start[i], UTC), datetime.fromtimestamp(end[i], UTC), times)
        hours[i] = cov.hours
        sid = int(etudid[i]) << 17
        days = [(sid | (d.toordinal() - EPOCH_ORDINAL + DAY_SHIFT)) for d in cov.days]
        halves = [((sid | (d.toordinal() - EPOCH_ORDINAL + DAY_SHIFT)) << 1) | int(m) for d, m in cov.half_days]
        day_rec.append(np.full(len(days), i))
        day_key.append(np.array(days, dtype=np.int64))
        half_rec.append(np.full(len(halves), i))
        half_key.append(np.array(halves, dtype=np.int64))
    return ArrayCoverage(
        hours, np.concatenate(half_rec), np.concatenate(half_key), np.concatenate(day_rec), np.concatenate(day_key)
    )


EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
DAY_SHIFT = 40000  # keys hold days since 1970 plus this: never negative from 1860 on


def key_day(day_key: np.ndarray) -> np.ndarray:
    """Days since 1970 of (student, day) keys."""
    return (day_key & ((1 << 17) - 1)) - DAY_SHIFT
