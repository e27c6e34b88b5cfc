"""Mark texts, rank strings and ECTS texts (vectors/derived_formatting.json) and display helpers."""

import json

import pytest

from scodoc_api.domain.formatting import ects_json, ects_xml, fmt_note, rank_strings
from scodoc_api.domain.identity import format_prenom, nom_disp, nomprenom
from scodoc_api.domain.semester import session_id, titre_annee
from tests.vectors.adapter import VECTORS

CASES = {c["id"]: c["items"] for c in json.loads((VECTORS / "derived_formatting.json").read_text())["cases"]}
CODES = {"ABS": None, "EXC": -1000.0, "ATT": -1002.0}


@pytest.mark.parametrize("item", CASES["fmt-01-marks"], ids=lambda i: f"{i['value']}/{i.get('note_max')}")
def test_marks(item):
    value = CODES.get(item["value"], item["value"]) if isinstance(item["value"], str) else item["value"]
    assert fmt_note(value, item.get("note_max")) == item["text"]


@pytest.mark.parametrize("item", CASES["fmt-02-ranks"], ids=lambda i: str(i["sorted_values"]))
def test_ranks(item):
    assert rank_strings(item["sorted_values"]) == item["ranks"]


@pytest.mark.parametrize("item", CASES["fmt-03-ects"], ids=lambda i: str(i["ects"]))
def test_ects(item):
    assert (ects_json(item["ects"]), ects_xml(item["ects"])) == (item["json"], item["xml"])


def test_names():
    assert format_prenom("JEAN-PIERRE") == "Jean-Pierre" and format_prenom("marie claire") == "Marie Claire"
    assert nom_disp("MARTIN", "DUPONT") == "DUPONT (MARTIN)"
    assert nomprenom("X", "alvaro", "mutis", None) == "Alvaro MUTIS"
    assert nomprenom("F", "léa", "roux", None) == "Mme Léa ROUX"


@pytest.mark.parametrize(
    "args, expected",
    [
        (
            dict(
                dept_name="INFO",
                type_parcours=100,
                modalite="FI",
                semestre_id=1,
                date_debut=__import__("datetime").date(2014, 9, 1),
                code_specialite=None,
            ),
            "INFO-DUT-FI-S1-2014",
        ),
        (
            dict(
                dept_name="RT",
                type_parcours=100,
                modalite="FAP",
                semestre_id=2,
                date_debut=__import__("datetime").date(2020, 9, 1),
                code_specialite=None,
            ),
            "RT-DUT-FA-S2D-2020",
        ),
        (
            dict(
                dept_name="GEII",
                type_parcours=700,
                modalite="FI",
                semestre_id=3,
                date_debut=__import__("datetime").date(2022, 9, 1),
                code_specialite=None,
            ),
            "GEII-BUT-FI-S3-2022",
        ),
        (
            dict(
                dept_name="RT",
                type_parcours=200,
                modalite="FC",
                semestre_id=-1,
                date_debut=__import__("datetime").date(2021, 9, 1),
                code_specialite="EON",
            ),
            "RT-LP-FC-EON-2021",
        ),
        (
            dict(
                dept_name="Génie élec",
                type_parcours=100,
                modalite="FI",
                semestre_id=2,
                date_debut=__import__("datetime").date(2015, 3, 1),
                code_specialite=None,
            ),
            "GENIEELEC-DUT-FI-S2-2014",
        ),
    ],
)
def test_session_id(args, expected):
    assert session_id(**args) == expected


def test_titre_annee():
    from datetime import date

    assert (
        titre_annee("DUT Info semestre 3", "FI", date(2021, 9, 1), date(2022, 1, 31))
        == "DUT Info semestre 3 FI 2021-2022"
    )
    assert titre_annee("X", "FI", date(2021, 9, 1), date(2021, 12, 31), legacy=True) == "X FI  2021"
