"""The test world's first RT student and semester, and headers for the absence handlers."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from scodoc_api.models import FormSemestre, Identite
from tests.api.world import world_ids


@pytest.fixture
async def w(db) -> dict:
    ids = await world_ids(db)
    sem = await db.get(FormSemestre, ids["formsemestre_id"])
    etud = await db.get(Identite, ids["etudid"])
    # a Monday after the demo's absences (days 14 to 74 of the semester), before its end (day 150)
    monday = sem.date_debut + timedelta(days=(7 - sem.date_debut.weekday()) % 7 + 98)
    other = (await db.execute(select(Identite.code_nip).where(Identite.dept_id == ids["geii"]))).scalars().first()
    return {**ids, "sem": sem, "nip": etud.code_nip, "monday": monday, "geii_nip": other}


@pytest.fixture
async def h(auth) -> dict:
    return await auth("chef")
