"""The BUT engine's data (but.md): a semester as plain data, and what the engine computes. No behaviour.

It shares the classic engine's note kinds, evaluations, students and capitalised UEs (``grades_model``); what
BUT adds is the module x UE coefficient matrix, the evaluation weights per UE, the ECTS and the UEs a student
does not take (dispensed, or outside the parcours)."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scodoc_api.domain.grades_model import Array, CapIn, EvalIn, EvalState, ModuleType, StudentIn, UEType


@dataclass(frozen=True)
class ButUEIn:
    id: Any
    numero: int
    type: int = UEType.NORMAL
    ects: float | None = None
    position: int = 0


@dataclass(frozen=True)
class ButModIn:
    id: Any  # the moduleimpl id
    ue_id: Any  # the "UE de rattachement": display, and the UE a malus module acts on
    kind: int  # ModuleType: RESSOURCE, SAE, STANDARD or MALUS
    ue_coefs: Mapping[Any, float]  # the module's row of the coefficient matrix (missing: see but.md §1.2)
    numero: int = 0
    position: int = 0

    @property
    def malus(self) -> bool:
        return self.kind == ModuleType.MALUS


@dataclass
class ButSemesterIn:
    ues: list[ButUEIn]
    modules: list[ButModIn]
    evaluations: list[EvalIn]
    students: list[StudentIn]
    notes: dict[Any, Any]  # evaluation id -> (student ids, values), as in grades_model.SemesterIn
    poids: dict[Any, dict[Any, float]] = field(default_factory=dict)  # evaluation id -> {UE id: stored weight}
    registrations: dict[Any, Any] | None = None  # module id -> student ids
    block_moyennes: bool = False
    bonus_function: str | None = None
    date_debut: Any = None
    skip_empty_ues: bool = False  # preference "BUT: moyenne générale sans les UE sans notes"
    dispensed: frozenset[tuple[Any, Any]] = frozenset()  # (student id, UE id): no mean, no weight
    ects: dict[tuple[Any, Any], float] = field(default_factory=dict)  # (student id, UE id): the parcours' ECTS
    capitalized: dict[Any, list[CapIn]] = field(default_factory=dict)  # student id -> capitalised UEs
    groups: dict[Any, Any] = field(default_factory=dict)  # partition -> {group: [student ids]}


@dataclass
class Stats:
    min: float | None
    max: float | None
    moy: float | None


@dataclass
class ButResults:
    """Per-student values are numpy arrays in ``students`` order; NaN is ScoDoc's "no value" (printed "~")."""

    students: list[StudentIn]
    index: dict[Any, int]
    active: Array
    ues: list[ButUEIn]  # non-sport UEs, in order
    sport_ues: list[ButUEIn]
    modules: list[ButModIn]  # in order
    evals_by_module: dict[Any, list[EvalIn]]
    eval_states: dict[Any, EvalState]
    registered: dict[Any, Array]  # module id -> registered (bool)
    cube: dict[tuple[Any, Any], Array]  # (module id, UE id) -> the module's mean toward that UE
    indicative: dict[Any, Array]  # module id -> mean of its per-UE means (but.md §3.2)
    takes: dict[Any, Array]  # UE id -> the student takes the UE (not dispensed, not outside the parcours)
    ue_means: dict[Any, Array]  # after malus, bonus and clipping
    malus: dict[Any, Array]
    bonus: dict[Any, Array]
    moy_gen: Array
    rank: list[str]
    ue_ranks: dict[Any, list[str]]
    ue_rank_total: dict[Any, int]
    ue_stats: dict[Any, Stats]
    general_stats: Stats
    module_stats: dict[Any, Stats]  # of the indicative means
    eval_stats: dict[Any, Stats]  # numeric notes on /20
    group_ranks: dict[Any, Any]  # (partition, group) -> {"ranks": {student index: rank}, "ninscrits": n}
    member_of: dict[Any, Any]  # (partition, student index) -> group
    note_kinds: dict[Any, Array]
    note_values: dict[Any, Array]
    capitalized_used: dict[tuple[Any, Any], CapIn] = field(default_factory=dict)  # (student index, UE id)

    @property
    def ninscrits(self) -> int:
        return len(self.students)
