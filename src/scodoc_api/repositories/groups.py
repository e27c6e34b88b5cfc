"""Queries behind the group listings, and the writes of partitions, groups and memberships."""

from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    FormSemestre,
    FormSemestreInscription,
    GroupDescr,
    GroupMembership,
    Identite,
    Partition,
)

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


async def named_partitions(db: AsyncSession, sem_id: int) -> list[Partition]:
    stmt = (
        select(Partition)
        .where(Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None))
        .order_by(Partition.numero, Partition.id)
    )
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


# Writes (services/groups_write.py): partitions, groups and memberships.


async def partition_groups(db: AsyncSession, part_id: int) -> dict[int, GroupDescr]:
    return {g.id: g for g in (await db.execute(select(GroupDescr).where(GroupDescr.partition_id == part_id))).scalars()}


async def place(db: AsyncSession, part_id: int, group_id: int, etudids: list[int]) -> None:
    """Put these students in the group, out of the partition's other groups (one group per partition)."""
    if etudids:
        part_groups = select(GroupDescr.id).where(GroupDescr.partition_id == part_id)
        await db.execute(
            delete(GroupMembership).where(
                GroupMembership.etudid.in_(etudids), GroupMembership.group_id.in_(part_groups)
            )
        )
        rows = [{"etudid": e, "group_id": group_id} for e in dict.fromkeys(etudids)]
        await db.execute(insert(GroupMembership), rows)


async def remove_member(db: AsyncSession, group_id: int, etudid: int) -> None:
    await db.execute(
        delete(GroupMembership).where(GroupMembership.etudid == etudid, GroupMembership.group_id == group_id)
    )


async def empty_groups(db: AsyncSession, group_ids: list[int]) -> None:
    await db.execute(delete(GroupMembership).where(GroupMembership.group_id.in_(group_ids)))


async def delete_groups(db: AsyncSession, group_ids: list[int]) -> None:
    """These groups and their memberships."""
    await empty_groups(db, group_ids)
    await db.execute(delete(GroupDescr).where(GroupDescr.id.in_(group_ids)))


async def delete_partition(db: AsyncSession, part_id: int) -> None:
    """The partition, its groups and their memberships."""
    groups = select(GroupDescr.id).where(GroupDescr.partition_id == part_id)
    await db.execute(delete(GroupMembership).where(GroupMembership.group_id.in_(groups)))
    await db.execute(delete(GroupDescr).where(GroupDescr.partition_id == part_id))
    await db.execute(delete(Partition).where(Partition.id == part_id))


def _locked(stmt: Any, db: AsyncSession, lock: bool, *tables: Any) -> Any:
    """A writer's read (``lock``): these rows stay as read until the end of the transaction (PostgreSQL; SQLite
    serialises writers itself), so that a concurrent delete waits instead of meeting an update of a vanished row."""
    return stmt.with_for_update(of=tables) if lock and db.bind.dialect.name == "postgresql" else stmt


async def partition_with_semester(db: AsyncSession, part_id: int, *, lock: bool = False) -> Any:
    """(Partition, FormSemestre), or None."""
    stmt = select(Partition, FormSemestre).join(FormSemestre).where(Partition.id == part_id)
    return (await db.execute(_locked(stmt, db, lock, Partition))).first()


async def group_with_partition(db: AsyncSession, group_id: int, *, lock: bool = False) -> Any:
    """(GroupDescr, Partition, FormSemestre), or None."""
    stmt = (
        select(GroupDescr, Partition, FormSemestre)
        .join(Partition, Partition.id == GroupDescr.partition_id)
        .join(FormSemestre, FormSemestre.id == Partition.formsemestre_id)
        .where(GroupDescr.id == group_id)
    )
    return (await db.execute(_locked(stmt, db, lock, GroupDescr))).first()


async def group_named(db: AsyncSession, part_id: int, name: str) -> int | None:
    stmt = select(GroupDescr.id).where(GroupDescr.partition_id == part_id, GroupDescr.group_name == name)
    return (await db.execute(stmt)).scalar_one_or_none()


async def partition_named(db: AsyncSession, sem_id: int, name: str) -> int | None:
    stmt = select(Partition.id).where(Partition.formsemestre_id == sem_id, Partition.partition_name == name)
    return (await db.execute(stmt)).scalars().first()


async def last_partition_numero(db: AsyncSession, sem_id: int) -> int:
    stmt = select(func.max(Partition.numero)).where(Partition.formsemestre_id == sem_id)
    return (await db.execute(stmt)).scalar_one() or 0


async def named_memberships(db: AsyncSession, sem_id: int) -> list[tuple[Partition, GroupDescr, int]]:
    """(partition, group, etudid) over the semester's named partitions, by partition order."""
    stmt = (
        select(Partition, GroupDescr, GroupMembership.etudid)
        .join(GroupDescr, GroupDescr.partition_id == Partition.id)
        .join(GroupMembership, GroupMembership.group_id == GroupDescr.id)
        .where(Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None))
        .order_by(Partition.numero, Partition.id)
    )
    return [tuple(r) for r in (await db.execute(stmt)).all()]


async def named_groups(db: AsyncSession, sem_id: int) -> list[GroupDescr]:
    """The groups of the semester's named partitions, by name."""
    stmt = (
        select(GroupDescr)
        .join(Partition)
        .where(Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None))
        .order_by(GroupDescr.group_name, GroupDescr.id)
    )
    return list((await db.execute(stmt)).scalars())


async def partitions_of(db: AsyncSession, sem_id: int) -> list[Partition]:
    """Every partition of the semester, the default one included."""
    return list((await db.execute(select(Partition).where(Partition.formsemestre_id == sem_id))).scalars())


async def groups_of(db: AsyncSession, sem_id: int) -> list[GroupDescr]:
    """Every group of the semester, the default one included."""
    stmt = select(GroupDescr).join(Partition).where(Partition.formsemestre_id == sem_id)
    return list((await db.execute(stmt)).scalars())


async def semesters_of_groups(db: AsyncSession, group_ids: list[int]) -> dict[int, int]:
    """group id -> its semester's id, for the groups that exist."""
    stmt = select(GroupDescr.id, Partition.formsemestre_id).join(Partition).where(GroupDescr.id.in_(group_ids))
    return dict((await db.execute(stmt)).all())


async def group_members(db: AsyncSession, group_id: int, sem_id: int, etat: str | None) -> list[Identite]:
    """The group's students registered in the semester (in this state only, when given), by name."""
    stmt = (
        select(Identite)
        .join(GroupMembership, GroupMembership.etudid == Identite.id)
        .join(
            FormSemestreInscription,
            (FormSemestreInscription.etudid == Identite.id) & (FormSemestreInscription.formsemestre_id == sem_id),
        )
        .where(GroupMembership.group_id == group_id)
    )
    if etat:
        stmt = stmt.where(FormSemestreInscription.etat == etat)
    return list((await db.execute(stmt.order_by(Identite.nom, Identite.prenom, Identite.id))).scalars())


async def memberships_of(db: AsyncSession, sem_id: int, etudids: list[int]) -> list[Any]:
    """(etudid, group id, group name, partition id, partition name) of these students in the semester's named
    partitions, by partition order."""
    stmt = (
        select(
            GroupMembership.etudid,
            GroupDescr.id,
            GroupDescr.group_name,
            Partition.id,
            Partition.partition_name,
        )
        .join(GroupDescr, GroupDescr.partition_id == Partition.id)
        .join(GroupMembership, GroupMembership.group_id == GroupDescr.id)
        .where(
            Partition.formsemestre_id == sem_id,
            Partition.partition_name.is_not(None),
            GroupMembership.etudid.in_(etudids),
        )
        .order_by(Partition.numero, Partition.id)
    )
    return list((await db.execute(stmt)).all())
