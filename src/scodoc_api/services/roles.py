"""Built-in roles are (re)written from core.permissions at each initialisation, as ScoDoc does."""

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.permissions import DEFAULT_ROLE, ROLES
from scodoc_api.models import Role


async def ensure_roles(db: AsyncSession) -> dict[str, int]:
    """Create or refresh the built-in roles; return every role's id by name."""
    existing = {r.name: r for r in (await db.execute(select(Role))).scalars()}
    for name, mask in ROLES.items():
        if name in existing:
            if existing[name].permissions != int(mask):
                await db.execute(update(Role).where(Role.id == existing[name].id).values(permissions=int(mask)))
        else:
            db.add(Role(name=name, permissions=int(mask), default=(name == DEFAULT_ROLE)))
    await db.flush()
    return {r.name: r.id for r in (await db.execute(select(Role))).scalars()}
