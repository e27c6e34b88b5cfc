"""Department use cases."""

from scodoc_api.core.errors import NotFound
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import (
    Departement,
)
from scodoc_api.repositories import departements as repo
from scodoc_api.services import etud as etud_service


async def list_dept_ids(db: AsyncSession, access: Access, *, viewable: bool = True) -> list[int]:
    ids = await repo.all_dept_ids(db)
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
    return [dept_dict(d) for d in await repo.departements(db, only_id=access.mount_dept_id)]


async def get_departement(
    db: AsyncSession, access: Access, *, acronym: str | None = None, dept_id: int | None = None
) -> Departement:
    d = await repo.find(db, acronym=acronym, dept_id=dept_id)
    if d is None or (access.mount_dept_id is not None and d.id != access.mount_dept_id):
        raise NotFound(f"département {acronym if acronym is not None else dept_id} inconnu")
    return d


async def dept_etudiants(db: AsyncSession, access: Access, dept: Departement) -> list[dict]:
    access.check(dept.id, Permission.ScoView, what="département")
    return await etud_service.etud_dicts(db, await repo.students_of(db, dept.id), long=False)
