"""The texts of a BUT bulletin's numbers: ScoDoc's two-decimal form, "~" when there is none, each distinct value
formatted once per results version."""

import numpy as np

from scodoc_api.domain.but_model import Stats
from scodoc_api.domain.formatting import fmt_note

UNDEFINED = "~"


def txt(value) -> str:
    """A mean, a note or a statistic: ScoDoc's two-decimal text, "~" when there is none."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return UNDEFINED
    return fmt_note(float(value))


def stats_txt(st: Stats) -> dict:
    return {"min": txt(st.min), "max": txt(st.max), "moy": txt(st.moy)}


class Texts:
    """Texts of per-student values, each distinct value formatted once. A single bulletin formats only its own
    values (``at``); a semester's batch turns whole arrays into text lists at once (``column``)."""

    def __init__(self) -> None:
        self.lists: dict = {}
        self.columns: dict = {}
        self.memo: dict = {}
        self.eager = False  # set for a batch: ``at`` reads whole columns

    def _text(self, v: float, memo: dict, note_max: float | None) -> str:
        if v != v:  # NaN
            return UNDEFINED
        text = memo.get(v)
        if text is None:
            text = fmt_note(v, note_max)
            if v != 0:  # 0.0 and -0.0 share a key, not a text
                memo[v] = text
        return text

    def column(self, key, values, note_max: float | None = None) -> list[str]:
        found = self.columns.get(key)
        if found is None:
            memo = self.memo.setdefault(note_max, {})
            uniq, inverse = np.unique(values, return_inverse=True)  # NaNs collapse into one
            texts = np.array([self._text(v, memo, note_max) for v in uniq.tolist()], dtype=object)[inverse]
            zero = values == 0
            if zero.any():  # 0.0 and -0.0 are one value to np.unique, not one text
                texts[zero] = [fmt_note(v, note_max) for v in values[zero].tolist()]
            found = self.columns[key] = texts.tolist()
        return found

    def at(self, key, values, i: int, note_max: float | None = None) -> str:
        if self.eager:
            return self.column(key, values, note_max)[i]
        found = self.lists.get(key)
        if found is None:
            found = self.lists[key] = values.tolist()
        return self._text(found[i], self.memo.setdefault(note_max, {}), note_max)
