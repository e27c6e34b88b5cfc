"""Finding 9: one absence request cannot write years of rows."""

from sqlalchemy import select

from scodoc_api.models import FormSemestre
from tests.api.world import world_ids
from tests.attendance import count_absences


async def _count(db, etudid: int) -> int:
    return await count_absences(db, etudid)


async def test_absurd_and_overlong_ranges_are_refused(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    e = w["etudid"]
    sem_end = (
        await db.execute(select(FormSemestre.date_fin).where(FormSemestre.id == w["formsemestre_id"]))
    ).scalar_one()
    before = await _count(db, e)
    cases = [
        ({"date_debut": "1000-01-01", "date_fin": "2026-10-01"}, "jours"),  # outside any semester
        ({"date_debut": "2026-10-01", "date_fin": "2027-03-31"}, "fin du semestre"),  # past its semester
        ({"date_debut": "2025-01-01", "date_fin": "2025-12-31"}, "jours"),
    ]
    for route in ("abs_signale", "abs_justifie", "abs_annule", "abs_annule_justif"):
        for data, word in cases:
            resp = await client.post(f"/ScoDoc/api/{route}", headers=h, data={"etudid": e, **data})
            assert resp.status_code == 400 and word in resp.json()["message"], (route, data, resp.text)
    assert await _count(db, e) == before
    ok = await client.post(
        "/ScoDoc/api/abs_signale",
        headers=h,
        data={"etudid": e, "date_debut": "2026-10-01", "date_fin": sem_end.isoformat()},
    )
    assert ok.status_code == 200, ok.text
    short = await client.post(
        "/ScoDoc/api/abs_signale", headers=h, data={"etudid": e, "date_debut": "2025-03-03", "date_fin": "2025-03-05"}
    )
    assert short.status_code == 200, short.text
