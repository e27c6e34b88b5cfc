"""Built-in roles are (re)written from core.permissions at each initialisation, as ScoDoc does."""

from scodoc_api.core.permissions import DEFAULT_ROLE, ROLES
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import Role
from scodoc_api.repositories import users as repo


async def ensure_roles(db: AsyncSession) -> dict[str, int]:
    """Create or refresh the built-in roles; return every role's id by name."""
    existing = await repo.roles(db)
    for name, mask in ROLES.items():
        if name in existing:
            if existing[name].permissions != int(mask):
                await repo.set_role_permissions(db, existing[name].id, int(mask))
        else:
            db.add(Role(name=name, permissions=int(mask), default=(name == DEFAULT_ROLE)))
    await db.flush()
    return {name: r.id for name, r in (await repo.roles(db)).items()}
