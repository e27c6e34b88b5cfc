"""The grade engine of classic (DUT-style) semesters: grades.md, to the last bit. Pure functions, no I/O.

A whole semester is computed at once from plain data. Per-student arithmetic is vectorised with numpy
across students while loops go over evaluations, modules and UEs in ScoDoc's order, so that every student's
floating-point operations happen in exactly ScoDoc's order (elementwise numpy ops are IEEE-identical to
Python's). Sums that ScoDoc does over students (statistics) stay Python left-to-right sums.
"""

from typing import Any

import numpy as np

from scodoc_api.domain.bonus import check_rule, compute_bonus
from scodoc_api.domain.formatting import NA as NA
from scodoc_api.domain.formatting import NI as NI
from scodoc_api.domain.formatting import NOTE_ATTENTE, NOTE_NEUTRALISE
from scodoc_api.domain.grades_model import (
    ABS as ABS,
)
from scodoc_api.domain.grades_model import (
    ATT as ATT,
)
from scodoc_api.domain.grades_model import (
    EXC as EXC,
)
from scodoc_api.domain.grades_model import (
    FLOAT as FLOAT,
)
from scodoc_api.domain.grades_model import (
    MIN_DATE as MIN_DATE,
)
from scodoc_api.domain.grades_model import (
    NO_NOTE as NO_NOTE,
)
from scodoc_api.domain.grades_model import (
    NONE as NONE,
)
from scodoc_api.domain.grades_model import (
    NUM as NUM,
)
from scodoc_api.domain.grades_model import (
    S_NA as S_NA,
)
from scodoc_api.domain.grades_model import (
    S_NI as S_NI,
)
from scodoc_api.domain.grades_model import (
    UE_SPORT as UE_SPORT,
)
from scodoc_api.domain.grades_model import (
    UNRANKED as UNRANKED,
)
from scodoc_api.domain.grades_model import (  # the engine's data, re-exported: g.UEIn, g.NA...
    Array as Array,
)
from scodoc_api.domain.grades_model import (
    CapIn as CapIn,
)
from scodoc_api.domain.grades_model import (
    EvalIn as EvalIn,
)
from scodoc_api.domain.grades_model import (
    EvalState as EvalState,
)
from scodoc_api.domain.grades_model import (
    EvalType as EvalType,
)
from scodoc_api.domain.grades_model import (
    ModIn as ModIn,
)
from scodoc_api.domain.grades_model import ModuleLike, SemesterNotes
from scodoc_api.domain.grades_model import (
    ModuleResults as ModuleResults,
)
from scodoc_api.domain.grades_model import (
    ModuleStats as ModuleStats,
)
from scodoc_api.domain.grades_model import (
    ModuleType as ModuleType,
)
from scodoc_api.domain.grades_model import (
    Population as Population,
)
from scodoc_api.domain.grades_model import (
    SemesterIn as SemesterIn,
)
from scodoc_api.domain.grades_model import (
    SemesterResults as SemesterResults,
)
from scodoc_api.domain.grades_model import (
    StudentIn as StudentIn,
)
from scodoc_api.domain.grades_model import (
    UEIn as UEIn,
)
from scodoc_api.domain.grades_model import (
    UEResult as UEResult,
)
from scodoc_api.domain.grades_model import (
    UEType as UEType,
)
from scodoc_api.domain.grades_model import (
    left_to_right_mean as left_to_right_mean,
)
from scodoc_api.domain.grades_model import (
    name_ranks as name_ranks,
)
from scodoc_api.domain.grades_model import (
    position_finder as position_finder,
)
from scodoc_api.domain.grades_model import (
    rank_key as rank_key,
)
from scodoc_api.domain.grades_model import (
    ranked as ranked,
)
from scodoc_api.domain.grades_ranks import module_statistics, rank_groups, rank_ues


def notes_from_mapping(notes: dict[Any, Any]) -> dict[Any, Any]:
    """{evaluation id: {student id: value or None}} -> the array form of ``SemesterIn.notes``."""
    return {e: (list(per), [np.nan if v is None else float(v) for v in per.values()]) for e, per in notes.items()}


def population(sem: SemesterNotes) -> Population:
    students = sem.students
    index = {s.id: i for i, s in enumerate(students)}
    names = [s.name_key for s in students]
    active = np.array([s.etat == "I" for s in students], dtype=bool)
    return Population(
        len(students),
        index,
        names,
        name_ranks(names),
        active,
        active & (not sem.block_moyennes),
        position_finder([s.id for s in students], index),
    )


def _ordered(sem: SemesterIn) -> tuple[list[UEIn], dict[Any, list[ModIn]], dict[Any, list[EvalIn]]]:
    """UEs, the modules of each UE and the evaluations of each module, in ScoDoc's order."""
    ues = sorted(sem.ues, key=lambda u: (u.numero, u.position))
    modules_by_ue: dict[Any, list[ModIn]] = {u.id: [] for u in ues}
    for m in sorted(sem.modules, key=lambda m: (m.matiere_numero, m.numero, m.position)):
        modules_by_ue.setdefault(m.ue_id, []).append(m)
    evals_by_module: dict[Any, list[EvalIn]] = {m.id: [] for m in sem.modules}
    for e in sorted(sem.evaluations, key=lambda e: e.order_key):
        evals_by_module.setdefault(e.module_id, []).append(e)
    return ues, modules_by_ue, evals_by_module


def note_arrays(sem: SemesterNotes, pop: Population) -> tuple[dict[Any, Array], dict[Any, Array]]:
    """grades.md §2: per evaluation, the kind of each student's note and its value on the evaluation's scale."""
    kinds: dict[Any, Array] = {}
    vals: dict[Any, Array] = {}
    for e in sem.evaluations:
        k = np.zeros(pop.n, dtype=np.int8)
        v = np.zeros(pop.n, dtype=np.float64)
        etudids, values = sem.notes.get(e.id, ((), ()))
        if len(etudids):
            pos = pop.positions(etudids)
            values = np.asarray(values, dtype=np.float64)
            keep = pos >= 0
            pos, values = pos[keep], values[keep]
            kind = np.full(len(pos), NUM, dtype=np.int8)
            kind[np.isnan(values)] = ABS
            kind[values == NOTE_NEUTRALISE] = EXC
            kind[values == NOTE_ATTENTE] = ATT
            k[pos] = kind
            v[pos] = np.where(kind == NUM, values, 0.0)
        kinds[e.id], vals[e.id] = k, v
    return kinds, vals


def registered_mask(sem: SemesterNotes, m: ModuleLike, pop: Population) -> Array:
    if sem.registrations is None:
        return np.array([m.id in s.modules for s in sem.students], dtype=bool)
    reg = np.zeros(pop.n, dtype=bool)
    ids = sem.registrations.get(m.id, ())
    if len(ids):
        pos = pop.positions(ids)
        reg[pos[pos >= 0]] = True
    return reg


def evaluation_states(
    m: ModuleLike,
    evals: list[EvalIn],
    kinds: dict[Any, Array],
    reg: Array,
    followers: Array,
    states: dict[Any, EvalState],
) -> bool:
    """grades.md §3: the state of each evaluation of module ``m`` (into ``states``); True when one of them
    waits for notes (ATT), which hides the ranks."""
    waiting = False
    for e in evals:
        k = kinds[e.id]
        has = k != NONE
        missing = int(np.count_nonzero(followers & (~has | (k == ATT))))
        att = int(np.count_nonzero(followers & (k == ATT)))
        nb_notes = int(np.count_nonzero(reg & has))
        complete = missing == 0 or e.type in (EvalType.RATTRAPAGE, EvalType.SESSION2) or m.malus
        attente = missing > 0 and (missing == att or e.publish_incomplete) and not m.malus
        if e.publish_incomplete and nb_notes == 0:
            attente = False
        states[e.id] = EvalState(complete, attente, (complete or attente) and e.note_max > 0, nb_notes)
        waiting = waiting or attente
    return waiting


def _module_mean(
    evals: list[EvalIn], kinds: dict[Any, Array], vals: dict[Any, Array], states: dict[Any, EvalState], n: int
) -> tuple[Array, Array]:
    """grades.md §4.1-4.2: (mean, state) of each student in one module; states FLOAT or S_NA."""
    weighted_sum = np.zeros(n)
    sum_coefs = np.zeros(n)
    missing = np.zeros(n, dtype=np.int64)
    for e in evals:  # 4.1 normal evaluations
        if e.type != EvalType.NORMAL or not states[e.id].valid:
            continue
        k = kinds[e.id]
        has = k != NONE
        counted = has & (k != EXC) & (k != ATT)
        v = np.where(k == ABS, 0.0, vals[e.id])
        contribution = (v * 20.0 / e.note_max) * e.coefficient
        weighted_sum = np.where(counted, weighted_sum + contribution, weighted_sum)
        sum_coefs = np.where(counted, sum_coefs + e.coefficient, sum_coefs)
        if e.coefficient > 0 and not e.publish_incomplete:
            missing = missing + (~has)
    ok = (missing == 0) & (sum_coefs > 0)
    mean = np.divide(weighted_sum, sum_coefs, out=np.zeros(n), where=ok)
    state = np.where(ok, FLOAT, S_NA).astype(np.int8)
    makeups = [e for e in evals if e.type in (EvalType.RATTRAPAGE, EvalType.SESSION2)]
    if makeups:  # 4.2 make-up or second session: the last one only
        e = makeups[-1]
        note = vals[e.id]
        is_num = kinds[e.id] == NUM
        raw = is_num & (state != FLOAT)
        mean = np.where(raw, note, mean)
        if e.note_max > 0:
            rescaled = note * 20.0 / e.note_max
            floaty = is_num & (state == FLOAT)
            if e.type == EvalType.RATTRAPAGE:  # only when better
                mean = np.where(floaty & (rescaled > mean), rescaled, mean)
            else:  # second session: replaces the mean
                mean = np.where(floaty, rescaled, mean)
        state = np.where(raw, FLOAT, state).astype(np.int8)
    return mean, state


def _modules(
    sem: SemesterIn,
    pop: Population,
    evals_by_module: dict[Any, list[EvalIn]],
    kinds: dict[Any, Array],
    vals: dict[Any, Array],
) -> ModuleResults:
    """grades.md §3-4: evaluation states, then every module's mean; NI for students not following it."""
    out = ModuleResults({}, {}, {}, {})
    for m in sem.modules:
        reg = registered_mask(sem, m, pop)
        followers = pop.active & reg
        waiting = evaluation_states(m, evals_by_module[m.id], kinds, reg, followers, out.eval_states)
        out.waiting[m.id] = waiting and not m.malus
        mean, state = _module_mean(evals_by_module[m.id], kinds, vals, out.eval_states, pop.n)
        state = np.where(followers, state, S_NI).astype(np.int8)
        out.arrays[m.id] = (mean, state)
        out.means[m.id] = [
            float(x) if st == FLOAT else (NA if st == S_NA else NI)
            for x, st in zip(mean.tolist(), state.tolist(), strict=True)
        ]
    return out


SportNotes = tuple[list[list[float]], list[list[float]]]  # per student: the sport modules' notes, coefficients


def _ue_result(
    sem: SemesterIn, u: UEIn, modules: list[ModIn], mods: ModuleResults, pop: Population
) -> tuple[UEResult, SportNotes]:
    """grades.md §5 (UE mean, malus), §5.1 (the mean taken into account), §6 (capitalised UEs)."""
    n, computed = pop.n, pop.computed
    weighted_sum = np.zeros(n)
    sum_coefs = np.zeros(n)
    nb_notes = np.zeros(n, dtype=np.int64)
    nb_missing = np.zeros(n, dtype=np.int64)
    malus = np.zeros(n)
    registered = np.zeros(n, dtype=bool)
    sport_notes: list[list[float]] = [[] for _ in range(n)]
    sport_coefs: list[list[float]] = [[] for _ in range(n)]
    for m in modules:
        mean, state = mods.arrays[m.id]
        isf = state == FLOAT
        registered |= state != S_NI
        coef = m.coefficient
        if m.malus:  # 4.3: malus modules subtract their mean
            malus = np.where(isf, malus + mean, malus)
        elif u.type != UEType.SPORT:
            weighted_sum = np.where(isf, weighted_sum + mean * coef, weighted_sum)
            sum_coefs = np.where(isf, sum_coefs + coef, sum_coefs)
            nb_notes = nb_notes + isf
            nb_missing = nb_missing + (~isf)
        else:  # 7.4: sport notes go to the bonus
            for i in np.flatnonzero(isf & computed).tolist():
                sport_notes[i].append(float(mean[i]))
                sport_coefs[i].append(coef)
    cur_ok = (sum_coefs > 0) & computed
    cur = np.divide(weighted_sum, sum_coefs, out=np.zeros(n), where=cur_ok)
    cur = np.where(cur_ok & (malus != 0), np.clip(cur - malus, 0.0, 20.0), cur)
    registered &= computed
    sum_coefs = np.where(computed, sum_coefs, 0.0)
    nb_notes = np.where(computed, nb_notes, 0)
    nb_missing = np.where(computed, nb_missing, 0)
    moy = np.where(cur_ok & registered, cur, 0.0)
    if sem.use_ue_coefs:
        coef_ue = np.where(registered, float(u.coefficient or 0.0), 0.0)
    else:
        coef_ue = np.where(registered, sum_coefs, 0.0)
    moy_l, coef_l = moy.tolist(), coef_ue.tolist()
    is_cap = [False] * n
    cap_used: list[Any] = [None] * n
    for sid, caps in sem.capitalized.items():  # 6: a better capitalised UE replaces the current one
        j = pop.index.get(sid)
        if j is None or not computed[j]:
            continue
        for cap in caps:
            if cap.ue_id == u.id and isinstance(cap.moy, float) and cap.moy > moy_l[j]:
                moy_l[j], coef_l[j], is_cap[j], cap_used[j] = cap.moy, cap.coef, True, cap
    result = UEResult(
        cur=[float(x) if ok_ else NA for x, ok_ in zip(cur.tolist(), cur_ok.tolist(), strict=True)],
        moy=moy_l,
        sum_coefs=sum_coefs.tolist(),
        coef_ue=coef_l,
        registered=registered.tolist(),
        is_capitalized=is_cap,
        cap=cap_used,
        nb_notes=nb_notes.tolist(),
        nb_missing=nb_missing.tolist(),
        ranks=[],
        effectif=0,
        stats={},
    )
    return result, (sport_notes, sport_coefs)


def _general_mean(
    sem: SemesterIn, ues: list[UEIn], ue_results: dict[Any, UEResult], sport: dict[Any, SportNotes], i: int
) -> tuple[Any, float, Any]:
    """grades.md §7 for student ``i``, in UE order with Python floats (a short chain): (mean, total weight,
    bonus)."""
    weighted_total, total_weight = 0.0, 0.0
    sport_notes: list[float] = []
    sport_coefs: list[float] = []
    for u in ues:  # 7.1 accumulation
        r = ue_results[u.id]
        if r.is_capitalized[i]:
            weighted_total += r.moy[i] * r.coef_ue[i]
            total_weight += r.coef_ue[i]
        else:
            sport_notes += sport[u.id][0][i]
            sport_coefs += sport[u.id][1][i]
            weighted_total += r.moy[i] * r.sum_coefs[i]
            total_weight += r.sum_coefs[i]
    if total_weight <= 0:
        return NA, total_weight, 0
    mean: Any
    if sem.use_ue_coefs:  # 7.3
        num, den = 0.0, 0.0
        for u in ues:
            r = ue_results[u.id]
            if u.type != UEType.SPORT and (r.registered[i] or r.is_capitalized[i]):
                coef = float(u.coefficient or 0.0)
                num += r.moy[i] * coef
                den += coef
        mean = num / den if den > 0 else NA
    else:  # 7.2
        mean = weighted_total / total_weight
    bonus: Any = 0
    if sport_notes and isinstance(mean, float):  # 7.4, on a numeric mean
        bonus = compute_bonus(sem.bonus_function, sport_notes, sport_coefs, mean, sem.date_debut)
        mean = min(mean + bonus, 20.0)
    return mean, total_weight, bonus


def compute(sem: SemesterIn) -> SemesterResults:
    """Every result of a semester (grades.md), in named steps that follow the specification's sections."""
    check_rule(sem.bonus_function)
    pop = population(sem)
    n = pop.n
    ues, modules_by_ue, evals_by_module = _ordered(sem)
    kinds, vals = note_arrays(sem, pop)
    mods = _modules(sem, pop, evals_by_module, kinds, vals)
    ue_results: dict[Any, UEResult] = {}
    sport: dict[Any, SportNotes] = {}
    for u in ues:
        ue_results[u.id], sport[u.id] = _ue_result(sem, u, modules_by_ue.get(u.id, []), mods, pop)
    moy_gen: list[Any] = [NA] * n
    weights = [0.0] * n
    bonus: list[Any] = [0] * n
    for i in range(n):
        if pop.computed[i]:
            moy_gen[i], weights[i], bonus[i] = _general_mean(sem, ues, ue_results, sport, i)
    # 8. Ranks
    gen_key = rank_key(moy_gen)
    general = ranked(list(range(n)), gen_key, pop.name_rank)
    rank = [""] * n
    for i, r in general:
        rank[i] = r
    general_order = [i for i, _ in general]
    rank_ues(ues, ue_results, pop, general_order)
    module_ranks, module_effectif = {}, {}
    for m in sem.modules:  # 8.5
        mean, state = mods.arrays[m.id]
        followers = np.flatnonzero(state != S_NI)
        module_ranks[m.id] = dict(ranked(followers, np.where(state == FLOAT, -mean, UNRANKED), pop.name_rank))
        module_effectif[m.id] = len(followers)
    # 9. Statistics
    weighted = [moy_gen[i] for i in range(n) if weights[i] > 0 and isinstance(moy_gen[i], float)]
    gen_active = [moy_gen[i] for i in general_order if pop.active[i] and isinstance(moy_gen[i], float)]
    general_stats = {
        "min": min(weighted) if weighted else NA,
        "max": max(weighted) if weighted else NA,
        "moy": left_to_right_mean(gen_active) if gen_active else NA,
    }
    group_ranks, member_of = rank_groups(sem.groups, pop, gen_key)
    return SemesterResults(
        students=sem.students,
        index=pop.index,
        eval_states=mods.eval_states,
        evals_by_module=evals_by_module,
        modules_by_ue=modules_by_ue,
        ues=ues,
        module_means=mods.means,
        module_waiting=mods.waiting,
        module_ranks=module_ranks,
        module_effectif=module_effectif,
        module_stats=module_statistics(sem, mods, evals_by_module, pop),
        ue=ue_results,
        moy_gen=moy_gen,
        weights=weights,
        bonus=bonus,
        rank=rank,
        ninscrits=n,
        ranks_hidden=any(mods.waiting.values()),  # 8.7
        general_stats=general_stats,
        group_ranks=group_ranks,
        member_of=member_of,
        note_kinds=kinds,
        note_values=vals,
    )


def ue_value_text(res: SemesterResults, ue: UEIn, i: int, *, xml: bool) -> str:
    """UE ``note.value``: the current UE mean; in XML the sport UE shows the student's bonus instead."""
    from scodoc_api.domain.formatting import fmt_note

    if xml and ue.type == UE_SPORT:
        return fmt_note(res.bonus[i])
    return fmt_note(res.ue[ue.id].cur[i])
