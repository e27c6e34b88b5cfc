"""An evicted BUT semester is freed at once, as a classic one (tests/api/test_results_cache_bound.py)."""

from tests.api.test_results_cache_bound import assert_freed_once_evicted


async def test_an_evicted_but_semester_is_freed_at_once(app, client, auth, but):
    sem, etudid = but["sems"][1], but["students"][1][0]
    url = f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sem}/bulletin"
    await assert_freed_once_evicted(app, client, await auth("admin"), url)
