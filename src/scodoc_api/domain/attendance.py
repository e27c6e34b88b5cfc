"""Attendance rules (modern-api.md §4.6-4.7, §5.7; absences.md): states, the working day's times, the half-day
windows both eras share, and the four counting metrics. Pure functions on aware datetimes.

The half-day routes and the 9.6 routes read the same records through the same rule: a record covers the
morning of a day when it overlaps [morning, noon) and the afternoon when it overlaps [afternoon, evening)
(bounds excluded), so a morning entered by ``abs_signale`` is one ``demi`` of the 9.6 counts."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

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
    """Days, half-days and hours of [start, end). On one day: its duration. Over several: the first day from
    ``start`` to the evening, the last from the morning to ``end``, and a full working day for each worked day
    in between (non-worked days in between are skipped)."""
    local_start, local_end = start.astimezone(times.zone), end.astimezone(times.zone)
    first, last = local_start.date(), local_end.date()
    if last > first and local_end.timetz().replace(tzinfo=None) == time(0, 0):
        last -= timedelta(days=1)  # ending at midnight: the next day is not touched
    if last <= first:
        return Coverage((first,), tuple(_halves(first, local_start, local_end, times)), _duration(start, end))
    days = [first, *(d for d in _days_between(first, last) if times.worked(d)), last]
    halves = [h for d in days for h in _halves(d, local_start, local_end, times)]
    hpd = times.hours_per_day
    head = hpd - max(0.0, _hours(local_start.time()) - _hours(times.morning))
    tail = _hours(local_end.time()) - _hours(times.morning) if local_end.date() == last else hpd
    hours = _clip(head, hpd) + hpd * (len(days) - 2) + _clip(tail, hpd)
    return Coverage(tuple(days), tuple(halves), hours)


def _duration(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds() / 3600)


def _clip(value: float, top: float) -> float:
    return min(max(value, 0.0), top)


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
