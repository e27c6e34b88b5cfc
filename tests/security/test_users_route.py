"""Finding 7: user records need ScoUsersView (permissions.md §4.9), in the user's home department."""

import pytest
from sqlalchemy import select

from scodoc_api.models import User


@pytest.mark.parametrize("caller", ["norole", "obs", "inactive"])
async def test_callers_without_users_view_are_refused(client, db, mint_token, caller):
    uid = (await db.execute(select(User.id).where(User.user_name == "ens"))).scalar_one()
    h = {"Authorization": f"Bearer {mint_token(caller)}"}
    expected = 401 if caller == "inactive" else 403
    for url in (f"/ScoDoc/api/user/{uid}", "/ScoDoc/api/users/query", f"/ScoDoc/RT/api/user/{uid}"):
        resp = await client.get(url, headers=h)
        assert resp.status_code == expected, (url, resp.text)


async def test_users_view_is_scoped_to_the_home_department(client, db, mint_token):
    ids = dict((await db.execute(select(User.user_name, User.id))).all())
    geii = {"Authorization": f"Bearer {mint_token('ens_geii')}"}
    chef = {"Authorization": f"Bearer {mint_token('chef')}"}
    assert (await client.get(f"/ScoDoc/api/user/{ids['ens_geii']}", headers=geii)).status_code == 200
    # an RT user and the super-admin (no home department) are not GEII's to see; same answer as unknown
    for login in ("ens", "admin"):
        resp = await client.get(f"/ScoDoc/api/user/{ids[login]}", headers=geii)
        assert resp.status_code == 404 and resp.json()["message"] == "utilisateur inconnu"
    unknown = await client.get("/ScoDoc/api/user/999999", headers=geii)
    assert unknown.json()["message"] == "utilisateur inconnu"
    listed = {u["user_name"] for u in (await client.get("/ScoDoc/api/users/query", headers=geii)).json()}
    assert listed == {"ens_geii"}
    assert (await client.get(f"/ScoDoc/api/user/{ids['ens']}", headers=chef)).status_code == 200
