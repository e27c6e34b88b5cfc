"""Assiduités (modern-api.md §5.7): list, count, create, edit, delete; for a student, a semester or a set of
students. The half-day routes (services/absences*.py) read and write the same records."""

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from scodoc_api.core.errors import ApiError, BadRequest, NotFound
from scodoc_api.core.ids import parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.core.values import as_bool
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import attendance as dom
from scodoc_api.models import Assiduite, Identite
from scodoc_api.repositories import attendance as repo
from scodoc_api.repositories.formsemestre import registered_subquery
from scodoc_api.repositories.locks import lock_students
from scodoc_api.services import attendance as att
from scodoc_api.services.etud import get_etud_checked
from scodoc_api.services.formsemestre import get_sem
from scodoc_api.services.justificatif_files import names_by_justif
from scodoc_api.services.moduleimpl import get_moduleimpl_checked


@dataclass
class Query:
    """A listing's or a count's parameters, read from the query string."""

    filters: repo.Filters = field(default_factory=repo.Filters)
    with_justifs: bool = False
    split: bool = False
    metrics: tuple[str, ...] = dom.METRICS


def _id(params: dict, name: str) -> int | None:
    raw = params.get(name)
    if raw is None or str(raw).strip() == "":  # blank: as if missing
        return None
    value = parse_id(raw)
    if value is None:
        raise BadRequest(f"{name}: entier attendu, reçu '{raw}'")
    return value


def _etats(raw: str, kind: type = dom.Etat) -> list[int]:
    etats = []
    for word in str(raw).split(","):
        etat = dom.parse_etat(word, kind)
        if etat is None:
            raise BadRequest(f"etat: inconnu '{word.strip()}'")
        etats.append(int(etat))
    return etats


def _metrics(raw: Any) -> tuple[str, ...]:
    words = [w.strip().lower() for part in (raw if isinstance(raw, list) else [raw]) for w in str(part).split(",")]
    unknown = [w for w in words if w not in dom.METRICS]
    if unknown or not words:
        raise BadRequest(f"metric: compte, demi, heure ou journee attendu, reçu '{','.join(unknown)}'")
    return tuple(dict.fromkeys(words))


async def parse_query(
    db: AsyncSession, access: Access, params: dict, zone: ZoneInfo, kind: type = dom.Etat, *, sem: Any = None
) -> Query:
    """The filters of §5.7 (``formsemestre_id``, ``moduleimpl_id``, ``etat``, ``date_debut``, ``date_fin``,
    ``est_just``, ``user_id``) and the options (``with_justifs``, ``split``, ``metric``). ``sem``: the semester
    of the route, whose days bound the records (else the one ``formsemestre_id`` names, if any). Unknown
    parameters are ignored, as ScoDoc does."""
    q, f = Query(), repo.Filters()
    if sem is None and (sem_id := _id(params, "formsemestre_id")) is not None:
        sem = await get_sem(db, access, sem_id)
    if sem is not None:
        f.start, f.end = dom.day_span(sem.date_debut, sem.date_fin, zone)
    if "moduleimpl_id" in params:
        f.with_moduleimpl, f.moduleimpl_id = True, _id(params, "moduleimpl_id")
    if params.get("etat"):
        f.etats = _etats(params["etat"], kind)
    if params.get("date_debut"):
        moment = att.parse_moment(params["date_debut"], "date_debut", zone)
        f.start = max(f.start, moment) if f.start else moment
    if params.get("date_fin"):
        moment = att.parse_moment(params["date_fin"], "date_fin", zone, end_of_day=True)
        f.end = min(f.end, moment) if f.end else moment
    if params.get("est_just") not in (None, ""):
        f.est_just = as_bool(params["est_just"], "est_just")
    f.user_id = _id(params, "user_id")
    q.filters = f
    q.with_justifs = as_bool(params.get("with_justifs", False), "with_justifs")
    q.split = as_bool(params.get("split", False), "split")
    if params.get("metric"):
        q.metrics = _metrics(params["metric"])
    return q


async def listing(db: AsyncSession, q: Query, zone: ZoneInfo, *, with_nip: bool) -> list[dict]:
    rows = await repo.list_rows(db, Assiduite, q.filters, with_nip=with_nip)
    out = [att.assiduite_dict(r, zone, with_nip=with_nip) for r in rows]
    if q.with_justifs:
        covering = await repo.justificatifs_of(db, [r[0] for r in rows])
        files = await names_by_justif(db, list({j[0].id for found in covering.values() for j in found}))
        for item, r in zip(out, rows, strict=True):
            item["justificatifs"] = [att.justificatif_row_dict(j, zone, files) for j in covering.get(r[0].id, [])]
    return out


async def list_for_student(db: AsyncSession, access: Access, kind: str, value: str, params: dict, tz: str) -> list:
    etud = await att.student(db, access, kind, value)
    zone = ZoneInfo(tz)
    q = await parse_query(db, access, params, zone)
    q.filters.etudids = [etud.id]
    return await listing(db, q, zone, with_nip=False)


async def list_for_semester(db: AsyncSession, access: Access, formsemestre_id: int, params: dict, tz: str) -> list:
    zone = ZoneInfo(tz)
    sem = await get_sem(db, access, formsemestre_id)
    return await listing(db, await semester_query(db, access, sem, params, zone), zone, with_nip=True)


async def semester_query(
    db: AsyncSession, access: Access, sem: Any, params: dict, zone: ZoneInfo, kind: type = dom.Etat
) -> Query:
    """A semester route's query: its registered students' records in its days."""
    q = await parse_query(db, access, params, zone, kind, sem=sem)
    q.filters.etudids = registered_subquery(sem.id)
    return q


async def list_for_group(db: AsyncSession, access: Access, etudids_param: Any, params: dict, tz: str) -> dict:
    """``assiduites/group/query?etudids=1,2``: an object keyed by etudid (every student asked, even with no
    record)."""
    raw = etudids_param if isinstance(etudids_param, list) else [etudids_param]
    ids = [parse_id(w) for part in raw for w in str(part or "").split(",") if w.strip()]
    if not ids or None in ids:
        raise BadRequest("etudids: liste d'entiers attendue")
    for etudid in dict.fromkeys(ids):
        await att.student(db, access, "etudid", str(etudid))
    zone = ZoneInfo(tz)
    q = await parse_query(db, access, params, zone)
    q.filters.etudids = list(dict.fromkeys(ids))
    out: dict[str, list] = {str(e): [] for e in q.filters.etudids}
    for item in await listing(db, q, zone, with_nip=False):
        out[str(item["etudid"])].append(item)
    return out


async def count_for_student(db: AsyncSession, access: Access, kind: str, value: str, params: dict, tz: str) -> dict:
    etud = await att.student(db, access, kind, value)
    times = await att.day_times(db, etud.dept_id, tz)
    q = await parse_query(db, access, params, times.zone)
    q.filters.etudids = [etud.id]
    return await count(db, q, times)


class CountCache:
    """This worker's recent semester counts, keyed by the semester's results version: every attendance write
    on its students' records in its dates renews that version (services/attendance.changed), so an entry is
    never stale; a small LRU."""

    def __init__(self, size: int = 256):
        self.size, self.data = size, OrderedDict()

    def get(self, key: tuple) -> dict | None:
        found = self.data.get(key)
        if found is not None:
            self.data.move_to_end(key)
        return found

    def put(self, key: tuple, value: dict) -> None:
        self.data[key] = value
        while len(self.data) > self.size:
            self.data.popitem(last=False)


async def count_for_semester(
    db: AsyncSession, access: Access, formsemestre_id: int, params: dict, tz: str, cache: CountCache | None = None
) -> dict:
    sem = await get_sem(db, access, formsemestre_id)
    times = await att.day_times(db, sem.dept_id, tz)
    key = (sem.id, sem.results_version, times, tuple(sorted((k, str(v)) for k, v in params.items())))
    if cache is not None and (found := cache.get(key)) is not None:
        return found
    counted = await count(db, await semester_query(db, access, sem, params, times.zone), times)
    if cache is not None:
        cache.put(key, counted)
    return counted


async def count(db: AsyncSession, q: Query, times: dom.DayTimes) -> dict:
    c = await repo.count_columns(db, q.filters)
    return dom.count_arrays(c.etudid, c.start, c.end, c.etat, c.est_just, times, split=q.split, metrics=q.metrics)


async def get_one(db: AsyncSession, access: Access, assiduite_id: int, tz: str) -> dict:
    row = await repo.get_row(db, Assiduite, assiduite_id)
    await att.owner(db, access, row[0] if row else None, what="assiduité")
    return att.assiduite_dict(row, ZoneInfo(tz))


async def justificatifs_covering(db: AsyncSession, access: Access, assiduite_id: int, tz: str, long: bool) -> list:
    """``assiduite/<id>/justificatifs[/long]``: ids of the justificatifs covering it, or the objects."""
    a = await repo.get(db, Assiduite, assiduite_id)
    await att.owner(db, access, a, what="assiduité")
    found = (await repo.justificatifs_of(db, [a])).get(a.id, [])
    if not long:
        return [j[0].id for j in found]
    files = await names_by_justif(db, [j[0].id for j in found])
    return [att.justificatif_row_dict(j, ZoneInfo(tz), files) for j in found]


# --- writes -----------------------------------------------------------------------------------------------


async def create_for_student(db: AsyncSession, access: Access, kind: str, value: str, body: Any, tz: str) -> dict:
    """``assiduite/<kind>/<x>/create``: each item of the array is created or refused on its own."""
    items = att.body_list(body)
    etud = await att.student(db, access, kind, value, Permission.ScoAbsChange)
    times = await att.day_times(db, etud.dept_id, tz)
    await lock_students(db, [etud.id])
    return (await _create_batch(db, access, etud, items, times)).as_dict()


async def _create_batch(
    db: AsyncSession, access: Access, etud: Identite, items: list, times: dom.DayTimes
) -> att.Batch:
    """One student's items, checked one by one (values, then overlaps with the stored records and the items
    accepted before), then the accepted ones written together: an item refused writes nothing, the others
    are kept, in a handful of statements whatever the number of items."""
    batch, checked, modules = att.Batch([], []), [], {}
    for i, item in enumerate(items):
        try:
            values = await _item_values(db, access, etud, att.body_object(item), times, creating=True, modules=modules)
        except ApiError as exc:
            batch.errors.append({"indice": i, "message": exc.message})
            continue
        checked.append((i, values))
    taken = []
    if checked:
        lo, hi = min(v["date_debut"] for _, v in checked), max(v["date_fin"] for _, v in checked)
        taken = await repo.spans(db, Assiduite, repo.Filters(etudids=[etud.id], start=lo, end=hi))
    accepted = []
    for i, v in checked:
        if any(dom.overlaps(v["date_debut"], v["date_fin"], start, end) for start, end in taken):
            batch.errors.append({"indice": i, "message": DUPLICATE})
            continue
        taken.append((v["date_debut"], v["date_fin"]))
        accepted.append((i, v))
    if accepted:
        rows = [{**NEW, **v, "etudid": etud.id, "user_id": access.principal.user_id} for _, v in accepted]
        ids = await repo.add_all_returning(db, Assiduite, rows)
        batch.success = [
            {"indice": i, "message": {"assiduite_id": new_id}} for (i, _), new_id in zip(accepted, ids, strict=True)
        ]
        lo, hi = min(r["date_debut"] for r in rows), max(r["date_fin"] for r in rows)
        await att.changed(db, etud.id, lo, hi, times)
        lines = [f"assiduite {new_id} {dom.Etat(r['etat']).name}" for r, new_id in zip(rows, ids, strict=True)]
        await repo.log_many(db, user=access.principal.user_name, method="AddAssiduite", etudid=etud.id, msgs=lines)
    batch.errors.sort(key=lambda e: e["indice"])
    return batch


DUPLICATE = "Duplication: la période rentre en conflit avec une plage enregistrée"
NEW = {"moduleimpl_id": None, "description": None, "external_data": None}  # every row of one insert has every column


async def create_many(db: AsyncSession, access: Access, body: Any, tz: str) -> dict:
    """``assiduites/create``: each item names its student by ``etudid``."""
    items = att.body_list(body)

    async def one(_: int, item: Any) -> dict:
        etudid = parse_id(item.get("etudid")) if isinstance(item, dict) else None
        if etudid is None:
            raise BadRequest("etudid: entier attendu")
        etud = await get_etud_checked(db, access, etudid, Permission.ScoAbsChange)
        await lock_students(db, [etud.id])
        one_item = {k: v for k, v in item.items() if k != "etudid"}
        done = await _create_batch(db, access, etud, [one_item], await att.day_times(db, etud.dept_id, tz))
        if done.errors:
            raise BadRequest(done.errors[0]["message"])
        return done.success[0]["message"]

    return (await att.each_item(db, items, one)).as_dict()


async def _item_values(
    db: AsyncSession,
    access: Access,
    etud: Identite,
    item: dict,
    times: dom.DayTimes,
    *,
    creating: bool,
    modules: dict[int, int] | None = None,
) -> dict:
    """The columns an item sets, checked: ``etat``, dates, ``moduleimpl_id`` (of the student's department),
    ``desc``, ``external_data``."""
    values: dict[str, Any] = {}
    if creating or "etat" in item:
        values["etat"] = att.etat_field(item, dom.Etat, "present, retard ou absent")
    if creating:
        values["date_debut"] = att.parse_moment(item.get("date_debut"), "date_debut", times.zone)
        values["date_fin"] = att.parse_moment(item.get("date_fin"), "date_fin", times.zone)
        att.check_period(values["date_debut"], values["date_fin"])
    if item.get("moduleimpl_id") not in (None, "", "autre"):
        mi_id = parse_id(item["moduleimpl_id"])
        if mi_id is None:
            raise BadRequest(f"moduleimpl_id: entier attendu, reçu '{item['moduleimpl_id']}'")
        modules = {} if modules is None else modules  # moduleimpl id -> department, read once per batch
        if mi_id not in modules:
            modules[mi_id] = (await get_moduleimpl_checked(db, access, mi_id))[1].dept_id
        if modules[mi_id] != etud.dept_id:
            raise NotFound("moduleimpl inconnu")
        values["moduleimpl_id"] = mi_id
    elif "moduleimpl_id" in item:
        values["moduleimpl_id"] = None
    if "desc" in item or "description" in item:
        values["description"] = att.text_field(item.get("desc", item.get("description")), "desc")
    if "external_data" in item:
        values["external_data"] = att.external_data_field(item["external_data"])
    return values


async def edit(db: AsyncSession, access: Access, assiduite_id: int, body: Any, tz: str) -> dict:
    """``assiduite/<id>/edit``: any of ``etat``, ``moduleimpl_id``, ``desc``, ``external_data``,
    ``est_just``."""
    item = att.body_object(body)
    a = await repo.get(db, Assiduite, assiduite_id)
    etud = await att.owner(db, access, a, Permission.ScoAbsChange, what="assiduité")
    await _edit(db, access, etud, a, item, tz)
    return {"OK": True}


async def _edit(db: AsyncSession, access: Access, etud: Identite, a: Assiduite, item: dict, tz: str) -> None:
    times = await att.day_times(db, etud.dept_id, tz)
    values = await _item_values(db, access, etud, item, times, creating=False)
    if "est_just" in item:
        values["est_just"] = as_bool(item["est_just"], "est_just")
    if not values:
        raise BadRequest("aucun champ à modifier (etat, moduleimpl_id, desc, est_just, external_data)")
    await repo.change(db, Assiduite, a.id, values)
    await att.changed(db, etud.id, a.date_debut, a.date_fin, times, refresh="est_just" not in values)
    await att.audit(db, access, "EditAssiduite", etud.id, f"assiduite {a.id}: {sorted(values)}")


async def edit_many(db: AsyncSession, access: Access, body: Any, tz: str) -> dict:
    """``assiduites/edit``: an array of objects, each with its ``assiduite_id``."""

    async def one(_: int, item: Any) -> str:
        obj = att.body_object(item)
        aid = parse_id(obj.get("assiduite_id"))
        a = await repo.get(db, Assiduite, aid) if aid is not None else None
        etud = await att.owner(db, access, a, Permission.ScoAbsChange, what="assiduité")
        await _edit(db, access, etud, a, {k: v for k, v in obj.items() if k != "assiduite_id"}, tz)
        return "OK"

    return (await att.each_item(db, att.body_list(body), one)).as_dict()


async def delete(db: AsyncSession, access: Access, body: Any, tz: str) -> dict:
    """``assiduite/delete``: an array of ids; an unknown id is an error item, not a 404."""

    async def one(_: int, raw: Any) -> str:
        aid = parse_id(raw)
        a = await repo.get(db, Assiduite, aid) if aid is not None else None
        etud = await att.batch_owner(db, access, a, "Assiduite non existante")
        times = await att.day_times(db, etud.dept_id, tz)
        await repo.remove(db, Assiduite, [a.id])
        await att.changed(db, etud.id, a.date_debut, a.date_fin, times)
        await att.audit(db, access, "DeleteAssiduite", etud.id, f"assiduite {a.id}")
        return "OK"

    return (await att.each_item(db, att.body_list(body), one)).as_dict()
