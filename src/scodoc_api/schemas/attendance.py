"""Shapes of the attendance routes (modern-api.md §4.6-4.7, §5.7-5.8), from the examples of the spec."""

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from scodoc_api.core.values import BOOLEAN_WORDS
from scodoc_api.schemas.common import MOMENT_SCHEMA
from scodoc_api.schemas.write import TEXT_MAX


class _Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Open(BaseModel):
    """A request body: other fields are ignored by the server."""

    model_config = ConfigDict(extra="allow")


ISO = Field(description="ISO 8601 with a +HH:MM offset, never Z", examples=["2024-10-11T08:00:00+02:00"])


class JustificatifRead(_Closed):
    justif_id: int
    etudid: int
    date_debut: str = ISO
    date_fin: str = ISO
    etat: Literal["VALIDE", "NON_VALIDE", "ATTENTE", "MODIFIE"]
    raison: str | None
    entry_date: str = ISO
    user_id: int | None
    user_name: str | None
    user_nom_complet: str | None
    external_data: dict[str, Any] | None
    fichier: str | None = Field(description="name of its first file, if any")
    code_nip: str | None = Field(None, description="on per-semester lists")


class AssiduiteRead(_Closed):
    assiduite_id: int
    etudid: int
    moduleimpl_id: int | None
    date_debut: str = ISO
    date_fin: str = ISO
    etat: Literal["PRESENT", "RETARD", "ABSENT"]
    desc: str | None
    entry_date: str = ISO
    user_id: int | None
    user_name: str | None
    user_nom_complet: str | None
    est_just: bool
    external_data: dict[str, Any] | None
    code_nip: str | None = Field(None, description="on per-semester lists")
    justificatifs: list[JustificatifRead] | None = Field(None, description="with with_justifs=1")


class Metrics(BaseModel):
    """The metrics asked for (``metric=``), all four by default."""

    compte: int | None = None
    demi: int | None = None
    heure: float | None = None
    journee: int | None = None


class StateCount(Metrics):
    justifie: Metrics
    non_justifie: Metrics


class AssiduiteCount(Metrics):
    """Without ``split``: the metrics. With it: one object per state, and ``total``."""

    absent: StateCount | None = None
    retard: StateCount | None = None
    present: StateCount | None = None
    total: Metrics | None = None


class BatchItem(_Closed):
    indice: int = Field(description="position in the request's array")
    message: str | dict[str, int] = Field(description="an error's reason, or what was created")


class AttendanceBatch(_Closed):
    """Answer of the create and delete routes: 200 even when some items failed."""

    errors: list[BatchItem]
    success: list[BatchItem]


class EditAnswer(BaseModel):
    OK: bool
    couverture: dict[str, list[int]] | None = Field(
        None, description="justificatifs: assiduités justified before/after"
    )


class FileImported(_Closed):
    filename: str
    response: str


class FileList(_Closed):
    filenames: list[str]
    total: int


class FilesRemoved(_Closed):
    response: str
    total: int


# Request bodies (documentation: the routes read them item by item, so that each item fails on its own).
MOMENT = Field(
    json_schema_extra=MOMENT_SCHEMA,
    description="ISO 8601 date, or date-time (without an offset: the institution's local time)",
    examples=["2024-10-11T08:00:00+02:00"],
)
FLEX_BOOLEAN = {
    "anyOf": [
        {"type": "boolean"},
        {"type": "integer", "enum": [0, 1]},
        {"type": "string", "pattern": BOOLEAN_WORDS},
    ]
}
ETAT = Field(pattern=r"(?i)^ *(present|retard|absent) *$", description="any case", examples=["absent"])
JUSTIF_ETAT = Field(pattern=r"(?i)^ *(valide|non_valide|attente|modifie) *$", examples=["attente"])
TEXT = Field(None, max_length=TEXT_MAX)


class AssiduiteCreate(_Open):
    date_debut: str = MOMENT
    date_fin: str = MOMENT
    etat: str = ETAT
    moduleimpl_id: int | None = None
    desc: str | None = TEXT
    external_data: dict[str, Any] | None = None


class AssiduiteCreateFor(AssiduiteCreate):
    etudid: int


def _one_of_these(*names: str) -> dict[str, Any]:
    """An edit names at least one of its fields (others are ignored)."""
    return {"anyOf": [{"required": [name]} for name in names]}


class AssiduiteEdit(_Open):
    model_config = ConfigDict(
        extra="allow", json_schema_extra=_one_of_these("etat", "moduleimpl_id", "desc", "est_just", "external_data")
    )

    etat: str = Field(None, pattern=r"(?i)^ *(present|retard|absent) *$")  # type: ignore[assignment]
    moduleimpl_id: int | None = None
    desc: str | None = TEXT
    est_just: Annotated[bool, WithJsonSchema(FLEX_BOOLEAN)] = Field(None)  # type: ignore[assignment]
    external_data: dict[str, Any] | None = None


class AssiduiteEditItem(AssiduiteEdit):
    assiduite_id: int


class JustificatifCreate(_Open):
    date_debut: str = MOMENT
    date_fin: str = MOMENT
    etat: str = JUSTIF_ETAT
    raison: str | None = TEXT
    external_data: dict[str, Any] | None = None


class JustificatifEdit(_Open):
    model_config = ConfigDict(
        extra="allow", json_schema_extra=_one_of_these("date_debut", "date_fin", "etat", "raison", "external_data")
    )

    date_debut: str = Field(None, json_schema_extra=MOMENT_SCHEMA)  # type: ignore[assignment]  # absent, or a date
    date_fin: str = Field(None, json_schema_extra=MOMENT_SCHEMA)  # type: ignore[assignment]
    etat: str = Field(None, pattern=r"(?i)^ *(valide|non_valide|attente|modifie) *$")  # type: ignore[assignment]
    raison: str | None = TEXT
    external_data: dict[str, Any] | None = None


class FilesRemoveAll(BaseModel):  # other fields are ignored
    remove: Literal["all"]
    filenames: list[str] | None = Field(None, description="ignored")


class FilesRemoveList(BaseModel):
    remove: Literal["list"]
    filenames: list[str]


FILES_REMOVE = {"oneOf": [FilesRemoveAll.model_json_schema(), FilesRemoveList.model_json_schema()]}
