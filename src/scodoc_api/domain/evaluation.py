"""Display values derived from an evaluation's date and hours (domain.md §8.1). Pure functions."""

from datetime import time

NOON = time(12, 0)


def hhmm(t: time | None) -> str:
    return t.strftime("%Hh%M") if t else ""


def duree(debut: time | None, fin: time | None) -> str:
    """``"2h"``, ``"1h30"``; empty when an hour is missing."""
    if debut is None or fin is None:
        return ""
    minutes = (fin.hour * 60 + fin.minute) - (debut.hour * 60 + debut.minute)
    if minutes <= 0:
        return ""
    h, m = divmod(minutes, 60)
    return f"{h}h{m:02d}" if m else f"{h}h"


def descrheure(debut: time | None, fin: time | None) -> str:
    if debut is None:
        return ""
    if fin is None or fin == debut:
        return f" à {hhmm(debut)}"
    return f" de {hhmm(debut)} à {hhmm(fin)}"


def matin(debut: time | None) -> int:
    return 1 if (debut or time(8, 0)) < NOON else 0


def apresmidi(debut: time | None, fin: time | None) -> int:
    return 1 if (fin or debut or time(8, 0)) > NOON else 0
