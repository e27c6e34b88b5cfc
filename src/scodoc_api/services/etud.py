"""Students: the seed's ``etud``, ``etud_dept``, photo and per-semester groups."""

import unicodedata
from datetime import date

from scodoc_api.core.errors import NotFound
from scodoc_api.core.ids import parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import identity as idt
from scodoc_api.domain.parcours import get_parcours
from scodoc_api.models import (
    Identite,
)
from scodoc_api.repositories import etud as repo
from scodoc_api.repositories import formsemestre as sem_repo
from scodoc_api.repositories.departements import all_dept_ids, dept_acronyms
from scodoc_api.repositories.etud import adresses
from scodoc_api.services import photos


async def get_etud_checked(
    db: AsyncSession, access: Access, etudid: int, perm: int = Permission.ScoView, *, what: str = "étudiant"
) -> Identite:
    """The student, if the caller holds ``perm`` in their department; else the 404 of ``what`` (or a 403)."""
    return access.visible(await repo.get(db, etudid), lambda e: e.dept_id, perm, what=what)


async def get_etud(db: AsyncSession, access: Access, etudid: int) -> dict:
    etud = await get_etud_checked(db, access, etudid)
    adr = (await repo.adresses(db, [etud.id])).get(etud.id)
    rows = await sem_repo.inscriptions_of_etuds(db, [etud.id])
    f_ids = {s.formation_id for _, s in rows}
    types = await repo.formation_types(db, f_ids)
    return {
        "etudid": etud.id,
        "code_nip": etud.code_nip,
        "code_ine": etud.code_ine,
        "nom": idt.format_nom(etud.nom),
        "nom_usuel": etud.nom_usuel,
        "prenom": idt.format_prenom(etud.prenom),
        "civilite": etud.civilite,
        "sexe": idt.civilite_str(etud.civilite),
        "nomprenom": idt.nomprenom(etud.civilite, etud.prenom, etud.nom, etud.nom_usuel),
        "date_naissance": etud.date_naissance.isoformat() if etud.date_naissance else None,
        "dept_id": etud.dept_id,
        "email": adr.email if adr else None,
        "emailperso": adr.emailperso if adr else None,
        "domicile": adr.domicile if adr else None,
        "codepostaldomicile": adr.codepostaldomicile if adr else None,
        "villedomicile": adr.villedomicile if adr else None,
        "paysdomicile": adr.paysdomicile if adr else None,
        "telephone": adr.telephone if adr else None,
        "telephonemobile": adr.telephonemobile if adr else None,
        "insemestre": [
            {
                "etat": ins.etat,
                "formsemestre_id": s.id,
                "date_debut": s.date_debut.isoformat(),
                "date_fin": s.date_fin.isoformat(),
                "parcours_type": get_parcours(types.get(s.formation_id)).name,
            }
            for ins, s in rows
        ],
    }


async def etud_dept(db: AsyncSession, access: Access, code_nip: str) -> list[dict]:
    dept_ids = access.dept_filter(await all_dept_ids(db))
    rows = await repo.by_nip(db, code_nip, dept_ids)
    acronyms = await dept_acronyms(db)
    rows.sort(key=lambda r: (r[1] is None, -(r[1].toordinal() if r[1] else 0), -r[0].id))
    return [{"exist": True, "dept": acronyms[e.dept_id], "id": e.id, "dept_id": e.dept_id} for e, _ in rows]


async def get_photo(
    db: AsyncSession, access: Access, etudid: int, *, small: bool, no_photo_image: str | None = None
) -> tuple[str, bytes]:
    etud = await get_etud_checked(db, access, etudid)
    return await photos.get_photo(db, etud.id, small=small, no_photo_image=no_photo_image)


async def etud_groups(db: AsyncSession, access: Access, etudid: int, formsemestre_id: int) -> dict:
    etud = await get_etud_checked(db, access, etudid)
    from scodoc_api.services.formsemestre import get_sem  # formsemestre imports this module

    sem = await get_sem(db, access, formsemestre_id)
    groupes = [
        {
            "numero": p.numero,
            "partition_id": p.id,
            "partition_name": p.partition_name,
            "group_id": g.id,
            "group_name": g.group_name,
        }
        for p, g in await repo.groups_in(db, etud.id, sem.id)
    ]
    return {"etudid": etud.id, "formsemestre_id": sem.id, "groupes": groupes}


# The ScoDoc 9.x shapes (modern-api.md §4-5)


def _ascii_upper(text: str | None) -> str:
    return unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().upper()


def etud_short(e: Identite, acronyms: dict[int, str]) -> dict:
    return {
        "civilite": e.civilite,
        "code_ine": e.code_ine,
        "code_nip": e.code_nip,
        "dept_acronym": acronyms.get(e.dept_id),
        "dept_id": e.dept_id,
        "etudid": e.id,
        "id": e.id,
        "nom": idt.format_nom(e.nom),
        "nom_usuel": e.nom_usuel,
        "prenom": idt.format_prenom(e.prenom),
        "sort_key": f"{_ascii_upper(e.nom_usuel or e.nom)};{_ascii_upper(e.prenom)}",
    }


async def etud_dicts(db: AsyncSession, etuds: list[Identite], *, long: bool) -> list[dict]:
    acronyms = await dept_acronyms(db)
    out = [etud_short(e, acronyms) for e in etuds]
    if long and etuds:
        ids = [e.id for e in etuds]
        adr = await adresses(db, ids)
        adm = await repo.admissions(db, ids)
        for d, e in zip(out, etuds, strict=True):
            a, m = adr.get(e.id), adm.get(e.id)
            d.update(
                {
                    "boursier": e.boursier,
                    "date_naissance": e.date_naissance.strftime("%d/%m/%Y") if e.date_naissance else None,
                    "lieu_naissance": e.lieu_naissance,
                    "dept_naissance": e.dept_naissance,
                    "nationalite": e.nationalite,
                }
            )
            for f in (
                "email",
                "emailperso",
                "domicile",
                "codepostaldomicile",
                "villedomicile",
                "paysdomicile",
                "telephone",
                "telephonemobile",
            ):
                d[f] = getattr(a, f) if a else None
            d["admission"] = (
                {
                    "annee": m.annee,
                    "bac": m.bac,
                    "specialite": m.specialite,
                    "annee_bac": m.annee_bac,
                    "type_admission": m.type_admission,
                }
                if m
                else {}
            )
    return out


async def _visible_depts(db: AsyncSession, access: Access) -> list[int]:
    return access.dept_filter(await all_dept_ids(db))


async def find_etuds(
    db: AsyncSession, access: Access, kind: str, value: str, *, dept_ids: list[int] | None = None
) -> list[Identite]:
    """Students matching an etudid, NIP or INE in the departments the caller may view (or ``dept_ids``), most
    recently registered first."""
    if kind not in repo.IDENTIFIERS:
        raise NotFound("type d'identifiant inconnu (etudid, nip ou ine)")
    if kind == "etudid":
        value = parse_id(value)  # not a number, or out of range: names no student
        if value is None:
            return []
    visible = dept_ids if dept_ids is not None else await _visible_depts(db, access)
    return await repo.find(db, kind, value, visible)


async def find_etud(db: AsyncSession, access: Access, kind: str, value: str) -> Identite:
    """One student; searched in every department the caller has a role in, so that a missing permission is
    a 403 and an object elsewhere a 404 (as for lookups by id)."""
    known = [
        d
        for d in await all_dept_ids(db)
        if (access.mount_dept_id is None and access.principal.knows(d)) or d == access.mount_dept_id
    ]
    rows = await find_etuds(db, access, kind, value, dept_ids=known)
    if not rows:
        raise NotFound("étudiant inconnu")
    access.check(rows[0].dept_id, Permission.ScoView, what="étudiant")
    return rows[0]


async def etudiants_courants(db: AsyncSession, access: Access, *, long: bool, today: date | None = None) -> list[dict]:
    today = today or date.today()
    return await etud_dicts(db, await repo.current(db, today, await _visible_depts(db, access)), long=long)


async def etud_sem_groups(db: AsyncSession, etudid: int, sem_id: int) -> list[dict]:
    return [
        {"group_id": g.id, "group_name": g.group_name, "partition_id": p.id, "partition_name": p.partition_name}
        for p, g in await repo.groups_in(db, etudid, sem_id)
    ]


async def search_by_name(
    db: AsyncSession, access: Access, start: str, *, min_len: int = 3, limit: int = 32
) -> list[dict]:
    if len(start) < min_len:
        return []
    rows = await repo.named_like(db, start, await _visible_depts(db, access), limit)
    return await etud_dicts(db, rows, long=False)
