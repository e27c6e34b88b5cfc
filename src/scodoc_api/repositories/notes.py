"""Notes: who may enter them, what is stored, and the set-based writes of a batch with its history."""

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    Evaluation,
    FormSemestreValidation,
    Module,
    ModuleImplEnseignant,
    ModuleImplInscription,
    Note,
    NoteLog,
    User,
)


async def teaches(db: AsyncSession, moduleimpl_id: int, user_id: int) -> bool:
    stmt = select(ModuleImplEnseignant.moduleimpl_id).where(
        ModuleImplEnseignant.moduleimpl_id == moduleimpl_id, ModuleImplEnseignant.ens_id == user_id
    )
    return (await db.execute(stmt)).first() is not None


async def has_decisions(db: AsyncSession, sem_id: int) -> bool:
    stmt = select(FormSemestreValidation.id).where(FormSemestreValidation.formsemestre_id == sem_id).limit(1)
    return (await db.execute(stmt)).first() is not None


async def decided_among(db: AsyncSession, sem_id: int, etudids: list[int]) -> list[int]:
    """Those of these students with a jury decision in the semester, in id order."""
    stmt = select(FormSemestreValidation.etudid).where(
        FormSemestreValidation.formsemestre_id == sem_id, FormSemestreValidation.etudid.in_(etudids or [-1])
    )
    return sorted(set((await db.execute(stmt)).scalars()))


async def lock_evaluation(db: AsyncSession, evaluation_id: int) -> None:
    """One writer at a time per evaluation: no lost update, no deadlock (PostgreSQL)."""
    if db.bind.dialect.name == "postgresql":
        await db.execute(select(Evaluation.id).where(Evaluation.id == evaluation_id).with_for_update())


async def module_type(db: AsyncSession, module_id: int) -> int | None:
    return (await db.execute(select(Module.module_type).where(Module.id == module_id))).scalar_one()


async def moduleimpl_etudids(db: AsyncSession, moduleimpl_id: int) -> set[int]:
    stmt = select(ModuleImplInscription.etudid).where(ModuleImplInscription.moduleimpl_id == moduleimpl_id)
    return set((await db.execute(stmt)).scalars())


async def notes_of(db: AsyncSession, evaluation_id: int, etudids: list[int] | None = None) -> list[Note]:
    """The evaluation's notes (of these students only, when given), by etudid."""
    stmt = select(Note).where(Note.evaluation_id == evaluation_id).order_by(Note.etudid)
    if etudids is not None:
        stmt = stmt.where(Note.etudid.in_(etudids))
    return list((await db.execute(stmt)).scalars())


async def history_of(db: AsyncSession, evaluation_id: int) -> list[NoteLog]:
    return list((await db.execute(select(NoteLog).where(NoteLog.evaluation_id == evaluation_id))).scalars())


async def user_names(db: AsyncSession) -> dict[int, str]:
    return dict((await db.execute(select(User.id, User.user_name))).all())


async def write_notes(
    db: AsyncSession,
    *,
    deletions: list[int],
    updates: list[dict],
    inserts: list[dict],
    logs: list[dict],
    comment: str | None,
    now: datetime,
    uid: int,
) -> None:
    """One statement (executemany) per kind of change, whatever the batch size. ``updates``: {b_id, b_value}."""
    if deletions:
        await db.execute(delete(Note).where(Note.id.in_(deletions)))
    if updates:
        t: Any = Note.__table__
        stmt = (
            update(t)
            .where(t.c.id == bindparam("b_id"))
            .values(value=bindparam("b_value"), comment=comment, date=now, uid=uid)
        )
        await db.execute(stmt, updates)
    if inserts:
        await db.execute(insert(Note), inserts)
    if logs:
        await db.execute(insert(NoteLog), logs)


async def values_of(db: AsyncSession, evaluation_id: int) -> list[tuple[int, float | None]]:
    """(etudid, stored value) of the evaluation's notes, by etudid."""
    stmt = select(Note.etudid, Note.value).where(Note.evaluation_id == evaluation_id).order_by(Note.etudid)
    return [tuple(r) for r in (await db.execute(stmt)).all()]
