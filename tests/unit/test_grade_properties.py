"""Properties of the grade engine on random semesters (hypothesis)."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from scodoc_api.domain.formatting import NA
from scodoc_api.domain.grades import EvalIn, ModIn, SemesterIn, StudentIn, UEIn, compute, notes_from_mapping

NOTE = st.one_of(
    st.floats(min_value=0, max_value=20, allow_nan=False).map(lambda x: round(x, 2)), st.just(None), st.just(-1000.0)
)


@st.composite
def semesters(draw):
    n_students = draw(st.integers(1, 12))
    n_ues = draw(st.integers(1, 3))
    ues = [UEIn(f"U{u}", u, 0, 1.0, u) for u in range(n_ues)]
    mods, evals, notes = [], [], {}
    for u in range(n_ues):
        for m in range(draw(st.integers(1, 3))):
            mid = f"M{u}{m}"
            mods.append(ModIn(mid, f"U{u}", float(draw(st.sampled_from([0.5, 1.0, 2.0, 3.0]))), position=len(mods)))
            for e in range(draw(st.integers(1, 3))):
                eid = f"E{mid}{e}"
                evals.append(
                    EvalIn(
                        eid,
                        mid,
                        float(draw(st.sampled_from([1.0, 2.0]))),
                        float(draw(st.sampled_from([10.0, 20.0]))),
                        numero=e,
                        position=len(evals),
                    )
                )
                notes[eid] = {f"S{s}": draw(NOTE) for s in range(n_students)}
    students = [
        StudentIn(f"S{s}", draw(st.sampled_from(["I", "I", "I", "D"])), f"NOM{s:02d}", frozenset(m.id for m in mods))
        for s in range(n_students)
    ]
    for e in evals:  # scale the drawn /20 notes to the evaluation's scale
        for k, v in notes[e.id].items():
            if isinstance(v, float) and v >= 0:
                notes[e.id][k] = v * e.note_max / 20.0
    return SemesterIn(ues, mods, evals, students, notes_from_mapping(notes)), notes


@settings(max_examples=150, deadline=None)
@given(semesters())
def test_ranks_follow_means_and_means_lie_between_min_and_max(data):
    sem, _ = data
    res = compute(sem)
    nums = [(v, i) for i, v in enumerate(res.moy_gen) if isinstance(v, float)]
    rank_pos = [int(r.split()[0]) for r in res.rank]
    for v1, i in nums:
        for v2, j in nums:
            if v1 > v2:
                assert rank_pos[i] < rank_pos[j]
            if v1 == v2:
                assert res.rank[i] == res.rank[j]
        for k, v in enumerate(res.moy_gen):  # numbers rank before NA
            if v == NA:
                assert rank_pos[i] < rank_pos[k]
    if nums:
        gs = res.general_stats
        assert gs["min"] <= gs["moy"] <= gs["max"] or math.isclose(gs["min"], gs["max"])
    for m, stats in res.module_stats.items():
        vals = [v for v in res.module_means[m] if isinstance(v, float)]
        if vals:
            assert stats.min <= stats.moy + 1e-9 and stats.moy <= stats.max + 1e-9
            assert all(stats.min <= v <= stats.max for v in vals)
    for _u, r in res.ue.items():
        if r.stats:
            assert r.stats["min"] <= r.stats["moy"] + 1e-9 <= r.stats["max"] + 2e-9


def _single(notes_per_eval, coefs=(1.0, 1.0)):
    ue = UEIn("U", 1)
    mod = ModIn("M", "U", 1.0)
    evals = [EvalIn(f"E{k}", "M", c, 20.0, numero=k, position=k) for k, c in enumerate(coefs)]
    students = [StudentIn("S", "I", "S", frozenset({"M"}))]
    return compute(
        SemesterIn(
            [ue], [mod], evals, students, notes_from_mapping({f"E{k}": {"S": v} for k, v in enumerate(notes_per_eval)})
        )
    )


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 20, allow_nan=False), st.floats(0, 20, allow_nan=False), st.floats(0.5, 4))
def test_exc_is_neutral_and_abs_counts_zero(a, b, coef):
    with_exc = _single([a, -1000.0], (1.0, coef))
    alone = _single([a], (1.0,))
    assert with_exc.module_means["M"][0] == alone.module_means["M"][0]
    with_abs = _single([a, None], (1.0, coef))
    with_zero = _single([a, 0.0], (1.0, coef))
    assert with_abs.module_means["M"][0] == with_zero.module_means["M"][0]
    both = _single([a, b], (1.0, coef))
    assert min(a, b) - 1e-9 <= both.module_means["M"][0] <= max(a, b) + 1e-9
