"""Evaluations of a module implementation and their notes (examples/evaluations.json, eval_notes.json)."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.permissions import Access, Permission
from scodoc_api.domain import evaluation as ed
from scodoc_api.models import (
    Evaluation,
    FormSemestre,
    ModuleImpl,
    Note,
)
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
    rows = (
        await db.execute(
            select(Evaluation)
            .where(Evaluation.moduleimpl_id == mi.id)
            .order_by(Evaluation.numero.desc(), Evaluation.jour.desc(), Evaluation.id.desc())
        )
    ).scalars()
    return [evaluation_dict(e) for e in rows]


async def get_evaluation_checked(
    db: AsyncSession, access: Access, evaluation_id: int, perm: int = Permission.ScoView
) -> tuple[Evaluation, ModuleImpl, FormSemestre]:
    row = (
        await db.execute(
            select(Evaluation, ModuleImpl, FormSemestre)
            .join(ModuleImpl, ModuleImpl.id == Evaluation.moduleimpl_id)
            .join(FormSemestre, FormSemestre.id == ModuleImpl.formsemestre_id)
            .where(Evaluation.id == evaluation_id)
        )
    ).first()
    row = access.visible(row, lambda r: r[2].dept_id, perm, what="évaluation")
    return row[0], row[1], row[2]


async def eval_notes(db: AsyncSession, access: Access, evaluation_id: int) -> list[dict]:
    """The seed's shape: a list holding one object, etudid -> note text on the evaluation's scale."""
    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    rows = (
        await db.execute(select(Note.etudid, Note.value).where(Note.evaluation_id == ev.id).order_by(Note.etudid))
    ).all()
    return [{str(etudid): note_text(value) for etudid, value in rows}]


# The ScoDoc 9.x shapes (modern-api.md §4-5)


async def evaluation_notes(db: AsyncSession, access: Access, evaluation_id: int) -> dict:
    """Object keyed by etudid; numbers are floats (written with a decimal point), codes are strings."""
    from scodoc_api.services.evaluation import get_evaluation_checked

    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    out = {}
    for n in (await db.execute(select(Note).where(Note.evaluation_id == ev.id).order_by(Note.etudid))).scalars():
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
