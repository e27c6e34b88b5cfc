"""Bad BUT input gets a clear error naming the field, and nothing is written: a matrix row for an unknown UE,
a negative weight, a référentiel with a duplicated compétence, an unknown parcours."""

import copy
import json

import pytest
from sqlalchemy import func, select

from scodoc_api.core.errors import BadRequest
from scodoc_api.models import ApcCompetence, ApcReferentielCompetences, EvaluationUEPoids, ModuleUECoef
from scodoc_api.services.dataset import DatasetError, load_dataset
from scodoc_api.services.demo_but import make_but_dataset, referentiel_example
from scodoc_api.services.referentiel import import_referentiel, parse_referentiel
from tests.cli import run
from tests.paths import REAL_EXAMPLES


async def _count(db, model) -> int:
    return (await db.execute(select(func.count()).select_from(model))).scalar_one()


async def _refused(db, data: dict) -> str:
    before = (await _count(db, ModuleUECoef), await _count(db, EvaluationUEPoids), await _count(db, ApcCompetence))
    with pytest.raises(DatasetError) as exc:
        await load_dataset(db, data)
    after = (await _count(db, ModuleUECoef), await _count(db, EvaluationUEPoids), await _count(db, ApcCompetence))
    assert before == after
    return str(exc.value)


async def test_a_matrix_row_for_an_unknown_ue_is_refused(db):
    data = make_but_dataset(4, dept="BAD1")
    data["formations"][0]["ue"][0]["matiere"][0]["module"][0]["ue_coefs"]["UE9.9"] = 3.0
    message = await _refused(db, data)
    assert "$.formations[0].ue[0].matiere[0].module[0].ue_coefs.UE9.9: UE inconnue" in message


async def test_a_negative_weight_is_refused(db):
    data = make_but_dataset(4, dept="BAD2")
    data["formsemestres"][1]["evaluations"][0]["poids"] = {"UE1.1": -1.0}
    message = await _refused(db, data)
    assert "$.formsemestres[1].evaluations[0].poids.UE1.1" in message and "minimum" in message


async def test_a_negative_coefficient_is_refused(db):
    data = make_but_dataset(4, dept="BAD3")
    data["formations"][0]["ue"][0]["matiere"][0]["module"][0]["ue_coefs"] = {"UE1.1": -2.0}
    assert "ue_coefs.UE1.1" in await _refused(db, data)


async def test_a_referentiel_with_a_duplicated_competence_is_refused_in_a_dataset(db):
    data = make_but_dataset(4, dept="BAD4")
    ref = data["referentiels"][0]["referentiel"]
    ref["competences"]["Administrer bis"] = copy.deepcopy(ref["competences"]["Administrer"])
    message = await _refused(db, data)
    assert "$.referentiels[0].referentiel.competences.Administrer bis.titre: compétence en double" in message


async def test_an_unknown_parcours_is_refused(db):
    data = make_but_dataset(4, dept="BAD5")
    data["formsemestres"][1]["parcours"] = ["Cyber", "Spatial"]
    assert "$.formsemestres[1].parcours[1]: parcours inconnu 'Spatial'" in await _refused(db, data)


def test_duplicated_keys_and_bad_fields_are_named():
    text = json.dumps(referentiel_example())
    dup = text.replace('"Connecter": {', '"Administrer": {', 1)
    with pytest.raises(BadRequest, match="clé en double: Administrer"):
        parse_referentiel(dup)
    bad = referentiel_example()
    bad["competences"]["Connecter"]["niveaux"]["BUT1"]["ordre"] = 7
    bad["parcours"]["Cyber"]["annees"]["1"]["competences"]["Inconnue"] = {"niveau": 1}
    with pytest.raises(BadRequest) as exc:
        parse_referentiel(json.dumps(bad))
    assert "competences.Connecter.niveaux.BUT1.ordre" in exc.value.message
    with pytest.raises(BadRequest, match="JSON invalide"):
        parse_referentiel(b"{")


async def test_the_same_referentiel_twice_is_a_conflict(db, world):
    ref = parse_referentiel(json.dumps(referentiel_example()))
    await import_referentiel(db, ref, dept_id=world["rt"])
    from scodoc_api.core.errors import Conflict

    with pytest.raises(Conflict):
        await import_referentiel(db, ref, dept_id=world["rt"])


@pytest.mark.needs_shared
@pytest.mark.parametrize("name", ["GEII", "MMI", "RT"])
async def test_the_real_exports_load_and_read_back_in_their_shape(db, world, name):
    from scodoc_api.repositories.referentiel import read

    path = next(REAL_EXAMPLES.glob(f"referentiel_competences_{name}_*.json"))
    original = json.loads(path.read_bytes())
    ref_id = await import_referentiel(db, parse_referentiel(path.read_bytes()), dept_id=world["rt"])
    back = await read(db, ref_id)
    for key in ("specialite", "specialite_long", "type_titre", "type_structure", "version_orebut"):
        assert back[key] == original[key]
    assert set(back["competences"]) == set(original["competences"])
    for title, comp in original["competences"].items():
        mine = back["competences"][title]
        assert mine["niveaux"].keys() == comp["niveaux"].keys()
        for annee, niveau in comp["niveaux"].items():
            assert mine["niveaux"][annee]["app_critiques"] == niveau["app_critiques"]
        assert [s["libelle"] for s in mine["situations"]] == [s["libelle"] for s in comp["situations"]]
    for code, p in original["parcours"].items():
        for annee, year in p["annees"].items():
            assert {t: c["niveau"] for t, c in back["parcours"][code]["annees"][annee]["competences"].items()} == {
                t: c["niveau"] for t, c in year["competences"].items()
            }


@pytest.mark.slow
def test_the_cli_refuses_a_bad_file_and_writes_nothing(tmp_path, cli_env):
    import sqlite3

    run(cli_env, "db", "upgrade")
    run(cli_env, "demo-data", "--students", "3", "--load")
    bad = referentiel_example()
    bad["competences"]["Connecter"]["titre"] = "Administrer"
    path = tmp_path / "ref.json"
    path.write_text(json.dumps(bad))
    refused = run(cli_env, "import-referentiel", str(path), "--dept", "RT", check=False)
    assert refused.returncode == 1 and "competences.Connecter.titre: compétence en double" in refused.stderr
    db_file = cli_env["DATABASE_URL"].split("///", 1)[1]
    count = "SELECT count(*) FROM apc_referentiel_competences"
    before = sqlite3.connect(db_file).execute(count).fetchone()[0]  # the demo's own BUT department has one
    path.write_text(json.dumps(referentiel_example()))
    assert "référentiel imported" in run(cli_env, "import-referentiel", str(path), "--dept", "RT").stdout
    assert sqlite3.connect(db_file).execute(count).fetchone()[0] == before + 1


async def test_nothing_is_left_by_a_refused_referentiel(db):
    assert await _count(db, ApcReferentielCompetences) == 0
