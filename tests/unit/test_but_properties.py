"""Properties of the BUT engine on random semesters (hypothesis): neutral zeros, UE means as weighted means of
their module contributions, and indifference to the students' order."""

import dataclasses

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scodoc_api.domain.but import compute, matrix_coef
from scodoc_api.domain.but_model import ButModIn, ButSemesterIn, ButUEIn
from scodoc_api.domain.grades import notes_from_mapping
from scodoc_api.domain.grades_model import EvalIn, ModuleType, StudentIn

NOTE = st.one_of(
    st.floats(min_value=0, max_value=20, allow_nan=False).map(lambda x: round(x, 2)), st.just(None), st.just(-1000.0)
)
COEF = st.sampled_from([0.0, 0.5, 1.0, 2.0, 5.0, 12.0])
WEIGHT = st.sampled_from([None, 0.0, 0.5, 1.0, 2.0])


@st.composite
def but_semesters(draw):
    n_students = draw(st.integers(1, 10))
    ues = [ButUEIn(f"U{u}", u, 0, float(draw(st.sampled_from([3, 6, 12]))), u) for u in range(draw(st.integers(1, 3)))]
    mods, evals, notes, poids = [], [], {}, {}
    for m in range(draw(st.integers(1, 4))):
        mid = f"M{m}"
        kind = draw(st.sampled_from([ModuleType.RESSOURCE, ModuleType.SAE]))
        mods.append(ButModIn(mid, ues[0].id, kind, {u.id: draw(COEF) for u in ues}, m, m))
        for e in range(draw(st.integers(1, 3))):
            eid = f"E{m}{e}"
            evals.append(
                EvalIn(eid, mid, float(draw(st.sampled_from([1.0, 2.0]))), 20.0, numero=e, position=len(evals))
            )
            notes[eid] = {f"S{s}": draw(NOTE) for s in range(n_students)}
            poids[eid] = {u.id: w for u in ues if (w := draw(WEIGHT)) is not None}
    students = [StudentIn(f"S{s}", "I", f"NOM{s:02d}", frozenset(m.id for m in mods)) for s in range(n_students)]
    return ButSemesterIn(ues, mods, evals, students, notes_from_mapping(notes), poids=poids), notes


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(np.isnan(a), np.isnan(b)) and np.allclose(np.nan_to_num(a), np.nan_to_num(b)))


@settings(max_examples=120, deadline=None)
@given(but_semesters(), st.data())
def test_a_zero_coefficient_or_a_zero_weight_is_neutral(data, draw):
    sem, notes = data
    before = compute(sem)
    # a new module with a zero coefficient everywhere, and notes of every kind
    extra = ButModIn("MZ", sem.ues[0].id, ModuleType.RESSOURCE, {u.id: 0.0 for u in sem.ues}, 99, 99)
    ez = EvalIn("EZ", "MZ", 1.0, 20.0, position=999)
    zero_notes = {**notes, "EZ": {s.id: draw.draw(NOTE) for s in sem.students}}
    students = [dataclasses.replace(s, modules=s.modules | {"MZ"}) for s in sem.students]
    # and, in an existing module, an evaluation that weighs 0 toward every UE
    ew = EvalIn("EW", sem.modules[0].id, 3.0, 20.0, position=1000)
    zero_notes["EW"] = {s.id: draw.draw(NOTE) for s in sem.students}
    after = compute(
        dataclasses.replace(
            sem,
            modules=[*sem.modules, extra],
            evaluations=[*sem.evaluations, ez, ew],
            students=students,
            notes=notes_from_mapping(zero_notes),
            poids={**sem.poids, "EW": {u.id: 0.0 for u in sem.ues}},
        )
    )
    for u in sem.ues:
        assert _same(before.ue_means[u.id], after.ue_means[u.id])
        for m in sem.modules:
            assert _same(before.cube[(m.id, u.id)], after.cube[(m.id, u.id)])
    assert _same(before.moy_gen, after.moy_gen)
    assert before.rank == after.rank


@settings(max_examples=150, deadline=None)
@given(but_semesters())
def test_an_ue_mean_is_the_weighted_mean_of_its_module_contributions(data):
    sem, _ = data
    res = compute(sem)
    for u in res.ues:
        for i in range(len(sem.students)):
            pairs = [
                (matrix_coef(m, u.id, False), res.cube[(m.id, u.id)][i])
                for m in res.modules
                if matrix_coef(m, u.id, False) > 0 and not np.isnan(res.cube[(m.id, u.id)][i])
            ]
            value = res.ue_means[u.id][i]
            if not pairs:
                assert np.isnan(value)
                continue
            expected = sum(c * v for c, v in pairs) / sum(c for c, _ in pairs)
            assert abs(value - expected) < 1e-9
            assert min(v for _, v in pairs) - 1e-9 <= value <= max(v for _, v in pairs) + 1e-9


@settings(max_examples=120, deadline=None)
@given(but_semesters(), st.randoms(use_true_random=False))
def test_permuting_the_students_changes_nothing(data, rnd):
    sem, _ = data
    shuffled = list(sem.students)
    rnd.shuffle(shuffled)
    a, b = compute(sem), compute(dataclasses.replace(sem, students=shuffled))
    for s in sem.students:
        i, j = a.index[s.id], b.index[s.id]
        for u in sem.ues:
            assert _same(a.ue_means[u.id][i : i + 1], b.ue_means[u.id][j : j + 1])
            assert a.ue_ranks[u.id][i] == b.ue_ranks[u.id][j]
        assert _same(a.moy_gen[i : i + 1], b.moy_gen[j : j + 1])
        assert a.rank[i] == b.rank[j]


def test_a_parcours_ects_weighs_the_general_mean_of_its_students():
    """but.md §1.2: ECTS may differ by parcours; the student's own weigh the indicative general mean."""
    ues = [ButUEIn("U1", 1, 0, 10.0, 0), ButUEIn("U2", 2, 0, 10.0, 1)]
    mods = [
        ButModIn("M1", "U1", ModuleType.RESSOURCE, {"U1": 1.0}, 1, 0),
        ButModIn("M2", "U2", ModuleType.SAE, {"U2": 1.0}, 2, 1),
    ]
    evals = [EvalIn("E1", "M1", 1.0, 20.0, position=0), EvalIn("E2", "M2", 1.0, 20.0, position=1)]
    students = [StudentIn(s, "I", s, frozenset({"M1", "M2"})) for s in ("A", "B")]
    notes = notes_from_mapping({"E1": {"A": 10.0, "B": 10.0}, "E2": {"A": 16.0, "B": 16.0}})
    sem = ButSemesterIn(ues, mods, evals, students, notes, ects={("B", "U2"): 30.0})
    res = compute(sem)
    assert res.moy_gen[res.index["A"]] == 13.0  # (10 x 10 + 16 x 10) / 20
    assert res.moy_gen[res.index["B"]] == 14.5  # (10 x 10 + 16 x 30) / 40
