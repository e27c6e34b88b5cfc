"""Students' portal accounts in each test's transaction, and a GraphQL helper over real HTTP."""

import pytest
from sqlalchemy import select

from scodoc_api.core.security import encode_token, new_jti, new_token_times
from scodoc_api.models import FormSemestreInscription, Identite
from scodoc_api.services.users import add_user
from tests.api.world import world_ids
from tests.but.conftest import but  # noqa: F401  (the BUT department fixture)

STUDENT_PASSWORD = "portal-pass-1"


@pytest.fixture
async def world(db) -> dict:
    return await world_ids(db)


@pytest.fixture
def token_for(settings):
    def _token(user_id: int) -> str:
        iat, exp = new_token_times(settings.token_lifetime)
        return encode_token(user_id=user_id, jti=new_jti(), issued_at=iat, expires_at=exp, secret=settings.secret_key)

    return _token


@pytest.fixture
async def accounts(db, world, token_for) -> dict:
    """Two RT students of the world's semester with portal accounts: ``me`` (the world's student) and
    ``other``; their ids and Bearer headers."""
    other = (
        await db.execute(
            select(Identite.id)
            .join(FormSemestreInscription)
            .where(FormSemestreInscription.formsemestre_id == world["formsemestre_id"], Identite.id != world["etudid"])
            .order_by(Identite.id)
        )
    ).scalar()
    me_user = await add_user(db, "etu-me", STUDENT_PASSWORD, etudid=world["etudid"])
    other_user = await add_user(db, "etu-other", STUDENT_PASSWORD, etudid=other)
    await db.commit()
    return {
        "me": world["etudid"],
        "other": other,
        "me_headers": {"Authorization": f"Bearer {token_for(me_user.id)}"},
        "other_headers": {"Authorization": f"Bearer {token_for(other_user.id)}"},
        "me_user": me_user.id,
    }


@pytest.fixture
def gql(client):
    async def _gql(query: str, headers: dict | None = None, variables: dict | None = None) -> dict:
        resp = await client.post(
            "/ScoDoc/api/graphql", json={"query": query, "variables": variables or {}}, headers=headers or {}
        )
        assert resp.status_code == 200, resp.text
        return resp.json()

    return _gql


def codes(answer: dict) -> list[str]:
    return [e["extensions"]["code"] for e in answer.get("errors") or []]
