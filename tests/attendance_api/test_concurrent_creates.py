"""Concurrent creates on one student, each on its own connection (real commits): an overlap is refused to all
but one, and nothing else is lost."""

import asyncio
from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import func, select

from scodoc_api.core.settings import Settings, random_secret_key
from scodoc_api.db.engine import make_sessionmaker
from scodoc_api.main import create_app, init_state
from scodoc_api.models import Assiduite, FormSemestre, Identite

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]
N = 20


async def test_concurrent_creates_on_one_student(own_db, tmp_path):
    target, engine = own_db
    settings = Settings(
        database_url=target, secret_key=random_secret_key(), token_rate_limit=10_000, justif_dir=str(tmp_path)
    )
    app = create_app(settings, engine=engine)
    init_state(app, engine)
    async with make_sessionmaker(engine)() as db:
        etudid = (await db.execute(select(Identite.id).order_by(Identite.id))).scalars().first()
        start = (await db.execute(select(FormSemestre.date_debut))).scalars().first()
    day = start + timedelta(days=(7 - start.weekday()) % 7 + 100)
    shared = {"date_debut": f"{day}T08:00", "date_fin": f"{day}T10:00", "etat": "absent"}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t", timeout=60) as client:
        token = (await client.post("/ScoDoc/api/tokens", auth=("chef", "chef"))).json()["token"]
        h = {"Authorization": f"Bearer {token}"}

        async def post(k: int) -> dict:
            own = {"date_debut": f"{day}T{10 + k // 4:02d}:{(k % 4) * 15:02d}", "etat": "retard"}
            own["date_fin"] = f"{day}T{10 + k // 4:02d}:{(k % 4) * 15 + 10:02d}"
            r = await client.post(f"/ScoDoc/api/assiduite/etudid/{etudid}/create", headers=h, json=[shared, own])
            assert r.status_code == 200, r.text
            return r.json()

        answers = await asyncio.gather(*(post(k) for k in range(N)))
    firsts = [a for a in answers if any(s["indice"] == 0 for s in a["success"])]
    assert len(firsts) == 1  # the shared slot went to one request
    assert all(any(s["indice"] == 1 for s in a["success"]) for a in answers)  # every own slot landed
    refused = [e for a in answers for e in a["errors"]]
    assert len(refused) == N - 1 and all(e["indice"] == 0 and "Duplication" in e["message"] for e in refused)
    async with make_sessionmaker(engine)() as db:
        stored = (
            await db.execute(
                select(func.count())
                .select_from(Assiduite)
                .where(Assiduite.etudid == etudid, Assiduite.date_debut >= _midnight(day))
            )
        ).scalar_one()
    assert stored == N + 1


def _midnight(day: date):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.combine(day, datetime.min.time(), ZoneInfo("Europe/Paris"))
