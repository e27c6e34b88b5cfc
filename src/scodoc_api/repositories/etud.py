"""Student queries."""

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    Admission,
    Adresse,
    Departement,
    Formation,
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


async def admissions(db: AsyncSession, etudids: list[int]) -> dict[int, Admission]:
    return {a.etudid: a for a in (await db.execute(select(Admission).where(Admission.etudid.in_(etudids)))).scalars()}


async def formation_types(db: AsyncSession, formation_ids) -> dict[int, int]:
    """formation id -> type_parcours."""
    if not formation_ids:
        return {}
    stmt = select(Formation.id, Formation.type_parcours).where(Formation.id.in_(list(formation_ids)))
    return dict((await db.execute(stmt)).all())


IDENTIFIERS = {"etudid": Identite.id, "nip": Identite.code_nip, "ine": Identite.code_ine}


async def find(db: AsyncSession, kind: str, value: Any, dept_ids: list[int]) -> list[Identite]:
    """Students whose ``kind`` (a key of IDENTIFIERS) is ``value``, in these departments, most recently
    registered first."""
    last = last_registration()
    stmt = (
        select(Identite)
        .outerjoin(last, last.c.etudid == Identite.id)
        .where(IDENTIFIERS[kind] == value, Identite.dept_id.in_(dept_ids))
        .order_by(last.c.last.desc().nulls_last(), Identite.id.desc())
    )
    return list((await db.execute(stmt)).scalars())


async def current(db: AsyncSession, today: date, dept_ids: list[int]) -> list[Identite]:
    """Students registered in a semester of these departments running on ``today``."""
    running = (
        select(FormSemestreInscription.etudid)
        .join(FormSemestre)
        .where(FormSemestre.date_debut <= today, FormSemestre.date_fin >= today, FormSemestre.dept_id.in_(dept_ids))
    )
    stmt = select(Identite).where(Identite.id.in_(running)).order_by(Identite.nom, Identite.prenom, Identite.id)
    return list((await db.execute(stmt)).scalars())


async def named_like(db: AsyncSession, start: str, dept_ids: list[int], limit: int) -> list[Identite]:
    """Students whose name or usual name starts with ``start`` (case-insensitive; % and _ taken literally)."""
    pattern = start.upper().replace("%", r"\%").replace("_", r"\_") + "%"
    stmt = (
        select(Identite)
        .where(
            Identite.dept_id.in_(dept_ids),
            (func.upper(Identite.nom).like(pattern, escape="\\"))
            | (func.upper(Identite.nom_usuel).like(pattern, escape="\\")),
        )
        .order_by(Identite.nom, Identite.prenom, Identite.id)
        .limit(limit)
    )
    return list((await db.execute(stmt)).scalars())


async def groups_in(db: AsyncSession, etudid: int, sem_id: int) -> list[tuple[Partition, GroupDescr]]:
    """The student's groups in the semester's named partitions, by partition order."""
    stmt = (
        select(Partition, GroupDescr)
        .join(GroupDescr, GroupDescr.partition_id == Partition.id)
        .join(GroupMembership, GroupMembership.group_id == GroupDescr.id)
        .where(
            Partition.formsemestre_id == sem_id,
            GroupMembership.etudid == etudid,
            Partition.partition_name.is_not(None),
        )
        .order_by(Partition.numero, Partition.id)
    )
    return [tuple(r) for r in (await db.execute(stmt)).all()]


async def in_department(db: AsyncSession, kind: str, value: Any, dept_id: int | None) -> Identite | None:
    """The student of the department whose ``kind`` (a key of IDENTIFIERS) is ``value`` (the newest one)."""
    stmt = select(Identite).where(IDENTIFIERS[kind] == value, Identite.dept_id == dept_id).order_by(Identite.id.desc())
    return (await db.execute(stmt)).scalars().first()


async def dept_of_nip(db: AsyncSession, nip: str) -> str | None:
    """The acronym of the department of the student with this NIP; with several, that of the registration whose
    semester ends last."""
    stmt = (
        select(Departement.acronym)
        .join(Identite, Identite.dept_id == Departement.id)
        .outerjoin(FormSemestreInscription, FormSemestreInscription.etudid == Identite.id)
        .outerjoin(FormSemestre, FormSemestre.id == FormSemestreInscription.formsemestre_id)
        .where(Identite.code_nip == nip)
        .order_by(FormSemestre.date_fin.desc().nulls_last())
    )
    return (await db.execute(stmt)).scalars().first()
