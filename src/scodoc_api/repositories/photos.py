"""Students' photos."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import EtudPhoto


async def photo(db: AsyncSession, etudid: int, *, small: bool) -> tuple[str, bytes] | None:
    """(MIME type, bytes) of the student's photo (its small copy when ``small``), or None."""
    col = EtudPhoto.small_content if small else EtudPhoto.content
    row = (await db.execute(select(EtudPhoto.mime_type, col).where(EtudPhoto.etudid == etudid))).first()
    return None if row is None else (row[0], row[1])
