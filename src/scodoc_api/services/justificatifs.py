"""Justificatifs (modern-api.md §5.8): list, create, edit, delete. A valid justificatif justifies the
assiduités inside its period: every write recomputes their ``est_just``."""

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import BadRequest, NotFound
from scodoc_api.core.ids import parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.domain import attendance as dom
from scodoc_api.models import Identite, Justificatif, JustificatifFile
from scodoc_api.repositories import attendance as repo
from scodoc_api.repositories.locks import lock_students
from scodoc_api.services import assiduites as assi
from scodoc_api.services import attendance as att
from scodoc_api.services import justificatif_files as files


async def _listing(db: AsyncSession, filters: repo.Filters, zone: ZoneInfo, *, with_nip: bool = False) -> list[dict]:
    rows = await repo.list_rows(db, Justificatif, filters, with_nip=with_nip)
    names = await files.names_by_justif(db, [r[0].id for r in rows])
    out = []
    for r in rows:
        item = att.justificatif_dict(r[0], zone, (r[1], r[2], r[3]), fichier=names.get(r[0].id))
        if with_nip:
            item["code_nip"] = r[4]
        out.append(item)
    return out


async def list_for_student(db: AsyncSession, access: Access, kind: str, value: str, params: dict, tz: str) -> list:
    etud = await att.student(db, access, kind, value)
    zone = ZoneInfo(tz)
    q, _ = await assi.parse_query(db, access, params, zone, dom.JustifEtat)
    q.filters.etudids = [etud.id]
    return await _listing(db, q.filters, zone)


async def list_for_semester(db: AsyncSession, access: Access, formsemestre_id: int, params: dict, tz: str) -> list:
    zone = ZoneInfo(tz)
    sem = await assi.get_sem(db, access, formsemestre_id)
    q, _ = await assi.parse_query(db, access, {**params, "formsemestre_id": str(sem.id)}, zone, dom.JustifEtat)
    q.filters.etudids = repo.registered(sem.id)
    return await _listing(db, q.filters, zone, with_nip=True)


async def get_one(db: AsyncSession, access: Access, justif_id: int, tz: str) -> dict:
    j = await att.checked_justificatif(db, access, justif_id)
    row = await repo.get_row(db, Justificatif, j.id)
    names = await files.names_by_justif(db, [j.id])
    return att.justificatif_dict(j, ZoneInfo(tz), (row[1], row[2], row[3]), fichier=names.get(j.id))


async def justified(db: AsyncSession, access: Access, justif_id: int) -> list[int]:
    """``justificatif/<id>/justifies``: the assiduités inside its period."""
    return await repo.justified_by(db, await att.checked_justificatif(db, access, justif_id))


async def create_for_student(db: AsyncSession, access: Access, kind: str, value: str, body: Any, tz: str) -> dict:
    items = att.body_list(body)
    etud = await att.student(db, access, kind, value, Permission.ScoAbsChange)
    times = await att.day_times(db, etud.dept_id, tz)
    await lock_students(db, [etud.id])

    async def one(_: int, item: Any) -> dict:
        values = _values(att.body_object(item), times, creating=True)
        _check_period(values["date_debut"], values["date_fin"])
        new_id = await repo.add(db, Justificatif, {**values, "etudid": etud.id, "user_id": access.principal.user_id})
        await att.changed(db, etud.id, values["date_debut"], values["date_fin"], times)
        await att.audit(
            db, access, "AddJustificatif", etud.id, f"justificatif {new_id} {dom.JustifEtat(values['etat']).name}"
        )
        return {"justif_id": new_id}

    return (await att.each_item(db, items, one)).as_dict()


def _values(item: dict, times: dom.DayTimes, *, creating: bool) -> dict:
    values: dict[str, Any] = {}
    if creating or "etat" in item:
        etat = dom.parse_etat(item.get("etat"), dom.JustifEtat)
        if etat is None:
            raise BadRequest(f"etat: valide, non_valide, attente ou modifie attendu, reçu '{item.get('etat')}'")
        values["etat"] = int(etat)
    for name in ("date_debut", "date_fin"):
        if creating or name in item:
            values[name] = att.parse_moment(item.get(name), name, times.zone)
    if "raison" in item:
        values["raison"] = assi._text(item["raison"], "raison")
    if "external_data" in item:
        if item["external_data"] is not None and not isinstance(item["external_data"], dict):
            raise BadRequest("external_data: objet JSON attendu")
        values["external_data"] = item["external_data"]
    return values


def _check_period(start: datetime, end: datetime) -> None:
    if end <= start:
        raise BadRequest("date_fin: doit suivre date_debut")


async def edit(db: AsyncSession, access: Access, justif_id: int, body: Any, tz: str) -> dict:
    """``justificatif/<id>/edit``: any of ``etat``, ``raison``, ``date_debut``, ``date_fin``,
    ``external_data``; answers which assiduités it justified before and after."""
    item = att.body_object(body)
    j = await att.checked_justificatif(db, access, justif_id, Permission.ScoAbsChange)
    etud = await db.get(Identite, j.etudid)
    times = await att.day_times(db, etud.dept_id, tz)
    values = _values(item, times, creating=False)
    if not values:
        raise BadRequest("aucun champ à modifier (etat, raison, date_debut, date_fin, external_data)")
    start, end = values.get("date_debut", j.date_debut), values.get("date_fin", j.date_fin)
    _check_period(start, end)
    before = await repo.justified_by(db, j) if j.etat == dom.JustifEtat.VALIDE else []
    old_start, old_end = j.date_debut, j.date_fin
    await repo.change(db, Justificatif, j.id, values)
    await att.changed(db, etud.id, min(old_start, start), max(old_end, end), times)
    await db.refresh(j)
    after = await repo.justified_by(db, j) if j.etat == dom.JustifEtat.VALIDE else []
    await att.audit(db, access, "EditJustificatif", etud.id, f"justificatif {j.id}: {sorted(values)}")
    return {"OK": True, "couverture": {"avant": before, "apres": after}}


async def delete(db: AsyncSession, access: Access, body: Any, tz: str, storage: files.Storage) -> dict:
    """``justificatif/delete``: an array of ids; the files go with their justificatif."""
    doomed: list[str] = []

    async def one(_: int, raw: Any) -> str:
        jid = parse_id(raw)
        j = await repo.get(db, Justificatif, jid) if jid is not None else None
        if j is None:
            raise NotFound("Justificatif non existant")
        etud = await db.get(Identite, j.etudid)
        access.visible(etud, lambda e: e.dept_id, Permission.ScoAbsChange, what="Justificatif non existant")
        times = await att.day_times(db, etud.dept_id, tz)
        attached = await repo.files_of(db, [j.id])
        await repo.remove(db, JustificatifFile, [f.id for f in attached])
        await repo.remove(db, Justificatif, [j.id])
        await att.changed(db, etud.id, j.date_debut, j.date_fin, times)
        await att.audit(db, access, "DeleteJustificatif", etud.id, f"justificatif {j.id}")
        doomed.extend(f.stored_name for f in attached)
        return "OK"

    batch = await att.each_item(db, att.body_list(body), one)
    await db.flush()
    files.discard(doomed, storage)
    return batch.as_dict()
