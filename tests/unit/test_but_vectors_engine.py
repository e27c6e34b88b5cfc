"""Every BUT vector through the pure BUT engine: each expected number, text, rank and statistic."""

import math

import pytest

from scodoc_api.domain.but import compute
from tests.vectors.but_adapter import but_actual, but_cases, to_but_engine

CASES = list(but_cases())


def test_there_are_but_vectors():
    assert len(CASES) >= 2


def _diff(path: str, expected, actual, out: list[str]) -> None:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            out.append(f"{path}: expected an object, got {actual!r}")
            return
        for k, v in expected.items():
            _diff(f"{path}.{k}", v, actual.get(k, "<missing>"), out)
    elif isinstance(expected, float) and isinstance(actual, float):
        if not math.isclose(expected, actual, rel_tol=0, abs_tol=1e-12):
            out.append(f"{path}: expected {expected!r}, got {actual!r}")
    elif expected != actual or type(expected) is not type(actual):
        out.append(f"{path}: expected {expected!r}, got {actual!r}")


@pytest.mark.parametrize("name, case", CASES, ids=[f"{n}:{c['id']}" for n, c in CASES])
def test_but_vector(name, case):
    res = compute(to_but_engine(case["inputs"]))
    actual = but_actual(res, case["inputs"])
    diffs: list[str] = []
    for key, expected in case["expected"].items():
        if key != "bulletin":
            _diff(key, expected, actual.get(key, "<missing>"), diffs)
    assert not diffs, "\n".join(diffs[:30])
