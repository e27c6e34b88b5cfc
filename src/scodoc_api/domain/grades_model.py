"""The grade engine's data: inputs (a semester as plain data), outputs, ScoDoc's codes. No behaviour."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import IntEnum
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from scodoc_api.domain.formatting import NOTE_ATTENTE, NOTE_NEUTRALISE, ranks_from_groups

Array = npt.NDArray[Any]

# note kinds
NONE, NUM, ABS, EXC, ATT = 0, 1, 2, 3, 4  # NONE: no note row
NO_NOTE = object()
# mean states
FLOAT, S_NA, S_NI = 0, 1, 2


class EvalType(IntEnum):
    """ScoDoc's ``evaluation_type``."""

    NORMAL = 0
    RATTRAPAGE = 1  # make-up: replaces the mean when better
    SESSION2 = 2  # second session: replaces the mean
    BONUS = 3  # BUT: added to the module mean, weighted per UE (but.md §2.3); ignored by the classic engine


class ModuleType(IntEnum):
    """ScoDoc's ``module_type``: classic formations use the first two."""

    STANDARD = 0
    MALUS = 1
    RESSOURCE = 2  # BUT
    SAE = 3  # BUT


class UEType(IntEnum):
    """ScoDoc's UE ``type``."""

    NORMAL = 0
    SPORT = 1  # sport/culture: its notes make the bonus


UE_SPORT = UEType.SPORT
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


class SemesterNotes(Protocol):
    """What the shared steps (population, note arrays, registrations) read: a classic or a BUT semester."""

    students: list[StudentIn]
    evaluations: list[EvalIn]
    notes: dict[Any, Any]
    registrations: dict[Any, Any] | None
    block_moyennes: bool


class ModuleLike(Protocol):
    @property
    def id(self) -> Any: ...

    @property
    def malus(self) -> bool: ...


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


def name_ranks(names: list[str]) -> Array:
    """Dense rank of each student's name (equal names, equal rank): the ranking's second key."""
    position = {name: k for k, name in enumerate(sorted(set(names)))}
    return np.array([position[name] for name in names], dtype=np.int64)


UNRANKED = 1000.0  # ranking key of a non-number: after every mean (keys are negated means), all tied


def rank_key(values: Sequence[Any]) -> Array:
    """The ranking key of each value: the mean negated (descending), non-numbers last and all tied."""
    return np.fromiter((-v if isinstance(v, float) else UNRANKED for v in values), dtype=np.float64, count=len(values))


def ranked(indices: Sequence[int] | Array, key_all: Array, name_rank: Array) -> list[tuple[int, str]]:
    """(student index, rank string) in ranking order: ``key_all`` (see rank_key), then name, then the order of
    ``indices``; exact ties are written "N ex" (competition ranking)."""
    if not len(indices):
        return []
    idx = np.asarray(indices, dtype=np.int64)
    key = key_all[idx]
    order = np.lexsort((np.arange(len(idx)), name_rank[idx], key))
    k = key[order]
    starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1]))).tolist()
    return list(zip(idx[order].tolist(), ranks_from_groups(starts, len(k)), strict=True))


def position_finder(ids: list[Any], index: dict[Any, Any]) -> Callable[[Sequence[Any]], Array]:
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


def left_to_right_mean(values: Sequence[float] | Array) -> float:
    """The sum added left to right, as ScoDoc's loop does (np.sum adds pairwise: other last digits), over the
    count."""
    return float(np.add.accumulate(np.asarray(values, dtype=np.float64))[-1]) / len(values)


@dataclass
class Population:
    """Who the semester's arrays are about: one index per student, in ``SemesterIn.students`` order."""

    n: int
    index: dict[Any, int]
    names: list[str]
    name_rank: Array  # dense rank of each name: the ranking's second key
    active: Array  # registered (I), not resigned
    computed: Array  # active, and the semester's means not blocked
    positions: Callable[[Sequence[Any]], Array]  # student ids -> indices (-1: not in the semester)


@dataclass
class ModuleResults:
    arrays: dict[Any, tuple[Array, Array]]  # module id -> (mean, state) over students
    means: dict[Any, list[Any]]  # module id -> float, NA or NI per student
    waiting: dict[Any, bool]
    eval_states: dict[Any, EvalState]
