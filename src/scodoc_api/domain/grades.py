"""The grade engine of classic (DUT-style) semesters: grades.md, to the last bit. Pure functions, no I/O.

A whole semester is computed at once from plain data. Per-student arithmetic is vectorised with numpy
across students while loops go over evaluations, modules and UEs in ScoDoc's order, so that every student's
floating-point operations happen in exactly ScoDoc's order (elementwise numpy ops are IEEE-identical to
Python's). Sums that ScoDoc does over students (statistics) stay Python left-to-right sums.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

import numpy as np
import numpy.typing as npt

from scodoc_api.domain.bonus import check_rule, compute_bonus
from scodoc_api.domain.formatting import NA, NI, NOTE_ATTENTE, NOTE_NEUTRALISE, ranks_from_groups

Array = npt.NDArray[Any]

# note kinds
NONE, NUM, ABS, EXC, ATT = 0, 1, 2, 3, 4  # NONE: no note row
NO_NOTE = object()
# mean states
FLOAT, S_NA, S_NI = 0, 1, 2

UE_SPORT = 1
MIN_DATE = date(1900, 1, 1)


@dataclass(frozen=True)
class UEIn:
    id: object
    numero: int
    type: int = 0
    coefficient: float | None = None
    position: int = 0


@dataclass(frozen=True)
class ModIn:
    id: object  # the moduleimpl id
    ue_id: object
    coefficient: float
    malus: bool = False
    matiere_numero: int = 0
    numero: int = 0
    position: int = 0


@dataclass(frozen=True)
class EvalIn:
    id: object
    module_id: object
    coefficient: float = 1.0
    note_max: float = 20.0
    type: int = 0
    publish_incomplete: bool = False
    visibulletin: bool = True
    numero: int = 0
    jour: date | None = None
    heure_debut: time | None = None
    position: int = 0

    @property
    def order_key(self) -> tuple[int, date, time, int]:
        return (self.numero, self.jour or MIN_DATE, self.heure_debut or time.min, self.position)


@dataclass(frozen=True)
class StudentIn:
    id: object
    etat: str  # I, D, DEF
    name_key: str  # usual name (or birth name) immediately followed by the first name
    modules: frozenset[Any] = frozenset()


@dataclass(frozen=True)
class CapIn:
    ue_id: object
    moy: float
    coef: float
    when: date | None = None


@dataclass
class SemesterIn:
    ues: list[UEIn]
    modules: list[ModIn]
    evaluations: list[EvalIn]
    students: list[StudentIn]
    notes: dict[Any, Any]  # evaluation id -> (student ids, values): values on the evaluation's scale, NaN for ABS,
    #              -1000 for EXC, -1002 for ATT; see notes_from_mapping
    use_ue_coefs: bool = False
    block_moyennes: bool = False
    bonus_function: str | None = None
    date_debut: date | None = None
    capitalized: dict[Any, Any] = field(default_factory=dict)  # student id -> [CapIn]
    groups: dict[Any, Any] = field(default_factory=dict)  # partition name -> {group name: [student ids]}
    # module id -> student ids registered; when given, it replaces StudentIn.modules (cheaper for big semesters)
    registrations: dict[Any, Any] | None = None


@dataclass
class EvalState:
    complete: bool
    attente: bool
    valid: bool
    nb_notes: int


@dataclass
class ModuleStats:
    moy: object
    max: object
    min: object
    nb_notes: int
    nb_missing: int
    nb_valid_evals: int


@dataclass
class UEResult:
    cur: list[Any]  # current UE mean per student: float or "NA"
    moy: list[Any]  # taken-into-account mean (0.0 instead of NA, capitalisation applied)
    sum_coefs: list[Any]
    coef_ue: list[Any]
    registered: list[Any]
    is_capitalized: list[Any]
    cap: list[Any]  # the CapIn used, or None
    nb_notes: list[Any]
    nb_missing: list[Any]
    ranks: list[Any]
    effectif: int
    stats: dict[Any, Any]  # min, max, moy: floats, or None when there is no active student


@dataclass
class SemesterResults:
    students: list[StudentIn]
    index: dict[Any, Any]
    eval_states: dict[Any, Any]  # eval id -> EvalState
    evals_by_module: dict[Any, Any]  # module id -> [EvalIn] in ScoDoc order
    modules_by_ue: dict[Any, Any]  # ue id -> [ModIn] in order
    ues: list[UEIn]  # in order
    module_means: dict[Any, Any]  # module id -> list (float, "NA", "NI")
    module_waiting: dict[Any, Any]
    module_ranks: dict[Any, Any]  # module id -> {student index: rank}
    module_effectif: dict[Any, Any]
    module_stats: dict[Any, Any]
    ue: dict[Any, Any]  # ue id -> UEResult
    moy_gen: list[Any]
    weights: list[Any]
    bonus: list[Any]
    rank: list[Any]
    ninscrits: int
    ranks_hidden: bool
    general_stats: dict[Any, Any]  # min, max, moy (float or "NA")
    group_ranks: dict[Any, Any]  # (partition, group) -> {"ranks": {student index: rank}, "ninscrits": int}
    member_of: dict[Any, Any] = field(default_factory=dict)  # (partition, student index) -> group name
    note_kinds: dict[Any, Any] = field(default_factory=dict)  # evaluation id -> array of kinds per student index
    note_values: dict[Any, Any] = field(default_factory=dict)  # evaluation id -> array of values per student index

    def note_of(self, eval_id: Any, i: int) -> Any:
        """The stored note of student index ``i``: a float, None (ABS), a code value, or NO_NOTE."""
        kind = int(self.note_kinds[eval_id][i])
        if kind == NONE:
            return NO_NOTE
        return {ABS: None, EXC: NOTE_NEUTRALISE, ATT: NOTE_ATTENTE}.get(kind, float(self.note_values[eval_id][i]))

    def value(self, module_id: Any, sid: Any) -> Any:
        return self.module_means[module_id][self.index[sid]]


def notes_from_mapping(notes: dict[Any, Any]) -> dict[Any, Any]:
    """{evaluation id: {student id: value or None}} -> the array form of ``SemesterIn.notes``."""
    return {e: (list(per), [np.nan if v is None else float(v) for v in per.values()]) for e, per in notes.items()}


def _name_ranks(names: list[str]) -> Array:
    """Dense rank of each student's name (equal names, equal rank): the ranking's second key."""
    position = {name: k for k, name in enumerate(sorted(set(names)))}
    return np.array([position[name] for name in names], dtype=np.int64)


UNRANKED = 1000.0  # ranking key of a non-number: after every mean (keys are negated means), all tied


def _rank_key(values: Sequence[Any]) -> Array:
    """The ranking key of each value: the mean negated (descending), non-numbers last and all tied."""
    return np.fromiter((-v if isinstance(v, float) else UNRANKED for v in values), dtype=np.float64, count=len(values))


def _ranked(indices: Sequence[int] | Array, key_all: Array, name_rank: Array) -> list[tuple[int, str]]:
    """(student index, rank string) in ranking order: ``key_all`` (see _rank_key), then name, then the order of
    ``indices``; exact ties are written "N ex" (competition ranking)."""
    if not len(indices):
        return []
    idx = np.asarray(indices, dtype=np.int64)
    key = key_all[idx]
    order = np.lexsort((np.arange(len(idx)), name_rank[idx], key))
    k = key[order]
    starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1]))).tolist()
    return list(zip(idx[order].tolist(), ranks_from_groups(starts, len(k)), strict=True))


def _position_finder(ids: list[Any], index: dict[Any, Any]) -> Callable[[Sequence[Any]], Array]:
    """etudids -> array of student indices (-1 for a student not in the semester): a binary search over
    integer ids (the database's), a dictionary lookup for other ids."""
    if not ids or not all(type(i) is int for i in ids):
        return lambda etudids: np.fromiter((index.get(e, -1) for e in etudids), dtype=np.int64, count=len(etudids))
    arr = np.array(ids, dtype=np.int64)
    order = np.argsort(arr, kind="stable")
    sorted_ids = arr[order]

    def find(etudids: Sequence[Any]) -> Array:
        e = np.asarray(etudids, dtype=np.int64)
        at = np.minimum(np.searchsorted(sorted_ids, e), len(sorted_ids) - 1)
        return np.where(sorted_ids[at] == e, order[at], -1)

    return find


def _mean(values: Sequence[float] | Array) -> float:
    """The sum added left to right, as ScoDoc's loop does (np.sum adds pairwise: other last digits), over the
    count."""
    return float(np.add.accumulate(np.asarray(values, dtype=np.float64))[-1]) / len(values)


def compute(sem: SemesterIn) -> SemesterResults:
    check_rule(sem.bonus_function)
    students = sem.students
    n = len(students)
    index = {s.id: i for i, s in enumerate(students)}
    names = [s.name_key for s in students]
    name_rank = _name_ranks(names)
    active = np.array([s.etat == "I" for s in students], dtype=bool)
    computed = active & (not sem.block_moyennes)

    ues = sorted(sem.ues, key=lambda u: (u.numero, u.position))
    modules_by_ue: dict[Any, Any] = {u.id: [] for u in ues}
    for m in sorted(sem.modules, key=lambda m: (m.matiere_numero, m.numero, m.position)):
        modules_by_ue.setdefault(m.ue_id, []).append(m)
    evals_by_module: dict[Any, Any] = {m.id: [] for m in sem.modules}
    for e in sorted(sem.evaluations, key=lambda e: e.order_key):
        evals_by_module.setdefault(e.module_id, []).append(e)

    # Notes as per-evaluation arrays over students: kind codes and values (on the evaluation's scale).
    kinds: dict[Any, Any] = {}
    vals: dict[Any, Any] = {}
    positions = _position_finder([s.id for s in students], index)
    for e in sem.evaluations:
        k = np.zeros(n, dtype=np.int8)
        v = np.zeros(n, dtype=np.float64)
        etudids, values = sem.notes.get(e.id, ((), ()))
        if len(etudids):
            pos = positions(etudids)
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

    eval_states: dict[Any, Any] = {}
    module_means: dict[Any, Any] = {}
    module_states: dict[Any, Any] = {}
    module_arrays: dict[Any, Any] = {}
    module_waiting: dict[Any, Any] = {}
    for m in sem.modules:
        if sem.registrations is not None:
            reg = np.zeros(n, dtype=bool)
            ids_ = sem.registrations.get(m.id, ())
            if len(ids_):
                pos = positions(ids_)
                reg[pos[pos >= 0]] = True
        else:
            reg = np.array([m.id in s.modules for s in students], dtype=bool)
        pop = active & reg
        waiting = False
        for e in evals_by_module[m.id]:
            k = kinds[e.id]
            has = k != NONE
            missing = int(np.count_nonzero(pop & (~has | (k == ATT))))
            att = int(np.count_nonzero(pop & (k == ATT)))
            nb_notes = int(np.count_nonzero(reg & has))
            complete = missing == 0 or e.type in (1, 2) or m.malus
            attente = missing > 0 and (missing == att or e.publish_incomplete) and not m.malus
            if e.publish_incomplete and nb_notes == 0:
                attente = False
            eval_states[e.id] = EvalState(complete, attente, (complete or attente) and e.note_max > 0, nb_notes)
            waiting = waiting or attente
        module_waiting[m.id] = waiting and not m.malus
        # 4.1 normal evaluations
        S = np.zeros(n)
        C = np.zeros(n)
        miss = np.zeros(n, dtype=np.int64)
        for e in evals_by_module[m.id]:
            if e.type != 0 or not eval_states[e.id].valid:
                continue
            k = kinds[e.id]
            has = k != NONE
            use = has & (k != EXC) & (k != ATT)
            v = np.where(k == ABS, 0.0, vals[e.id])
            contrib = (v * 20.0 / e.note_max) * e.coefficient
            S = np.where(use, S + contrib, S)
            C = np.where(use, C + e.coefficient, C)
            if e.coefficient > 0 and not e.publish_incomplete:
                miss = miss + (~has)
        ok = (miss == 0) & (C > 0)
        mean = np.divide(S, C, out=np.zeros(n), where=ok)
        state = np.where(ok, FLOAT, S_NA).astype(np.int8)
        # 4.2 make-up / second session: the last one only
        makeups = [e for e in evals_by_module[m.id] if e.type in (1, 2)]
        if makeups:
            e = makeups[-1]
            num = vals[e.id]
            is_num = kinds[e.id] == NUM
            raw = is_num & (state != FLOAT)
            mean = np.where(raw, num, mean)
            if e.note_max > 0:
                r = num * 20.0 / e.note_max
                floaty = is_num & (state == FLOAT)
                mean = np.where(floaty & (r > mean), r, mean) if e.type == 1 else np.where(floaty, r, mean)
            state = np.where(raw, FLOAT, state).astype(np.int8)
        state = np.where(pop, state, S_NI).astype(np.int8)
        module_arrays[m.id] = (mean, state)
        module_states[m.id] = state
        module_means[m.id] = [
            float(x) if st == FLOAT else (NA if st == S_NA else NI)
            for x, st in zip(mean.tolist(), state.tolist(), strict=True)
        ]

    # 5. UE means
    ue_results: dict[Any, Any] = {}
    ue_bonus: dict[Any, Any] = {}
    for u in ues:
        S = np.zeros(n)
        C = np.zeros(n)
        nbn = np.zeros(n, dtype=np.int64)
        nbm = np.zeros(n, dtype=np.int64)
        malus = np.zeros(n)
        registered = np.zeros(n, dtype=bool)
        sport_notes: list[list[float]] = [[] for _ in range(n)]
        sport_coefs: list[list[float]] = [[] for _ in range(n)]
        for m in modules_by_ue.get(u.id, []):
            mean, state = module_arrays[m.id]
            isf = state == FLOAT
            registered |= state != S_NI
            coef = m.coefficient
            if not m.malus:
                if u.type != UE_SPORT:
                    S = np.where(isf, S + mean * coef, S)
                    C = np.where(isf, C + coef, C)
                    nbn = nbn + isf
                    nbm = nbm + (~isf)
                else:
                    for i in np.flatnonzero(isf & computed).tolist():
                        sport_notes[i].append(float(mean[i]))
                        sport_coefs[i].append(coef)
            else:
                malus = np.where(isf, malus + mean, malus)
        cur_ok = (C > 0) & computed
        cur = np.divide(S, C, out=np.zeros(n), where=cur_ok)
        cur = np.where(cur_ok & (malus != 0), np.clip(cur - malus, 0.0, 20.0), cur)
        registered &= computed
        C = np.where(computed, C, 0.0)
        nbn = np.where(computed, nbn, 0)
        nbm = np.where(computed, nbm, 0)
        moy = np.where(cur_ok & registered, cur, 0.0)
        if sem.use_ue_coefs:
            coef_ue = np.where(registered, float(u.coefficient or 0.0), 0.0)
        else:
            coef_ue = np.where(registered, C, 0.0)
        moy_l, coef_l = moy.tolist(), coef_ue.tolist()
        is_cap = [False] * n
        cap_used: list[Any] = [None] * n
        for sid, caps in sem.capitalized.items():
            j = index.get(sid)
            if j is None or not computed[j]:
                continue
            for cap in caps:
                if cap.ue_id == u.id and isinstance(cap.moy, float) and cap.moy > moy_l[j]:
                    moy_l[j], coef_l[j], is_cap[j], cap_used[j] = cap.moy, cap.coef, True, cap
        ue_bonus[u.id] = (sport_notes, sport_coefs)
        ue_results[u.id] = UEResult(
            cur=[float(x) if ok_ else NA for x, ok_ in zip(cur.tolist(), cur_ok.tolist(), strict=True)],
            moy=moy_l,
            sum_coefs=C.tolist(),
            coef_ue=coef_l,
            registered=registered.tolist(),
            is_capitalized=is_cap,
            cap=cap_used,
            nb_notes=nbn.tolist(),
            nb_missing=nbm.tolist(),
            ranks=[],
            effectif=0,
            stats={},
        )

    # 7. General mean, in UE order (Python floats: the per-student chain is short).
    moy_gen: list[Any] = [NA] * n
    weights = [0.0] * n
    bonus: list[Any] = [0] * n
    for i in range(n):
        if not computed[i]:
            continue
        Ni, Wi = 0.0, 0.0
        bn, bc = [], []
        for u in ues:
            r = ue_results[u.id]
            if r.is_capitalized[i]:
                Ni += r.moy[i] * r.coef_ue[i]
                Wi += r.coef_ue[i]
            else:
                bn += ue_bonus[u.id][0][i]
                bc += ue_bonus[u.id][1][i]
                Ni += r.moy[i] * r.sum_coefs[i]
                Wi += r.sum_coefs[i]
        weights[i] = Wi
        if Wi <= 0:
            continue
        if sem.use_ue_coefs:
            num, den = 0.0, 0.0
            for u in ues:
                r = ue_results[u.id]
                if u.type != UE_SPORT and (r.registered[i] or r.is_capitalized[i]):
                    coef = float(u.coefficient or 0.0)
                    num += r.moy[i] * coef
                    den += coef
            gen = num / den if den > 0 else NA
        else:
            gen = Ni / Wi
        if bn and isinstance(gen, float):  # not NA
            b = compute_bonus(sem.bonus_function, bn, bc, gen, sem.date_debut)
            bonus[i] = b
            gen = min(gen + b, 20.0)
        moy_gen[i] = gen

    # 8. Ranks
    everybody = list(range(n))
    gen_key = _rank_key(moy_gen)
    general = _ranked(everybody, gen_key, name_rank)
    rank = [""] * n
    for i, r in general:
        rank[i] = r
    general_order = [i for i, _ in general]
    for u in ues:
        r = ue_results[u.id]
        ranks = [""] * n
        for i, rk in _ranked(everybody, _rank_key(r.moy), name_rank):
            ranks[i] = rk
        r.ranks, r.effectif = ranks, sum(1 for x in r.moy if isinstance(x, float))
        act = [r.moy[i] for i in general_order if active[i]]
        r.stats = {"min": min(act), "max": max(act), "moy": _mean(act)} if act else {}
    module_ranks, module_effectif = {}, {}
    for m in sem.modules:
        mean, state = module_arrays[m.id]
        ranked = np.flatnonzero(state != S_NI)
        module_ranks[m.id] = dict(_ranked(ranked, np.where(state == FLOAT, -mean, UNRANKED), name_rank))
        module_effectif[m.id] = len(ranked)
    ranks_hidden = any(module_waiting.values())

    # 9. Statistics
    name_order = sorted(everybody, key=lambda i: names[i])
    n_active = int(np.count_nonzero(active))
    module_stats = {}
    by_name = np.array(name_order, dtype=np.int64)
    active_by_name = active[by_name] if n else np.zeros(0, dtype=bool)
    for m in sem.modules:
        mean, state = module_arrays[m.id]
        floats = mean[by_name[active_by_name & (state[by_name] == FLOAT)]] if n else np.zeros(0)
        module_stats[m.id] = ModuleStats(
            moy=_mean(floats) if len(floats) else NA,
            max=float(floats.max()) if len(floats) else NA,
            min=float(floats.min()) if len(floats) else NA,
            nb_notes=len(floats),
            nb_missing=n_active - len(floats),
            nb_valid_evals=sum(1 for e in evals_by_module[m.id] if eval_states[e.id].valid),
        )
    weighted = [moy_gen[i] for i in range(n) if weights[i] > 0 and isinstance(moy_gen[i], float)]
    gen_active = [moy_gen[i] for i in general_order if active[i] and isinstance(moy_gen[i], float)]
    general_stats = {
        "min": min(weighted) if weighted else NA,
        "max": max(weighted) if weighted else NA,
        "moy": _mean(gen_active) if gen_active else NA,
    }

    group_ranks, member_of = {}, {}
    for pname, groups in sem.groups.items():
        for gname, members in groups.items():
            idx = [index[s] for s in members if s in index]
            for i in idx:
                member_of[(pname, i)] = gname
            group_ranks[(pname, gname)] = {"ranks": dict(_ranked(idx, gen_key, name_rank)), "ninscrits": len(idx)}

    return SemesterResults(
        students=students,
        index=index,
        eval_states=eval_states,
        evals_by_module=evals_by_module,
        modules_by_ue=modules_by_ue,
        ues=ues,
        module_means=module_means,
        module_waiting=module_waiting,
        module_ranks=module_ranks,
        module_effectif=module_effectif,
        module_stats=module_stats,
        ue=ue_results,
        moy_gen=moy_gen,
        weights=weights,
        bonus=bonus,
        rank=rank,
        ninscrits=n,
        ranks_hidden=ranks_hidden,
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
