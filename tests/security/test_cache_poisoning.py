"""Finding 2: a request that fails after computing a semester's results must not poison the cache."""

from fastapi import Request
from sqlalchemy import select

from scodoc_api.api.deps import DbSession
from scodoc_api.models import FormSemestreInscription
from scodoc_api.services import results
from tests.api.world import world_ids


class _Boom(Exception):
    pass


async def test_failed_computing_request_leaves_every_bulletin_readable(app, client, db, auth):
    w = await world_ids(db)
    sem = w["formsemestre_id"]

    async def compute_then_fail(request: Request, session: DbSession) -> None:
        """Computes and caches the results in this request's session, then fails: the unit of work rolls
        back, which expires every ORM instance the session loaded."""
        await results.get_results(session, sem, cache=app.state.results_cache)
        raise _Boom()

    app.add_api_route("/test/compute-then-fail", compute_then_fail, methods=["POST"])
    app.state.results_cache.data.clear()
    assert (await client.post("/test/compute-then-fail")).status_code == 500
    assert app.state.results_cache.data, "the failed request computed and cached the results"
    h = await auth("chef")
    etudids = (
        (await db.execute(select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem)))
        .scalars()
        .all()
    )
    for etudid in etudids:
        for suffix in ("", "?format=xml"):
            resp = await client.get(f"/ScoDoc/api/etud/{etudid}/bul/{sem}{suffix}", headers=h)
            assert resp.status_code == 200, resp.text
        pdf = await client.get(f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sem}/bulletin/long/pdf", headers=h)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert (await client.get(f"/ScoDoc/api/formsemestre/{sem}/bulletins", headers=h)).status_code == 200
