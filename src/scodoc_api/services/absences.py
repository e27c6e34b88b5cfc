"""Absence reads: a student's absent half-days, group status, billets (absences.md §6-8)."""

from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import BadRequest
from scodoc_api.core.permissions import Access
from scodoc_api.domain import absences as ad
from scodoc_api.domain import identity as idt
from scodoc_api.domain.semester import annee_scolaire
from scodoc_api.models import Absence, BilletAbsence, Identite, Module, ModuleImpl
from scodoc_api.repositories.prefs import pref_bool, prefs_for
from scodoc_api.services.etud import get_etud_checked
from scodoc_api.services.groups import group_members


def check_range(date_debut: date | None, date_fin: date | None) -> None:
    if date_debut and date_fin and date_fin < date_debut:
        raise BadRequest("date_fin: antérieure à date_debut")


async def list_absences(
    db: AsyncSession,
    access: Access,
    etudid: int,
    *,
    abs_just_only: bool = False,
    date_debut: date | None = None,
    date_fin: date | None = None,
    today: date | None = None,
) -> list[dict]:
    """Unjustified absent half-days (or only the justified ones), chronological, with module codes."""
    check_range(date_debut, date_fin)
    etud = await get_etud_checked(db, access, etudid)
    start = date_debut or date(annee_scolaire(today or date.today()), 8, 1)
    stmt = (
        select(Absence, Module.code)
        .outerjoin(ModuleImpl, ModuleImpl.id == Absence.moduleimpl_id)
        .outerjoin(Module, Module.id == ModuleImpl.module_id)
        .where(Absence.etudid == etud.id, Absence.jour >= start)
    )
    if date_fin is not None:
        stmt = stmt.where(Absence.jour < ad.half_open_end(start, date_fin))
    rows = (await db.execute(stmt.order_by(Absence.jour, Absence.matin.desc(), Absence.id))).all()
    status = ad.classify(ad.AbsRow(a.jour, a.matin, a.estabs, a.estjust) for a, _ in rows)
    codes: dict[tuple[date, bool], list[str]] = {}
    for a, code in rows:
        lst = codes.setdefault((a.jour, a.matin), [])
        if a.estabs and code and code not in lst:
            lst.append(code)
    out = []
    for key in sorted(status, key=lambda k: (k[0], not k[1])):
        absent, just = status[key]
        if absent and just == abs_just_only:
            out.append({"jour": key[0].isoformat(), "ampm": 1 if key[1] else 0, "description": ",".join(codes[key])})
    return out


async def abs_group_etat(
    db: AsyncSession,
    access: Access,
    *,
    group_ids: list[int],
    date_debut: date,
    date_fin: date,
    with_boursier: bool = True,
) -> list[dict]:
    check_range(date_debut, date_fin)
    if not group_ids:
        raise BadRequest("group_ids: paramètre manquant")
    sem, members = await group_members(db, access, formsemestre_id=None, group_ids=group_ids)
    end = ad.half_open_end(date_debut, date_fin)
    ids = [m["etudid"] for m in members]
    rows = (
        (
            await db.execute(
                select(Absence.etudid, Absence.jour, Absence.matin, Absence.estabs, Absence.estjust).where(
                    Absence.etudid.in_(ids), Absence.jour >= date_debut, Absence.jour < end
                )
            )
        ).all()
        if ids
        else []
    )
    per_etud: dict[int, list[ad.AbsRow]] = {}
    for etudid, jour, matin, estabs, estjust in rows:
        per_etud.setdefault(etudid, []).append(ad.AbsRow(jour, matin, estabs, estjust))
    boursiers = (
        dict((await db.execute(select(Identite.id, Identite.boursier).where(Identite.id.in_(ids)))).all())
        if ids
        else {}
    )
    civ = (
        dict((await db.execute(select(Identite.id, Identite.civilite).where(Identite.id.in_(ids)))).all())
        if ids
        else {}
    )
    out = []
    for m in members:
        c = ad.count(per_etud.get(m["etudid"], []))
        nomprenom = " ".join(p for p in (idt.civilite_str(civ.get(m["etudid"])), m["prenom"], m["nom_disp"]) if p)
        if m["etat"] == "D":
            nomprenom += " (dem)"
        row = {"etudid": m["etudid"], "nomprenom": nomprenom}
        if with_boursier:
            row["boursier"] = boursiers.get(m["etudid"])
        row.update(
            {
                "nbjustifs_noabs": c.nbjustifs_noabs,
                "nbabsjust": c.nbabsjust,
                "nbabsnonjust": c.nbabsnonjust,
                "nbabs": c.nbabs,
            }
        )
        out.append(row)
    return out


async def list_billets(db: AsyncSession, access: Access, etudid: int, *, tz: str = "Europe/Paris") -> list[dict]:
    etud = await get_etud_checked(db, access, etudid)
    prefs = await prefs_for(db, [etud.dept_id])
    if not pref_bool(prefs, "handle_billets_abs", etud.dept_id):
        return []
    zone = ZoneInfo(tz)
    rows = (
        await db.execute(
            select(BilletAbsence)
            .where(BilletAbsence.etudid == etud.id)
            .order_by(BilletAbsence.entry_date.desc(), BilletAbsence.id.desc())
        )
    ).scalars()
    return [billet_dict(b, zone) for b in rows]


def billet_dict(b: BilletAbsence, zone: ZoneInfo) -> dict:
    return {
        "billet_id": b.id,
        "etudid": b.etudid,
        "abs_begin_str": ad.billet_bound_str(b.abs_begin.astimezone(zone)),
        "abs_end_str": ad.billet_bound_str(b.abs_end.astimezone(zone)),
        "description": b.description or "",
        "etat_str": ad.billet_etat_str(b.etat, b.justified),
        "etat": b.etat,
        "justified": b.justified,
        "abs_begin": b.abs_begin.astimezone(zone).isoformat(),
        "abs_end": b.abs_end.astimezone(zone).isoformat(),
        "entry_date": b.entry_date.astimezone(zone).isoformat(),
    }
