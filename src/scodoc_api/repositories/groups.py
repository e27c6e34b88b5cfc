"""Queries behind the group listings."""

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import FormSemestreInscription, GroupDescr, GroupMembership, Identite, Partition

# plain columns, not ORM objects: attribute reads on 600 instances would cost more than the query
MEMBER_COLUMNS = (
    Identite.id,
    Identite.nom,
    Identite.nom_usuel,
    Identite.prenom,
    Identite.civilite,
    Identite.code_nip,
    Identite.code_ine,
    FormSemestreInscription.etat,
    FormSemestreInscription.etape,
)


async def member_rows(db: AsyncSession, sem_id: int, *, group_ids: list[int] | None, etat: str | None) -> list[Any]:
    """The semester's registered students (of these groups only, when given), with their registration."""
    stmt = (
        select(*MEMBER_COLUMNS)
        .join(FormSemestreInscription, FormSemestreInscription.etudid == Identite.id)
        .where(FormSemestreInscription.formsemestre_id == sem_id)
    )
    if group_ids is not None:
        stmt = stmt.where(
            Identite.id.in_(select(GroupMembership.etudid).where(GroupMembership.group_id.in_(group_ids)))
        )
    if etat:
        stmt = stmt.where(FormSemestreInscription.etat == etat)
    return list((await db.execute(stmt)).all())


def registered_subquery(sem_id: int) -> Any:
    """The semester's students by subquery: a long IN list of ids costs more to compile than the rows it reads."""
    return select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem_id)


async def named_partitions(db: AsyncSession, sem_id: int) -> list[Partition]:
    stmt = select(Partition).where(Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None))
    return list((await db.execute(stmt)).scalars())


async def memberships(db: AsyncSession, sem_id: int) -> dict[tuple[int, int], str]:
    """(etudid, partition id) -> group name, over the semester's named partitions."""
    rows = await db.execute(
        select(GroupMembership.etudid, GroupDescr.partition_id, GroupDescr.group_name)
        .join(GroupDescr)
        .join(Partition)
        .where(Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None))
    )
    return {(etudid, pid): gname for etudid, pid, gname in rows.all()}
