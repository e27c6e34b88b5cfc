"""Evaluations and their notes on the ScoDoc 9.x routes (modern-api.md §5.5)."""

from pydantic import BaseModel, ConfigDict, Field, RootModel

from scodoc_api.schemas.common import Obj


class NoteEntry(Obj):
    comment: str | None
    date: str | None
    etudid: int
    evaluation_id: int
    note_max: float
    uid: int | None
    value: float | str = Field(description="a float written with a decimal point, or ABS, EXC, ATT")


class EvaluationNotesMap(RootModel[dict[str, NoteEntry]]):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "1042": {
                        "comment": "",
                        "date": "2024-10-15T10:12:03+02:00",
                        "etudid": 1042,
                        "evaluation_id": 90210,
                        "note_max": 20.0,
                        "uid": 17,
                        "value": 14.5,
                    }
                }
            ]
        }
    )


class EvaluationModernRead(Obj):
    id: int
    evaluation_id: int
    moduleimpl_id: int


class NotesSetRead(Obj):
    status: str
    nbchanged: int
    unchanged: int


class NotesSetIn(BaseModel):
    """``evaluation/<id>/notes/set``: every pair is checked, then all are written or none."""

    notes: list[tuple[int, float | str | None]] = Field(
        description="[etudid, note]: a number, or ABS, EXC, ATT, SUPR", examples=[[[1, 12.5], [2, "ABS"]]]
    )
    comment: str | None = Field(None, max_length=1024)
