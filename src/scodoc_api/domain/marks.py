"""A student's marks page, read off their bulletin (classic or BUT): the portal's ``marks`` field shows the
bulletin's own figures, so that a portal and the REST bulletin never disagree. Pure: dictionaries in, dataclasses
out."""

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Mark:
    """A mark as the bulletin writes it (``text``: ``09.50``, ``ABS``, ``EXC``, ``~``…), its value when it is a
    number, and the class figures when the bulletin gives them."""

    text: str
    value: float | None = None
    min: float | None = None
    max: float | None = None
    mean: float | None = None


@dataclass
class Weight:
    ue: str
    weight: float


@dataclass
class EvaluationMark:
    id: int
    description: str
    date: date | None
    coefficient: float | None
    evaluation_type: int
    note: Mark
    weights: list[Weight] = field(default_factory=list)  # BUT: the evaluation's weight in each UE


@dataclass
class ModuleMarks:
    id: int
    code: str
    title: str
    kind: str  # "module" (classic), "ressource" or "sae" (BUT)
    coefficient: float | None  # classic: the module's coefficient; BUT: per UE, see UeMarks.modules
    ue: str | None  # classic: the UE the module belongs to
    average: Mark
    evaluations: list[EvaluationMark]


@dataclass
class ModuleInUe:
    """A module's mean counted in one UE, with its coefficient there (BUT: a module counts in several UEs)."""

    id: int
    code: str
    coefficient: float | None
    average: Mark


@dataclass
class UeMarks:
    id: int
    acronym: str
    title: str
    average: Mark
    rank: str | None
    ects: float | None
    bonus: str | None
    modules: list[ModuleInUe]


@dataclass
class SemesterMarks:
    formsemestre_id: int
    published: bool
    is_but: bool
    general: Mark | None = None
    rank: str | None = None
    rank_of: int | None = None
    ues: list[UeMarks] = field(default_factory=list)
    modules: list[ModuleMarks] = field(default_factory=list)


_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def number(text: Any) -> float | None:
    """The value of a mark text (``"09.50"`` → 9.5); None for ``ABS``, ``~``, ``-``, ``""``…"""
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, (int, float)):
        return float(text) if math.isfinite(text) else None
    text = str(text).strip()
    return float(text) if _NUMBER.fullmatch(text) else None  # no exception on the common "~", "ABS"


def mark(d: Any) -> Mark:
    """A mark from a bulletin's ``{value, min, max, moy}`` object, or from a bare mark text."""
    if not isinstance(d, dict):
        return Mark(str(d if d is not None else ""), number(d))
    text = d.get("value")
    return Mark(
        str(text if text is not None else ""),
        number(text),
        number(d.get("min")),
        number(d.get("max")),
        number(d.get("moy")),
    )


def _day(text: Any) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _within(day: date | None, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    return day is not None and (start is None or day >= start) and (end is None or day <= end)


def from_classic(d: dict[str, Any], start: date | None = None, end: date | None = None) -> SemesterMarks:
    """Marks of a ScoDoc 9 classic bulletin (bulletins.md §3); evaluations dated within [start, end] only."""
    out = SemesterMarks(d["formsemestre_id"], bool(d.get("publie")), is_but=False)
    if not out.published:
        return out
    out.general, rang = mark(d.get("note", {})), d.get("rang") or {}
    out.rank, out.rank_of = rang.get("value"), rang.get("ninscrits")
    for ue in d.get("ue", []):
        modules = ue.get("module", [])
        out.ues.append(
            UeMarks(
                ue["id"],
                ue["acronyme"],
                ue.get("titre", ""),
                mark(ue.get("note", {})),
                ue.get("rang"),
                number(ue.get("ects")),
                None,
                [ModuleInUe(m["id"], m["code"], m.get("coefficient"), mark(m["note"].get("value"))) for m in modules],
            )
        )
        for m in modules:
            evals = [
                EvaluationMark(
                    e["evaluation_id"],
                    e.get("description") or "",
                    _day(e.get("jour")),
                    e.get("coefficient"),
                    e.get("evaluation_type", 0),
                    mark(e.get("note")),
                )
                for e in m.get("evaluation", [])
                if _within(_day(e.get("jour")), start, end)
            ]
            average = mark(m["note"])
            out.modules.append(
                ModuleMarks(
                    m["id"],
                    m["code"],
                    m.get("titre") or "",
                    "module",
                    m.get("coefficient"),
                    ue["acronyme"],
                    average,
                    evals,
                )
            )
    return out


def _but_module(code: str, m: dict[str, Any], kind: str, start: date | None, end: date | None) -> ModuleMarks:
    evals = [
        EvaluationMark(
            e["id"],
            e.get("description") or "",
            _day(e.get("date")),
            number(e.get("coef")),
            e.get("evaluation_type", 0),
            mark(e.get("note", {})),
            [Weight(ue, float(w)) for ue, w in (e.get("poids") or {}).items()],
        )
        for e in m.get("evaluations", [])
        if _within(_day(e.get("date")), start, end)
    ]
    return ModuleMarks(m["id"], code, m.get("titre") or "", kind, None, None, mark(m.get("moyenne", {})), evals)


def from_but(d: dict[str, Any], start: date | None = None, end: date | None = None) -> SemesterMarks:
    """Marks of a BUT bulletin (modern-api §6): each UE lists the module means counted in it."""
    out = SemesterMarks(d["formsemestre_id"], bool(d.get("publie", True)), is_but=True)
    sem = d.get("semestre")
    if not out.published or not isinstance(sem, dict):
        return out
    out.general, rang = mark(sem.get("notes", {})), sem.get("rang") or {}
    out.rank, out.rank_of = rang.get("value"), rang.get("total")
    for acronym, u in (d.get("ues") or {}).items():
        counted = {**(u.get("ressources") or {}), **(u.get("saes") or {}), **(u.get("modules") or {})}
        moy = u.get("moyenne") or {}
        out.ues.append(
            UeMarks(
                u["id"],
                acronym,
                u.get("titre") or "",
                mark(moy),
                moy.get("rang"),
                number((u.get("ECTS") or {}).get("total")),
                u.get("bonus"),
                [
                    ModuleInUe(m["id"], code, number(m.get("coef")), mark(m.get("moyenne")))
                    for code, m in counted.items()
                ],
            )
        )
    for kind, key in (("ressource", "ressources"), ("sae", "saes")):
        for code, m in (d.get(key) or {}).items():
            out.modules.append(_but_module(code, m, kind, start, end))
    return out


def from_bulletin(d: dict[str, Any], start: date | None = None, end: date | None = None) -> SemesterMarks:
    return from_but(d, start, end) if d.get("type") == "BUT" else from_classic(d, start, end)
