"""Sport/culture bonus rules (grades.md §7.4): f(notes, coefs, general mean, semester start) -> bonus.

Rules that also rewrite UE means (bonus_iutlh, bonus_iutr, bonus_iutBordeaux1) are not offered: a semester
configured with an unknown rule is refused rather than computed differently from ScoDoc."""

from collections.abc import Callable
from datetime import date


def _above10(notes: list[float]) -> float:
    return sum(x - 10 for x in notes if x > 10)


def _wmean(notes: list[float], coefs: list[float]) -> float:
    return sum(n * c for n, c in zip(notes, coefs, strict=False)) / sum(coefs)


def _iutva(notes: list[float], coefs: list[float], moy: float, start: date | None) -> float:
    m = _wmean(notes, coefs)
    return 0.3 if m >= 16 else 0.2 if m >= 12 else 0.1 if m >= 10 else 0.0


def _iutam(notes: list[float], coefs: list[float], moy: float, start: date | None) -> float:
    n = notes[0]
    if n < 10:
        return 0.0
    return moy * min((int(2 * n - 20) + 2) * 0.25, 5) / 100


def _grenoble(notes: list[float], coefs: list[float], moy: float, start: date | None) -> float:
    factor = (sum(notes) / 4) / 100
    return moy * factor


def _iutsn(notes: list[float], coefs: list[float], moy: float, start: date | None) -> float:
    factor = sum(notes) / 100
    return moy * factor


def _tarbes(notes: list[float], coefs: list[float], moy: float, start: date | None) -> float:
    vals = [(x - 10) / 30 for x in notes if x > 10]
    return max(vals) if vals else 0.0


BONUS_RULES: dict[str, Callable[[list[float], list[float], float, date | None], float | int]] = {
    "bonus_iutv": lambda n, c, m, s: sum((x - 10) / 20 for x in n if x > 10),
    "bonus_direct": lambda n, c, m, s: sum(n),
    "bonus_iut_stdenis": lambda n, c, m, s: min(0.05 * _above10(n), 0.5),
    "bonus_colmar": lambda n, c, m, s: min(10, _above10(n)) / 20,
    "bonus_iutva": _iutva,
    "bonus_iut1grenoble_2017": _grenoble,
    "bonus_lille": lambda n, c, m, s: sum((x - 10) / (25 if s and s > date(2010, 8, 1) else 50) for x in n if x > 10),
    "bonus_nantes": lambda n, c, m, s: min(0.5, sum(n)),
    "bonus_tours": lambda n, c, m, s: min(1.0, sum(n)),
    "bonus_iutam": _iutam,
    "bonus_saint_etienne": lambda n, c, m, s: min(0.6, sum(n)),
    "bonus_iutTarbes": _tarbes,
    "bonus_iutSN": _iutsn,
    "bonus_iuto": lambda n, c, m, s: _wmean(n, c) * 2.5 / 100,
    "bonus_iutbethune": lambda n, c, m, s: int(m * min(10, _above10(n)) / 2) / 100,
    "bonus_iutbeziers": lambda n, c, m, s: min(0.3, sum((x - 10) * 0.03 for x in n if x > 10)),
    "bonus_demo": lambda n, c, m, s: 0.0,
}


def check_rule(name: str | None) -> None:
    if name and name not in BONUS_RULES:
        raise ValueError(f"règle de bonus non prise en charge: {name}")


def compute_bonus(name: str | None, notes: list[float], coefs: list[float], moy: float, start: date | None) -> float:
    """The bonus of one student having at least one sport note and a numeric general mean."""
    if sum(coefs) <= 0 and len(notes) > 1:
        return 0
    if len(notes) == 1:
        coefs = [1.0]
    if not name:
        return 0.0
    return BONUS_RULES[name](notes, coefs, moy, start)
