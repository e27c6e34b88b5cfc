"""Text forms of marks, ranks and ECTS, exactly as ScoDoc 9.0 prints them (grades.md §8.1, §10)."""

from collections.abc import Sequence

NA = "NA"
NI = "NI"
ERR = "ERR"

NOTE_NEUTRALISE = -1000.0
NOTE_ATTENTE = -1002.0


def fmt_note(value: float | str | None, note_max: float | None = None) -> str:
    """ScoDoc's mark rule: codes, ``NA`` -> ``-``, numbers rescaled, ``round``-ed, ``%.2f``, zero-padded to 5."""
    if value is None:
        return "ABS"
    if isinstance(value, str):
        return value.replace(NA, "-")
    if value == NOTE_NEUTRALISE:
        return "EXC"
    if value == NOTE_ATTENTE:
        return "ATT"
    if note_max is not None and note_max > 0:
        value = value * 20.0 / note_max
    return f"{round(value, 2):.2f}".rjust(5, "0")


def is_num(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def rank_strings(sorted_values: Sequence[float | str]) -> list[str]:
    """Competition ranking with " ex" for exact ties, over values already in ranking order."""
    n = len(sorted_values)
    starts = [i for i in range(n) if i == 0 or not _same(sorted_values[i], sorted_values[i - 1])]
    return ranks_from_groups(starts, n)


def ranks_from_groups(starts: list[int], n: int) -> list[str]:
    """Rank strings of ``n`` ranked items whose groups of exact ties begin at ``starts``: "3", or "3 ex" for
    each member of a tie beginning at the third place."""
    out: list[str] = []
    bounds = list(starts) + [n]
    for start, end in zip(bounds, bounds[1:], strict=False):
        out += [f"{start + 1} ex"] * (end - start) if end - start > 1 else [str(start + 1)]
    return out


def _same(a: float | str, b: float | str) -> bool:
    """Exact tie: equal floats, or the same string (``NA`` ties with ``NA``)."""
    if isinstance(a, str) or isinstance(b, str):
        return isinstance(a, str) and isinstance(b, str) and a == b
    return bool(a == b)


def ects_json(ects: float | None) -> str:
    return "" if ects is None else format(ects, "2.3g")


def ects_xml(ects: float | None) -> str:
    return "" if ects is None else str(int(ects))
