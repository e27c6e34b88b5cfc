"""Evaluations and notes (seed routes ``evaluations`` and ``eval_notes``)."""

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, require
from scodoc_api.api.params import body_doc, merged_params, validated
from scodoc_api.core.errors import responses
from scodoc_api.core.ids import DbId
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import EvalNotesRead, EvaluationRead
from scodoc_api.schemas.write import EvalSetNotesIn, EvalSetNotesOut, NoteHistoryRead
from scodoc_api.services import evaluation as service
from scodoc_api.services import notes_write

router = APIRouter(tags=["evaluations"])
View = Annotated[Access, Depends(require(Permission.ScoView))]


@router.get("/evaluations/{moduleimpl_id}", response_model=list[EvaluationRead], responses=ok("evaluations.json"))
async def list_evaluations(request: Request, db: DbSession, access: View, moduleimpl_id: DbId) -> Response:
    """The evaluations of a module implementation, ``numero`` descending."""
    return render(request, await service.list_evaluations(db, access, moduleimpl_id), xml_root="evaluation_list")


@router.get("/eval_notes/{evaluation_id}", response_model=EvalNotesRead, responses=ok("eval_notes.json"))
async def get_eval_notes(request: Request, db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """The notes of an evaluation, on its own scale, keyed by etudid (only students who have a note)."""
    return render(request, await service.eval_notes(db, access, evaluation_id), xml_root="eval_notes")


@router.post(
    "/eval_set_notes",
    response_model=EvalSetNotesOut,
    responses={**ok("eval_set_notes.json", xml=False), **responses(406, 409)},
    openapi_extra=body_doc(EvalSetNotesIn),
)
async def set_eval_notes(request: Request, db: DbSession, access: View) -> Response:
    """Enter notes: ``eval_id`` with ``etudid`` and ``note`` (query string, as in the seed, or body), and/or a
    batch ``notes: [{etudid, note}]`` in a JSON body. Every item is checked first; one bad item and nothing is
    written (400 listing them all). ``SUPR`` deletes a note; every change is kept in the history."""
    params = validated(EvalSetNotesIn, await merged_params(request))
    result = await notes_write.set_notes(db, access, params.eval_id, params.items(), comment=params.comment)
    return render(request, asdict(result), xml_root="result")


@router.get("/eval_notes/{evaluation_id}/history", response_model=list[NoteHistoryRead], responses=ok())
async def get_eval_notes_history(request: Request, db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """Who changed which note and when: for each student the current note, then its previous values."""
    return render(request, await notes_write.notes_history(db, access, evaluation_id), xml_root="history")
