"""The committed SDL (openapi/schema.graphql) is the schema the portal serves."""

from pathlib import Path

from scodoc_api.portal.schema import sdl

COMMITTED = Path(__file__).parents[2] / "openapi" / "schema.graphql"


def test_committed_sdl_equals_the_served_schema():
    assert COMMITTED.read_text() == sdl(), "openapi/schema.graphql is out of date: run `scodoc-api openapi export`"


async def test_the_served_endpoint_answers_with_that_schema(client, admin_headers):
    """Introspection through the mounted endpoint names the committed types (the router serves this schema)."""
    resp = await client.post(
        "/ScoDoc/api/graphql", json={"query": "{ __schema { types { name } } }"}, headers=admin_headers
    )
    assert resp.status_code == 200
    names = {t["name"] for t in resp.json()["data"]["__schema"]["types"]}
    declared = {line.split()[1] for line in COMMITTED.read_text().splitlines() if line.startswith(("type ", "enum "))}
    assert declared <= names
