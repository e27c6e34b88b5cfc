"""Finding 10: concurrent group/{id}/set_etudiant calls keep one group per partition, and never a 500."""

import asyncio

import httpx
import pytest
from sqlalchemy import func, select

from scodoc_api.core.settings import Settings, random_secret_key
from scodoc_api.db.engine import make_sessionmaker
from scodoc_api.main import create_app, init_state
from scodoc_api.models import FormSemestreInscription, GroupDescr, GroupMembership, Partition


@pytest.mark.postgres_only
async def test_sixteen_concurrent_moves_leave_one_group(own_db, mint_token_for):
    target, engine = own_db
    settings = Settings(database_url=target, secret_key=random_secret_key())
    app = create_app(settings, engine=engine)
    init_state(app, engine)
    async with make_sessionmaker(engine)() as db:
        part, sem = (
            await db.execute(
                select(Partition.id, Partition.formsemestre_id)
                .where(Partition.partition_name.is_not(None))
                .order_by(Partition.id)
            )
        ).first()
        groups = list((await db.execute(select(GroupDescr.id).where(GroupDescr.partition_id == part))).scalars())
        etudid = (
            (
                await db.execute(
                    select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem)
                )
            )
            .scalars()
            .first()
        )
    assert len(groups) >= 2
    h = {"Authorization": f"Bearer {await mint_token_for(target, settings, 'admin')}"}
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://t", timeout=60) as client:
        resps = await asyncio.gather(
            *[
                client.post(f"/ScoDoc/api/group/{groups[k % len(groups)]}/set_etudiant/{etudid}", headers=h)
                for k in range(16)
            ]
        )
    codes = [r.status_code for r in resps]
    assert set(codes) <= {200, 409}, [r.text for r in resps if r.status_code not in (200, 409)][:2]
    async with make_sessionmaker(engine)() as db:
        n = (
            await db.execute(
                select(func.count())
                .select_from(GroupMembership)
                .join(GroupDescr, GroupDescr.id == GroupMembership.group_id)
                .where(GroupDescr.partition_id == part, GroupMembership.etudid == etudid)
            )
        ).scalar_one()
    assert n == 1


@pytest.mark.postgres_only
async def test_a_group_being_edited_cannot_be_deleted_under_the_edit(own_db):
    """Found by fuzzing: an edit's UPDATE met a row deleted in between (StaleDataError, a 500). The edit now
    locks the group it read: a concurrent delete waits for it."""
    from scodoc_api.repositories import groups as repo

    _, engine = own_db
    sessions = make_sessionmaker(engine)
    async with sessions() as db:
        gid = (
            await db.execute(
                select(GroupDescr.id)
                .join(Partition)
                .where(Partition.partition_name.is_not(None))
                .order_by(GroupDescr.id)
            )
        ).scalar()
    async with sessions() as editing, sessions() as deleting:
        assert await repo.group_with_partition(editing, gid, lock=True) is not None
        with pytest.raises(TimeoutError):  # the delete waits for the edit's transaction
            await asyncio.wait_for(repo.delete_groups(deleting, [gid]), timeout=1.0)
        await editing.rollback()
