"""Department use cases."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import NotFound
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.models import (
    Departement,
    Identite,
)
from scodoc_api.repositories import departements as repo
from scodoc_api.services import etud as etud_service


async def list_dept_ids(db: AsyncSession, access: Access, *, viewable: bool = True) -> list[int]:
    ids = [d.id for d in await repo.all_departements(db)]
    if not viewable and access.principal.holds_globally(Permission.ScoView):
        return ids if access.mount_dept_id is None else [access.mount_dept_id]
    return access.dept_filter(ids)


# The ScoDoc 9.x shapes (modern-api.md §4-5)


HTTP_DATE = "%a, %d %b %Y %H:%M:%S GMT"


def dept_dict(d: Departement) -> dict:
    return {
        "acronym": d.acronym,
        "date_creation": d.date_creation.strftime(HTTP_DATE) if d.date_creation else None,
        "dept_name": d.dept_name or d.acronym,
        "description": d.description,
        "id": d.id,
        "visible": d.visible,
    }


async def list_departements(db: AsyncSession, access: Access) -> list[dict]:
    stmt = select(Departement).order_by(Departement.id)
    if access.mount_dept_id is not None:
        stmt = stmt.where(Departement.id == access.mount_dept_id)
    return [dept_dict(d) for d in (await db.execute(stmt)).scalars()]


async def get_departement(
    db: AsyncSession, access: Access, *, acronym: str | None = None, dept_id: int | None = None
) -> Departement:
    stmt = select(Departement).where(
        Departement.acronym == acronym if acronym is not None else Departement.id == dept_id
    )
    d = (await db.execute(stmt)).scalar_one_or_none()
    if d is None or (access.mount_dept_id is not None and d.id != access.mount_dept_id):
        raise NotFound(f"département {acronym if acronym is not None else dept_id} inconnu")
    return d


async def dept_etudiants(db: AsyncSession, access: Access, dept: Departement) -> list[dict]:
    access.check(dept.id, Permission.ScoView, what="département")
    rows = (
        (
            await db.execute(
                select(Identite).where(Identite.dept_id == dept.id).order_by(Identite.nom, Identite.prenom, Identite.id)
            )
        )
        .scalars()
        .all()
    )
    return await etud_service.etud_dicts(db, list(rows), long=False)
