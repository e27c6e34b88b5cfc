"""Justificatifs (modern-api.md §5.8): list, create, edit, delete. A valid justificatif justifies the
assiduités inside its period: every write recomputes their ``est_just``."""

from typing import Any
from zoneinfo import ZoneInfo

from scodoc_api.core.errors import BadRequest
from scodoc_api.core.ids import parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import attendance as dom
from scodoc_api.models import Identite, Justificatif, JustificatifFile
from scodoc_api.repositories import attendance as repo
from scodoc_api.repositories.locks import lock_students
from scodoc_api.services import assiduites as assi
from scodoc_api.services import attendance as att
from scodoc_api.services import justificatif_files as files


async def listing(db: AsyncSession, filters: repo.Filters, zone: ZoneInfo, *, with_nip: bool = False) -> list[dict]:
    rows = await repo.list_rows(db, Justificatif, filters, with_nip=with_nip)
    names = await files.names_by_justif(db, [r[0].id for r in rows])
    out = []
    for r in rows:
        item = att.justificatif_row_dict(r, zone, names)
        if with_nip:
            item["code_nip"] = r[4]
        out.append(item)
    return out


async def list_for_student(db: AsyncSession, access: Access, kind: str, value: str, params: dict, tz: str) -> list:
    etud = await att.student(db, access, kind, value)
    zone = ZoneInfo(tz)
    q = await assi.parse_query(db, access, params, zone, dom.JustifEtat)
    q.filters.etudids = [etud.id]
    return await listing(db, q.filters, zone)


async def list_for_semester(db: AsyncSession, access: Access, formsemestre_id: int, params: dict, tz: str) -> list:
    zone = ZoneInfo(tz)
    sem = await assi.get_sem(db, access, formsemestre_id)
    q = await assi.semester_query(db, access, sem, params, zone, dom.JustifEtat)
    return await listing(db, q.filters, zone, with_nip=True)


async def get_one(db: AsyncSession, access: Access, justif_id: int, tz: str) -> dict:
    row = await repo.get_row(db, Justificatif, justif_id)
    await att.owner(db, access, row[0] if row else None, what="justificatif")
    return att.justificatif_row_dict(row, ZoneInfo(tz), await files.names_by_justif(db, [justif_id]))


async def justified(db: AsyncSession, access: Access, justif_id: int) -> list[int]:
    """``justificatif/<id>/justifies``: the assiduités inside its period."""
    return await repo.justified_by(db, await att.checked_justificatif(db, access, justif_id))


async def create_for_student(db: AsyncSession, access: Access, kind: str, value: str, body: Any, tz: str) -> dict:
    items = att.body_list(body)
    etud = await att.student(db, access, kind, value, Permission.ScoAbsChange)
    times = await att.day_times(db, etud.dept_id, tz)
    await lock_students(db, [etud.id])

    async def one(_: int, item: Any) -> dict:
        return await _add(db, access, etud, att.body_object(item), times)

    return (await att.each_item(db, items, one)).as_dict()


async def _add(db: AsyncSession, access: Access, etud: Identite, item: dict, times: dom.DayTimes) -> dict:
    values = _values(item, times, creating=True)
    att.check_period(values["date_debut"], values["date_fin"])
    new_id = await repo.add(db, Justificatif, {**values, "etudid": etud.id, "user_id": access.principal.user_id})
    await att.changed(db, etud.id, values["date_debut"], values["date_fin"], times)
    await att.audit(
        db, access, "AddJustificatif", etud.id, f"justificatif {new_id} {dom.JustifEtat(values['etat']).name}"
    )
    return {"justif_id": new_id}


async def file_for(db: AsyncSession, access: Access, etud: Identite, item: dict, tz: str) -> dict:
    """One justificatif for a student whose access the caller has checked (the portal's submission)."""
    times = await att.day_times(db, etud.dept_id, tz)
    await lock_students(db, [etud.id])
    added = await _add(db, access, etud, item, times)
    return att.justificatif_row_dict(await repo.get_row(db, Justificatif, added["justif_id"]), times.zone, {})


def _values(item: dict, times: dom.DayTimes, *, creating: bool) -> dict:
    values: dict[str, Any] = {}
    if creating or "etat" in item:
        values["etat"] = att.etat_field(item, dom.JustifEtat, "valide, non_valide, attente ou modifie")
    for name in ("date_debut", "date_fin"):
        if creating or name in item:
            values[name] = att.parse_moment(item.get(name), name, times.zone)
    if "raison" in item:
        values["raison"] = att.text_field(item["raison"], "raison")
    if "external_data" in item:
        values["external_data"] = att.external_data_field(item["external_data"])
    return values


async def edit(db: AsyncSession, access: Access, justif_id: int, body: Any, tz: str) -> dict:
    """``justificatif/<id>/edit``: any of ``etat``, ``raison``, ``date_debut``, ``date_fin``,
    ``external_data``; answers which assiduités it justified before and after."""
    item = att.body_object(body)
    j = await repo.get(db, Justificatif, justif_id)
    etud = await att.owner(db, access, j, Permission.ScoAbsChange, what="justificatif")
    times = await att.day_times(db, etud.dept_id, tz)
    values = _values(item, times, creating=False)
    if not values:
        raise BadRequest("aucun champ à modifier (etat, raison, date_debut, date_fin, external_data)")
    start, end = values.get("date_debut", j.date_debut), values.get("date_fin", j.date_fin)
    att.check_period(start, end)
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
        etud = await att.batch_owner(db, access, j, "Justificatif non existant")
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
