"""Note values as stored (domain.md §8.2): NULL is ABS, negative sentinels for EXC, ATT and deletion."""

from scodoc_api.models.evaluation import NOTE_ATTENTE, NOTE_NEUTRALISE, NOTE_SUPPRESS

CODES = {"ABS": None, "EXC": NOTE_NEUTRALISE, "NEU": NOTE_NEUTRALISE, "ATT": NOTE_ATTENTE, "SUPR": NOTE_SUPPRESS}


def encode_note(value: float | int | str | None) -> float | None:
    """Stored value of a note given as a number or a code. Raises ValueError for an unknown code."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if value is None:
        return None
    text = str(value).strip().upper()
    for code, stored in CODES.items():
        if text[:3] == code[:3]:
            return stored
    return float(text.replace(",", "."))


def note_text(stored: float | None) -> str:
    """Raw display: shortest representation on the evaluation's own scale ("13", "12.5"), or the code."""
    if stored is None:
        return "ABS"
    if stored == NOTE_NEUTRALISE:
        return "EXC"
    if stored == NOTE_ATTENTE:
        return "ATT"
    if stored == NOTE_SUPPRESS:
        return "SUPR"
    return str(int(stored)) if float(stored).is_integer() else repr(float(stored))
