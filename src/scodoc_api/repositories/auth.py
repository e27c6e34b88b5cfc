"""Queries behind authentication: one round trip loads the user, their grants and the revocation flag."""

from datetime import datetime
from typing import Any

from sqlalchemy import String, bindparam, cast, exists, false, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    Departement,
    FormSemestre,
    FormSemestreInscription,
    Identite,
    RevokedToken,
    Role,
    User,
    UserRole,
)


def _student_data_key(u: Any) -> Any:
    """For a student's account: the semesters it is registered in, each with its results version and the
    registration's state, and its department's acronym, as one text. Every write that can change what the
    portal shows a student of a semester renews that semester's version: the text changes with it."""
    ins, fs, i, d = (
        FormSemestreInscription.__table__,
        FormSemestre.__table__,
        Identite.__table__,
        Departement.__table__.alias("student_dept"),
    )
    part = cast(fs.c.id, String) + ":" + cast(fs.c.results_version, String) + ":" + ins.c.etat
    registrations = (
        select(func.aggregate_strings(part, ","))
        .select_from(ins.join(fs, fs.c.id == ins.c.formsemestre_id))
        .where(ins.c.etudid == u.c.etudid)
        .scalar_subquery()
    )
    dept = select(d.c.acronym).select_from(i.join(d, d.c.id == i.c.dept_id)).where(i.c.id == u.c.etudid)
    return (func.coalesce(dept.scalar_subquery(), "") + "|" + func.coalesce(registrations, "")).label("data_key")


def _grants_statement(with_revocation: bool, with_version: bool, with_data_key: bool = False):
    """Built once: building a select costs more than running it on the hot path (every API request)."""
    u, ur, r, d = User.__table__, UserRole.__table__, Role.__table__, Departement.__table__
    revoked = (
        exists().where(RevokedToken.__table__.c.jti == bindparam("jti"))
        if with_revocation
        else select(false()).scalar_subquery()
    )
    columns = [
        u.c.user_name,
        u.c.active,
        u.c.date_modif_passwd,
        u.c.etudid,
        ur.c.dept,
        d.c.id,
        r.c.permissions,
        revoked.label("revoked"),
    ]
    if with_version:  # a semester's results version, read in the same round trip (routes on one semester)
        fs = FormSemestre.__table__
        columns.append(
            select(fs.c.results_version)
            .where(fs.c.id == bindparam("formsemestre_id"))
            .scalar_subquery()
            .label("results_version")
        )
    if with_data_key:
        columns.append(_student_data_key(u))
    return (
        select(*columns)
        .select_from(u)
        .outerjoin(ur, ur.c.user_id == u.c.id)
        .outerjoin(r, r.c.id == ur.c.role_id)
        .outerjoin(d, d.c.acronym == ur.c.dept)
        .where(u.c.id == bindparam("user_id"))
    )


_GRANTS = {(jti, version): _grants_statement(jti, version) for jti in (True, False) for version in (True, False)}
_GRANTS_WITH_DATA_KEY = _grants_statement(True, False, with_data_key=True)


async def load_grants(db: AsyncSession, user_id: int, jti: str | None = None, *, version_of: int | None = None):
    """Rows (user_name, active, date_modif_passwd, etudid, role dept acronym, dept id, role mask, revoked[,
    results_version of the semester ``version_of``])."""
    params = {"user_id": user_id}
    if jti:
        params["jti"] = jti
    if version_of is not None:
        params["formsemestre_id"] = version_of
    return (await db.execute(_GRANTS[(bool(jti), version_of is not None)], params)).all()


async def load_grants_with_data_key(db: AsyncSession, user_id: int, jti: str):
    """``load_grants`` with a token, and the ``data_key`` of a student's account (see _student_data_key)."""
    return (await db.execute(_GRANTS_WITH_DATA_KEY, {"user_id": user_id, "jti": jti})).all()


async def get_user_by_name(db: AsyncSession, user_name: str) -> User | None:
    return (await db.execute(select(User).where(User.user_name == user_name))).scalar_one_or_none()


async def is_revoked(db: AsyncSession, jti: str) -> bool:
    return (await db.execute(select(exists().where(RevokedToken.jti == jti)))).scalar_one()


async def revoke(db: AsyncSession, *, jti: str, user_id: int, expires_at: datetime) -> None:
    if not await is_revoked(db, jti):
        db.add(RevokedToken(jti=jti, user_id=user_id, expires_at=expires_at))
        await db.flush()


async def get_dept_by_acronym(db: AsyncSession, acronym: str) -> Departement | None:
    return (await db.execute(select(Departement).where(Departement.acronym == acronym))).scalar_one_or_none()


async def purge_revoked(db: AsyncSession, now: datetime) -> int:
    """Revocations of tokens that have expired anyway: a token past its expiry is refused without them."""
    from sqlalchemy import delete

    result = await db.execute(delete(RevokedToken).where(RevokedToken.expires_at < now))
    return result.rowcount or 0
