"""Group assignment (seed ``set_groups``, ScoDoc's setGroups, domain.md §9.4)."""

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import BadRequest, Conflict, Forbidden, NotFound
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.models import (
    FormSemestre, FormSemestreInscription, FormSemestreResponsable, GroupDescr, GroupMembership, Partition,
)
from scodoc_api.services.results import invalidate


def _fields(line: str) -> list[str]:
    """``a;b;c;`` -> [a, b, c]: as in ScoDoc, what follows the last ``;`` is ignored."""
    parts = line.split(";")
    return [p.strip() for p in parts[:-1]]


def _lines(text: str | None) -> list[str]:
    return [ln for ln in (text or "").replace("\r", "").split("\n") if ln.strip()]


async def can_change_groups(db: AsyncSession, access: Access, sem: FormSemestre) -> None:
    if not sem.etat:
        raise Conflict("semestre verrouillé: modification des groupes impossible")
    if access.can(sem.dept_id, Permission.ScoEtudChangeGroups):
        return
    head = (await db.execute(select(FormSemestreResponsable).where(
        FormSemestreResponsable.formsemestre_id == sem.id,
        FormSemestreResponsable.responsable_id == access.principal.user_id))).first()
    if head is None:
        raise Forbidden()


async def set_groups(db: AsyncSession, access: Access, *, partition_id: int, groups: str | None,
                     groups_to_create: str | None, groups_to_delete: str | None) -> dict:
    row = (await db.execute(select(Partition, FormSemestre).join(FormSemestre)
                            .where(Partition.id == partition_id))).first()
    if row is None:
        raise NotFound(f"partition {partition_id} inconnue")
    part, sem = row
    access.check(sem.dept_id, Permission.ScoView, what="partition")
    await can_change_groups(db, access, sem)
    if part.partition_name is None:
        raise BadRequest("partition_id: la partition par défaut ne se modifie pas")
    if db.bind.dialect.name == "postgresql":  # writers of one partition queue up
        await db.execute(select(Partition.id).where(Partition.id == part.id).with_for_update())
    existing = {g.id: g for g in (await db.execute(select(GroupDescr).where(
        GroupDescr.partition_id == part.id))).scalars()}
    inscrits = set((await db.execute(select(FormSemestreInscription.etudid).where(
        FormSemestreInscription.formsemestre_id == sem.id))).scalars())
    errors: list[str] = []

    def etudids(values: list[str], where: str) -> list[int]:
        out = []
        for v in values:
            try:
                e = int(v)
            except ValueError:
                errors.append(f"{where}: etudid invalide '{v}'")
                continue
            if e not in inscrits:
                errors.append(f"{where}: étudiant {e} non inscrit au semestre")
            out.append(e)
        return out

    updates: list[tuple[int, list[int]]] = []
    for k, line in enumerate(_lines(groups)):
        f = _fields(line)
        if not f:
            errors.append(f"groups[{k}]: ligne sans ';' final")
            continue
        try:
            gid = int(f[0])
        except ValueError:
            errors.append(f"groups[{k}]: group_id invalide '{f[0]}'")
            continue
        if gid not in existing:
            errors.append(f"groups[{k}]: groupe {gid} inconnu dans cette partition")
            continue
        updates.append((gid, etudids(f[1:], f"groups[{k}]")))
    deletions: list[int] = []
    for k, v in enumerate(_fields((groups_to_delete or "").strip() + ";") if (groups_to_delete or "").strip() else []):
        if not v:
            continue
        try:
            gid = int(v)
        except ValueError:
            errors.append(f"groups_to_delete[{k}]: group_id invalide '{v}'")
            continue
        if gid not in existing:
            errors.append(f"groups_to_delete[{k}]: groupe {gid} inconnu dans cette partition")
        deletions.append(gid)
    creations: list[tuple[str, list[int]]] = []
    names = {g.group_name for g in existing.values() if g.id not in deletions}
    for k, line in enumerate(_lines(groups_to_create)):
        f = _fields(line)
        if not f or not f[0]:
            errors.append(f"groups_to_create[{k}]: nom de groupe manquant")
            continue
        if f[0] in names or len(f[0]) > 64:
            errors.append(f"groups_to_create[{k}]: nom de groupe invalide ou déjà utilisé '{f[0]}'")
            continue
        names.add(f[0])
        creations.append((f[0], etudids(f[1:], f"groups_to_create[{k}]")))
    if errors:
        raise BadRequest("; ".join(errors))
    part_groups = select(GroupDescr.id).where(GroupDescr.partition_id == part.id)

    async def place(gid: int, members: list[int]) -> None:
        if members:  # a student belongs to one group of the partition at most
            await db.execute(delete(GroupMembership).where(GroupMembership.etudid.in_(members),
                                                           GroupMembership.group_id.in_(part_groups)))
            await db.execute(insert(GroupMembership), [{"etudid": e, "group_id": gid} for e in dict.fromkeys(members)])

    for gid, members in updates:
        await db.execute(delete(GroupMembership).where(GroupMembership.group_id == gid))
        await place(gid, members)
    if deletions:
        await db.execute(delete(GroupMembership).where(GroupMembership.group_id.in_(deletions)))
        await db.execute(delete(GroupDescr).where(GroupDescr.id.in_(deletions)))
    created = []
    for name, members in creations:
        g = GroupDescr(partition_id=part.id, group_name=name)
        db.add(g)
        await db.flush()
        created.append(g.id)
        await place(g.id, members)
    await invalidate(db, [sem.id])
    return {"status": "ok", "message": "Groupes enregistrés", "partition_id": part.id,
            "groups_updated": len(updates), "groups_deleted": len(deletions), "groups_created": created}
