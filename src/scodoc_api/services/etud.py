"""Students: the seed's ``etud``, ``etud_dept``, photo and per-semester groups."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import unknown
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.domain import identity as idt
from scodoc_api.domain.parcours import get_parcours
from scodoc_api.models import Formation, GroupDescr, GroupMembership, Identite, Partition
from scodoc_api.repositories import etud as repo
from scodoc_api.repositories import formsemestre as sem_repo
from scodoc_api.repositories.departements import all_dept_ids, dept_acronyms
from scodoc_api.services import photos
from scodoc_api.services.formsemestre import get_sem


async def get_etud_checked(db: AsyncSession, access: Access, etudid: int, perm: int = Permission.ScoView) -> Identite:
    etud = await repo.get(db, etudid)
    if etud is None:
        raise unknown("étudiant")
    access.check(etud.dept_id, perm, what="étudiant")
    return etud


async def get_etud(db: AsyncSession, access: Access, etudid: int) -> dict:
    etud = await get_etud_checked(db, access, etudid)
    adr = (await repo.adresses(db, [etud.id])).get(etud.id)
    rows = await sem_repo.inscriptions_of_etuds(db, [etud.id])
    f_ids = {s.formation_id for _, s in rows}
    types = (
        dict((await db.execute(select(Formation.id, Formation.type_parcours).where(Formation.id.in_(f_ids)))).all())
        if f_ids
        else {}
    )
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


async def get_photo(db: AsyncSession, access: Access, etudid: int, *, small: bool) -> tuple[str, bytes]:
    etud = await get_etud_checked(db, access, etudid)
    return await photos.get_photo(db, etud.id, small=small)


async def etud_groups(db: AsyncSession, access: Access, etudid: int, formsemestre_id: int) -> dict:
    etud = await get_etud_checked(db, access, etudid)
    sem = await get_sem(db, access, formsemestre_id)
    stmt = (
        select(Partition, GroupDescr)
        .join(GroupDescr, GroupDescr.partition_id == Partition.id)
        .join(GroupMembership, GroupMembership.group_id == GroupDescr.id)
        .where(
            Partition.formsemestre_id == sem.id,
            GroupMembership.etudid == etud.id,
            Partition.partition_name.is_not(None),
        )
        .order_by(Partition.numero, Partition.id)
    )
    groupes = [
        {
            "numero": p.numero,
            "partition_id": p.id,
            "partition_name": p.partition_name,
            "group_id": g.id,
            "group_name": g.group_name,
        }
        for p, g in (await db.execute(stmt)).all()
    ]
    return {"etudid": etud.id, "formsemestre_id": sem.id, "groupes": groupes}
