"""Ranks and statistics of a computed semester (grades.md §8-9): steps of the grade engine."""

from typing import Any

import numpy as np

from scodoc_api.domain.formatting import NA
from scodoc_api.domain.grades_model import (
    FLOAT,
    Array,
    EvalIn,
    ModuleResults,
    ModuleStats,
    Population,
    SemesterIn,
    UEIn,
    UEResult,
    left_to_right_mean,
    rank_key,
    ranked,
)


def rank_ues(ues: list[UEIn], ue_results: dict[Any, UEResult], pop: Population, general_order: list[int]) -> None:
    """grades.md §8.4 and §9: each UE's ranks, head count and statistics (over active students)."""
    everybody = list(range(pop.n))
    for u in ues:
        r = ue_results[u.id]
        ranks = [""] * pop.n
        for i, rk in ranked(everybody, rank_key(r.moy), pop.name_rank):
            ranks[i] = rk
        r.ranks, r.effectif = ranks, sum(1 for x in r.moy if isinstance(x, float))
        act = [r.moy[i] for i in general_order if pop.active[i]]
        r.stats = {"min": min(act), "max": max(act), "moy": left_to_right_mean(act)} if act else {}


def module_statistics(
    sem: SemesterIn, mods: ModuleResults, evals_by_module: dict[Any, list[EvalIn]], pop: Population
) -> dict[Any, ModuleStats]:
    """grades.md §9: each module's statistics over active students, summed in name order as ScoDoc does."""
    n = pop.n
    name_order = sorted(range(n), key=lambda i: pop.names[i])
    n_active = int(np.count_nonzero(pop.active))
    by_name = np.array(name_order, dtype=np.int64)
    active_by_name = pop.active[by_name] if n else np.zeros(0, dtype=bool)
    stats = {}
    for m in sem.modules:
        mean, state = mods.arrays[m.id]
        floats = mean[by_name[active_by_name & (state[by_name] == FLOAT)]] if n else np.zeros(0)
        stats[m.id] = ModuleStats(
            moy=left_to_right_mean(floats) if len(floats) else NA,
            max=float(floats.max()) if len(floats) else NA,
            min=float(floats.min()) if len(floats) else NA,
            nb_notes=len(floats),
            nb_missing=n_active - len(floats),
            nb_valid_evals=sum(1 for e in evals_by_module[m.id] if mods.eval_states[e.id].valid),
        )
    return stats


def rank_groups(partitions: dict[Any, Any], pop: Population, gen_key: Array) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """grades.md §8.6: the general rank within each group of ``partitions`` ({partition: {group: [student
    ids]}}); and each student's group per partition."""
    group_ranks, member_of = {}, {}
    for pname, groups in partitions.items():
        for gname, members in groups.items():
            idx = [pop.index[s] for s in members if s in pop.index]
            for i in idx:
                member_of[(pname, i)] = gname
            group_ranks[(pname, gname)] = {"ranks": dict(ranked(idx, gen_key, pop.name_rank)), "ninscrits": len(idx)}
    return group_ranks, member_of
