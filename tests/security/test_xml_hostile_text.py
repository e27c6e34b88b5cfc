"""Finding 3: characters XML cannot carry are refused at input (400), and every XML answer stays
well-formed whatever is stored."""

from datetime import UTC, datetime

import pytest
from lxml import etree
from sqlalchemy import select, update

from scodoc_api.models import (
    Assiduite,
    BilletAbsence,
    Evaluation,
    GroupDescr,
    Identite,
    Justificatif,
    Note,
    UniteEns,
)
from tests.api.world import world_ids

HOSTILE = ["\x01", "\x0b", "\ufffe", "\x00"]
CREDS = {"__ac_name": "chef", "__ac_password": "chef"}


@pytest.mark.parametrize("char", HOSTILE)
async def test_writes_refuse_characters_xml_cannot_carry(app, client, db, auth, char):
    w = await world_ids(db)
    h = await auth("admin")
    text = f"bad{char}text"
    billet = await client.post(
        "/ScoDoc/api/absences/billet/add",
        headers=h,
        json={"etudid": w["etudid"], "begin": "2026-10-01", "end": "2026-10-02", "description": text},
    )
    note = await client.post(
        "/ScoDoc/api/eval_set_notes",
        headers=h,
        json={"eval_id": w["evaluation_id"], "etudid": w["etudid"], "note": 12, "comment": text},
    )
    group = await client.post(
        "/ScoDoc/api/set_groups",
        headers=h,
        data={"partition_id": w["partition_td"], "groups_to_create": f"{text};{w['etudid']};"},
    )
    legacy = await client.post(
        "/ScoDoc/RT/Scolarite/Absences/AddBilletAbsence",
        data={**CREDS, "etudid": w["etudid"], "begin": "2026-10-01", "end": "2026-10-02", "description": text},
    )
    query = await client.get("/ScoDoc/api/etud_dept/x", params={"code_nip": text}, headers=h)
    for resp in (billet, note, group, legacy, query):
        assert resp.status_code == 400, (resp.request.url, resp.text)
        assert "caractère interdit" in resp.json()["message"]
    assert not (await db.execute(select(BilletAbsence).where(BilletAbsence.description.like("bad%")))).first()
    assert not (await db.execute(select(GroupDescr).where(GroupDescr.group_name.like("bad%")))).first()


async def _store_hostile_text(db, w) -> None:
    text = "x\x01y\x0bz\ufffe"
    await db.execute(update(GroupDescr).where(GroupDescr.id == w["group_id"]).values(group_name=f"A{text}"))
    await db.execute(update(Identite).where(Identite.id == w["etudid"]).values(nom=f"NOM{text}", prenom=f"P{text}"))
    await db.execute(update(Note).where(Note.etudid == w["etudid"]).values(comment=text))
    await db.execute(update(Evaluation).where(Evaluation.moduleimpl_id == w["moduleimpl_id"]).values(description=text))
    await db.execute(update(UniteEns).values(titre=f"UE{text}"))
    await db.execute(update(Assiduite).where(Assiduite.etudid == w["etudid"]).values(description=text))
    await db.execute(update(Justificatif).where(Justificatif.etudid == w["etudid"]).values(raison=text))
    db.add(
        BilletAbsence(
            etudid=w["etudid"],
            description=text,
            abs_begin=datetime(2026, 10, 1, tzinfo=UTC),
            abs_end=datetime(2026, 10, 2, tzinfo=UTC),
        )
    )
    await db.commit()


async def test_every_xml_answer_is_well_formed_whatever_is_stored(app, client, db, auth):

    w = await world_ids(db)
    await _store_hostile_text(db, w)
    app.state.results_cache.data.clear()
    h = await auth("admin")
    e, s, api = w["etudid"], w["formsemestre_id"], "/ScoDoc/api"
    legacy = "/ScoDoc/RT/Scolarite"
    urls = [
        f"{api}/etud/{e}/bul/{s}?format=xml",
        f"{api}/formsemestre/{s}/bulletins?format=xml",
        f"{api}/etud/{e}?format=xml",
        f"{api}/groups?formsemestre_id={s}&format=xml",
        f"{api}/partition/{s}?format=xml",
        f"{api}/etud/{e}/sem/{s}/groups?format=xml",
        f"{api}/absences/{e}?format=xml",
        f"{api}/absences/billets/etud/{e}?format=xml",
        f"{api}/eval_notes/{w['evaluation_id']}?format=xml",
        f"{api}/evaluations/{w['moduleimpl_id']}?format=xml",
        f"{api}/formation_export/{w['formation_id']}?format=xml",
        f"{api}/formsemestre/{s}?format=xml",
        f"{legacy}/etud_info?etudid={e}&format=xml",
        f"{legacy}/Absences/XMLgetBilletsEtud?etudid={e}",
        f"{legacy}/Absences/XMLgetAbsEtud?etudid={e}&beg_date=2026-09-01&end_date=2027-06-30",
        f"{legacy}/Notes/formsemestre_bulletinetud?etudid={e}&formsemestre_id={s}&format=xml",
        f"{legacy}/groups_view?formsemestre_id={s}&format=xml&with_codes=1",
        f"{legacy}/Notes/formsemestre_list?format=xml",
        f"{legacy}/Notes/XMLgetFormsemestres",
    ]
    for url in urls:
        if url.startswith(legacy):
            url += ("&" if "?" in url else "?") + "__ac_name=chef&__ac_password=chef"
        resp = await client.get(url, headers=h)
        assert resp.status_code == 200, (url, resp.status_code, resp.text[:300])
        etree.fromstring(resp.content)  # raises on malformed XML
