"""Finding 21: HEAD, Allow, Cache-Control, purges, and the Observateur on both mounts."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from scodoc_api.models import AuthThrottle, RevokedToken
from scodoc_api.services.auth import purge_expired
from scodoc_api.services.ratelimit import DbLimiter
from tests.api.world import world_ids


async def test_head_wherever_get(client, admin_headers, db):
    w = await world_ids(db)
    for path in (
        "/ScoDoc/api/departements",
        f"/ScoDoc/api/etud/{w['etudid']}",
        "/ScoDoc/api/health",
        f"/ScoDoc/RT/api/formsemestre/{w['formsemestre_id']}",
    ):
        get = await client.get(path, headers=admin_headers)
        head = await client.head(path, headers=admin_headers)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]


async def test_405_allow_lists_every_method(client):
    legacy = await client.put("/ScoDoc/RT/Scolarite/etud_info")
    assert legacy.status_code == 405 and set(legacy.headers["allow"].split(", ")) == {"GET", "HEAD", "POST"}
    api = await client.delete("/ScoDoc/api/eval_set_notes")
    assert api.status_code == 405 and api.headers["allow"] == "POST"
    tokens = await client.put("/ScoDoc/api/tokens")
    assert set(tokens.headers["allow"].split(", ")) == {"POST", "DELETE"}


async def test_personal_data_is_not_stored(client, admin_headers, db):
    w = await world_ids(db)
    for path in (
        f"/ScoDoc/api/etud/{w['etudid']}",
        f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}",
        "/ScoDoc/api/etud/999999",
    ):
        resp = await client.get(path, headers=admin_headers)
        assert "no-store" in resp.headers["cache-control"], path
    legacy = await client.get(f"/ScoDoc/RT/Scolarite/etud_info?etudid={w['etudid']}&__ac_name=chef&__ac_password=chef")
    assert "no-store" in legacy.headers["cache-control"]
    assert "cache-control" not in (await client.get("/ScoDoc/api/health")).headers


async def test_expired_rows_are_purged(db, sessionmaker):
    now = datetime.now(UTC)
    db.add_all(
        [
            RevokedToken(jti="old", user_id=None, expires_at=now - timedelta(hours=1)),
            RevokedToken(jti="live", user_id=None, expires_at=now + timedelta(hours=1)),
            AuthThrottle(key="fail:old", window_start=now - timedelta(days=2), count=3),
            AuthThrottle(key="fail:live", window_start=now, count=1),
        ]
    )
    await db.commit()
    revoked, counters = await purge_expired(sessionmaker, DbLimiter(sessionmaker))
    assert revoked >= 1 and counters >= 1
    jtis = set((await db.execute(select(RevokedToken.jti))).scalars())
    keys = set((await db.execute(select(AuthThrottle.key))).scalars())
    assert "old" not in jtis and "live" in jtis and "fail:old" not in keys and "fail:live" in keys


async def test_observateur_reads_semester_bulletins_on_both_mounts(client, db, auth):
    w = await world_ids(db)
    h = await auth("obs")
    sem = w["formsemestre_id"]
    for mount in ("/ScoDoc/api", "/ScoDoc/RT/api"):
        for path in (f"/formsemestre/{sem}/bulletins", f"/formsemestre/{sem}/bulletins/long"):
            resp = await client.get(mount + path, headers=h)
            assert resp.status_code == 200, (mount, path, resp.text[:200])
