"""Every GET route of the route table and the legacy routes, called with the ids of a BUT semester (its
students, moduleimpls, evaluations, groups, formation) as a super-administrator: none answers a server error,
and the ones that read that semester succeed."""

import pytest
from lxml import etree
from sqlalchemy import select

from scodoc_api.api.routes import route_table
from scodoc_api.models import Evaluation, GroupDescr, ModuleImpl, Partition, User
from tests.attendance import attendance_records


def _xml_documented(route) -> bool:
    return any("xml" in media for media in ((route.responses or {}).get(200, {}).get("content") or {}))


GET_ROUTES = sorted({(path, _xml_documented(route)) for method, path, route in route_table() if method == "GET"})
QUERY = {
    "/groups": "formsemestre_id={formsemestre_id}",
    "/abs_group_etat": "group_ids={group_id}&date_debut=2026-09-01&date_fin=2027-02-01",
    "/abs_group_etat/": "group_ids={group_id}&date_debut=2026-09-01&date_fin=2027-02-01",
    "/assiduites/group/query": "etudids={etudid}",
}
LEGACY = [
    "Notes/formsemestre_bulletinetud?formsemestre_id={formsemestre_id}&etudid={etudid}&format=xml",
    "Notes/formsemestre_bulletinetud?formsemestre_id={formsemestre_id}&etudid={etudid}&format=json",
    "Notes/formsemestre_bulletinetud?formsemestre_id={formsemestre_id}&etudid={etudid}&format=pdf",
    "Notes/formsemestre_list?format=json",
    "Notes/XMLgetFormsemestres?formsemestre_id={formsemestre_id}",
    "etud_info?etudid={etudid}",
    "groups_view?formsemestre_id={formsemestre_id}&format=xml",
    "Absences/XMLgetAbsEtud?etudid={etudid}&beg_date=2026-09-01&end_date=2027-01-31",
]


@pytest.fixture
async def ids(db, but, settings) -> dict:
    sem = but["sems"][1]

    async def first(stmt):
        return (await db.execute(stmt)).scalars().first()

    mi = await first(select(ModuleImpl.id).where(ModuleImpl.formsemestre_id == sem).order_by(ModuleImpl.id))
    partition = await first(
        select(Partition.id).where(Partition.formsemestre_id == sem, Partition.partition_name == "Parcours")
    )
    return {
        "formsemestre_id": sem,
        "etudid": but["students"][1][0],
        "moduleimpl_id": mi,
        "evaluation_id": await first(select(Evaluation.id).where(Evaluation.moduleimpl_id == mi)),
        "partition_id": partition,
        "group_id": await first(select(GroupDescr.id).where(GroupDescr.partition_id == partition)),
        "formation_id": but["formation"],
        "dept": but["acronym"],
        "acronym": but["acronym"],
        "dept_id": but["dept"],
        "kind": "etudid",
        "value": but["students"][1][0],
        "version": "long",
        "uid": await first(select(User.id).where(User.user_name == "admin")),
        "code_nip": "B0000001",
        "etape_apo": "V1BUTRT",
        "start": "A",
        "etud_id": but["students"][1][0],
        "filename": "matrix.pdf",
        **await attendance_records(db, settings, but["students"][1][0]),
    }


async def test_no_get_route_fails_on_a_but_semester(client, auth, ids):
    headers = await auth("admin")
    failures, ok = [], 0
    for path, has_xml in GET_ROUTES:
        rel = path.split("/api", 1)[1]
        url = path.format(**ids) + ("?" + QUERY[rel].format(**ids) if rel in QUERY else "")
        for fmt in ("", "xml") if has_xml else ("",):
            full = url + (("&" if "?" in url else "?") + "format=xml" if fmt else "")
            resp = await client.get(full, headers=headers)
            if resp.status_code >= 500:
                failures.append(f"{full}: {resp.status_code} {resp.text[:200]}")
            elif resp.status_code == 200 and "xml" in resp.headers.get("content-type", ""):
                etree.fromstring(resp.content)  # real XML, whatever the shape
            ok += resp.status_code == 200
    assert not failures, "\n".join(failures)
    assert ok > len(GET_ROUTES)  # most of them answer: the ids are right


async def test_legacy_routes_on_a_but_semester(client, ids):
    from tests.conftest import basic

    failures = []
    for route in LEGACY:
        resp = await client.get(f"/ScoDoc/{ids['dept']}/Scolarite/{route.format(**ids)}", headers=basic("admin"))
        if resp.status_code != 200:
            failures.append(f"{route}: {resp.status_code} {resp.text[:300]}")
    assert not failures, "\n".join(failures)
