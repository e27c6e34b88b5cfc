"""Module implementations with their module, UE, matière and teachers (examples/moduleimpl.json)."""

from collections import defaultdict

from scodoc_api.core.errors import NotFound
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import FormSemestre, ModuleImpl
from scodoc_api.repositories import moduleimpl as repo
from scodoc_api.services.formation import matiere_dict, module_dict, ue_dict
from scodoc_api.services.formsemestre import get_sem


async def _listing(db: AsyncSession, **which: int) -> list[dict]:
    rows = await repo.listing(db, **which)
    ens: dict[int, list[dict]] = defaultdict(list)
    for mi_id, uid in await repo.teachers(db, [mi.id for mi, *_ in rows]):
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
    db: AsyncSession, access: Access, moduleimpl_id: int, perm: int = Permission.ScoView
) -> tuple[ModuleImpl, FormSemestre]:
    row = access.visible(await repo.with_semester(db, moduleimpl_id), lambda r: r[1].dept_id, perm, what="moduleimpl")
    return row[0], row[1]


async def get_moduleimpl(
    db: AsyncSession, access: Access, moduleimpl_id: int, formsemestre_id: int | None = None
) -> dict:
    mi, sem = await get_moduleimpl_checked(db, access, moduleimpl_id)
    if formsemestre_id is not None and sem.id != formsemestre_id:
        raise NotFound(f"moduleimpl {moduleimpl_id} inconnu dans le semestre {formsemestre_id}")
    return (await _listing(db, moduleimpl_id=mi.id))[0]


async def list_moduleimpls(db: AsyncSession, access: Access, formsemestre_id: int) -> list[dict]:
    sem = await get_sem(db, access, formsemestre_id)
    return await _listing(db, formsemestre_id=sem.id)
