"""Token protocol: issue, reuse, revoke; the exact 401 body; throttling."""

from datetime import UTC, datetime, timedelta

from jose import jwt

from scodoc_api.core.security import ALGORITHM
from tests.conftest import basic

UNAUTHORIZED = {"error": "Unauthorized", "status": 401, "message": "Non autorise (logic)"}


async def test_token_is_a_jwt_with_required_claims(client, settings):
    resp = await client.post("/ScoDoc/api/tokens", headers=basic("chef"))
    assert resp.status_code == 200
    claims = jwt.decode(resp.json()["token"], settings.secret_key, algorithms=[ALGORITHM])
    assert {"sub", "iat", "exp", "jti"} <= claims.keys()
    assert claims["exp"] - claims["iat"] == 3600


async def test_token_is_reused_while_it_lives(client):
    first = (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"]
    second = (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"]
    assert first == second


async def test_token_route_ignores_body_and_content_type(client):
    resp = await client.post(
        "/ScoDoc/api/tokens", headers={**basic("chef"), "Content-Type": "application/json"}, content=b""
    )
    assert resp.status_code == 200


async def test_missing_token_gets_the_exact_401_body(client):
    resp = await client.get("/ScoDoc/api/departement")
    assert resp.status_code == 401
    assert resp.json() == UNAUTHORIZED
    assert resp.headers["www-authenticate"] == "Bearer"


async def test_bad_basic_credentials(client):
    resp = await client.post("/ScoDoc/api/tokens", headers=basic("chef", "wrong"))
    assert resp.status_code == 401
    body = resp.json()
    assert body["error"] == "Unauthorized" and body["status"] == 401 and "mot de passe" in body["message"]
    resp = await client.post("/ScoDoc/api/tokens")
    assert resp.status_code == 401 and resp.json()["status"] == 401


async def test_inactive_user_cannot_get_a_token(client):
    assert (await client.post("/ScoDoc/api/tokens", headers=basic("inactive"))).status_code == 401


async def test_expired_and_forged_tokens_are_refused(client, settings, db):
    from sqlalchemy import select

    from scodoc_api.models import User

    uid = (await db.execute(select(User.id).where(User.user_name == "chef"))).scalar_one()
    now = datetime.now(UTC)
    expired = jwt.encode(
        {
            "sub": str(uid),
            "jti": "x1",
            "iat": int((now - timedelta(hours=2)).timestamp()),
            "exp": int((now - timedelta(hours=1)).timestamp()),
        },
        settings.secret_key,
        algorithm=ALGORITHM,
    )
    forged = jwt.encode(
        {"sub": str(uid), "jti": "x2", "iat": int(now.timestamp()), "exp": int((now + timedelta(hours=1)).timestamp())},
        "another-key",
        algorithm=ALGORITHM,
    )
    for token in (expired, forged, "not-a-jwt"):
        resp = await client.get("/ScoDoc/api/departement", headers={"Authorization": f"Bearer {token}"})
        assert resp.status_code == 401 and resp.json() == UNAUTHORIZED


async def test_revoked_token_is_refused_and_a_new_one_issued(client):
    token = (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/ScoDoc/api/departement", headers=headers)).status_code == 200
    resp = await client.delete("/ScoDoc/api/tokens", headers=headers)
    assert resp.status_code == 204 and resp.content == b""
    resp = await client.get("/ScoDoc/api/departement", headers=headers)
    assert resp.status_code == 401 and resp.json() == UNAUTHORIZED
    fresh = (await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).json()["token"]
    assert fresh != token
    assert (
        await client.get("/ScoDoc/api/departement", headers={"Authorization": f"Bearer {fresh}"})
    ).status_code == 200


async def test_repeated_failures_get_429_with_retry_after(client, settings):
    for _ in range(settings.login_max_failures):
        assert (await client.post("/ScoDoc/api/tokens", headers=basic("secr", "bad"))).status_code == 401
    resp = await client.post("/ScoDoc/api/tokens", headers=basic("secr"))  # even the right password now
    assert resp.status_code == 429
    assert int(resp.headers["retry-after"]) > 0
    assert resp.json()["status"] == 429


async def test_token_route_bursts_get_429(client, app):
    app.state.settings.token_rate_limit = 3
    codes = [(await client.post("/ScoDoc/api/tokens", headers=basic("chef"))).status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[3:] == [429, 429]
