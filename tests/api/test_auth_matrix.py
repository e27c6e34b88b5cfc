"""The auth matrix: every protected route of the route table, every kind of caller. A route added to the app
is picked up here automatically; if its success case needs parameters, add them to QUERY."""

from datetime import UTC, datetime, timedelta

import pytest
from jose import jwt
from sqlalchemy import select

from scodoc_api.api.routes import route_table
from scodoc_api.core.permissions import ROLES, has_bits
from scodoc_api.core.security import ALGORITHM
from scodoc_api.models import RevokedToken, User
from tests.api.world import world_ids
from tests.attendance import attendance_records

UNAUTHORIZED = {"error": "Unauthorized", "status": 401, "message": "Non autorise (logic)"}

# Query strings a route needs to succeed (path parameters come from the world).
QUERY = {
    "/groups": "formsemestre_id={formsemestre_id}",
    "/abs_group_etat": "group_ids={group_id}&date_debut=2026-09-01&date_fin=2027-02-01",
    "/abs_group_etat/": "group_ids={group_id}&date_debut=2026-09-01&date_fin=2027-02-01",
    "/assiduites/group/query": "etudids={etudid}",
}


def _routes():
    out = []
    for method, path, route in route_table():
        if path.endswith("/tokens") and method == "POST":
            continue  # Basic auth route, tested in test_tokens
        perm = next(
            (
                getattr(d.call, "required_permission", None)
                for d in route.dependant.dependencies
                if hasattr(d.call, "required_permission")
            ),
            None,
        )
        out.append(pytest.param(method, path, perm, id=f"{method} {path}"))
    return out


ROUTES = _routes()


def _one_route_per_router():
    """The token check is one dependency shared by every route (checked structurally below): trying each
    kind of bad token on one route of each router is enough."""
    seen, out = set(), []
    for method, path, route in route_table():
        module = route.endpoint.__module__
        if module in seen or path.endswith("/tokens") or method != "GET":
            continue
        seen.add(module)
        out.append(pytest.param(method, path, id=f"{module.rsplit('.', 1)[-1]}: {method} {path}"))
    return out


# Global-mount routes listing several departments: a caller without the permission gets a filtered list.
FILTERED_LISTS = {
    "/etud_dept/{code_nip}",
    "/formation",
    "/formsemestre/apo/{etape_apo}",
    "/etudiants/name/{start}",
    "/etudiants/courants",
    "/etudiants/courants/long",
    "/etudiants/{kind}/{value}",
    "/formsemestres/query",
    "/formations",
    "/formations_ids",
}
# Lists that refuse a caller holding the permission in no department at all.
REFUSED_WITHOUT_ANY_GRANT = {"/users/query"}


# Bodies of the write routes for the success case.
BODY = {
    "/eval_set_notes": {"eval_id": "{evaluation_id}", "etudid": "{etudid}", "note": 12},
    "/set_groups": {"partition_id": "{partition_td}"},
    "/abs_signale": {"etudid": "{etudid}", "date_debut": "2026-10-05"},
    "/abs_annule": {"etudid": "{etudid}", "date_debut": "2026-10-05"},
    "/abs_annule_justif": {"etudid": "{etudid}", "date_debut": "2026-10-05"},
    "/abs_justifie": {"etudid": "{etudid}", "date_debut": "2026-10-05"},
    "/absences/billet/add": {"etudid": "{etudid}", "begin": "2026-10-05", "end": "2026-10-06", "description": "x"},
    "/partition/{partition_id}/group/create": {"group_name": "NEW"},
    "/group/{group_id}/edit": {"group_name": "A-bis"},
    "/formsemestre/{formsemestre_id}/partition/create": {"partition_name": "Langues"},
    "/partition/{partition_id}/edit": {"partition_name": "TD-bis"},
    "/evaluation/{evaluation_id}/notes/set": {"notes": [["{etudid}", 12]]},
    "/assiduite/{kind}/{value}/create": [
        {"date_debut": "2026-10-06T08:00", "date_fin": "2026-10-06T09:00", "etat": "absent"}
    ],
    "/assiduites/create": [
        {"etudid": "{etudid}", "date_debut": "2026-10-07T08:00", "date_fin": "2026-10-07T09:00", "etat": "absent"}
    ],
    "/assiduite/{assiduite_id}/edit": {"etat": "retard"},
    "/assiduites/edit": [{"assiduite_id": "{assiduite_id}", "etat": "present"}],
    "/assiduite/delete": ["{assiduite_id}"],
    "/justificatif/{kind}/{value}/create": [
        {"date_debut": "2026-10-06T08:00", "date_fin": "2026-10-06T18:00", "etat": "attente"}
    ],
    "/justificatif/{justif_id}/edit": {"etat": "valide"},
    "/justificatif/delete": ["{justif_id}"],
    "/justificatif/{justif_id}/remove": {"remove": "all"},
}
# Batch writes answer 200 item by item (modern-api.md §5.7): a refused caller gets each item as an error.
BATCHES = {"/assiduites/create", "/assiduites/edit", "/assiduite/delete", "/justificatif/delete"}
# Multipart bodies.
FILES = {"/justificatif/{justif_id}/import": {"files": ("certificat.pdf", b"%PDF-1.4 matrix")}}


def _fill(v, world: dict):
    if isinstance(v, dict):
        return {k: _fill(x, world) for k, x in v.items()}
    if isinstance(v, list):
        return [_fill(x, world) for x in v]
    return int(v.format(**world)) if isinstance(v, str) and v.startswith("{") else v


def _body(path: str, world: dict) -> dict | None:
    body = BODY.get(path.split("/api", 1)[1])
    return None if body is None else _fill(body, world)


def _url(path: str, world: dict) -> str:
    values = {
        **world,
        "dept": "RT",
        "code_nip": "00000001",
        "etape_apo": "V1RT",
        "acronym": "RT",
        "dept_id": world["rt"],
        "kind": "etudid",
        "value": world["etudid"],
        "version": "long",
        "uid": world["ens_uid"],
        "partition_id": world["partition_td"],
        "start": "DUR",
        "filename": "matrix.pdf",
    }
    rel = path.split("/api", 1)[1]
    url = path.format(**values)
    if rel in QUERY:
        url += "?" + QUERY[rel].format(**values)
    return url


@pytest.fixture
async def world(db, settings):
    w = await world_ids(db)
    w["ens_uid"] = (await db.execute(select(User.id).where(User.user_name == "ens"))).scalar_one()
    w.update(await attendance_records(db, settings, w["etudid"]))
    return w


@pytest.fixture
async def bad_tokens(db, settings, client):
    uid = (await db.execute(select(User.id).where(User.user_name == "chef"))).scalar_one()
    now = datetime.now(UTC)

    def mint(key, iat, exp, jti):
        return jwt.encode(
            {"sub": str(uid), "jti": jti, "iat": int(iat.timestamp()), "exp": int(exp.timestamp())},
            key,
            algorithm=ALGORITHM,
        )

    revoked = mint(settings.secret_key, now, now + timedelta(hours=1), "revoked-jti")
    db.add(RevokedToken(jti="revoked-jti", user_id=uid, expires_at=now + timedelta(hours=1)))
    await db.commit()
    return {
        "none": None,
        "malformed": "abc.def",
        "bad_signature": mint("not-the-key", now, now + timedelta(hours=1), "m1"),
        "expired": mint(settings.secret_key, now - timedelta(hours=2), now - timedelta(hours=1), "m2"),
        "revoked": revoked,
    }


def test_the_matrix_covers_the_api():
    paths = {p.values[1] for p in ROUTES}
    assert len(paths) >= 30 and any(p.startswith("/ScoDoc/{dept}/api") for p in paths)
    assert all(p.values[2] is not None or p.values[1].endswith("/tokens") for p in ROUTES), (
        "every API route declares its permission with require()"
    )


def _depends_on(dependant, call) -> bool:
    return any(d.call is call or _depends_on(d, call) for d in dependant.dependencies)


def test_every_protected_route_depends_on_the_token_check():
    """Structural: every API route but POST /tokens reaches ``read_bearer_token`` (the token check) through its
    dependencies, so a bad token is refused before the route runs."""
    from scodoc_api.api.deps import read_bearer_token

    unprotected = [
        f"{m} {p}"
        for m, p, r in route_table()
        if not p.endswith("/tokens") and not _depends_on(r.dependant, read_bearer_token)
    ]
    assert unprotected == []
    assert len(_one_route_per_router()) >= 8


@pytest.mark.parametrize("kind", ["none", "malformed", "bad_signature", "expired", "revoked"])
@pytest.mark.parametrize("method, path", _one_route_per_router())
async def test_invalid_tokens_get_401(client, world, bad_tokens, kind, method, path):
    token = bad_tokens[kind]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    resp = await client.request(method, _url(path, world), headers=headers)
    assert resp.status_code == 401, resp.text
    assert resp.json() == UNAUTHORIZED
    assert resp.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("method, path, perm", [p for p in ROUTES if not p.values[1].endswith("/tokens")])
async def test_permissions(client, auth, world, method, path, perm):
    url = _url(path, world)
    body = _body(path, world)
    # refused callers first: a successful call may delete what the URL names
    rel = path.split("/api", 1)[1]
    send = {"files": FILES[rel]} if rel in FILES else {"json": body}
    other = await client.request(method, url, headers=await auth("ens_geii"), **send)
    low = await client.request(method, url, headers=await auth("obs"), **send)
    ok = await client.request(method, url, headers=await auth("chef"), **send)
    assert ok.status_code in (200, 204), ok.text
    dept_mount = "{dept}" in path
    if rel in BATCHES and not dept_mount:  # refused item by item, nothing done
        assert ok.json()["errors"] == [] and ok.json()["success"], ok.text
        for refused in (other, low):
            assert refused.status_code == 200 and refused.json()["success"] == [], refused.text
            assert len(refused.json()["errors"]) == len(body), refused.text
        return
    if not perm:
        assert other.status_code == 200 and low.status_code == 200
        return
    expected = 200 if has_bits(ROLES["Observateur"], perm) else 403
    if dept_mount:  # the GEII user lacks the permission in RT
        assert other.status_code == 403 and other.json()["message"] == "accès interdit", other.text
        assert low.status_code == expected, low.text
    elif rel in FILTERED_LISTS:  # lists filtered to what the caller may see
        assert other.status_code == 200, other.text
        assert low.status_code == 200 and (expected == 200 or low.json() == []), low.text
    elif rel in REFUSED_WITHOUT_ANY_GRANT:
        assert other.status_code == 200 and low.status_code == expected, (other.text, low.text)
    else:  # RT objects are invisible to a GEII-only user (404); obs sees them or is refused
        assert other.status_code == 404, other.text
        assert low.status_code == expected, low.text


def test_every_dependency_is_a_coroutine():
    """FastAPI runs a plain ``def`` dependency in a worker thread: a costly hop on every request (bench/)."""
    import inspect

    def sync_calls(dependant) -> set[str]:
        out = set()
        for sub in dependant.dependencies:
            call = sub.call
            if call is not None and not (inspect.iscoroutinefunction(call) or inspect.isasyncgenfunction(call)):
                out.add(call.__qualname__)
            out |= sync_calls(sub)
        return out

    assert set().union(*(sync_calls(r.dependant) for _, _, r in route_table())) == set()
