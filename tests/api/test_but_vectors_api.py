"""Every BUT vector end to end: loaded into the database, each student's BUT bulletin read through the API, and
every key of the vector's partial bulletin compared (ids aside: the database assigns them)."""

import hashlib

import pytest
from sqlalchemy import select

from scodoc_api.models import Formation, FormSemestre, Identite
from scodoc_api.services.dataset import load_dataset
from tests.vectors.but_adapter import but_cases
from tests.vectors.but_dataset import but_case_dataset

CASES = list(but_cases())


def _subset(path: str, expected, actual, out: list[str]) -> None:
    """Every key of ``expected`` has the same value (and JSON type) in ``actual``; lists compared item by item."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            out.append(f"{path}: expected an object, got {actual!r}")
            return
        for k, v in expected.items():
            if k == "id":  # vector ids are names; ours are database ids
                continue
            if k not in actual:
                out.append(f"{path}.{k}: missing")
            else:
                _subset(f"{path}.{k}", v, actual[k], out)
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            out.append(f"{path}: expected {len(expected)} items, got {actual!r}")
            return
        for k, (e, a) in enumerate(zip(expected, actual, strict=True)):
            _subset(f"{path}[{k}]", e, a, out)
    elif expected != actual or type(expected) is not type(actual):
        out.append(f"{path}: expected {expected!r}, got {actual!r}")


async def load_but_case(db, case) -> tuple[str, int, dict]:
    dept = "B" + hashlib.sha1(case["id"].encode()).hexdigest()[:6].upper()
    await load_dataset(db, but_case_dataset(case, dept))
    await db.commit()
    sem_id = (
        await db.execute(select(FormSemestre.id).join(Formation).where(Formation.acronyme == f"F{dept}"))
    ).scalar_one()
    names = dict(
        (
            await db.execute(
                select(Identite.nom, Identite.id).where(
                    Identite.dept_id == select(FormSemestre.dept_id).where(FormSemestre.id == sem_id).scalar_subquery()
                )
            )
        ).all()
    )
    etudids = {s["id"]: names[s["nom"]] for s in case["inputs"]["students"]}
    return dept, sem_id, etudids


@pytest.mark.parametrize("name, case", CASES, ids=[f"{n}:{c['id']}" for n, c in CASES])
async def test_but_vector_through_the_api(client, db, auth, name, case):
    dept, sem_id, etudids = await load_but_case(db, case)
    headers = await auth("admin")
    errors: list[str] = []
    for sref, etudid in etudids.items():
        for mount in ("/ScoDoc/api", f"/ScoDoc/{dept}/api"):  # both mounts answer the same
            resp = await client.get(f"{mount}/etudiant/etudid/{etudid}/formsemestre/{sem_id}/bulletin", headers=headers)
            assert resp.status_code == 200, resp.text
            b = resp.json()
            assert b["type"] == "BUT" and b["publie"] is True
            _subset(f"{mount} {sref}", case["expected"]["bulletin"][sref], b, errors)
            assert b["etudiant"]["etudid"] == etudid
    assert not errors, "\n".join(errors[:40])
