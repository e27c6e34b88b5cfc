"""Evaluations and notes (seed routes ``evaluations`` and ``eval_notes``)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, require
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.formats.responses import render
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import EvalNotesRead, EvaluationRead
from scodoc_api.services import evaluation as service

router = APIRouter(tags=["evaluations"])
View = Annotated[Access, Depends(require(Permission.ScoView))]


@router.get("/evaluations/{moduleimpl_id}", response_model=list[EvaluationRead], responses=ok("evaluations.json"))
async def list_evaluations(request: Request, db: DbSession, access: View, moduleimpl_id: int) -> Response:
    """The evaluations of a module implementation, ``numero`` descending."""
    return render(request, await service.list_evaluations(db, access, moduleimpl_id), xml_root="evaluation_list")


@router.get("/eval_notes/{evaluation_id}", response_model=EvalNotesRead, responses=ok("eval_notes.json"))
async def get_eval_notes(request: Request, db: DbSession, access: View, evaluation_id: int) -> Response:
    """The notes of an evaluation, on its own scale, keyed by etudid (only students who have a note)."""
    return render(request, await service.eval_notes(db, access, evaluation_id), xml_root="eval_notes")
