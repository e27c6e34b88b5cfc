"""The portal's marks and bulletins are the REST bulletin's figures, for a classic and a BUT semester."""

from sqlalchemy import update

from scodoc_api.domain.marks import number
from scodoc_api.models import Evaluation, FormSemestre
from scodoc_api.services.users import add_user
from tests.portal.conftest import codes

MARKS = """query($s: Int) { marks(semester: $s) { formsemestreId published isBut rank rankOf
  general { text value min max mean }
  ues { id acronym rank average { text value min max mean } modules { id code coefficient average { text value } } }
  modules { id code kind average { text value min max mean }
            evaluations { id date coefficient note { text value min max mean } weights { ue weight } } } } }"""


def _rest_mark(d) -> dict:
    if not isinstance(d, dict):
        return {"text": d, "value": number(d)}
    return {
        "text": d["value"],
        "value": number(d["value"]),
        "min": number(d["min"]),
        "max": number(d["max"]),
        "mean": number(d["moy"]),
    }


def _sub(got: dict, want: dict) -> dict:
    return {k: got[k] for k in want}


async def _rest(client, admin_headers, etudid, sem, version="selectedevals"):
    resp = await client.get(
        f"/ScoDoc/api/etudiant/etudid/{etudid}/formsemestre/{sem}/bulletin/{version}", headers=admin_headers
    )
    assert resp.status_code == 200, resp.text
    return resp.json()


async def test_classic_marks_are_the_rest_bulletins(gql, client, accounts, world, admin_headers):
    sem = world["formsemestre_id"]
    rest = await _rest(client, admin_headers, accounts["me"], sem)
    answer = await gql(MARKS, accounts["me_headers"], {"s": sem})
    assert "errors" not in answer, answer
    m = answer["data"]["marks"]
    assert (m["published"], m["isBut"], m["rank"], m["rankOf"]) == (
        True,
        False,
        rest["rang"]["value"],
        rest["rang"]["ninscrits"],
    )
    assert m["general"] == _rest_mark(rest["note"])
    assert [u["acronym"] for u in m["ues"]] == [u["acronyme"] for u in rest["ue"]]
    modules = {mod["id"]: mod for mod in m["modules"]}
    n_evals = 0
    for ue, got in zip(rest["ue"], m["ues"], strict=True):
        assert got["average"] == _rest_mark(ue["note"])
        for mod in ue["module"]:
            mine = modules[mod["id"]]
            assert _sub(mine["average"], {"text": 0}) == {"text": mod["note"]["value"]}
            assert mine["average"]["value"] == number(mod["note"]["value"])
            assert mine["average"]["mean"] == number(mod["note"]["moy"])
            assert [(e["id"], e["note"]["text"]) for e in mine["evaluations"]] == [
                (e["evaluation_id"], e["note"]) for e in mod["evaluation"]
            ]
            n_evals += len(mod["evaluation"])
    assert n_evals > 0


async def test_but_marks_are_the_rest_bulletins(gql, client, but, db, token_for, admin_headers):
    sem, etudid = but["sems"][1], but["students"][1][0]
    user = await add_user(db, "etu-but", "portal-pass-2", etudid=etudid)
    await db.commit()
    headers = {"Authorization": f"Bearer {token_for(user.id)}"}
    rest = await _rest(client, admin_headers, etudid, sem)
    answer = await gql(MARKS, headers, {"s": sem})
    assert "errors" not in answer, answer
    m = answer["data"]["marks"]
    assert m["isBut"] is True
    assert m["general"] == _rest_mark(rest["semestre"]["notes"])
    assert (m["rank"], m["rankOf"]) == (rest["semestre"]["rang"]["value"], rest["semestre"]["rang"]["total"])
    for ue in m["ues"]:
        want = rest["ues"][ue["acronym"]]
        assert ue["average"] == _rest_mark({k: want["moyenne"][k] for k in ("value", "min", "max", "moy")})
        counted = {**want.get("ressources", {}), **want.get("saes", {}), **want.get("modules", {})}
        assert {mod["code"]: mod["average"]["text"] for mod in ue["modules"]} == {
            code: (c["moyenne"] if isinstance(c["moyenne"], str) else c["moyenne"]["value"])
            for code, c in counted.items()
        }
    resources = {**rest["ressources"], **rest["saes"]}
    assert {mod["code"] for mod in m["modules"]} == set(resources)
    for mod in m["modules"]:
        assert mod["average"] == _rest_mark(resources[mod["code"]]["moyenne"])
        assert [(e["id"], e["note"]) for e in mod["evaluations"]] == [
            (e["id"], _rest_mark(e["note"])) for e in resources[mod["code"]]["evaluations"]
        ]
    # and the bulletin field is the REST bulletin itself
    answer = await gql(f"{{ bulletin(semester: {sem}) }}", headers)
    got = answer["data"]["bulletin"]
    assert {k: v for k, v in got.items() if k != "date"} == {k: v for k, v in rest.items() if k != "date"}


async def test_classic_bulletin_field_is_the_rest_bulletin(gql, client, accounts, world, admin_headers):
    sem = world["formsemestre_id"]
    for version in ("selectedevals", "short"):
        rest = await _rest(client, admin_headers, accounts["me"], sem, version)
        got = (await gql(f'{{ bulletin(semester: {sem}, version: "{version}") }}', accounts["me_headers"]))["data"]
        assert {k: v for k, v in got["bulletin"].items() if k != "date"} == {
            k: v for k, v in rest.items() if k != "date"
        }


async def test_hidden_evaluations_and_unpublished_bulletins_stay_hidden(gql, accounts, world, db):
    sem = world["formsemestre_id"]
    query = f"{{ marks(semester: {sem}) {{ published general {{ text }} modules {{ evaluations {{ id }} }} }} }}"
    before = (await gql(query, accounts["me_headers"]))["data"]["marks"]
    shown = [e["id"] for mod in before["modules"] for e in mod["evaluations"]]
    await db.execute(update(Evaluation).where(Evaluation.id == shown[0]).values(visibulletin=False))
    await db.execute(
        update(FormSemestre).where(FormSemestre.id == sem).values(results_version=FormSemestre.results_version + 1)
    )
    await db.commit()
    after = (await gql(query, accounts["me_headers"]))["data"]["marks"]
    assert shown[0] not in [e["id"] for mod in after["modules"] for e in mod["evaluations"]]
    assert len([e for mod in after["modules"] for e in mod["evaluations"]]) == len(shown) - 1
    await db.execute(
        update(FormSemestre)
        .where(FormSemestre.id == sem)
        .values(bul_hide_xml=True, results_version=FormSemestre.results_version + 1)
    )
    await db.commit()
    hidden = await gql(query[:-1] + f" bulletin(semester: {sem}) }}", accounts["me_headers"])
    assert hidden["data"]["marks"] == {"published": False, "general": None, "modules": []}
    assert "ue" not in hidden["data"]["bulletin"] and hidden["data"]["bulletin"]["publie"] is False


async def test_marks_filter_evaluations_by_date(gql, accounts, world):
    sem = world["formsemestre_id"]
    q = (
        f"query($f: Date, $t: Date) {{ marks(semester: {sem}, from: $f, to: $t) "
        "{ modules { evaluations { date } } general { text } } }"
    )
    every = (await gql(q, accounts["me_headers"]))["data"]["marks"]
    days = sorted({e["date"] for mod in every["modules"] for e in mod["evaluations"]})
    assert len(days) > 1
    some = (await gql(q, accounts["me_headers"], {"f": days[1], "t": days[-1]}))["data"]["marks"]
    kept = [e["date"] for mod in some["modules"] for e in mod["evaluations"]]
    assert kept and all(days[1] <= d <= days[-1] for d in kept) and days[0] not in kept
    assert some["general"] == every["general"]  # the semester's mean, whatever the filter
    assert codes(await gql(q, accounts["me_headers"], {"f": "2026-13-45"})) == ["BAD_USER_INPUT"]
