"""Portals poll bulletins all day: a bulletin carries an ETag naming its results version; If-None-Match with
it gets a 304 with no body and no computation; any write that changes results changes it."""

from scodoc_api.core.metrics import RESULTS
from tests.api.world import world_ids


def _computed() -> float:
    return RESULTS.labels("computed")._value.get()


async def test_conditional_bulletin(client, app, db, auth):
    w = await world_ids(db)
    h = await auth("chef")
    url = f"/ScoDoc/api/etudiant/etudid/{w['etudid']}/formsemestre/{w['formsemestre_id']}/bulletin"
    first = await client.get(url, headers=h)
    etag = first.headers["etag"]
    assert first.status_code == 200 and etag.startswith('W/"bul-')
    app.state.results_cache.data.clear()  # even with nothing cached, a 304 computes nothing
    computed = _computed()
    again = await client.get(url, headers={**h, "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert _computed() == computed
    other_version = await client.get(url + "/short", headers={**h, "If-None-Match": etag})
    assert other_version.status_code == 200 and other_version.headers["etag"] != etag
    # a note written renews the results: the old ETag no longer matches
    body = {"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": 13.5}
    assert (await client.post("/ScoDoc/api/eval_set_notes", headers=h, json=body)).status_code == 200
    renewed = await client.get(url, headers={**h, "If-None-Match": etag})
    assert renewed.status_code == 200 and renewed.headers["etag"] != etag and renewed.json()["etudid"] == w["etudid"]


async def test_no_304_for_a_caller_who_may_not_read_it(client, db, auth):
    w = await world_ids(db)
    url = f"/ScoDoc/api/etudiant/etudid/{w['etudid']}/formsemestre/{w['formsemestre_id']}/bulletin"
    etag = (await client.get(url, headers=await auth("chef"))).headers["etag"]
    refused = await client.get(url, headers={**await auth("ens_geii"), "If-None-Match": etag})
    assert refused.status_code == 404
