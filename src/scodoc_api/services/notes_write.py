"""Note entry (seed ``eval_set_notes``): validated as a whole, atomic, with a history of every change
(domain.md §8.2-8.3, permissions.md §4.2)."""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from scodoc_api.core.errors import BadRequest, Conflict, Forbidden
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import FormSemestre, ModuleImpl, Note
from scodoc_api.models.evaluation import NOTE_SUPPRESS
from scodoc_api.repositories import formsemestre as sems
from scodoc_api.repositories import notes as repo
from scodoc_api.services.evaluation import get_evaluation_checked
from scodoc_api.services.notes_codes import note_text
from scodoc_api.services.results import invalidate

SKIP = object()  # "DEM..." and empty values: nothing to do


@dataclass
class NotesResult:
    status: str = "ok"
    nbchanged: int = 0
    unchanged: int = 0
    refused: int = 0
    existing_decisions: list[int] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)


_ASCII_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)\Z", re.ASCII)


def parse_note(raw, note_max: float, malus: bool):
    """Stored value for a typed note, SKIP, or raise ValueError with the reason."""
    if raw is None:
        return SKIP
    if isinstance(raw, bool):
        raise ValueError("valeur invalide")
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = str(raw).strip().upper()
        if not text or text.startswith("DEM"):
            return SKIP
        codes = {"ABS": None, "EXC": -1000.0, "NEU": -1000.0, "ATT": -1002.0, "SUP": NOTE_SUPPRESS}
        if text[:3] in codes:
            return codes[text[:3]]
        if not _ASCII_NUMBER.match(text):  # float() would take "１２" or "١٢", and "1e3", "inf", "nan"
            raise ValueError(f"code inconnu '{raw}'")
        value = float(text.replace(",", "."))
    low = -20.0 if malus else 0.0
    if value != value or not low <= value <= note_max:  # NaN or out of range
        raise ValueError(f"note {raw} hors de [{low:g}, {note_max:g}]")
    return value


def _differs(old, new) -> bool:
    if (old is None) != (new is None):
        return True
    if old is None:
        return False
    return abs(old - new) > 0.0001 or (old < 0) != (new < 0)


async def can_edit_notes(db: AsyncSession, access: Access, mi: ModuleImpl, sem: FormSemestre) -> None:
    """permissions.md §4.2; raises 409 when the semester is locked, 403 when the user may not enter notes."""
    if not sem.etat:
        raise Conflict("semestre verrouillé: saisie impossible")
    user_id = access.principal.user_id
    if access.can(sem.dept_id, Permission.ScoEditAllNotes):
        return
    if await sems.is_responsable(db, sem.id, user_id):
        return
    # once the jury has decided, only the semester's heads and note editors may change notes
    teacher = mi.responsable_id == user_id or await repo.teaches(db, mi.id, user_id)
    if teacher and not await repo.has_decisions(db, sem.id):
        return
    raise Forbidden("accès interdit: saisie des notes de ce module non autorisée")


def _parse_items(items: list[tuple], registered: set[int], note_max: float, malus: bool) -> dict[int, Any]:
    """etudid -> value to store, for every (etudid, note) pair; a 400 naming every bad pair otherwise."""
    errors, parsed = [], {}
    for k, (etudid, raw) in enumerate(items):
        if not isinstance(etudid, int) or isinstance(etudid, bool):
            errors.append(f"notes[{k}].etudid: entier attendu, reçu '{etudid}'")
            continue
        if etudid not in registered:
            errors.append(f"notes[{k}]: étudiant {etudid} non inscrit à ce module")
            continue
        try:
            value = parse_note(raw, note_max, malus)
        except ValueError as exc:
            errors.append(f"notes[{k}] (étudiant {etudid}): {exc}")
            continue
        if value is not SKIP:
            parsed[etudid] = value
    if errors:
        raise BadRequest("; ".join(errors))
    return parsed


@dataclass
class _Changes:
    inserts: list[dict] = field(default_factory=list)
    updates: list[dict] = field(default_factory=list)
    deletions: list[int] = field(default_factory=list)
    logs: list[dict] = field(default_factory=list)  # the previous value of every changed note (history)


def _log(note: Note) -> dict:
    return {
        "etudid": note.etudid,
        "evaluation_id": note.evaluation_id,
        "value": note.value,
        "comment": note.comment,
        "date": note.date,
        "uid": note.uid,
    }


def _plan_changes(
    evaluation_id: int, parsed: dict[int, Any], existing: dict[int, Note], comment: str | None, now: datetime, uid: int
) -> tuple[_Changes, NotesResult]:
    """What to insert, update, delete and log, and the answer to give."""
    changes, result = _Changes(), NotesResult()
    for etudid, value in parsed.items():
        old = existing.get(etudid)
        if value == NOTE_SUPPRESS:
            if old is None:
                result.unchanged += 1
                continue
            changes.logs.append(_log(old))
            changes.logs.append(
                {
                    "etudid": etudid,
                    "evaluation_id": evaluation_id,
                    "value": NOTE_SUPPRESS,
                    "comment": comment,
                    "date": now,
                    "uid": uid,
                }
            )
            changes.deletions.append(old.id)
        elif old is None:
            changes.inserts.append(
                {
                    "etudid": etudid,
                    "evaluation_id": evaluation_id,
                    "value": value,
                    "comment": comment,
                    "date": now,
                    "uid": uid,
                }
            )
        elif _differs(old.value, value):
            changes.logs.append(_log(old))
            changes.updates.append({"b_id": old.id, "b_value": value})
        else:
            result.unchanged += 1
            continue
        result.nbchanged += 1
        result.changed.append({"etudid": etudid, "note": "SUPR" if value == NOTE_SUPPRESS else note_text(value)})
    return changes, result


async def set_notes(
    db: AsyncSession, access: Access, evaluation_id: int, items: list[tuple], *, comment: str | None = None
) -> NotesResult:
    """Validate every (etudid, note) pair, then write them all or nothing."""
    ev, mi, sem = await get_evaluation_checked(db, access, evaluation_id, Permission.ScoView)
    await can_edit_notes(db, access, mi, sem)
    await repo.lock_evaluation(db, ev.id)
    malus = await repo.module_type(db, mi.module_id) == 1
    parsed = _parse_items(items, await repo.moduleimpl_etudids(db, mi.id), ev.note_max, malus)
    existing: dict[int, Note] = {}
    if parsed:
        existing = {n.etudid: n for n in await repo.notes_of(db, ev.id, list(parsed))}
    now, uid = datetime.now(UTC), access.principal.user_id
    changes, result = _plan_changes(ev.id, parsed, existing, comment, now, uid)
    await repo.write_notes(
        db,
        deletions=changes.deletions,
        updates=changes.updates,
        inserts=changes.inserts,
        logs=changes.logs,
        comment=comment,
        now=now,
        uid=uid,
    )
    if result.nbchanged:
        await invalidate(db, [sem.id], notes_of=[ev.id])
    result.existing_decisions = await repo.decided_among(db, sem.id, list(parsed))
    return result


async def notes_history(db: AsyncSession, access: Access, evaluation_id: int) -> list[dict]:
    """Current notes then their previous values, most recent first, with author and date."""
    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    users = await repo.user_names(db)
    rows = []
    for n in await repo.notes_of(db, ev.id):
        rows.append((n.etudid, n.date, True, n.value, n.uid, n.comment))
    for log in await repo.history_of(db, ev.id):
        rows.append((log.etudid, log.date, False, log.value, log.uid, log.comment))
    rows.sort(key=lambda r: (r[0], not r[2], -r[1].timestamp()))
    return [
        {
            "etudid": etudid,
            "current": current,
            "value": note_text(value),
            "date": date.isoformat(),
            "uid": uid,
            "user_name": users.get(uid),
            "comment": comment,
        }
        for etudid, date, current, value, uid, comment in rows
    ]
