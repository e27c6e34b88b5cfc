"""Inputs and outputs of the write routes. Inputs are read from the query string, a form body or a JSON body
(see api/params.py) and validated with these models."""

from typing import Annotated, Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from scodoc_api.core.ids import DbId, refuse_boolean
from scodoc_api.core.values import IsoDate
from scodoc_api.schemas.common import MOMENT_SCHEMA

# Text limits: ScoDoc's column lengths where it has one (group names 64), else a bound of ours for its
# Text columns (docs/security.md). A longer value is a 400; the whole body is bounded by MAX_BODY_BYTES.
TEXT_MAX = 1024  # comments and descriptions
NOTE_TEXT_MAX = 16  # a note: a number or ABS, EXC, ATT, SUPR
GROUPS_SPEC_MAX = 200_000  # set_groups' lines of ids


class _In(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)


NoteValue = Annotated[
    float | Annotated[str, Field(max_length=NOTE_TEXT_MAX)] | None,
    refuse_boolean("booléen refusé: une note est un nombre ou ABS, EXC, ATT, SUPR"),
]


class NoteItem(_In):
    etudid: DbId
    note: NoteValue = Field(description="a number on the evaluation's scale, or ABS, EXC, ATT, SUPR")


class EvalSetNotesIn(_In):
    eval_id: DbId = Field(validation_alias=AliasChoices("eval_id", "evaluation_id"))
    etudid: DbId | None = None
    note: NoteValue = None
    notes: list[NoteItem] | None = Field(None, description="a batch of {etudid, note}")
    comment: str | None = Field(None, max_length=TEXT_MAX)

    def items(self) -> list[tuple[Any, Any]]:
        out = [(n.etudid, n.note) for n in self.notes or []]
        if self.etudid is not None:
            out.append((self.etudid, self.note))
        return out


class EvalSetNotesOut(BaseModel):
    status: str = "ok"
    nbchanged: int
    existing_decisions: list[int]
    unchanged: int = 0
    refused: int = 0
    changed: list[dict[str, Any]] = []


class SetGroupsIn(_In):
    partition_id: DbId
    groups: str | None = Field(
        None, max_length=GROUPS_SPEC_MAX, description="lines 'group_id;etudid;etudid;...;' (the last ';' is required)"
    )
    groups_to_create: str | None = Field(None, max_length=GROUPS_SPEC_MAX, description="lines 'group_name;etudid;...;'")
    groups_to_delete: str | None = Field(None, max_length=GROUPS_SPEC_MAX, description="'group_id;group_id;...'")


class SetGroupsOut(BaseModel):
    status: str
    message: str
    partition_id: DbId | None = None
    groups_updated: int | None = None
    groups_deleted: int | None = None
    groups_created: list[int] | None = None


class AbsRangeIn(_In):
    etudid: DbId
    date_debut: IsoDate
    date_fin: IsoDate | None = Field(None, description="excluded; missing or equal to date_debut: that day")
    demi_journee: int = Field(2, ge=0, le=2, description="2 whole day, 1 morning, 0 afternoon")

    @field_validator("date_fin", mode="before")
    @classmethod
    def _empty(cls, v: Any) -> Any:
        return None if v == "" else v


class AbsSignaleIn(AbsRangeIn):
    estjust: bool = False
    description: str | None = Field(None, max_length=TEXT_MAX)
    moduleimpl_id: DbId | None = Field(None, validation_alias=AliasChoices("moduleimpl_id", "module_impl_id"))

    @field_validator("moduleimpl_id", mode="before")
    @classmethod
    def _empty_mi(cls, v: Any) -> Any:
        return None if v in ("", "None") else v


class AbsJustifIn(AbsRangeIn):
    description: str | None = Field(None, max_length=TEXT_MAX)


class AbsAnnuleIn(AbsRangeIn):
    moduleimpl_id: DbId | None = Field(None, validation_alias=AliasChoices("moduleimpl_id", "module_impl_id"))


class AbsOut(BaseModel):
    etudid: DbId
    date_debut: str
    date_fin: str
    demi_journee: int
    nb_demi_journees: int
    estjust: bool | None = None
    moduleimpl_id: DbId | None = None
    nb_ajoutees: int | None = None
    nb_supprimees: int | None = None


class BilletAddIn(_In):
    etudid: DbId
    begin: str = Field(description="ISO date or date-time", max_length=40, json_schema_extra=MOMENT_SCHEMA)
    end: str = Field(max_length=40, json_schema_extra=MOMENT_SCHEMA)
    description: str = Field("", max_length=TEXT_MAX)
    justified: bool = True


class NoteHistoryRead(BaseModel):
    etudid: DbId
    current: bool
    value: str
    date: str
    uid: DbId | None
    user_name: str | None
    comment: str | None
