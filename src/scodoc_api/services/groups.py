"""Partitions and group member lists (examples/partition.json, groups.json, groups.xml)."""

from collections import defaultdict

from lxml import etree

from scodoc_api.core.errors import BadRequest, unknown
from scodoc_api.core.permissions import Access
from scodoc_api.core.text import xml_safe
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import identity as idt
from scodoc_api.formats.xml import tostring
from scodoc_api.models import (
    FormSemestre,
    GroupDescr,
    Partition,
)
from scodoc_api.repositories import groups as groups_repo
from scodoc_api.repositories.etud import adresses
from scodoc_api.repositories.formsemestre import registered_subquery
from scodoc_api.services.formsemestre import get_sem


def _partition_order(p: Partition) -> tuple:
    return (p.partition_name is None, p.numero, p.id)  # default partition last


async def list_partitions(db: AsyncSession, access: Access, formsemestre_id: int) -> list[dict]:
    sem = await get_sem(db, access, formsemestre_id)
    parts = sorted(await groups_repo.partitions_of(db, sem.id), key=_partition_order)
    groups: dict[int, list[GroupDescr]] = defaultdict(list)
    for g in await groups_repo.groups_of(db, sem.id):
        groups[g.partition_id].append(g)
    out = []
    for p in parts:
        gs = sorted(groups[p.id], key=lambda g: (g.group_name is None, g.group_name or "", g.id))
        out.append(
            {
                "formsemestre_id": sem.id,
                "partition_id": p.id,
                "partition_name": p.partition_name,
                "numero": p.numero,
                "bul_show_rank": p.bul_show_rank,
                "show_in_lists": p.show_in_lists,
                "group": [
                    {
                        "formsemestre_id": sem.id,
                        "partition_id": p.id,
                        "group_name": g.group_name,
                        "group_id": g.id,
                        "partition_name": p.partition_name,
                    }
                    for g in gs
                ],
            }
        )
    return out


async def _groups_sem(db: AsyncSession, access: Access, group_ids: list[int]) -> FormSemestre:
    found = await groups_repo.semesters_of_groups(db, group_ids)
    missing = [g for g in group_ids if g not in found]
    if missing:
        raise unknown("groupe")
    sem_ids = set(found.values())
    if len(sem_ids) > 1:
        raise BadRequest("group_ids: les groupes doivent appartenir au même semestre")
    return await get_sem(db, access, sem_ids.pop())


async def group_members(
    db: AsyncSession,
    access: Access,
    *,
    formsemestre_id: int | None,
    group_ids: list[int],
    all_groups: bool = False,
    etat: str | None = None,
) -> tuple[FormSemestre, list[dict]]:
    """Members of the selected groups (or of the whole semester), sorted by nom_disp then prénom."""
    if group_ids and not all_groups:
        sem = await _groups_sem(db, access, group_ids)
        selector: list[int] | None = group_ids
    elif formsemestre_id is not None or group_ids:
        sem = (
            await get_sem(db, access, formsemestre_id)
            if formsemestre_id is not None
            else await _groups_sem(db, access, group_ids)
        )
        selector = None
    else:
        raise BadRequest("group_ids ou formsemestre_id: paramètre manquant")
    rows = await groups_repo.member_rows(db, sem.id, group_ids=selector, etat=etat)
    adr = await adresses(db, registered_subquery(sem.id)) if rows else {}
    parts = sorted(await groups_repo.named_partitions(db, sem.id), key=_partition_order)
    membership = await groups_repo.memberships(db, sem.id) if rows else {}
    out = []
    for e in sorted(rows, key=lambda r: idt.sort_key(r.nom, r.nom_usuel, r.prenom)):
        a = adr.get(e.id)
        row = {
            "civilite_str": idt.civilite_str(e.civilite),
            "nom_disp": idt.nom_disp(e.nom, e.nom_usuel),
            "prenom": idt.format_prenom(e.prenom),
        }
        for p in parts:
            row[str(p.id)] = membership.get((e.id, p.id))
        row.update(
            {
                "etat": e.etat,
                "email": a.email if a else None,
                "emailperso": a.emailperso if a else None,
                "etape": e.etape,
                "etudid": e.id,
                "code_nip": e.code_nip,
                "code_ine": e.code_ine,
            }
        )
        out.append(row)
    return sem, out


CODE_KEYS = ("etape", "etudid", "code_nip", "code_ine")


def strip_codes(rows: list[dict], with_codes: bool, *, keep_etudid: bool = True) -> list[dict]:
    """Without with_codes, ScoDoc leaves out etape and the codes; the API keeps etudid (examples/README),
    the legacy route does not (legacy.md §6.5)."""
    if with_codes:
        return rows
    drop = {"etape", "code_nip", "code_ine"} | (set() if keep_etudid else {"etudid"})
    return [{k: v for k, v in r.items() if k not in drop} for r in rows]


def groups_xml(rows: list[dict], *, with_codes: bool, keep_etudid: bool = True) -> bytes:
    """``<group_list>`` of legacy.md §6.5: one ``<etud>`` per row, ``<key value="..."/>`` children,
    partition columns left out (numeric tag names are not XML). Without with_codes the legacy route has no
    ``etudid`` (as ScoDoc 9.0); the API keeps it (examples/README)."""
    n_dem = sum(1 for r in rows if r["etat"] == "D")
    caption = f"soit {len(rows) - n_dem} étudiants inscrits et {n_dem} démissionaire{'s' if n_dem > 1 else ''}."
    root = etree.Element("group_list", {"origin": "", "caption": xml_safe(caption), "id": "gt_group_list"})
    keys = ["civilite_str", "nom_disp", "prenom", "etat", "email", "emailperso"]
    keys += list(CODE_KEYS) if with_codes else (["etudid"] if keep_etudid else [])
    for r in rows:
        el = etree.SubElement(root, "etud")
        for k in keys:
            v = r.get(k)
            etree.SubElement(el, k, {"value": xml_safe(v)})
    return tostring(root)


# The ScoDoc 9.x shapes (modern-api.md §4-5)


async def group_etudiants(db: AsyncSession, access: Access, group_id: int, etat: str | None) -> list[dict]:
    row = await groups_repo.group_with_partition(db, group_id)
    g, _, sem = access.visible(row, lambda r: r[2].dept_id, what="groupe")
    etuds = await groups_repo.group_members(db, g.id, sem.id, etat)
    adr = await adresses(db, [e.id for e in etuds]) if etuds else {}
    return [
        {
            "civilite": e.civilite,
            "code_ine": e.code_ine,
            "code_nip": e.code_nip,
            "email": adr[e.id].email if e.id in adr else None,
            "etudid": e.id,
            "id": e.id,
            "nom": idt.format_nom(e.nom),
            "prenom": idt.format_prenom(e.prenom),
        }
        for e in etuds
    ]


async def groups_by_student(db: AsyncSession, sem_id: int, etudids: list[int]) -> dict[int, list[dict]]:
    """etudid -> the student's groups in the semester's named partitions (one query for all the students)."""
    out: dict[int, list[dict]] = {}
    for etudid, group_id, group_name, partition_id, partition_name in await groups_repo.memberships_of(
        db, sem_id, etudids
    ):
        out.setdefault(etudid, []).append(
            {
                "group_id": group_id,
                "group_name": group_name,
                "partition_id": partition_id,
                "partition_name": partition_name,
                "formsemestre_id": sem_id,
            }
        )
    return out
