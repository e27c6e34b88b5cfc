"""A BUT department (the demo's, 12 students) loaded in each test's transaction, and its ids."""

import pytest
from sqlalchemy import select

from scodoc_api.models import Departement, Formation, FormSemestre, FormSemestreInscription, Identite
from scodoc_api.services.dataset import load_dataset
from scodoc_api.services.demo_but import make_but_dataset


@pytest.fixture
async def but(db) -> dict:
    await load_dataset(db, make_but_dataset(12, seed=4, dept="BUTT"))
    await db.commit()

    async def all_(stmt):
        return list((await db.execute(stmt)).all())

    dept = (await db.execute(select(Departement.id).where(Departement.acronym == "BUTT"))).scalar_one()
    sems = {
        idx: sid
        for sid, idx in await all_(
            select(FormSemestre.id, FormSemestre.semestre_id)
            .where(FormSemestre.dept_id == dept, FormSemestre.etat.is_(True))
            .order_by(FormSemestre.id)
        )
    }
    students = {
        idx: [
            etudid
            for (etudid,) in await all_(
                select(FormSemestreInscription.etudid)
                .where(FormSemestreInscription.formsemestre_id == sid)
                .order_by(FormSemestreInscription.etudid)
            )
        ]
        for idx, sid in sems.items()
    }
    formation = (await db.execute(select(Formation.id).where(Formation.dept_id == dept))).scalar_one()
    first = (await db.execute(select(Identite.id).where(Identite.code_nip == "B0000001"))).scalars().first()
    return {
        "dept": dept,
        "acronym": "BUTT",
        "sems": sems,
        "students": students,
        "formation": formation,
        "repeater": first,
    }


@pytest.fixture
async def world(db) -> dict:
    from tests.api.world import world_ids

    return await world_ids(db)
