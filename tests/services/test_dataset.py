"""Dataset loading: all or nothing, errors that point to the bad field; the demo generator; formation import."""

import json

import pytest
from sqlalchemy import func, select

from scodoc_api.models import Evaluation, Formation, FormSemestre, Identite, Module, Note, UniteEns
from scodoc_api.services.dataset import DatasetError, load_dataset
from scodoc_api.services.demo import make_demo_dataset
from scodoc_api.services.formation_io import import_formation, parse_formation
from tests.paths import SCODOC_EXPORTS as EXPORTS  # noqa: E402


def _small() -> dict:
    data = make_demo_dataset(5, seed=3, dept="TST")
    data["users"] = []  # user names are global, the test world already has the demo users
    for mi in data["formsemestres"][0]["moduleimpls"]:
        mi["responsable"], mi["enseignants"] = None, []
    data["formsemestres"][0]["responsables"] = []
    return data


async def _count(db, model) -> int:
    return (await db.execute(select(func.count()).select_from(model))).scalar_one()


async def test_demo_dataset_is_deterministic_and_has_the_benchmark_shape():
    a, b = make_demo_dataset(50, seed=9), make_demo_dataset(50, seed=9)
    assert a == b
    sem = a["formsemestres"][0]
    ues = a["formations"][0]["ue"]
    assert len(ues) == 4 and all(len(ue["matiere"]) == 1 and len(ue["matiere"][0]["module"]) == 6 for ue in ues)
    assert {m["coefficient"] for ue in ues for m in ue["matiere"][0]["module"]} <= {1.0, 2.0, 3.0}
    assert len(sem["evaluations"]) == 24 * 4 and len(sem["inscriptions"]) == 50
    values = [v for ev in sem["evaluations"] for v in ev["notes"].values()]
    assert all(v in ("ABS", "EXC") or (isinstance(v, int) and 0 <= v <= 20) for v in values)
    assert 0 < values.count("ABS") / len(values) < 0.05
    assert {p["name"] for p in sem["partitions"]} == {"TD", "TP"}
    assert a["absences"] and a["billets"] and len({u["user_name"] for u in a["users"]}) >= 2


async def test_load_inserts_everything(db):
    before = await _count(db, Note)
    counts = await load_dataset(db, _small())
    assert counts["notes_notes"] == 5 * 96 and await _count(db, Note) == before + 5 * 96
    nips = (await db.execute(select(Identite.code_nip).where(Identite.code_nip.like("0000000%")))).scalars().all()
    assert "00000001" in nips  # leading zeros kept


@pytest.mark.parametrize(
    "mutate, where",
    [
        (
            lambda d: d["formsemestres"][0]["evaluations"][2]["notes"].__setitem__("E3", 25),
            "$.formsemestres[0].evaluations[2].notes.E3",
        ),
        (
            lambda d: d["formsemestres"][0]["evaluations"][0]["notes"].__setitem__("E3", "XYZ"),
            "$.formsemestres[0].evaluations[0].notes.E3",
        ),
        (
            lambda d: d["formsemestres"][0]["inscriptions"].append({"etud": "NOBODY"}),
            "$.formsemestres[0].inscriptions[5].etud",
        ),
        (lambda d: d["etudiants"][1].pop("nom"), "$.etudiants[1]"),
        (lambda d: d["formsemestres"][0].__setitem__("date_debut", "01/09/2026"), "$.formsemestres[0].date_debut"),
        # values that match the pattern but name no day or time (they crashed after a traceback)
        (lambda d: d["formsemestres"][0].__setitem__("date_debut", "2007-02-30"), "$.formsemestres[0].date_debut"),
        (lambda d: d["billets"][0].__setitem__("abs_begin", "2021-13-01T10:00"), "$.billets[0].abs_begin"),
        (
            lambda d: d["formsemestres"][0]["moduleimpls"][0].__setitem__("module", "NOPE"),
            "$.formsemestres[0].moduleimpls[0].module",
        ),
    ],
)
async def test_bad_dataset_names_the_field_and_writes_nothing(db, mutate, where):
    data = _small()
    mutate(data)
    before = [await _count(db, m) for m in (Formation, Identite, Note)]
    with pytest.raises(DatasetError) as exc:
        await load_dataset(db, data)
    assert any(e.startswith(where) for e in exc.value.errors), exc.value.errors
    assert [await _count(db, m) for m in (Formation, Identite, Note)] == before


@pytest.mark.needs_shared
@pytest.mark.parametrize("name", ["formation-exemple-1.xml", "exemple_formation_dut_info.json"])
async def test_import_real_scodoc_exports(db, name):
    content = (EXPORTS / name).read_bytes()
    tree = parse_formation(content)
    fid = await import_formation(db, tree, dept="RT")
    f = await db.get(Formation, fid)
    assert f.acronyme == "DUT Info" and f.type_parcours == 100 and f.formation_code == "FCOD2"
    n_ue = (await db.execute(select(func.count()).where(UniteEns.formation_id == fid))).scalar_one()
    n_mod = (await db.execute(select(func.count()).where(Module.formation_id == fid))).scalar_one()
    expected_ue = len(tree["ue"])
    expected_mod = sum(len(m["module"]) for ue in tree["ue"] for m in ue["matiere"])
    assert (n_ue, n_mod) == (expected_ue, expected_mod) and n_mod > 20
    # a second import gets the next version
    fid2 = await import_formation(db, parse_formation(content), dept="RT")
    assert (await db.get(Formation, fid2)).version == f.version + 1


@pytest.mark.needs_shared
async def test_import_reads_xml_booleans_and_empty_numbers():
    tree = parse_formation((EXPORTS / "formation-exemple-1.xml").read_bytes())
    ue = tree["ue"][0]
    assert ue["is_external"] is False and "ects" not in ue
    mod = ue["matiere"][0]["module"][0]
    assert mod["code"] == "M1101" and mod["coefficient"] == 2.0 and "ects" not in mod


async def test_semester_gets_default_partition_with_every_student(db):
    from scodoc_api.models import GroupDescr, GroupMembership, Partition

    sid = (await db.execute(select(FormSemestre.id).order_by(FormSemestre.id))).scalars().first()
    rows = (
        await db.execute(
            select(func.count())
            .select_from(GroupMembership)
            .join(GroupDescr)
            .join(Partition)
            .where(Partition.formsemestre_id == sid, Partition.partition_name.is_(None))
        )
    ).scalar_one()
    assert rows == 32
    assert (await db.execute(select(func.count()).select_from(Evaluation))).scalar_one() == 97
    assert json.dumps(make_demo_dataset(1))  # serialisable


def test_compact_rows_give_back_what_was_planned():
    from scodoc_api.models import Note
    from scodoc_api.services.dataset_plan import Plan

    plan = Plan()
    notes = plan.compact_rows(Note, {"id": "q", "etudid": "q", "value": "d"}, comment=None)
    notes.append((1, 10, 12.5))
    notes.extend([(2, 11, None), (3, 12, -1000.0)])
    plan.add(Note, {"id": 4, "etudid": 13, "value": 3.0, "comment": "x"})
    got = [row for chunk in plan.chunks(Note, 2) for row in chunk]
    assert got == [
        {"id": 4, "etudid": 13, "value": 3.0, "comment": "x"},
        {"comment": None, "id": 1, "etudid": 10, "value": 12.5},
        {"comment": None, "id": 2, "etudid": 11, "value": None},
        {"comment": None, "id": 3, "etudid": 12, "value": -1000.0},
    ]
    assert plan.count(Note) == 4
    with pytest.raises(ValueError):
        plan.compact_rows(Note, {"id": "q", "etudid": "q"})
