"""The ScoDoc 7 routes: the official example client's flow, the PHP portal's calls, XML checked element by
element against legacy.md's examples."""

import re
from datetime import date

import pytest
from lxml import etree
from sqlalchemy import select

from scodoc_api.models import Identite
from tests.api.world import world_ids
from tests.attendance import add_halfday_rows, row
from tests.conftest import basic

BASE = "/ScoDoc/RT/Scolarite"
CREDS = {"__ac_name": "chef", "__ac_password": "chef"}


def xml(resp):
    assert resp.headers["content-type"].startswith("text/xml"), resp.headers["content-type"]
    assert resp.content.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    return etree.fromstring(resp.content)


async def test_example_client_flow(client, db):
    """tests/api/exemple-api-scodoc7.py (legacy.md §7.1): per-request credentials, no cookie."""
    sems = await client.get(f"{BASE}/Notes/formsemestre_list", params={"format": "json", **CREDS})
    assert sems.status_code == 200
    assert sems.headers["deprecation"] == "true" and "successor-version" in sems.headers["link"]
    sem = next(s for s in sems.json() if s["etat"] and s["etapes"] == ["V1RT"])  # the open semester with students
    assert sem["titreannee"].count("  ") == 1 and sem["anneescolaire"] == "2026 - 2027"
    etuds = (
        await client.get(
            f"{BASE}/groups_view",
            params={"formsemestre_id": sem["formsemestre_id"], "with_codes": 1, "format": "json", **CREDS},
        )
    ).json()
    etudid = etuds[0]["etudid"]
    no_codes = (
        await client.get(
            f"{BASE}/groups_view", params={"formsemestre_id": sem["formsemestre_id"], "format": "json", **CREDS}
        )
    ).json()
    assert "etudid" not in no_codes[0]
    form = {"begin": "2026-10-25", "end": "2026-10-26", "description": "test API scodoc7", "etudid": etudid}
    resp = await client.post(f"{BASE}/Absences/AddBilletAbsence", data={**form, **CREDS})
    assert resp.status_code == 200 and b"billet_id" in resp.content
    root = xml(resp)
    assert root.tag == "table" and root.find("row/billet_id").get("value").isdigit()
    assert root.find("row/etat_str").get("value") == "à traiter"
    assert (
        await client.post(
            f"{BASE}/Absences/AddBilletAbsence", data={**form, "__ac_name": "xxx", "__ac_password": "chef"}
        )
    ).status_code == 403
    resp = await client.post(
        f"{BASE}/Absences/AddBilletAbsence", data={**form, **CREDS, "xml_reply": "0", "description": "other"}
    )
    assert resp.status_code == 200 and isinstance(resp.json()[0]["billet_id"], int)
    # read the student, a bulletin, absences and the billets, as the example and the portals do
    info = xml(await client.get(f"{BASE}/etud_info", params={"etudid": etudid, **CREDS}))
    assert info.tag == "etudiant" and info.get("etudid") == str(etudid)
    bul = xml(
        await client.get(
            f"{BASE}/Notes/formsemestre_bulletinetud",
            params={"formsemestre_id": sem["formsemestre_id"], "etudid": etudid, "format": "xml", **CREDS},
        )
    )
    assert bul.tag == "bulletinetud" and bul.find("note").get("value")
    absences = xml(
        await client.get(
            f"{BASE}/Absences/XMLgetAbsEtud",
            params={"etudid": etudid, "beg_date": "2026-09-01", "end_date": "2027-01-31", **CREDS},
        )
    )
    assert absences.tag == "absences"
    billets = xml(await client.get(f"{BASE}/Absences/XMLgetBilletsEtud", params={"etudid": etudid, **CREDS}))
    assert "test API scodoc7" in [r.find("description").get("value") for r in billets]


async def test_php_portal_posts_with_code_nip(client, db):
    """misc/PublicationBulletins: urlencoded POSTs carrying the credentials and the NIP."""
    w = await world_ids(db)
    data = {**CREDS, "code_nip": "00000001"}
    info = xml(await client.post(f"{BASE}/Notes/XMLgetEtudInfos", data=data))
    cur = info.find("insemestre")
    assert cur.get("current") == "1" and cur.get("formsemestre_id") == str(w["formsemestre_id"])
    assert cur.get("groupes") and cur.get("etat") == "I"
    sems = xml(
        await client.post(f"{BASE}/Notes/XMLgetFormsemestres", data={**CREDS, "formsemestre_id": w["formsemestre_id"]})
    )
    assert sems.tag == "formsemestrelist" and sems[0].get("titre_num").endswith("semestre 1")
    # ScoDoc 9.0's Python forms (issue 19): booleans True/False, lists as Python prints them
    assert sems[0].get("etat") == "True" and sems[0].get("etapes") == "[ApoEtapeVDI('V1RT')]"
    assert re.fullmatch(r"\[(\d+(, \d+)*)?\]", sems[0].get("responsables"))
    assert sems[0].get("bul_hide_xml") == "False"
    bul = xml(
        await client.post(
            f"{BASE}/Notes/formsemestre_bulletinetud",
            data={**data, "formsemestre_id": w["formsemestre_id"], "format": "xml", "version": "selectedevals"},
        )
    )
    assert bul.find("etudiant").get("code_nip") == "00000001"
    resp = await client.post(
        f"{BASE}/Absences/AddBilletAbsence",
        data={
            **data,
            "begin": "2026-11-02 14:00:00",
            "end": "2026-11-03 10:00:00",
            "justified": "0",
            "format": "xml",
            "description": "rdv",
        },
    )
    row = xml(resp).find("row")
    assert row.find("abs_begin_str").get("value") == "02/11/2026 après-midi"
    assert row.find("abs_end_str").get("value") == "03/11/2026 matin"
    assert row.find("etat_str").get("value") == "à justifier"


async def test_authentication_rules(client, db):
    w = await world_ids(db)
    url = f"{BASE}/etud_info"
    assert (await client.get(url, params={"etudid": w["etudid"]})).status_code == 403  # anonymous GET
    resp = await client.post(url, data={"etudid": w["etudid"]})
    assert resp.status_code == 302 and resp.headers["location"].startswith("/auth/login")
    # POST credentials are read from the body only
    resp = await client.post(url, params=CREDS, data={"etudid": w["etudid"]})
    assert resp.status_code == 302
    assert (await client.get(url, params={"etudid": w["etudid"]}, headers=basic("chef"))).status_code == 200
    assert (await client.post(url, data={"etudid": w["etudid"]}, headers=basic("chef"))).status_code == 200
    assert (
        await client.get(url, params={"etudid": w["etudid"], "__ac_name": "obs", "__ac_password": "obs-pass"})
    ).status_code == 403  # no ScoView
    assert (
        await client.get(url, params={"etudid": w["etudid"], "__ac_name": "chef", "__ac_password": "wrong"})
    ).status_code == 403
    assert (await client.get("/ScoDoc/NOPE/Scolarite/etud_info", params={"etudid": 1, **CREDS})).status_code == 404
    assert (
        await client.get("/ScoDoc/GEII/Scolarite/etud_info", params={"etudid": w["etudid"], **CREDS})
    ).status_code == 403  # chef is RT only
    assert (await client.put(url)).status_code == 405


async def _store_photo(db, etudid: int) -> None:
    import io

    from PIL import Image

    from scodoc_api.services.photos import set_photo

    buf = io.BytesIO()
    Image.new("RGB", (30, 40), (90, 90, 200)).save(buf, format="JPEG")
    await set_photo(db, etudid, buf.getvalue())
    await db.commit()


async def test_etud_info_exact_shape(client, db):
    w = await world_ids(db)
    info = xml(await client.get(f"{BASE}/etud_info", params={"etudid": w["etudid"], **CREDS}))
    assert list(info.attrib)[:8] == [
        "etudid",
        "code_nip",
        "code_ine",
        "nom",
        "nom_usuel",
        "prenom",
        "nomprenom",
        "email",
    ]
    # no photo stored: ScoDoc's generic image URL (legacy.md, etud_info); with one: the student's
    assert info.get("photo_url") == "/ScoDoc/RT/Scolarite/get_photo_image?etudid="
    assert info.get("civilite") == info.get("sexe") and info.get("civilite") in ("M.", "Mme", "")
    js = (await client.get(f"{BASE}/etud_info", params={"etudid": w["etudid"], "format": "json", **CREDS})).json()
    assert js["insemestre"][0]["current"] == "1" and js["code_nip"] == "00000001"
    nogrp = (await client.get(f"{BASE}/etud_info", params={"etudid": w["nogrp"], "format": "json", **CREDS})).json()
    assert nogrp["bac"] is None and nogrp["email"] == "" and nogrp["insemestre"][0]["groupes"] == ""
    await _store_photo(db, w["etudid"])
    info = xml(await client.get(f"{BASE}/etud_info", params={"etudid": w["etudid"], **CREDS}))
    assert info.get("photo_url") == f"/ScoDoc/RT/Scolarite/get_photo_image?etudid={w['etudid']}&size=small"
    unknown = await client.get(f"{BASE}/etud_info", params={"etudid": 999999, "format": "json", **CREDS})
    assert unknown.status_code == 200
    assert unknown.json() == {
        "etudid": 999999,
        "nom": "?",
        "nom_usuel": "",
        "prenom": "?",
        "civilite": "?",
        "sexe": "?",
        "email": "?",
        "emailperso": "",
        "error": "code etudiant inconnu",
    }


async def test_formsemestre_list_xml_double_escaping_and_filters(client, db):
    w = await world_ids(db)
    root = xml(await client.get(f"{BASE}/Notes/formsemestre_list", params={"format": "xml", **CREDS}))
    assert root.tag == "formsemestre_list" and {e.tag for e in root} == {"formsemestre"}
    first = root[0]
    assert [c.tag for c in first] and first.find("etapes").get("code")
    only = (
        await client.get(f"{BASE}/Notes/formsemestre_list", params={"format": "json", "etape_apo": "V2RT", **CREDS})
    ).json()
    assert [s["id"] for s in only] == [w["empty_sem"]]
    bad = await client.get(f"{BASE}/Notes/formsemestre_list", params={"formsemestre_id": "abc", **CREDS})
    assert bad.status_code == 404


async def test_abs_etud_inclusive_bounds(client, db):
    w = await world_ids(db)
    e = w["nogrp"]
    await add_halfday_rows(
        db,
        [
            row(e, date(2026, 10, 5), True, estabs=True, description="malade"),
            row(e, date(2026, 10, 5), True, estjust=True),
            row(e, date(2026, 10, 6), False, estabs=True),
            row(e, date(2026, 10, 7), True, estjust=True),
        ],
    )
    await db.commit()
    root = xml(
        await client.get(
            f"{BASE}/Absences/XMLgetAbsEtud",
            params={"etudid": e, "beg_date": "2026-10-05", "end_date": "20261006", **CREDS},
        )
    )
    assert root.get("beg_date") == "2026-10-05" and root.get("end_date") == "20261006"
    assert [dict(a.attrib) for a in root] == [
        {"begin": "2026-10-05 08:00:00", "end": "2026-10-05 11:59:59", "description": "malade", "justified": "1"},
        {"begin": "2026-10-06 12:00:00", "end": "2026-10-06 17:59:59", "description": "", "justified": "0"},
    ]
    unknown = await client.get(
        f"{BASE}/Absences/XMLgetAbsEtud",
        params={"etudid": 999999, "beg_date": "2026-10-05", "end_date": "2026-10-06", **CREDS},
    )
    assert unknown.status_code == 400 and unknown.json()["message"] == "étudiant inconnu"


async def test_billets_disabled_gives_an_empty_body(client, db):
    from scodoc_api.models import Preference

    w = await world_ids(db)
    pref = (
        await db.execute(
            select(Preference).where(Preference.name == "handle_billets_abs", Preference.dept_id == w["rt"])
        )
    ).scalar_one()
    pref.value = "0"
    await db.commit()
    resp = await client.get(f"{BASE}/Absences/XMLgetBilletsEtud", params={"etudid": w["etudid"], **CREDS})
    assert resp.status_code == 200 and resp.content == b""


async def test_groups_view_xml_matches_the_spec_layout(client, db):
    w = await world_ids(db)
    root = xml(
        await client.get(
            f"{BASE}/groups_view", params={"group_ids": w["group_id"], "with_codes": 1, "format": "xml", **CREDS}
        )
    )
    assert root.tag == "group_list" and root.get("origin") == "" and root.get("caption").startswith("soit ")
    assert [c.tag for c in root[0]] == [
        "civilite_str",
        "nom_disp",
        "prenom",
        "etat",
        "email",
        "emailperso",
        "etape",
        "etudid",
        "code_nip",
        "code_ine",
    ]
    assert all(set(c.attrib) == {"value"} for c in root[0])
    # without with_codes, ScoDoc 9.0 sends no codes and no etudid (legacy.md §6.5); the API route keeps etudid
    plain = xml(await client.get(f"{BASE}/groups_view", params={"group_ids": w["group_id"], "format": "xml", **CREDS}))
    assert [c.tag for c in plain[0]] == ["civilite_str", "nom_disp", "prenom", "etat", "email", "emailperso"]


async def test_get_etud_dept_without_authentication(client, db):
    assert (await client.get("/ScoDoc/get_etud_dept", params={"code_nip": "09999999"})).text == "RT"
    assert (await client.get("/ScoDoc/get_etud_dept")).status_code == 400
    assert (await client.get("/ScoDoc/get_etud_dept", params={"code_nip": "nope"})).status_code == 404


@pytest.mark.parametrize("fmt", ["json", "xml"])
async def test_bulletin_same_as_api(client, db, auth, fmt):
    w = await world_ids(db)
    legacy = await client.get(
        f"{BASE}/Notes/formsemestre_bulletinetud",
        params={
            "formsemestre_id": w["formsemestre_id"],
            "etudid": w["etudid"],
            "format": fmt,
            "version": "short",
            **CREDS,
        },
    )
    api = await client.get(
        f"/ScoDoc/api/etud/{w['etudid']}/bul/{w['formsemestre_id']}?format={fmt}&version=short",
        headers=await auth("chef"),
    )
    strip = (
        (lambda b: b.split(b'date="')[0] + b.split(b'date="')[1].split(b'"', 1)[1])
        if fmt == "xml"
        else (lambda b: b.replace(b.split(b'"date": "')[1].split(b'"')[0], b""))
    )
    assert strip(legacy.content) == strip(api.content)
    assert (await db.execute(select(Identite.id).where(Identite.id == w["etudid"]))).scalar_one()


SPEC_XML = {
    'Example (XML):\n\n```xml\n<?xml version="1.0" encoding="utf-8"?>\n<etudiant': "etud_info.xml",
    "Example (XML, attributes abbreviated):": "formsemestre_list.xml",
    "### 6.3": "xmlgetformsemestres.xml",
    "Example (XML, default):": "groups_view.xml",
    "### 6.7": "billets.xml",
    "### 6.6": "absences.xml",
}


def _spec_xml(after: str) -> etree._Element:
    """The example of legacy.md that follows ``after`` (copied into tests/data/legacy_xml)."""
    from tests.paths import ROOT

    block = (ROOT / "tests" / "data" / "legacy_xml" / SPEC_XML[after]).read_text()
    return etree.fromstring(block.encode(), etree.XMLParser(remove_blank_text=True))


def _shape(el) -> tuple:
    """Element names, attribute names in order, and children, recursively (values differ with the data)."""
    return (el.tag, tuple(el.attrib), tuple(_shape(c) for c in el))


async def test_etud_info_xml_has_the_spec_example_layout(client, db):
    w = await world_ids(db)
    from scodoc_api.models import Admission

    db.add(Admission(etudid=w["etudid"], bac="S", annee_bac=2019))
    await db.commit()
    got = xml(await client.get(f"{BASE}/etud_info", params={"etudid": w["etudid"], **CREDS}))
    spec = _spec_xml('Example (XML):\n\n```xml\n<?xml version="1.0" encoding="utf-8"?>\n<etudiant')
    assert _shape(got)[:2] == _shape(spec)[:2]  # root element and its attributes, in order
    assert [c.tag for c in got] == ["insemestre"] and tuple(got[0].attrib) == tuple(spec[0].attrib)


async def test_formsemestre_list_and_xmlgetformsemestres_attributes(client, db):
    w = await world_ids(db)
    got = xml(
        await client.get(
            f"{BASE}/Notes/formsemestre_list",
            params={"format": "xml", **CREDS, "formsemestre_id": w["formsemestre_id"]},
        )
    )
    spec = _spec_xml("Example (XML, attributes abbreviated):")
    assert got.tag == spec.tag and got[0].tag == spec[0].tag
    assert set(spec[0].attrib) <= set(got[0].attrib)  # the spec's example is abbreviated
    assert [c.tag for c in got[0]] == [c.tag for c in spec[0]]
    got6 = xml(
        await client.get(f"{BASE}/Notes/XMLgetFormsemestres", params={"formsemestre_id": w["formsemestre_id"], **CREDS})
    )
    spec6 = _spec_xml("### 6.3")
    assert got6.tag == spec6.tag and set(spec6[0].attrib) <= set(got6[0].attrib) and len(got6[0]) == 0


async def test_billet_and_absence_xml_match_the_spec_examples(client, db):
    w = await world_ids(db)
    resp = await client.post(
        f"{BASE}/Absences/AddBilletAbsence",
        data={
            **CREDS,
            "etudid": w["etudid"],
            "begin": "2026-10-25",
            "end": "2026-10-26",
            "description": "test API scodoc7",
        },
    )
    got, spec = xml(resp), _spec_xml("Example (XML, default):")
    assert _shape(got) == _shape(spec)
    assert [c.get("value") for c in got[0]][1:] == [c.get("value") for c in spec[0]][1:] or got[0].find(
        "abs_begin_str"
    ).get("value").endswith("matin")
    listing = xml(await client.get(f"{BASE}/Absences/XMLgetBilletsEtud", params={"etudid": w["etudid"], **CREDS}))
    assert _shape(listing)[0:2] == _shape(_spec_xml("### 6.7"))[0:2]
    absences = xml(
        await client.get(
            f"{BASE}/Absences/XMLgetAbsEtud",
            params={"etudid": w["etudid"], "beg_date": "2026-09-01", "end_date": "2027-01-31", **CREDS},
        )
    )
    spec_abs = _spec_xml("### 6.6")
    assert absences.tag == spec_abs.tag and tuple(absences.attrib) == tuple(spec_abs.attrib)
    assert all(tuple(a.attrib) == tuple(spec_abs[0].attrib) for a in absences)


async def test_xmlgetabsetud_keeps_the_later_rows_description(client, db):
    """A half-day holding an absence and a justification, each described: ScoDoc 9.0 keeps the later row's."""
    w = await world_ids(db)
    day = date(2026, 10, 20)
    await add_halfday_rows(db, [row(w["etudid"], day, True, estabs=True, description="absent")])
    await db.flush()
    await add_halfday_rows(db, [row(w["etudid"], day, True, estjust=True, description="certificat")])
    await db.commit()
    got = xml(
        await client.get(
            f"{BASE}/Absences/XMLgetAbsEtud",
            params={"etudid": w["etudid"], "beg_date": "2026-10-20", "end_date": "2026-10-20", **CREDS},
        )
    )
    assert [(a.get("description"), a.get("justified")) for a in got] == [("certificat", "1")]


async def test_semesters_starting_the_same_day_keep_creation_order(client, db):
    """formsemestre_list: most recent first; for the same start and index, by id (ScoDoc 9.0's stable sort)."""
    from scodoc_api.services.dataset import load_dataset

    w = await world_ids(db)
    formation = {
        "ref": "FSAME",
        "dept": "RT",
        "acronyme": "SAME",
        "titre": "Same day",
        "ue": [
            {"ref": "USAME", "acronyme": "U", "matiere": [{"titre": "m", "module": [{"ref": "MSAME", "code": "X"}]}]}
        ],
    }
    sems = [
        {"ref": f"SAME{k}", "formation": "FSAME", "date_debut": "2030-09-01", "date_fin": "2031-01-31"}
        for k in range(3)
    ]
    await load_dataset(db, {"formations": [formation], "formsemestres": sems})
    await db.commit()
    listed = (await client.get(f"{BASE}/Notes/formsemestre_list", params={"format": "json", **CREDS})).json()
    same = [s["formsemestre_id"] for s in listed if s["date_debut"] == "01/09/2030"]
    assert len(same) == 3 and same == sorted(same) and listed[0]["formsemestre_id"] == same[0]
    assert w["formsemestre_id"] not in same


async def test_a_repeated_single_parameter_is_a_400_not_a_500(client, db):
    """Found by fuzzing: ``formsemestre_id=null&formsemestre_id=null`` reached int() as a list."""
    w = await world_ids(db)
    creds = "&__ac_name=chef&__ac_password=chef"
    query = f"formsemestre_id={w['formsemestre_id']}&formsemestre_id=null&etudid={w['etudid']}&format=json{creds}"
    got = await client.get(f"{BASE}/Notes/formsemestre_bulletinetud?{query}")
    assert got.status_code == 400 and "formsemestre_id" in got.json()["message"]
    groups = await client.get(f"{BASE}/groups_view?group_ids=2&group_ids=3&format=json{creds}")
    assert groups.status_code == 200  # group_ids may be repeated


async def test_ids_beyond_the_int4_range_name_nothing(client, db):
    """Found by fuzzing on PostgreSQL: 2147483648 reached the database (a 500)."""
    w = await world_ids(db)
    creds = "&__ac_name=chef&__ac_password=chef"
    query = f"formsemestre_id=2147483648&etudid={w['etudid']}&format=json{creds}"
    assert (await client.get(f"{BASE}/Notes/formsemestre_bulletinetud?{query}")).status_code == 404
    assert (await client.get(f"{BASE}/groups_view?group_ids=2147483648&format=json{creds}")).status_code == 404
    assert (await client.get(f"{BASE}/groups_view?group_ids=abc&format=json{creds}")).status_code == 400
