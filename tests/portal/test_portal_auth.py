"""Signing in and out of the portal: /auth/login gives the /tokens token; /auth/logout revokes it for every
worker; the GraphQL endpoint's own HTTP errors are the API's error bodies."""

import httpx
import pytest
from sqlalchemy import delete, insert, select

from scodoc_api.core.security import hash_password
from scodoc_api.models import Identite, User
from tests.api.test_multiprocess import two_servers
from tests.conftest import basic
from tests.portal.conftest import STUDENT_PASSWORD, codes

LOGIN = "/ScoDoc/api/auth/login"
LOGOUT = "/ScoDoc/api/auth/logout"
ME = {"query": "{ me { etudid } }"}


async def test_login_gives_the_tokens_token(client, accounts):
    resp = await client.post(LOGIN, json={"username": "etu-me", "password": STUDENT_PASSWORD})
    assert resp.status_code == 200, resp.text
    token = resp.json()["token"]
    again = await client.post("/ScoDoc/api/tokens", headers=basic("etu-me", STUDENT_PASSWORD))
    assert again.json()["token"] == token  # same JWT, same reuse rule
    me = await client.post("/ScoDoc/api/graphql", json=ME, headers={"Authorization": f"Bearer {token}"})
    assert me.json()["data"]["me"]["etudid"] == accounts["me"]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"username": "etu-me", "password": "wrong"}, 401),
        ({"username": "nobody", "password": "x"}, 401),
        ({"username": "etu-me"}, 400),
        ({"username": "", "password": "x"}, 400),
        ({"username": "x" * 65, "password": "x"}, 400),
        ([], 400),
        (None, 400),
    ],
)
async def test_bad_logins_are_refused_with_the_api_error_body(client, accounts, body, status):
    resp = await client.post(LOGIN, json=body)
    assert resp.status_code == status, resp.text
    assert resp.json()["status"] == status and "token" not in resp.json()
    if status == 401:
        assert resp.headers["www-authenticate"] == "Bearer"


async def test_invalid_json_is_406(client):
    resp = await client.post(LOGIN, content=b"{nope", headers={"content-type": "application/json"})
    assert resp.status_code == 406


async def test_logins_are_throttled_like_tokens(client, accounts, settings):
    for _ in range(settings.login_max_failures):
        assert (await client.post(LOGIN, json={"username": "etu-me", "password": "bad"})).status_code == 401
    resp = await client.post(LOGIN, json={"username": "etu-me", "password": STUDENT_PASSWORD})
    assert resp.status_code == 429 and "retry-after" in resp.headers


@pytest.mark.parametrize("header", ["Authorization", "Token"])
async def test_logout_revokes_the_token_at_once(client, accounts, header):
    token = (await client.post(LOGIN, json={"username": "etu-me", "password": STUDENT_PASSWORD})).json()["token"]
    headers = {"Authorization": f"Bearer {token}"} if header == "Authorization" else {"Token": token}
    assert (await client.post(LOGOUT, headers=headers)).status_code == 204
    answer = (await client.post("/ScoDoc/api/graphql", json=ME, headers=headers)).json()
    assert codes(answer) == ["UNAUTHENTICATED"] and answer["data"] == {"me": None}
    assert (await client.post(LOGOUT, headers=headers)).status_code == 401
    fresh = (await client.post(LOGIN, json={"username": "etu-me", "password": STUDENT_PASSWORD})).json()["token"]
    assert fresh != token  # a revoked token is never handed out again


async def test_logout_without_a_token_is_401(client):
    assert (await client.post(LOGOUT)).status_code == 401


async def test_graphql_http_errors_are_api_errors(client):
    cases = [
        ({"content": b"{bad", "headers": {"content-type": "application/json"}}, 406),
        ({"json": [1]}, 400),
        ({"json": {"query": 1}}, 400),
        ({"content": b"query", "headers": {"content-type": "text/plain"}}, 400),
    ]
    for kwargs, status in cases:
        resp = await client.post("/ScoDoc/api/graphql", **kwargs)
        assert resp.status_code == status
        assert resp.json()["status"] == status
    assert (await client.get("/ScoDoc/api/graphql", params={"query": "{ me { etudid } }"})).status_code == 400


@pytest.mark.slow
@pytest.mark.postgres_only
async def test_a_logged_out_token_is_refused_by_every_worker(database_url, engine):
    """Two server processes on one database: logged out on one, refused by both at the very next request."""
    async with engine.begin() as conn:
        etudid = (await conn.execute(select(Identite.id).order_by(Identite.id))).scalars().first()
        await conn.execute(
            insert(User).values(user_name="etu-workers", password_hash=hash_password("pw-workers"), etudid=etudid)
        )
    try:
        with two_servers(database_url) as (a, b):
            async with httpx.AsyncClient(timeout=10) as client:
                resp = await client.post(a + LOGIN, json={"username": "etu-workers", "password": "pw-workers"})
                headers = {"Token": resp.json()["token"]}
                for base in (a, b, a, b, a, b):  # known to both, then kept by both (portal/pages.py)
                    got = (await client.post(base + "/ScoDoc/api/graphql", json=ME, headers=headers)).json()
                    assert got["data"]["me"]["etudid"] == etudid
                assert (await client.post(b + LOGOUT, headers=headers)).status_code == 204
                for base in (a, b, a, b):
                    got = (await client.post(base + "/ScoDoc/api/graphql", json=ME, headers=headers)).json()
                    assert codes(got) == ["UNAUTHENTICATED"]
    finally:
        async with engine.begin() as conn:
            await conn.execute(delete(User).where(User.user_name == "etu-workers"))


async def test_a_text_xml_cannot_carry_is_refused_before_the_database(client, auth):
    """NUL would reach PostgreSQL as an invalid string: refused as in every other body (400)."""
    resp = await client.post(
        "/ScoDoc/api/graphql",
        json={"query": "query($n: String) { student(nip: $n) { etudid } }", "variables": {"n": "12\u0000"}},
        headers=await auth("admin"),
    )
    assert resp.status_code == 400 and resp.json()["status"] == 400
