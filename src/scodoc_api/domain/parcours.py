"""Curriculum types ("parcours", domain.md §4.5): the fields the API needs."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Parcours:
    code: int
    name: str
    nb_sem: int
    session_name: str = "semestre"


_PARCOURS = [
    Parcours(0, "DUT", 4),
    Parcours(100, "DUT", 4),
    Parcours(110, "DUT4", 4),
    Parcours(120, "DUT", 1),
    Parcours(130, "DUT2", 2),
    Parcours(200, "LP", 1),
    Parcours(210, "LP2sem", 2),
    Parcours(220, "LP2semEvry", 2),
    Parcours(230, "LP2014", 1),
    Parcours(240, "LP2014_2sem", 2),
    Parcours(250, "M2sem", 2),
    Parcours(251, "M2noncomp", 2),
    Parcours(300, "Mono", 1),
    Parcours(402, "Master LMD", 4),
    Parcours(403, "Master IG P13", 4),
    Parcours(501, "UCAC", 3, "année"),
    Parcours(502, "UCAC", 2, "année"),
    Parcours(503, "UCAC", 1, "année"),
    Parcours(600, "Formation en 6 semestres", 6),
    Parcours(700, "BUT", 6),
    Parcours(1001, "", 6),
    Parcours(1002, "ParcoursMasterISCID4", 4),
    Parcours(1010, "LicenceILEPS6", 6),
]
PARCOURS = {p.code: p for p in _PARCOURS}
BUT = 700


def get_parcours(code: int | None) -> Parcours:
    """Unknown codes fall back to code 0, as in ScoDoc."""
    return PARCOURS.get(code if code is not None else 0, PARCOURS[0])
