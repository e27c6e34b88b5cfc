"""Evaluations of a module implementation and their notes (examples/evaluations.json, eval_notes.json)."""

from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import evaluation as ed
from scodoc_api.models import Evaluation, FormSemestre, ModuleImpl
from scodoc_api.repositories import evaluation as repo
from scodoc_api.repositories import notes as notes_repo
from scodoc_api.services.moduleimpl import get_moduleimpl_checked
from scodoc_api.services.notes_codes import note_text


def evaluation_dict(e: Evaluation) -> dict:
    return {
        "evaluation_id": e.id,
        "moduleimpl_id": e.moduleimpl_id,
        "jour": e.jour.isoformat() if e.jour else None,
        "heure_debut": e.heure_debut.isoformat() if e.heure_debut else None,
        "heure_fin": e.heure_fin.isoformat() if e.heure_fin else None,
        "duree": ed.duree(e.heure_debut, e.heure_fin),
        "descrheure": ed.descrheure(e.heure_debut, e.heure_fin),
        "matin": ed.matin(e.heure_debut),
        "apresmidi": ed.apresmidi(e.heure_debut, e.heure_fin),
        "description": e.description,
        "note_max": e.note_max,
        "coefficient": e.coefficient,
        "visibulletin": e.visibulletin,
        "publish_incomplete": e.publish_incomplete,
        "evaluation_type": e.evaluation_type,
        "numero": e.numero,
    }


async def list_evaluations(db: AsyncSession, access: Access, moduleimpl_id: int) -> list[dict]:
    mi, _ = await get_moduleimpl_checked(db, access, moduleimpl_id)
    return [evaluation_dict(e) for e in await repo.of_moduleimpl(db, mi.id)]


async def get_evaluation_checked(
    db: AsyncSession, access: Access, evaluation_id: int, perm: int = Permission.ScoView
) -> tuple[Evaluation, ModuleImpl, FormSemestre]:
    row = access.visible(await repo.with_moduleimpl(db, evaluation_id), lambda r: r[2].dept_id, perm, what="évaluation")
    return row[0], row[1], row[2]


async def eval_notes(db: AsyncSession, access: Access, evaluation_id: int) -> list[dict]:
    """The seed's shape: a list holding one object, etudid -> note text on the evaluation's scale."""
    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    return [{str(etudid): note_text(value) for etudid, value in await notes_repo.values_of(db, ev.id)}]


# The ScoDoc 9.x shapes (modern-api.md §4-5)


async def evaluation_notes(db: AsyncSession, access: Access, evaluation_id: int) -> dict:
    """Object keyed by etudid; numbers are floats (written with a decimal point), codes are strings."""
    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    out = {}
    for n in await notes_repo.notes_of(db, ev.id):
        value = {None: "ABS", -1000.0: "EXC", -1002.0: "ATT"}.get(n.value, n.value)
        out[str(n.etudid)] = {
            "comment": n.comment or "",
            "date": n.date.astimezone().isoformat() if n.date else None,
            "etudid": n.etudid,
            "evaluation_id": ev.id,
            "note_max": float(ev.note_max),
            "uid": n.uid,
            "value": float(value) if isinstance(value, float) else value,
        }
    return out
