"""Evaluations and notes (seed routes ``evaluations`` and ``eval_notes``)."""

from dataclasses import asdict

from fastapi import Request
from starlette.responses import Response

from scodoc_api.api.deps import (
    ApiRouter,
    DbSession,
    View,
)
from scodoc_api.api.params import (
    body_doc,
    json_body_doc,
    merged_params,
    object_body,
    validated,
)
from scodoc_api.core.errors import responses
from scodoc_api.core.ids import DbId
from scodoc_api.formats.responses import JSON_ONLY, WRITE, json_answer, render
from scodoc_api.schemas.evaluation import EvaluationModernRead, EvaluationNotesMap, NotesSetIn, NotesSetRead
from scodoc_api.schemas.examples import ok
from scodoc_api.schemas.read import EvalNotesRead, EvaluationRead
from scodoc_api.schemas.write import EvalSetNotesIn, EvalSetNotesOut, NoteHistoryRead
from scodoc_api.services import evaluation as service
from scodoc_api.services import notes_write
from scodoc_api.services.evaluation import evaluation_dict, get_evaluation_checked

router = ApiRouter(tags=["evaluations"])


@router.get("/evaluations/{moduleimpl_id:int}", response_model=list[EvaluationRead], responses=ok("evaluations.json"))
async def list_evaluations(request: Request, db: DbSession, access: View, moduleimpl_id: DbId) -> Response:
    """The evaluations of a module implementation, ``numero`` descending."""
    return render(request, await service.list_evaluations(db, access, moduleimpl_id), xml_root="evaluation_list")


@router.get("/eval_notes/{evaluation_id:int}", response_model=EvalNotesRead, responses=ok("eval_notes.json"))
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


@router.get("/eval_notes/{evaluation_id:int}/history", response_model=list[NoteHistoryRead], responses=ok())
async def get_eval_notes_history(request: Request, db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """Who changed which note and when: for each student the current note, then its previous values."""
    return render(request, await notes_write.notes_history(db, access, evaluation_id), xml_root="history")


# Routes of ScoDoc 9.x (modern-api.md §5)


# 5.5 Evaluations
@router.get("/evaluation/{evaluation_id:int}/notes", response_model=EvaluationNotesMap, responses=JSON_ONLY)
async def get_evaluation_notes(db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """Notes keyed by etudid: ``value`` is a float (``12.0``) or ``ABS``/``EXC``/``ATT``, with ``note_max``."""
    return json_answer(await service.evaluation_notes(db, access, evaluation_id))


@router.get("/evaluation/{evaluation_id:int}", response_model=EvaluationModernRead, responses=JSON_ONLY)
async def get_evaluation(db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """One evaluation."""
    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    return json_answer({**evaluation_dict(ev), "id": ev.id})


@router.get(
    "/moduleimpl/{moduleimpl_id:int}/evaluations", response_model=list[EvaluationModernRead], responses=JSON_ONLY
)
async def list_moduleimpl_evaluations(db: DbSession, access: View, moduleimpl_id: DbId) -> Response:
    """The evaluations of a module implementation."""
    return json_answer(
        [{**e, "id": e["evaluation_id"]} for e in await service.list_evaluations(db, access, moduleimpl_id)]
    )


@router.post(
    "/evaluation/{evaluation_id:int}/notes/set",
    response_model=NotesSetRead,
    responses=WRITE,
    openapi_extra=json_body_doc(NotesSetIn, array=False),
)
async def set_evaluation_notes(request: Request, db: DbSession, access: View, evaluation_id: DbId) -> Response:
    """Enter notes: body ``{"notes": [[etudid, value], ...], "comment": "..."}``, all or nothing."""
    from dataclasses import asdict

    from scodoc_api.core.errors import BadRequest
    from scodoc_api.services import notes_write

    body = await object_body(request)
    notes, comment = body.get("notes"), body.get("comment")
    if not isinstance(notes, list) or not all(isinstance(n, list) and len(n) == 2 for n in notes):
        raise BadRequest("notes: liste de [etudid, valeur] attendue")
    if comment is not None and (not isinstance(comment, str) or len(comment) > 1024):
        raise BadRequest("comment: texte de 1024 caractères au plus attendu")
    result = await notes_write.set_notes(db, access, evaluation_id, [tuple(n) for n in notes], comment=comment)
    return json_answer(asdict(result))
