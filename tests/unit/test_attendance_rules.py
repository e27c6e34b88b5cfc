"""The attendance rules (domain/attendance.py): the counting metrics, their array form, the half-day view."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scodoc_api.domain import absences as ad
from scodoc_api.domain import attendance as dom

PARIS = ZoneInfo("Europe/Paris")
TIMES = dom.DayTimes(PARIS)


def local(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, time.fromisoformat(hhmm), PARIS)


MONDAY = date(2024, 10, 7)


@pytest.mark.parametrize(
    ("start", "end", "days", "halves", "hours"),
    [
        (local(MONDAY, "08:00"), local(MONDAY, "10:00"), 1, [(MONDAY, True)], 2.0),
        (local(MONDAY, "12:00"), local(MONDAY, "14:00"), 1, [], 2.0),  # lunch: no half-day
        (local(MONDAY, "11:00"), local(MONDAY, "15:00"), 1, [(MONDAY, True), (MONDAY, False)], 4.0),
        (local(MONDAY, "18:00"), local(MONDAY, "19:00"), 1, [], 1.0),  # bounds excluded
        # Friday 14:00 to Monday 10:00: the weekend in between is skipped; 4 h + 2 h
        (
            local(MONDAY - timedelta(days=3), "14:00"),
            local(MONDAY, "10:00"),
            2,
            [(MONDAY - timedelta(days=3), False), (MONDAY, True)],
            6.0,
        ),
        # a whole week, Monday 08:00 to Friday 18:00: 5 days, 10 half-days, 40 h
        (local(MONDAY, "08:00"), local(MONDAY + timedelta(days=4), "18:00"), 5, None, 40.0),
        # ending at midnight touches no next day
        (
            local(MONDAY, "08:00"),
            local(MONDAY + timedelta(days=1), "00:00"),
            1,
            [(MONDAY, True), (MONDAY, False)],
            16.0,
        ),
    ],
)
def test_coverage(start, end, days, halves, hours):
    cov = dom.coverage(start, end, TIMES)
    assert len(cov.days) == days and cov.hours == pytest.approx(hours)
    if halves is not None:
        assert list(cov.half_days) == halves
    else:
        assert len(cov.half_days) == 2 * days


def test_subtract_cuts_in_the_middle():
    a, b = local(MONDAY, "08:00"), local(MONDAY, "18:00")
    assert dom.subtract(a, b, local(MONDAY, "12:00"), local(MONDAY, "14:00")) == [
        (a, local(MONDAY, "12:00")),
        (local(MONDAY, "14:00"), b),
    ]
    assert dom.subtract(a, b, a, b) == [] and dom.subtract(a, b, b, b + timedelta(hours=1)) == [(a, b)]


def test_parse_etat_any_case():
    assert dom.parse_etat("Absent") is dom.Etat.ABSENT and dom.parse_etat(" retard ") is dom.Etat.RETARD
    assert dom.parse_etat("non_valide", dom.JustifEtat) is dom.JustifEtat.NON_VALIDE
    assert dom.parse_etat("malade") is None and dom.parse_etat(None) is None


def test_half_day_rows_round_trip():
    """absences.md §5.2's example: the rows, as records, give the same counts; and back again."""
    days = {d: date(2021, 1, d) for d in (15, 18, 19, 22)}
    rows = [
        ad.HalfDayRow(1, days[15], True, True, False),
        ad.HalfDayRow(1, days[18], False, True, False),
        ad.HalfDayRow(1, days[19], True, True, False),
        ad.HalfDayRow(1, days[19], False, True, False),
        ad.HalfDayRow(1, days[22], True, True, False),
        ad.HalfDayRow(1, days[15], True, False, True),
        ad.HalfDayRow(1, days[18], False, False, True),
        ad.HalfDayRow(1, days[19], True, False, True),
        ad.HalfDayRow(1, days[19], False, False, True),
    ]
    assiduites, justifs = ad.records_of_halfday_rows(rows, TIMES)
    view = ad.halfday_view(
        [(a["date_debut"], a["date_fin"], a["est_just"]) for a in assiduites],
        [(j["date_debut"], j["date_fin"]) for j in justifs],
        TIMES,
    )
    c = ad.count(view, date(2021, 1, 1), date(2021, 6, 30))
    assert (c.nbabs, c.nbabsjust, c.nbabsnonjust, c.nbjustifs_noabs) == (5, 4, 1, 0)
    back = ad.halfday_rows_of_records(assiduites, justifs, TIMES)
    assert sorted((r.jour, r.matin, r.estabs) for r in back) == sorted((r.jour, r.matin, r.estabs) for r in rows)


def test_billet_half_days():
    fri = date(2021, 10, 22)
    got = ad.billet_half_days(local(fri, "14:00"), local(fri + timedelta(days=3), "10:00"))
    assert got == [(fri, False), (fri + timedelta(days=3), True)]
    both = ad.billet_half_days(local(date(2021, 10, 25), "00:00"), local(date(2021, 10, 26), "00:00"))
    assert both == [(date(2021, 10, 25), True), (date(2021, 10, 25), False), (date(2021, 10, 26), True)]


# Records around the autumn DST change, some over several days, some ending at midnight.
BASE = datetime(2024, 10, 24, tzinfo=UTC)
records = st.lists(
    st.tuples(
        st.integers(1, 4),
        st.integers(0, 9 * 24 * 4),
        st.one_of(st.integers(1, 40), st.integers(40, 4 * 24 * 4)),
        st.sampled_from(list(dom.Etat)),
        st.booleans(),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(records, st.booleans())
def test_array_count_is_count(recs, split):
    rows = [
        dom.CountRow(e, BASE + timedelta(minutes=15 * s), BASE + timedelta(minutes=15 * (s + d)), int(etat), j)
        for e, s, d, etat, j in recs
    ]
    expected = dom.count(rows, TIMES, split=split)
    got = dom.count_arrays(
        np.array([r.etudid for r in rows], dtype=np.int64),
        np.array([r.start.timestamp() for r in rows], dtype=float),
        np.array([r.end.timestamp() for r in rows], dtype=float),
        np.array([r.etat for r in rows], dtype=np.int64),
        np.array([r.est_just for r in rows], dtype=bool),
        TIMES,
        split=split,
    )
    assert got == expected


justif_records = st.lists(
    st.tuples(st.integers(1, 4), st.integers(0, 9 * 24 * 4), st.integers(1, 3 * 24 * 4)), max_size=10
)


@settings(max_examples=150, deadline=None)
@given(records, justif_records)
def test_semester_counts_are_the_half_day_view(recs, justifs):
    """The bulletins' array form gives, student by student, the counts of the half-day view."""
    first, last = date(2024, 10, 26), date(2024, 11, 1)
    absences = [
        (e, BASE + timedelta(minutes=15 * s), BASE + timedelta(minutes=15 * (s + d)), j)
        for e, s, d, etat, j in recs
        if etat is dom.Etat.ABSENT
    ]
    valid = [(e, BASE + timedelta(minutes=15 * s), BASE + timedelta(minutes=15 * (s + d))) for e, s, d in justifs]
    got = ad.semester_counts(
        (
            np.array([a[0] for a in absences], dtype=np.int64),
            np.array([a[1].timestamp() for a in absences]),
            np.array([a[2].timestamp() for a in absences]),
            np.array([a[3] for a in absences], dtype=bool),
        ),
        (
            np.array([j[0] for j in valid], dtype=np.int64),
            np.array([j[1].timestamp() for j in valid]),
            np.array([j[2].timestamp() for j in valid]),
        ),
        TIMES,
        first,
        last,
    )
    for etudid in range(1, 5):
        view = ad.halfday_view(
            [(s, e, j) for x, s, e, j in absences if x == etudid], [(s, e) for x, s, e in valid if x == etudid], TIMES
        )
        assert got.get(etudid, ad.Counts(0, 0, 0)) == ad.count(view, first, last)
