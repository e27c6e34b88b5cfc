"""No N+1: a route makes the same number of SQL queries whatever the size of the data."""

import pytest
from sqlalchemy import event, select

from scodoc_api.models import FormSemestre, FormSemestreEtape, GroupDescr, ModuleImpl, Partition
from scodoc_api.services.dataset import load_dataset
from scodoc_api.services.demo import make_demo_dataset
from tests.api.world import world_ids


class QueryCounter:
    def __init__(self, connection):
        self.sync_engine = connection.sync_engine
        self.count = 0
        self.statements: list[str] = []

    def _hit(self, conn, cursor, statement, *args, **kwargs):
        self.count += 1
        self.statements.append(statement)

    @property
    def queries(self) -> list[str]:
        """The statements of the request itself (not the test transaction's savepoints)."""
        return [q for q in self.statements if "SAVEPOINT" not in q]

    def __enter__(self):
        event.listen(self.sync_engine, "before_cursor_execute", self._hit)
        return self

    def __exit__(self, *exc):
        event.remove(self.sync_engine, "before_cursor_execute", self._hit)


@pytest.fixture
async def big(db):
    """A second department whose semester has three times the students of the world's RT semester."""
    data = make_demo_dataset(96, seed=5, dept="BIG")
    data["users"] = []
    sem = data["formsemestres"][0]
    sem["responsables"] = []
    for mi in sem["moduleimpls"]:
        mi["responsable"], mi["enseignants"] = None, []
    sem["etapes"] = ["V1BIG"]
    await load_dataset(db, data)
    await db.commit()
    sid = (
        await db.execute(select(FormSemestre.id).join(FormSemestreEtape).where(FormSemestreEtape.etape_apo == "V1BIG"))
    ).scalar_one()
    mi = (
        (await db.execute(select(ModuleImpl.id).where(ModuleImpl.formsemestre_id == sid).order_by(ModuleImpl.id)))
        .scalars()
        .first()
    )
    td = (
        (
            await db.execute(
                select(GroupDescr.id)
                .join(Partition)
                .where(Partition.formsemestre_id == sid, Partition.partition_name == "TD")
            )
        )
        .scalars()
        .all()
    )
    from scodoc_api.models import FormSemestreInscription

    etud = (
        (
            await db.execute(
                select(FormSemestreInscription.etudid)
                .where(FormSemestreInscription.formsemestre_id == sid)
                .order_by(FormSemestreInscription.etudid)
            )
        )
        .scalars()
        .first()
    )
    return {"formsemestre_id": sid, "moduleimpl_id": mi, "group_ids": td, "etudid": etud}


ROUTES = [
    "/groups?formsemestre_id={formsemestre_id}",
    "/partition/{formsemestre_id}",
    "/moduleimpl/formsemestre/{formsemestre_id}",
    "/formsemestre/{formsemestre_id}",
    "/evaluations/{moduleimpl_id}",
    "/abs_group_etat?{groups}&date_debut=2026-09-01&date_fin=2027-02-01",
    "/etud/{etudid}/bul/{formsemestre_id}",
    "/etud/{etudid}/bul/{formsemestre_id}?format=xml",
    "/formsemestre/{formsemestre_id}/bulletins",
]


@pytest.mark.parametrize("route", ROUTES)
async def test_same_number_of_queries_at_two_sizes(app, client, connection, db, auth, big, route):
    small = await world_ids(db)
    small["groups"] = f"group_ids={small['group_id']}"
    big["groups"] = "&".join(f"group_ids={g}" for g in big["group_ids"])
    headers = await auth("admin")
    counts = []
    for world in (small, big):
        url = "/ScoDoc/api" + route.format(**world)
        app.state.results_cache.data.clear()  # cold: semester results computed within the request
        for _ in range(2):  # then warm
            with QueryCounter(connection) as qc:
                resp = await client.get(url, headers=headers)
            assert resp.status_code == 200, resp.text
            counts.append(qc.count)
    assert counts[0:2] == counts[2:4], counts
