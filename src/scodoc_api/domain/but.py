"""The grade engine of BUT semesters (but.md §2). Pure functions, no I/O.

Pipeline: notes -> each module's mean toward each UE (the cube, using the evaluation weights) -> UE means
from the coefficient matrix -> malus -> sport bonus -> clipping -> indicative general mean (ECTS) ->
capitalised UEs -> ranks and statistics. Every per-student step is a numpy operation across the students;
loops go over evaluations, modules and UEs only. It shares the classic engine's note kinds, evaluation states,
population and rank strings (``grades``)."""

from collections.abc import Mapping
from typing import Any

import numpy as np

from scodoc_api.domain.bonus import check_rule, compute_bonus
from scodoc_api.domain.but_model import ButModIn, ButResults, ButSemesterIn, ButUEIn, Stats
from scodoc_api.domain.grades import evaluation_states, note_arrays, population, registered_mask
from scodoc_api.domain.grades_model import (
    ABS,
    NUM,
    UNRANKED,
    Array,
    CapIn,
    EvalIn,
    EvalState,
    EvalType,
    Population,
    UEType,
    ranked,
)
from scodoc_api.domain.grades_ranks import rank_groups

MAKEUPS = (EvalType.RATTRAPAGE, EvalType.SESSION2)


def _ratio(num: Array, den: Array, where: Array) -> Array:
    """num / den where ``where``, NaN ("no value") elsewhere."""
    out: Array = np.full(len(num), np.nan)
    np.divide(num, den, out=out, where=where)
    return out


def default_weight(m: ButModIn, ue: Any, bonus_module: bool) -> float:
    """but.md §1.3: an evaluation without a stored weight toward an UE weighs 1 if its module counts there
    (coefficient > 0), else 0; evaluations of bonus and malus modules weigh 1 everywhere."""
    if bonus_module or m.malus:
        return 1.0
    return 1.0 if m.ue_coefs.get(ue, 0.0) > 0 else 0.0


def matrix_coef(m: ButModIn, ue: Any, bonus_module: bool) -> float:
    """but.md §1.2: a missing cell is 0, or 1 for a bonus module (so that a bonus acts by default)."""
    coef = m.ue_coefs.get(ue)
    if coef is None:
        return 1.0 if bonus_module else 0.0
    return float(coef)


def _weighted_mean(
    evals: list[EvalIn], weights: list[float], kinds: dict[Any, Array], vals: dict[Any, Array], n: int
) -> Array:
    """but.md §2.2: sum of weight x note /20 over the usable notes (a number, or ABS as 0; EXC, ATT and no note
    are skipped) over the sum of their weights; NaN when that sum is 0."""
    num = np.zeros(n)
    den = np.zeros(n)
    for e, w in zip(evals, weights, strict=True):
        if w <= 0:
            continue
        k = kinds[e.id]
        usable = (k == NUM) | (k == ABS)
        note20 = np.where(k == ABS, 0.0, vals[e.id] * 20.0 / e.note_max)
        num = np.where(usable, num + note20 * w, num)
        den = np.where(usable, den + w, den)
    return _ratio(num, den, den > 0)


def _apply_special_evaluations(
    mean: Array, evals: list[EvalIn], poids: list[float], counts: bool, kinds: dict[Any, Array], vals: dict[Any, Array]
) -> Array:
    """but.md §2.3 toward one UE: bonus evaluations add their note times their weight (kept in [0, 20]); then
    the last make-up replaces the mean when better, or the last second session replaces it. ``counts``: the
    module counts in this UE (a make-up gives it a mean there even when it had none)."""
    for e, w in zip(evals, poids, strict=True):
        if e.type == EvalType.BONUS and e.note_max > 0:
            is_num = kinds[e.id] == NUM
            mean = np.where(is_num & ~np.isnan(mean), np.clip(mean + vals[e.id] * 20.0 / e.note_max * w, 0, 20), mean)
    makeups = [e for e in evals if e.type in MAKEUPS and e.note_max > 0]
    if makeups:
        e = makeups[-1]
        is_num = kinds[e.id] == NUM
        rescaled = vals[e.id] * 20.0 / e.note_max
        defined = ~np.isnan(mean)
        eligible = is_num & (defined | counts)
        if e.type == EvalType.RATTRAPAGE:
            eligible &= ~defined | (rescaled > np.where(defined, mean, 0.0))
        mean = np.where(eligible, rescaled, mean)
    return mean


def _cube(
    sem: ButSemesterIn,
    pop: Population,
    ues: list[ButUEIn],
    mods: list[ButModIn],
    evals_by_module: dict[Any, list[EvalIn]],
    kinds: dict[Any, Array],
    vals: dict[Any, Array],
    sport_ids: set[Any],
) -> tuple[dict[Any, EvalState], dict[Any, Array], dict[tuple[Any, Any], Array], dict[Any, Array]]:
    """Evaluation states, registrations, the cube of module means per UE, and the plain mean (coefficients
    only) of malus and bonus modules."""
    states: dict[Any, EvalState] = {}
    registered: dict[Any, Array] = {}
    cube: dict[tuple[Any, Any], Array] = {}
    plain: dict[Any, Array] = {}
    for m in mods:
        reg = registered_mask(sem, m, pop)
        registered[m.id] = reg
        evals = evals_by_module[m.id]
        evaluation_states(m, evals, kinds, reg, pop.active & reg, states)
        for e in evals:
            if e.type == EvalType.BONUS:  # counts even when incomplete (but.md §2.3)
                states[e.id].valid = e.note_max > 0
        normal = [e for e in evals if e.type == EvalType.NORMAL and states[e.id].valid]
        bonus_module = m.ue_id in sport_ids
        if m.malus or bonus_module:
            mean = _weighted_mean(normal, [e.coefficient for e in normal], kinds, vals, pop.n)
            plain[m.id] = np.where(reg, mean, np.nan)
            continue
        for u in ues:
            weights = [e.coefficient * _poids(sem, e, m, u.id, False) for e in normal]
            mean = _weighted_mean(normal, weights, kinds, vals, pop.n)
            specials = [e for e in evals if e.type != EvalType.NORMAL and states[e.id].valid]
            if specials:
                poids = [_poids(sem, e, m, u.id, False) for e in specials]
                mean = _apply_special_evaluations(mean, specials, poids, matrix_coef(m, u.id, False) > 0, kinds, vals)
            cube[(m.id, u.id)] = np.where(reg, mean, np.nan)
    return states, registered, cube, plain


def evaluation_weight(stored: Mapping[Any, float], m: ButModIn, ue: Any, bonus_module: bool) -> float:
    """The weight of an evaluation toward an UE: the stored one (``stored``: its weights by UE), else the
    default of but.md §1.3. The engine and the bulletin's ``poids`` both read it here."""
    weight = stored.get(ue)
    return float(weight) if weight is not None else default_weight(m, ue, bonus_module)


def _poids(sem: ButSemesterIn, e: EvalIn, m: ButModIn, ue: Any, bonus_module: bool) -> float:
    return evaluation_weight(sem.poids.get(e.id, {}), m, ue, bonus_module)


def _ue_means(ues: list[ButUEIn], mods: list[ButModIn], cube: dict[tuple[Any, Any], Array], n: int) -> dict[Any, Array]:
    """but.md §2.4: the matrix-weighted mean of the modules that have a mean toward the UE; NaN when none."""
    out = {}
    for u in ues:
        num = np.zeros(n)
        den = np.zeros(n)
        for m in mods:
            c = matrix_coef(m, u.id, False)
            if (m.id, u.id) not in cube or c <= 0:
                continue
            mean = cube[(m.id, u.id)]
            ok = ~np.isnan(mean)
            num = np.where(ok, num + c * mean, num)
            den = np.where(ok, den + c, den)
        out[u.id] = _ratio(num, den, den > 0)
    return out


def _malus(ues: list[ButUEIn], mods: list[ButModIn], plain: dict[Any, Array], n: int) -> dict[Any, Array]:
    """but.md §2.5: the sum of the means of the malus modules attached to each UE (0 without a note)."""
    out = {u.id: np.zeros(n) for u in ues}
    for m in mods:
        if m.malus and m.ue_id in out:
            out[m.ue_id] = out[m.ue_id] + np.nan_to_num(plain[m.id], nan=0.0)
    return out


def _sport_bonus(
    sem: ButSemesterIn, ues: list[ButUEIn], mods: list[ButModIn], plain: dict[Any, Array], means: dict[Any, Array]
) -> dict[Any, Array]:
    """but.md §2.6: the installation's rule reads the student's means in the bonus modules; its result is added
    to every UE mean (a rule written on the general mean is given each UE mean instead)."""
    n = len(sem.students)
    out = {u.id: np.zeros(n) for u in ues}
    bonus_mods = [m for m in mods if m.id in plain and not m.malus]
    if not sem.bonus_function or not bonus_mods:
        return out
    for i in range(n):
        notes = [float(plain[m.id][i]) for m in bonus_mods if not np.isnan(plain[m.id][i])]
        if not notes:
            continue
        coefs = [1.0] * len(notes)
        for u in ues:
            value = means[u.id][i]
            if not np.isnan(value):
                out[u.id][i] = float(compute_bonus(sem.bonus_function, notes, coefs, float(value), sem.date_debut))
    return out


def _general_mean(
    sem: ButSemesterIn, pop: Population, ues: list[ButUEIn], means: dict[Any, Array], takes: dict[Any, Array]
) -> Array:
    """but.md §2.8: the ECTS-weighted mean of the student's UEs (the ECTS of the student's parcours where it
    sets its own); an UE without a mean counts as 0 unless the semester skips empty UEs; undefined when an UE
    of the student has no ECTS."""
    n = pop.n
    num = np.zeros(n)
    den = np.zeros(n)
    no_ects = np.zeros(n, dtype=bool)
    own: dict[Any, list[tuple[int, float]]] = {}
    for (sid, ue), credits in sem.ects.items():
        if sid in pop.index:
            own.setdefault(ue, []).append((pop.index[sid], credits))
    for u in ues:
        value = means[u.id]
        counted = takes[u.id] & (~np.isnan(value) if sem.skip_empty_ues else True)
        ects = np.full(n, np.nan if u.ects is None else float(u.ects))
        for i, parcours_ects in own.get(u.id, ()):
            ects[i] = parcours_ects
        no_ects |= counted & np.isnan(ects)
        ects = np.nan_to_num(ects, nan=0.0)
        num = np.where(counted, num + ects * np.nan_to_num(value, nan=0.0), num)
        den = np.where(counted, den + ects, den)
    return _ratio(num, den, (den > 0) & ~no_ects)


def _capitalised(
    sem: ButSemesterIn, pop: Population, ues: list[ButUEIn], means: dict[Any, Array]
) -> tuple[dict[Any, Array], dict[tuple[Any, Any], CapIn]]:
    """but.md §2.9: for the general mean, a capitalised UE replaces the current one when better (or when the
    current one has no mean). The current means stay what the bulletin's ``ues`` show."""
    for_gen = {u.id: means[u.id].copy() for u in ues}
    used: dict[tuple[Any, Any], CapIn] = {}
    for sid, caps in sem.capitalized.items():
        i = pop.index.get(sid)
        if i is None or not pop.computed[i]:
            continue
        for cap in caps:
            if cap.ue_id in for_gen:
                current = for_gen[cap.ue_id][i]
                if np.isnan(current) or cap.moy > current:
                    for_gen[cap.ue_id][i] = cap.moy
                    used[(i, cap.ue_id)] = cap
    return for_gen, used


def _stats(values: Array, active: Array) -> Stats:
    """but.md §2.11: over the active students that have a value."""
    v = values[active & ~np.isnan(values)]
    if not len(v):
        return Stats(None, None, None)
    return Stats(float(v.min()), float(v.max()), float(np.add.accumulate(v)[-1]) / len(v))


def _rank_key(values: Array) -> Array:
    """grades_model.rank_key for an array with NaN for "no value": the mean negated, no value last."""
    key: Array = np.where(np.isnan(values), UNRANKED, -values)
    return key


def _ranks(values: Array, pop: Population) -> list[str]:
    out = [""] * pop.n
    for i, r in ranked(np.arange(pop.n), _rank_key(values), pop.name_rank):
        out[i] = r
    return out


def _ordered(sem: ButSemesterIn) -> tuple[list[ButUEIn], list[ButModIn], dict[Any, list[EvalIn]]]:
    ues = sorted(sem.ues, key=lambda u: (u.numero, u.position))
    mods = sorted(sem.modules, key=lambda m: (m.numero, m.position))
    evals_by_module: dict[Any, list[EvalIn]] = {m.id: [] for m in mods}
    for e in sorted(sem.evaluations, key=lambda e: e.order_key):
        evals_by_module.setdefault(e.module_id, []).append(e)
    return ues, mods, evals_by_module


def compute(sem: ButSemesterIn) -> ButResults:
    """Every result of a BUT semester, in the steps of but.md §2."""
    check_rule(sem.bonus_function)
    pop = population(sem)
    n = pop.n
    all_ues, mods, evals_by_module = _ordered(sem)
    ues = [u for u in all_ues if u.type != UEType.SPORT]
    sport_ues = [u for u in all_ues if u.type == UEType.SPORT]
    kinds, vals = note_arrays(sem, pop)
    sport_ids = {u.id for u in sport_ues}
    states, registered, cube, plain = _cube(sem, pop, ues, mods, evals_by_module, kinds, vals, sport_ids)
    takes = {u.id: pop.computed.copy() for u in ues}
    for sid, ue in sem.dispensed:
        i = pop.index.get(sid)
        if i is not None and ue in takes:
            takes[ue][i] = False
    means = _ue_means(ues, mods, cube, n)
    malus = _malus(ues, mods, plain, n)
    for u in ues:
        means[u.id] = np.where(takes[u.id], means[u.id] - malus[u.id], np.nan)
    bonus = _sport_bonus(sem, ues, mods, plain, means)
    for u in ues:
        means[u.id] = np.clip(means[u.id] + bonus[u.id], 0.0, 20.0)
    for_gen, used = _capitalised(sem, pop, ues, means)
    moy_gen = np.where(pop.computed, _general_mean(sem, pop, ues, for_gen, takes), np.nan)
    indicative = {m.id: _indicative(m, ues, cube, n) for m in mods if not m.malus and m.id not in plain}
    group_ranks, member_of = rank_groups(sem.groups, pop, _rank_key(moy_gen))
    return ButResults(
        students=sem.students,
        index=pop.index,
        active=pop.active,
        ues=ues,
        sport_ues=sport_ues,
        modules=mods,
        evals_by_module=evals_by_module,
        eval_states=states,
        registered=registered,
        cube=cube,
        indicative=indicative,
        takes=takes,
        ue_means=means,
        malus=malus,
        bonus=bonus,
        moy_gen=moy_gen,
        rank=_ranks(moy_gen, pop),
        ue_ranks={u.id: _ranks(means[u.id], pop) for u in ues},
        ue_rank_total={u.id: int(np.count_nonzero(~np.isnan(means[u.id]))) for u in ues},
        ue_stats={u.id: _stats(means[u.id], pop.active) for u in ues},
        general_stats=_stats(moy_gen, pop.active),
        module_stats={m_id: _stats(v, pop.active) for m_id, v in indicative.items()},
        eval_stats={e.id: _eval_stats(e, kinds, vals, pop.active) for e in sem.evaluations},
        group_ranks=group_ranks,
        member_of=member_of,
        note_kinds=kinds,
        note_values=vals,
        capitalized_used=used,
    )


def _indicative(m: ButModIn, ues: list[ButUEIn], cube: dict[tuple[Any, Any], Array], n: int) -> Array:
    """but.md §3.2 (ScoDoc 9.1): the average of the module's defined per-UE means."""
    rows = [cube[(m.id, u.id)] for u in ues if (m.id, u.id) in cube]
    if not rows:
        return np.full(n, np.nan)
    stack = np.vstack(rows)
    count = np.count_nonzero(~np.isnan(stack), axis=0)
    total = np.nansum(stack, axis=0)
    return _ratio(total, count, count > 0)


def _eval_stats(e: EvalIn, kinds: dict[Any, Array], vals: dict[Any, Array], active: Array) -> Stats:
    """but.md §2.11: over the numeric notes of active students, on /20 (ABS, EXC, ATT ignored)."""
    if e.note_max <= 0:
        return Stats(None, None, None)
    note20 = np.where(kinds[e.id] == NUM, vals[e.id] * 20.0 / e.note_max, np.nan)
    return _stats(note20, active)
