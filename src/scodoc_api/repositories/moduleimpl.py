"""Module implementation queries."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import FormSemestre, Matiere, Module, ModuleImpl, ModuleImplEnseignant, UniteEns


async def with_semester(db: AsyncSession, moduleimpl_id: int) -> Any:
    """(ModuleImpl, FormSemestre), or None."""
    stmt = select(ModuleImpl, FormSemestre).join(FormSemestre).where(ModuleImpl.id == moduleimpl_id)
    return (await db.execute(stmt)).first()


async def listing(
    db: AsyncSession, *, moduleimpl_id: int | None = None, formsemestre_id: int | None = None
) -> list[tuple[ModuleImpl, Module, UniteEns, Matiere | None]]:
    """One module implementation, or a semester's, with its module, UE and matière, in the programme's order."""
    where = (
        ModuleImpl.id == moduleimpl_id if moduleimpl_id is not None else ModuleImpl.formsemestre_id == formsemestre_id
    )
    stmt = (
        select(ModuleImpl, Module, UniteEns, Matiere)
        .join(Module, Module.id == ModuleImpl.module_id)
        .join(UniteEns, UniteEns.id == Module.ue_id)
        .outerjoin(Matiere, Matiere.id == Module.matiere_id)
        .where(where)
        .order_by(UniteEns.numero, UniteEns.id, Matiere.numero, Matiere.id, Module.numero, Module.code, ModuleImpl.id)
    )
    return [tuple(r) for r in (await db.execute(stmt)).all()]


async def teachers(db: AsyncSession, moduleimpl_ids: list[int]) -> list[tuple[int, int]]:
    """(moduleimpl id, teacher's user id), by teacher."""
    if not moduleimpl_ids:
        return []
    stmt = (
        select(ModuleImplEnseignant.moduleimpl_id, ModuleImplEnseignant.ens_id)
        .where(ModuleImplEnseignant.moduleimpl_id.in_(moduleimpl_ids))
        .order_by(ModuleImplEnseignant.ens_id)
    )
    return [tuple(r) for r in (await db.execute(stmt)).all()]
