"""Every route answers the format asked for, or a 406 in the error model: JSON-only routes refuse
``format=xml`` and an ``Accept`` naming no JSON, with a JSON error body."""

import pytest

from tests.api.world import world_ids


@pytest.mark.parametrize("path", ["/departements", "/etudiants/courants", "/formsemestre/{formsemestre_id}/programme"])
async def test_json_only_routes_refuse_other_formats(client, db, auth, path):
    w = await world_ids(db)
    headers = await auth("admin")
    url = "/ScoDoc/api" + path.format(**w)
    assert (await client.get(url, headers=headers)).status_code == 200
    for extra, params in (({}, {"format": "xml"}), ({"Accept": "text/csv"}, {}), ({"Accept": "application/xml"}, {})):
        resp = await client.get(url, headers={**headers, **extra}, params=params)
        assert resp.status_code == 406, (extra, params)
        assert resp.headers["content-type"].startswith("application/json")
        assert resp.json()["status"] == 406
    ok = await client.get(url, headers={**headers, "Accept": "text/xml;q=0.5, application/json"})
    assert ok.status_code == 200 and ok.headers["content-type"].startswith("application/json")
    assert (await client.get(url, headers=headers, params={"format": "yaml"})).status_code == 400


async def test_routes_with_xml_still_answer_xml(client, db, auth):
    headers = await auth("admin")
    resp = await client.get("/ScoDoc/api/departement?format=xml", headers=headers)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith(("text/xml", "application/xml"))
    resp = await client.get("/ScoDoc/api/departement", headers={**headers, "Accept": "text/csv"})
    assert resp.status_code == 406
