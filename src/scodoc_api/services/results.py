"""Computed results of a semester: loaded in a few queries, computed by the pure engine, cached per process
under the semester's ``results_version``. Every write that can change results bumps that version in the same
transaction, so every worker sees the change at its next read and never serves stale grades."""

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from scodoc_api.core.errors import Conflict
from scodoc_api.core.metrics import CACHE_BYTES, CACHE_EVICTIONS, RESULTS, RESULTS_SECONDS
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import but
from scodoc_api.domain import grades as g
from scodoc_api.repositories.results import (
    SemesterRows,
    current_version,
    load_semester,
    reload_notes,
    renew_versions,
    versions_of,
)
from scodoc_api.services.engine_rows import evaluations_in, students_in
from scodoc_api.services.results_but import but_engine_input

# The memory of one cached semester, for the cache's bound (RESULTS_CACHE_MB). What it allocates is fitted on the
# traced allocations (tracemalloc) of classic and BUT semesters of 50 to 600 students and 48 to 96 evaluations,
# with the bulletin builder (0.99 to 1.18 times the measure; tests/api/test_results_cache_bound.py keeps it within
# 25 %). A worker's RSS grows by more, the allocator's slack: 12.0 MB per 600-student semester against 7.5 MB
# allocated (bench/memory.py, 50 semesters), hence RSS_PER_ALLOCATED. Rendered bulletins count at their exact
# size, which is also what they add to the RSS (16.3 MB per semester for 16.2 MB of bodies).
BYTES_PER_NOTE_CELL = 80  # per (student, evaluation): note arrays and per-student module results
BYTES_PER_STUDENT = 5_000  # identity row, UE and general results, ranks, bulletin targets
BYTES_PER_SEMESTER = 200_000  # rows of the formation, statistics, the builder's shared texts
RSS_PER_ALLOCATED = 1.6
RENDERED_OVERHEAD = 150  # the bytes object and its key in the renderings' dict


def allocated_bytes(rows: SemesterRows) -> int:
    """What a computed semester of these rows allocates, renderings excluded."""
    students = len(rows.students)
    return BYTES_PER_SEMESTER + students * (BYTES_PER_STUDENT + BYTES_PER_NOTE_CELL * len(rows.evaluations))


def estimated_bytes(rows: SemesterRows) -> int:
    """What a computed semester of these rows adds to a worker's resident memory, renderings excluded."""
    return int(allocated_bytes(rows) * RSS_PER_ALLOCATED)


@dataclass
class Computed:
    rows: SemesterRows
    results: g.SemesterResults | but.ButResults  # ButResults when ``rows.but`` is set
    version: int
    # What bulletins derive from these results and keep with them (services/bulletin.py), hence never stale:
    bulletin_context: object = None  # department, Apogée steps, preferences
    extras: object = None  # per-student absences, decisions, appreciations... (unchanged by notes writes)
    builders: dict = field(default_factory=dict)  # (modern, timezone) -> BulletinBuilder
    rendered: dict = field(default_factory=dict)  # rendering key -> bytes
    targets: dict = field(default_factory=dict)  # etudid -> (student dept, semester dept), checked registered
    base_bytes: int = 0  # estimated_bytes(rows), set by the cache
    rendered_bytes: int = 0
    rendering_budget: int = 0  # the most renderings may take (set by the cache from its bound)

    @property
    def nbytes(self) -> int:
        return self.base_bytes + self.rendered_bytes

    def keep_rendering(self, key, body: bytes) -> None:
        """Remember a rendered bulletin, within the budget the cache gives this semester."""
        size = len(body) + RENDERED_OVERHEAD
        if self.rendered_bytes + size <= self.rendering_budget:
            self.rendered[key] = body
            self.rendered_bytes += size


class ResultsCache:
    """An LRU of computed semesters, keyed by (formsemestre id, results_version), bounded in bytes (estimated:
    ``estimated_bytes`` plus the exact size of the kept renderings). The most recently used semester always
    stays, even alone over the bound; its renderings stop at half the bound."""

    def __init__(self, max_bytes: int = 256 * 1024 * 1024):
        self.max_bytes = max_bytes
        self.data: OrderedDict = OrderedDict()
        self.locks: dict = {}

    @property
    def nbytes(self) -> int:
        return sum(c.nbytes for c in self.data.values())

    def get(self, key):
        value = self.data.get(key)
        if value is not None:
            self.data.move_to_end(key)
            RESULTS.labels("cached").inc()
            self._evict()  # renderings kept since the last call may have grown the total
        return value

    def put(self, key, value: Computed) -> None:
        for old in [k for k in self.data if k[0] == key[0] and k != key]:
            del self.data[old]
        value.base_bytes = estimated_bytes(value.rows)
        value.rendering_budget = self.max_bytes // 2
        self.data[key] = value
        self._evict()

    def _evict(self) -> None:
        total = self.nbytes
        while total > self.max_bytes and len(self.data) > 1:
            _, old = self.data.popitem(last=False)
            total -= old.nbytes
            CACHE_EVICTIONS.inc()
        CACHE_BYTES.set(total)

    def latest(self, sem_id: int):
        """The entry of this semester (another version than the one sought), if any."""
        return next((v for k, v in reversed(self.data.items()) if k[0] == sem_id), None)

    def lock(self, sem_id: int) -> asyncio.Lock:
        return self.locks.setdefault(sem_id, asyncio.Lock())


def engine_input(r: SemesterRows) -> g.SemesterIn:
    sem = r.sem
    ues = [g.UEIn(u.id, u.numero or 0, u.type or 0, u.coefficient, u.id) for u in r.ues]
    for mi_id, _module, _mat_num, expr in r.modules:
        if expr and expr.strip() and not expr.strip().startswith("#"):
            raise Conflict(f"le moduleimpl {mi_id} utilise une formule de calcul, non prise en charge")
    mods = [
        g.ModIn(
            mi_id,
            module.ue_id,
            float(module.coefficient or 0.0),
            module.module_type == g.ModuleType.MALUS,
            mat_num or 0,
            module.numero or 0,
            mi_id,
        )
        for mi_id, module, mat_num, _ in r.modules
    ]
    evals = evaluations_in(r)
    students = students_in(r)
    groups: dict = {}
    pnames = {pid: name for pid, name, _ in r.partitions}
    for pid, gname, etudid, _ in r.memberships:
        groups.setdefault(pnames[pid], {}).setdefault(gname, []).append(etudid)
    ue_by_code: dict = {}
    for u in r.ues:
        ue_by_code.setdefault(u.ue_code, []).append(u)
    current_coefs: dict = {}
    if r.capitalisations:
        ue_of = {mi_id: module.ue_id for mi_id, module, _, _ in r.modules}
        coef_of = {mi_id: float(module.coefficient or 0.0) for mi_id, module, _, _ in r.modules}
        for mi_id, etudids in r.mod_inscriptions.items():
            for etudid in etudids:
                key = (ue_of[mi_id], etudid)
                current_coefs[key] = current_coefs.get(key, 0.0) + coef_of[mi_id]
    caps: dict = {}
    for etudid, code, moy, when, osem_id, origin_ue, _ in r.capitalisations:
        if moy is None:
            continue
        for u in ue_by_code.get(code, []):
            coef = r.ue_coef_overrides.get(u.id)
            if coef is None and osem_id is not None:
                coef = r.origin_coefs.get((osem_id, origin_ue, etudid)) or None
            if coef is None:
                coef = current_coefs.get((u.id, etudid))
            if coef is None:
                raise Conflict(f"coefficient de l'UE capitalisée {u.acronyme} à saisir pour ce semestre")
            caps.setdefault(etudid, []).append(g.CapIn(u.id, float(moy), float(coef), when.date() if when else None))
    return g.SemesterIn(
        ues,
        mods,
        evals,
        students,
        r.notes,
        use_ue_coefs=sem.use_ue_coefs,
        block_moyennes=sem.block_moyennes,
        bonus_function=sem.bonus_function,
        date_debut=sem.date_debut,
        capitalized=caps,
        groups=groups,
        registrations=r.mod_inscriptions,
    )


async def get_results(
    db: AsyncSession, formsemestre_id: int, *, cache: ResultsCache, version: int | None = None
) -> Computed | None:
    """``version``: the semester's results_version when the caller has just read it (saves a query)."""
    if version is None:
        version = await current_version(db, formsemestre_id)
    if version is None:
        return None
    key = (formsemestre_id, version)
    hit = cache.get(key)
    if hit is not None:
        return hit
    async with cache.lock(formsemestre_id):  # one computation at a time per semester and process
        hit = cache.get(key)
        if hit is not None:
            return hit
        started = time.perf_counter()
        base = cache.latest(formsemestre_id)
        rows = await _updated_rows(db, base, formsemestre_id, version) if base is not None else None
        incremental = rows is not None
        if rows is None:
            rows = await load_semester(db, formsemestre_id)
        try:
            results = but.compute(but_engine_input(rows)) if rows.but is not None else g.compute(engine_input(rows))
        except ValueError as exc:  # e.g. an unsupported bonus rule
            raise Conflict(str(exc)) from None
        computed = Computed(rows, results, version)
        # the facts a bulletin request checks (the student is registered; both departments), known for every
        # registered student: a bulletin of cached results then needs no query of its own
        computed.targets = {e.id: (e.dept_id, rows.sem.dept_id) for e, _ in rows.students}
        if incremental:  # a notes-only write leaves the bulletins' semester context and extras valid
            computed.bulletin_context, computed.extras = base.bulletin_context, base.extras
        cache.put(key, computed)
        outcome = "notes_reloaded" if incremental else "computed"
        RESULTS.labels(outcome).inc()
        RESULTS_SECONDS.labels(outcome).observe(time.perf_counter() - started)
        return computed


async def _updated_rows(db: AsyncSession, base: Computed, formsemestre_id: int, version: int) -> SemesterRows | None:
    """The rows of ``version`` from those of ``base`` when the write in between changed only some notes (the
    semester records which); None when everything must be read again."""
    row = await versions_of(db, formsemestre_id)
    if row is None or row[0] != version or row[1] != base.version or not row[2]:
        return None
    return await reload_notes(db, base.rows, [int(ev) for ev in row[2].split(",")])


async def invalidate(db: AsyncSession, formsemestre_ids, *, notes_of: list[int] | None = None) -> None:
    """Renew the results version of these semesters, inside the caller's transaction. ``notes_of``: the write
    changed only the notes of these evaluations; the semester keeps the version it replaces (the SET clauses
    read the row as it was, under its lock) so that workers holding it reload those notes only."""
    await renew_versions(db, list(set(formsemestre_ids)), notes_of=sorted(set(notes_of or [])))
