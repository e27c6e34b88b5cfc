"""Queries behind authentication: one round trip loads the user, their grants and the revocation flag."""

from datetime import datetime

from sqlalchemy import bindparam, exists, false, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import Departement, FormSemestre, RevokedToken, Role, User, UserRole


def _grants_statement(with_revocation: bool, with_version: bool):
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
    return (
        select(*columns)
        .select_from(u)
        .outerjoin(ur, ur.c.user_id == u.c.id)
        .outerjoin(r, r.c.id == ur.c.role_id)
        .outerjoin(d, d.c.acronym == ur.c.dept)
        .where(u.c.id == bindparam("user_id"))
    )


_GRANTS = {(jti, version): _grants_statement(jti, version) for jti in (True, False) for version in (True, False)}


async def load_grants(db: AsyncSession, user_id: int, jti: str | None = None, *, version_of: int | None = None):
    """Rows (user_name, active, date_modif_passwd, etudid, role dept acronym, dept id, role mask, revoked[,
    results_version of the semester ``version_of``])."""
    params = {"user_id": user_id}
    if jti:
        params["jti"] = jti
    if version_of is not None:
        params["formsemestre_id"] = version_of
    return (await db.execute(_GRANTS[(bool(jti), version_of is not None)], params)).all()


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
