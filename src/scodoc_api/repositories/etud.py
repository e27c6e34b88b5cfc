"""Student queries."""

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    Adresse,
    FormSemestre,
    FormSemestreInscription,
    GroupDescr,
    GroupMembership,
    Identite,
    Partition,
)


async def get(db: AsyncSession, etudid: int) -> Identite | None:
    return await db.get(Identite, etudid)


def last_registration() -> Any:
    """Subquery (etudid, last): the start date of each student's latest semester."""
    return (
        select(FormSemestreInscription.etudid, func.max(FormSemestre.date_debut).label("last"))
        .join(FormSemestre)
        .group_by(FormSemestreInscription.etudid)
        .subquery()
    )


async def by_nip(db: AsyncSession, nip: str, dept_ids: list[int]) -> list[tuple[Identite, object]]:
    """Students with this NIP and the start date of their latest registration (None when never registered)."""
    last = last_registration()
    stmt = (
        select(Identite, last.c.last)
        .outerjoin(last, last.c.etudid == Identite.id)
        .where(Identite.code_nip == nip, Identite.dept_id.in_(dept_ids))
    )
    return list((await db.execute(stmt)).all())


async def adresses(db: AsyncSession, etudids) -> dict[int, Adresse]:
    """First address of each student (``etudids``: a list of ids or a select of them)."""
    out: dict[int, Adresse] = {}
    for a in (await db.execute(select(Adresse).where(Adresse.etudid.in_(etudids)).order_by(Adresse.id))).scalars():
        out.setdefault(a.etudid, a)
    return out


async def group_names_in(db: AsyncSession, etudid: int, sem_id: int) -> list[str]:
    """The student's groups in the semester's named partitions, in partition order."""
    stmt = (
        select(GroupDescr.group_name)
        .join(GroupMembership)
        .join(Partition)
        .where(
            Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None), GroupMembership.etudid == etudid
        )
        .order_by(Partition.numero, Partition.id)
    )
    return list((await db.execute(stmt)).scalars().all())
