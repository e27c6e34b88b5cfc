"""Every classic vector through the pure engine: every expected number, text, rank and statistic."""

import pytest

from scodoc_api.domain.grades import compute
from tests.vectors.adapter import compare, engine_actual, grade_cases, to_engine

CASES = list(grade_cases())


def test_there_are_vectors():
    assert len(CASES) >= 25


@pytest.mark.parametrize("name, case", CASES, ids=[f"{n}:{c['id']}" for n, c in CASES])
def test_vector(name, case):
    res = compute(to_engine(case["inputs"]))
    diffs = compare(case["expected"], engine_actual(res, case["inputs"]))
    assert not diffs, "\n".join(diffs[:20])
