"""The results cache is bounded in bytes (RESULTS_CACHE_MB): least recently used semesters go first, renderings
count at their size, and the estimate of a computed semester stays close to what it really allocates."""

import asyncio
import gc
import tracemalloc
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from bench.but import but_bench_dataset
from scodoc_api.db import migrate
from scodoc_api.db.engine import create_engine, make_sessionmaker
from scodoc_api.models import FormSemestre
from scodoc_api.services.bulletin import semester_extras
from scodoc_api.services.bulletin_builder import builder_for
from scodoc_api.services.dataset import load_dataset
from scodoc_api.services.demo import make_demo_dataset
from scodoc_api.services.results import Computed, ResultsCache, allocated_bytes, estimated_bytes, get_results

MB = 1024 * 1024


def fake(students: int, evaluations: int) -> Computed:
    rows = SimpleNamespace(students=[None] * students, evaluations=[None] * evaluations)
    return Computed(rows, SimpleNamespace(students=[None] * students), 1)  # type: ignore[arg-type]


def test_least_recently_used_semesters_leave_first():
    one = estimated_bytes(fake(100, 50).rows)
    cache = ResultsCache(max_bytes=3 * one + one // 2)
    for sem in (1, 2, 3):
        cache.put((sem, 1), fake(100, 50))
    assert cache.get((1, 1)) is not None  # 1 is now the most recent
    cache.put((4, 1), fake(100, 50))
    assert [k[0] for k in cache.data] == [3, 1, 4]  # 2 was the least recently used
    assert cache.nbytes <= cache.max_bytes


def test_renderings_count_and_push_others_out():
    one = estimated_bytes(fake(100, 50).rows)
    cache = ResultsCache(max_bytes=2 * one + 1 * MB)
    cache.put((1, 1), fake(100, 50))
    cache.put((2, 1), fake(100, 50))
    hot = cache.get((2, 1))
    for k in range(3):
        hot.keep_rendering(k, b"x" * (400 * 1024))
    assert hot.rendered_bytes >= 1200 * 1024  # within its budget, half the bound
    assert cache.get((2, 1)) is hot
    assert list(cache.data) == [(2, 1)]  # semester 1 left to make room for 2's renderings


def test_a_semester_alone_over_the_bound_stays_and_its_renderings_stop_at_half():
    cache = ResultsCache(max_bytes=8 * MB)
    big = fake(2000, 96)  # about 40 MB estimated
    cache.put((1, 1), big)
    assert cache.get((1, 1)) is big
    for k in range(20):
        big.keep_rendering(k, b"x" * MB)
    assert len(big.rendered) == 3  # half of the bound, less the overhead: 3 renderings of 1 MB
    assert big.rendered_bytes <= cache.max_bytes // 2


def test_the_bound_follows_the_setting(app):
    assert app.state.results_cache.max_bytes == app.state.settings.results_cache_mb * MB


async def _computed_with_builder(db, cache: ResultsCache, sem_id: int) -> Computed:
    computed = await get_results(db, sem_id, cache=cache)
    builder_for(computed, await semester_extras(db, computed, "Europe/Paris"), "Europe/Paris")
    return computed


@pytest.mark.slow
@pytest.mark.parametrize(
    "dataset",
    [
        lambda: make_demo_dataset(300, seed=5),
        lambda: make_demo_dataset(150, seed=5, n_evals=2),
        lambda: but_bench_dataset(200),
    ],
    ids=["classic-300x96", "classic-150x48", "but-200x80"],
)
async def test_the_allocation_estimate_is_within_25_percent_of_the_traced_allocations(tmp_path, dataset):
    url = f"sqlite+aiosqlite:///{tmp_path / 'memory.db'}"
    await asyncio.to_thread(migrate.upgrade, url)
    engine = create_engine(url)
    try:
        async with make_sessionmaker(engine)() as db:
            await load_dataset(db, dataset())
            await db.commit()
        async with make_sessionmaker(engine)() as db:
            sem_id = (await db.execute(select(FormSemestre.id))).scalars().first()
            cache = ResultsCache(1024 * MB)
            await _computed_with_builder(db, cache, sem_id)  # once first: module-level caches are not the cache's
            cache.data.clear()
            gc.collect()
            tracemalloc.start()
            try:
                before = tracemalloc.get_traced_memory()[0]
                computed = await _computed_with_builder(db, cache, sem_id)
                gc.collect()
                measured = tracemalloc.get_traced_memory()[0] - before
            finally:
                tracemalloc.stop()
    finally:
        await engine.dispose()
    estimate = allocated_bytes(computed.rows)
    assert 0.75 <= estimate / measured <= 1.25, (estimate, measured)
    assert computed.base_bytes == estimated_bytes(computed.rows) > estimate  # the RSS it adds: more


async def assert_freed_once_evicted(app, client, headers: dict, url: str) -> None:
    """No reference cycle keeps evicted results alive until a full garbage collection (which a big heap makes
    rare): the bound would bound nothing. ``url``: a bulletin (computed, built and rendered)."""
    import weakref

    assert (await client.get(url, headers=headers)).status_code == 200  # one-time caches filled
    cache = app.state.results_cache
    gc.disable()
    try:
        cache.data.clear()
        assert (await client.get(url, headers=headers)).status_code == 200
        (computed,) = cache.data.values()
        assert computed.builders and computed.rendered
        ref = weakref.ref(computed)
        del computed
        cache.data.clear()
        assert ref() is None
    finally:
        gc.enable()


async def test_an_evicted_semester_is_freed_at_once(app, db, client, auth):
    from tests.api.world import world_ids

    w = await world_ids(db)
    url = f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}"
    await assert_freed_once_evicted(app, client, await auth("chef"), url)
