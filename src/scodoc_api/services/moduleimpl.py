"""Module implementations with their module, UE, matière and teachers (examples/moduleimpl.json)."""

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import NotFound
from scodoc_api.core.permissions import Access
from scodoc_api.models import FormSemestre, Matiere, Module, ModuleImpl, ModuleImplEnseignant, UniteEns
from scodoc_api.services.formation import matiere_dict, module_dict, ue_dict
from scodoc_api.services.formsemestre import get_sem


async def _listing(db: AsyncSession, where) -> list[dict]:
    stmt = (
        select(ModuleImpl, Module, UniteEns, Matiere)
        .join(Module, Module.id == ModuleImpl.module_id)
        .join(UniteEns, UniteEns.id == Module.ue_id)
        .outerjoin(Matiere, Matiere.id == Module.matiere_id)
        .where(where)
        .order_by(UniteEns.numero, UniteEns.id, Matiere.numero, Matiere.id, Module.numero, Module.code, ModuleImpl.id)
    )
    rows = (await db.execute(stmt)).all()
    ids = [mi.id for mi, *_ in rows]
    ens: dict[int, list[dict]] = defaultdict(list)
    if ids:
        for mi_id, uid in (
            await db.execute(
                select(ModuleImplEnseignant.moduleimpl_id, ModuleImplEnseignant.ens_id)
                .where(ModuleImplEnseignant.moduleimpl_id.in_(ids))
                .order_by(ModuleImplEnseignant.ens_id)
            )
        ).all():
            ens[mi_id].append({"moduleimpl_id": mi_id, "ens_id": uid})
    return [
        {
            "id": mi.id,
            "moduleimpl_id": mi.id,
            "module_id": mi.module_id,
            "formsemestre_id": mi.formsemestre_id,
            "responsable_id": mi.responsable_id,
            "computation_expr": mi.computation_expr or None,
            "ens": ens[mi.id],
            "module": module_dict(mod),
            "ue": ue_dict(ue),
            "matiere": matiere_dict(mat) if mat else None,
        }
        for mi, mod, ue, mat in rows
    ]


async def get_moduleimpl_checked(
    db: AsyncSession, access: Access, moduleimpl_id: int, perm: int = 4
) -> tuple[ModuleImpl, FormSemestre]:
    row = (
        await db.execute(select(ModuleImpl, FormSemestre).join(FormSemestre).where(ModuleImpl.id == moduleimpl_id))
    ).first()
    row = access.visible(row, lambda r: r[1].dept_id, perm, what="moduleimpl")
    return row[0], row[1]


async def get_moduleimpl(
    db: AsyncSession, access: Access, moduleimpl_id: int, formsemestre_id: int | None = None
) -> dict:
    mi, sem = await get_moduleimpl_checked(db, access, moduleimpl_id)
    if formsemestre_id is not None and sem.id != formsemestre_id:
        raise NotFound(f"moduleimpl {moduleimpl_id} inconnu dans le semestre {formsemestre_id}")
    return (await _listing(db, ModuleImpl.id == mi.id))[0]


async def list_moduleimpls(db: AsyncSession, access: Access, formsemestre_id: int) -> list[dict]:
    sem = await get_sem(db, access, formsemestre_id)
    return await _listing(db, ModuleImpl.formsemestre_id == sem.id)
