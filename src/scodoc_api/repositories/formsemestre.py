"""Semester queries: a handful of set-based selects whatever the number of semesters."""

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.domain.parcours import BUT
from scodoc_api.models import (
    Departement,
    Formation,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreInscription,
    FormSemestreResponsable,
    FormSemestreValidation,
    Identite,
)
from scodoc_api.repositories.but import semester_parcours


async def get(db: AsyncSession, formsemestre_id: int) -> FormSemestre | None:
    return await db.get(FormSemestre, formsemestre_id)


async def load_full(db: AsyncSession, sems: list[FormSemestre]) -> dict:
    """Everything the semester object needs: formations, departments, steps, heads."""
    ids = [s.id for s in sems]
    f_ids = {s.formation_id for s in sems}
    d_ids = {s.dept_id for s in sems}
    formations = {f.id: f for f in (await db.execute(select(Formation).where(Formation.id.in_(f_ids)))).scalars()}
    depts = {d.id: d for d in (await db.execute(select(Departement).where(Departement.id.in_(d_ids)))).scalars()}
    etapes: dict[int, list[str]] = defaultdict(list)
    for sid, etape in (
        await db.execute(
            select(FormSemestreEtape.formsemestre_id, FormSemestreEtape.etape_apo)
            .where(FormSemestreEtape.formsemestre_id.in_(ids))
            .order_by(FormSemestreEtape.id)
        )
    ).all():
        etapes[sid].append(etape)
    resps: dict[int, list[int]] = defaultdict(list)
    for sid, uid in (
        await db.execute(
            select(FormSemestreResponsable.formsemestre_id, FormSemestreResponsable.responsable_id)
            .where(FormSemestreResponsable.formsemestre_id.in_(ids))
            .order_by(FormSemestreResponsable.responsable_id)
        )
    ).all():
        resps[sid].append(uid)
    parcours = await semester_parcours(db, ids) if any(f.type_parcours == BUT for f in formations.values()) else {}
    return {"formations": formations, "depts": depts, "etapes": etapes, "responsables": resps, "parcours": parcours}


def _order(stmt):
    """ScoDoc 9.0's order: the most recent first (start date, then semester index); semesters starting the same
    day with the same index in creation order (its sort is stable over rows read by id)."""
    return stmt.order_by(FormSemestre.date_debut.desc(), FormSemestre.semestre_id.desc(), FormSemestre.id)


async def list_by_etape_candidates(db: AsyncSession, code: str, dept_ids: list[int]) -> list[tuple[FormSemestre, str]]:
    stmt = (
        select(FormSemestre, FormSemestreEtape.etape_apo)
        .join(FormSemestreEtape)
        .where(FormSemestreEtape.etape_apo.like(f"{code}%"), FormSemestre.dept_id.in_(dept_ids))
    )
    return [(s, e) for s, e in (await db.execute(_order(stmt))).all()]


async def list_sems(
    db: AsyncSession,
    *,
    dept_ids: list[int] | None = None,
    etat: bool | None = None,
    current_on: date | None = None,
    ids: list[int] | None = None,
) -> list[FormSemestre]:
    stmt = select(FormSemestre)
    if dept_ids is not None:
        stmt = stmt.where(FormSemestre.dept_id.in_(dept_ids))
    if etat is not None:
        stmt = stmt.where(FormSemestre.etat == etat)
    if current_on is not None:
        stmt = stmt.where(FormSemestre.date_debut <= current_on, FormSemestre.date_fin >= current_on)
    if ids is not None:
        stmt = stmt.where(FormSemestre.id.in_(ids))
    return list((await db.execute(_order(stmt))).scalars())


async def inscriptions_of_etuds(
    db: AsyncSession, etudids: list[int]
) -> list[tuple[FormSemestreInscription, FormSemestre]]:
    stmt = (
        select(FormSemestreInscription, FormSemestre)
        .join(FormSemestre)
        .where(FormSemestreInscription.etudid.in_(etudids))
    )
    return list((await db.execute(_order(stmt))).all())


async def formation_type(db: AsyncSession, formation_id: int) -> int:
    """The formation's ``type_parcours`` (700: BUT)."""
    return (await db.execute(select(Formation.type_parcours).where(Formation.id == formation_id))).scalar_one()


async def semester_ids_of(db: AsyncSession, etudid: int) -> list[int]:
    """The semesters a student is registered in."""
    return list(
        (
            await db.execute(
                select(FormSemestreInscription.formsemestre_id).where(FormSemestreInscription.etudid == etudid)
            )
        ).scalars()
    )


async def is_responsable(db: AsyncSession, sem_id: int, user_id: int) -> bool:
    stmt = select(FormSemestreResponsable.formsemestre_id).where(
        FormSemestreResponsable.formsemestre_id == sem_id, FormSemestreResponsable.responsable_id == user_id
    )
    return (await db.execute(stmt)).first() is not None


def registered_subquery(sem_id: int) -> Any:
    """The semester's students by subquery: a long IN list of ids costs more to compile than the rows it reads."""
    return select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem_id)


async def registered_etudids(db: AsyncSession, sem_id: int) -> set[int]:
    return set((await db.execute(registered_subquery(sem_id))).scalars())


async def is_registered(db: AsyncSession, sem_id: int, etudid: int) -> bool:
    stmt = select(FormSemestreInscription.id).where(
        FormSemestreInscription.formsemestre_id == sem_id, FormSemestreInscription.etudid == etudid
    )
    return (await db.execute(stmt)).first() is not None


async def registered_students(db: AsyncSession, sem_id: int, etat: str | None = None) -> list[tuple[Identite, str]]:
    """(student, registration state) of the semester's students (in this state only, when given), by name."""
    stmt = (
        select(Identite, FormSemestreInscription.etat)
        .join(FormSemestreInscription)
        .where(FormSemestreInscription.formsemestre_id == sem_id)
    )
    if etat:
        stmt = stmt.where(FormSemestreInscription.etat == etat)
    rows = await db.execute(stmt.order_by(Identite.nom, Identite.prenom, Identite.id))
    return [tuple(r) for r in rows.all()]


async def decisions(db: AsyncSession, sem_id: int) -> list[FormSemestreValidation]:
    stmt = select(FormSemestreValidation).where(FormSemestreValidation.formsemestre_id == sem_id)
    return list((await db.execute(stmt)).scalars())


async def a_but_student(db: AsyncSession) -> tuple[int, int] | None:
    """(etudid, semester id) of a registered student of the earliest unlocked BUT semester (the demo's example)."""
    stmt = (
        select(FormSemestreInscription.etudid, FormSemestre.id)
        .join(FormSemestre, FormSemestre.id == FormSemestreInscription.formsemestre_id)
        .join(Formation, Formation.id == FormSemestre.formation_id)
        .where(Formation.type_parcours == BUT, FormSemestre.etat.is_(True), FormSemestreInscription.etat == "I")
        .order_by(FormSemestre.semestre_id, FormSemestreInscription.etudid)
    )
    row = (await db.execute(stmt)).first()
    return (row[0], row[1]) if row else None


async def registrations_of(db: AsyncSession, etudids: list[int]) -> list[tuple[int, str, FormSemestre, int]]:
    """(etudid, registration state, semester, its formation's type_parcours) of each student's semesters."""
    stmt = (
        select(FormSemestreInscription.etudid, FormSemestreInscription.etat, FormSemestre, Formation.type_parcours)
        .join(FormSemestre, FormSemestre.id == FormSemestreInscription.formsemestre_id)
        .join(Formation, Formation.id == FormSemestre.formation_id)
        .where(FormSemestreInscription.etudid.in_(etudids))
    )
    return [tuple(r) for r in (await db.execute(stmt)).all()]
