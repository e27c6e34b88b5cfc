"""The results cache: computed once per results version, never stale after a write bumps the version."""

from sqlalchemy import select, update

from scodoc_api.models import Evaluation, Note
from scodoc_api.services import results
from scodoc_api.services.results import invalidate
from tests.api.world import world_ids


async def test_cache_hit_then_invalidation(client, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    url = f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}"
    first = (await client.get(url, headers=h)).json()
    c1 = await results.get_results(db, w["formsemestre_id"])
    c2 = await results.get_results(db, w["formsemestre_id"])
    assert c1 is c2  # cached
    # change every note of the student in one evaluation, then bump the version as writes do
    ev = (await db.execute(select(Evaluation.id).where(Evaluation.moduleimpl_id == w["moduleimpl_id"]))).scalars().all()
    await db.execute(update(Note).where(Note.etudid == w["etudid"], Note.evaluation_id.in_(ev)).values(value=20.0))
    stale = (await client.get(url, headers=h)).json()
    assert stale["ue"][0]["module"][0]["note"]["value"] == first["ue"][0]["module"][0]["note"]["value"]
    await invalidate(db, [w["formsemestre_id"]])
    await db.commit()
    fresh = (await client.get(url, headers=h)).json()
    assert fresh["ue"][0]["module"][0]["note"]["value"] == "20.00"
    assert (await results.get_results(db, w["formsemestre_id"])) is not c1
