"""Department use cases."""

from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.permissions import Access, Permission
from scodoc_api.repositories import departements as repo


async def list_dept_ids(db: AsyncSession, access: Access, *, viewable: bool = True) -> list[int]:
    ids = [d.id for d in await repo.all_departements(db)]
    principal = access.principal
    if not viewable and (principal.is_superadmin or principal.has(Permission.ScoView, -1)):
        return ids if access.mount_dept_id is None else [access.mount_dept_id]
    return access.dept_filter(ids)
