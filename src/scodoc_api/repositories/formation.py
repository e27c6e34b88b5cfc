"""Formation queries: the export's UEs, subjects, modules and tags, each in ScoDoc's order; the listings and
versions."""

from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Formation, Matiere, Module, ModuleTag, NotesTag, UniteEns


async def ues(db: AsyncSession, formation_id: int) -> list[UniteEns]:
    stmt = select(UniteEns).where(UniteEns.formation_id == formation_id).order_by(UniteEns.numero, UniteEns.id)
    return list((await db.execute(stmt)).scalars())


async def matieres(db: AsyncSession, formation_id: int) -> list[Matiere]:
    stmt = (
        select(Matiere).join(UniteEns).where(UniteEns.formation_id == formation_id).order_by(Matiere.numero, Matiere.id)
    )
    return list((await db.execute(stmt)).scalars())


async def modules(db: AsyncSession, formation_id: int) -> list[Module]:
    stmt = select(Module).where(Module.formation_id == formation_id).order_by(Module.numero, Module.code, Module.id)
    return list((await db.execute(stmt)).scalars())


async def module_tags(db: AsyncSession, formation_id: int) -> dict[int, list[str]]:
    """module id -> tag titles, sorted."""
    tags: dict[int, list[str]] = defaultdict(list)
    rows = await db.execute(
        select(ModuleTag.module_id, NotesTag.title)
        .join(NotesTag)
        .join(Module, Module.id == ModuleTag.module_id)
        .where(Module.formation_id == formation_id)
        .order_by(NotesTag.title)
    )
    for mid, title in rows.all():
        tags[mid].append(title)
    return tags


async def module_ue_coefs(db: AsyncSession, formation_id: int) -> dict[int, list[tuple[int, float]]]:
    """BUT: each module's row of the coefficient matrix, (UE id, coefficient) in UE id order."""
    from scodoc_api.models import ModuleUECoef

    out: dict[int, list[tuple[int, float]]] = {}
    for module_id, ue_id, coef in (
        await db.execute(
            select(ModuleUECoef.module_id, ModuleUECoef.ue_id, ModuleUECoef.coef)
            .join(Module, Module.id == ModuleUECoef.module_id)
            .where(Module.formation_id == formation_id)
            .order_by(ModuleUECoef.module_id, ModuleUECoef.ue_id)
        )
    ).all():
        out.setdefault(module_id, []).append((ue_id, coef))
    return out


async def of_departements(db: AsyncSession, dept_ids: list[int]) -> list[Formation]:
    stmt = select(Formation).where(Formation.dept_id.in_(dept_ids)).order_by(Formation.acronyme, Formation.id)
    return list((await db.execute(stmt)).scalars())


async def last_version(db: AsyncSession, acronyme: str | None, titre: str | None) -> int:
    """The highest version of the formations of this acronym and title (0 when there is none)."""
    stmt = select(func.max(Formation.version)).where(Formation.acronyme == acronyme, Formation.titre == titre)
    return (await db.execute(stmt)).scalar_one() or 0


async def last_id(db: AsyncSession) -> int | None:
    return (await db.execute(select(func.max(Formation.id)))).scalar_one()
