"""Group assignment (seed ``set_groups``, ScoDoc's setGroups, domain.md §9.4)."""

from scodoc_api.core.errors import BadRequest, Conflict, Forbidden, NotFound
from scodoc_api.core.ids import parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.models import FormSemestre, GroupDescr, Partition
from scodoc_api.repositories import formsemestre as sems
from scodoc_api.repositories import groups as repo
from scodoc_api.repositories.locks import lock_students
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
    if not await sems.is_responsable(db, sem.id, access.principal.user_id):
        raise Forbidden()


class _GroupsSpec:
    """The three texts of ``set_groups`` read against the partition's groups and the semester's students;
    every bad field is recorded in ``errors``."""

    def __init__(self, existing: dict[int, GroupDescr], inscrits: set[int]):
        self.existing, self.inscrits = existing, inscrits
        self.errors: list[str] = []
        self.updates: list[tuple[int, list[int]]] = []
        self.deletions: list[int] = []
        self.creations: list[tuple[str, list[int]]] = []

    def etudids(self, values: list[str], where: str) -> list[int]:
        out = []
        for v in values:
            try:
                e = int(v)
            except ValueError:
                self.errors.append(f"{where}: etudid invalide '{v}'")
                continue
            if e not in self.inscrits:
                self.errors.append(f"{where}: étudiant {e} non inscrit au semestre")
            out.append(e)
        return out

    def group_id(self, value: str, where: str) -> int | None:
        """A group id of this partition, or None after recording why not."""
        try:
            gid = int(value)
        except ValueError:
            self.errors.append(f"{where}: group_id invalide '{value}'")
            return None
        if gid not in self.existing:
            self.errors.append(f"{where}: groupe {gid} inconnu dans cette partition")
            return None
        return gid

    def read(self, groups: str | None, groups_to_create: str | None, groups_to_delete: str | None) -> None:
        for k, line in enumerate(_lines(groups)):
            f = _fields(line)
            if not f:
                self.errors.append(f"groups[{k}]: ligne sans ';' final")
                continue
            gid = self.group_id(f[0], f"groups[{k}]")
            if gid is not None:
                self.updates.append((gid, self.etudids(f[1:], f"groups[{k}]")))
        for k, v in enumerate((groups_to_delete or "").split(";")):
            if v.strip():
                gid = self.group_id(v.strip(), f"groups_to_delete[{k}]")
                if gid is not None:
                    self.deletions.append(gid)
        names = {g.group_name for g in self.existing.values() if g.id not in self.deletions}
        for k, line in enumerate(_lines(groups_to_create)):
            f = _fields(line)
            if not f or not f[0]:
                self.errors.append(f"groups_to_create[{k}]: nom de groupe manquant")
                continue
            if f[0] in names or len(f[0]) > 64:
                self.errors.append(f"groups_to_create[{k}]: nom de groupe invalide ou déjà utilisé '{f[0]}'")
                continue
            names.add(f[0])
            self.creations.append((f[0], self.etudids(f[1:], f"groups_to_create[{k}]")))


async def set_groups(
    db: AsyncSession,
    access: Access,
    *,
    partition_id: int,
    groups: str | None,
    groups_to_create: str | None,
    groups_to_delete: str | None,
) -> dict:
    part, sem = await _partition(db, access, partition_id)
    if part.partition_name is None:
        raise BadRequest("partition_id: la partition par défaut ne se modifie pas")
    spec = _GroupsSpec(await repo.partition_groups(db, part.id), await sems.registered_etudids(db, sem.id))
    spec.read(groups, groups_to_create, groups_to_delete)
    if spec.errors:
        raise BadRequest("; ".join(spec.errors))
    for gid, members in spec.updates:
        await repo.empty_groups(db, [gid])
        await repo.place(db, part.id, gid, members)
    if spec.deletions:
        await repo.delete_groups(db, spec.deletions)
    created = []
    for name, members in spec.creations:
        g = GroupDescr(partition_id=part.id, group_name=name)
        db.add(g)
        await db.flush()
        created.append(g.id)
        await repo.place(db, part.id, g.id, members)
    await invalidate(db, [sem.id])
    return {
        "status": "ok",
        "message": "Groupes enregistrés",
        "partition_id": part.id,
        "groups_updated": len(spec.updates),
        "groups_deleted": len(spec.deletions),
        "groups_created": created,
    }


# Modern group and partition editing (modern-api.md §5.4), on the same rules as set_groups.


async def _partition(db: AsyncSession, access: Access, partition_id: int) -> tuple[Partition, FormSemestre]:
    row = access.visible(
        await repo.partition_with_semester(db, partition_id, lock=True), lambda r: r[1].dept_id, what="partition"
    )
    await can_change_groups(db, access, row[1])
    return row[0], row[1]


async def _group(db: AsyncSession, access: Access, group_id: int) -> tuple[GroupDescr, Partition, FormSemestre]:
    row = access.visible(
        await repo.group_with_partition(db, group_id, lock=True), lambda r: r[2].dept_id, what="groupe"
    )
    await can_change_groups(db, access, row[2])
    if row[1].partition_name is None:
        raise BadRequest("le groupe par défaut ne se modifie pas")
    return row


def group_dict(g: GroupDescr) -> dict:
    return {"group_name": g.group_name, "id": g.id, "group_id": g.id, "partition_id": g.partition_id}


def partition_dict(p: Partition) -> dict:
    return {
        "id": p.id,
        "partition_id": p.id,
        "partition_name": p.partition_name,
        "numero": p.numero,
        "formsemestre_id": p.formsemestre_id,
        "bul_show_rank": p.bul_show_rank,
        "show_in_lists": p.show_in_lists,
    }


async def set_etudiant(db: AsyncSession, access: Access, group_id: int, etudid: int, *, remove: bool = False) -> dict:
    g, p, sem = await _group(db, access, group_id)
    if not await sems.is_registered(db, sem.id, etudid):
        raise NotFound(f"étudiant {etudid} non inscrit au semestre")
    await lock_students(db, [etudid])  # concurrent calls for one student: one group per partition, no clash
    if remove:
        await repo.remove_member(db, g.id, etudid)
    else:
        await repo.place(db, p.id, g.id, [etudid])
    await invalidate(db, [sem.id])
    return {"group_id": g.id, "etudid": etudid}


async def _check_name(db: AsyncSession, partition_id: int, name, *, exclude: int | None = None) -> str:
    if not isinstance(name, str) or not name.strip() or len(name) > 64:
        raise BadRequest("group_name: nom de groupe invalide")
    clash = await repo.group_named(db, partition_id, name.strip())
    if clash is not None and clash != exclude:
        raise BadRequest(f"group_name: le groupe {name} existe déjà")
    return name.strip()


async def create_group(db: AsyncSession, access: Access, partition_id: int, body: dict) -> dict:
    p, sem = await _partition(db, access, partition_id)
    if p.partition_name is None:
        raise BadRequest("la partition par défaut ne reçoit pas de groupe")
    g = GroupDescr(partition_id=p.id, group_name=await _check_name(db, p.id, body.get("group_name")))
    db.add(g)
    await db.flush()
    await invalidate(db, [sem.id])
    return group_dict(g)


async def edit_group(db: AsyncSession, access: Access, group_id: int, body: dict) -> dict:
    g, p, sem = await _group(db, access, group_id)
    if "group_name" in body:
        g.group_name = await _check_name(db, p.id, body["group_name"], exclude=g.id)
    await db.flush()
    await invalidate(db, [sem.id])
    return group_dict(g)


async def delete_group(db: AsyncSession, access: Access, group_id: int) -> dict:
    g, _, sem = await _group(db, access, group_id)
    await repo.delete_groups(db, [g.id])
    await invalidate(db, [sem.id])
    return {"OK": True}


async def create_partition(db: AsyncSession, access: Access, formsemestre_id: int, body: dict) -> dict:
    from scodoc_api.services.formsemestre import get_sem

    sem = await get_sem(db, access, formsemestre_id)
    await can_change_groups(db, access, sem)
    name = body.get("partition_name")
    if not isinstance(name, str) or not name.strip() or len(name) > 32:
        raise BadRequest("partition_name: nom de partition invalide")
    if await repo.partition_named(db, sem.id, name.strip()) is not None:
        raise BadRequest(f"partition_name: la partition {name} existe déjà")
    numero = body.get("numero")
    if numero is None:
        numero = await repo.last_partition_numero(db, sem.id) + 1
    p = Partition(
        formsemestre_id=sem.id,
        partition_name=name.strip(),
        numero=_int_field(numero, "numero"),
        bul_show_rank=_bool_field(body.get("bul_show_rank", False), "bul_show_rank"),
        show_in_lists=_bool_field(body.get("show_in_lists", True), "show_in_lists"),
    )
    db.add(p)
    await db.flush()
    await invalidate(db, [sem.id])
    return partition_dict(p)


def _int_field(value, name: str) -> int:
    number = parse_id(value) if isinstance(value, int) else None  # a JSON integer, in the int4 range of the column
    if number is None:
        raise BadRequest(f"{name}: entier attendu")
    return number


def _bool_field(value, name: str) -> bool:
    if isinstance(value, bool) or (isinstance(value, int) and value in (0, 1)):
        return bool(value)
    raise BadRequest(f"{name}: booléen attendu")


async def edit_partition(db: AsyncSession, access: Access, partition_id: int, body: dict) -> dict:
    p, sem = await _partition(db, access, partition_id)
    if p.partition_name is None:
        raise BadRequest("la partition par défaut ne se modifie pas")
    if "partition_name" in body:
        name = body["partition_name"]
        if not isinstance(name, str) or not name.strip() or len(name) > 32:
            raise BadRequest("partition_name: nom de partition invalide")
        p.partition_name = name.strip()
    if "numero" in body:
        p.numero = _int_field(body["numero"], "numero")
    for key in ("bul_show_rank", "show_in_lists"):
        if key in body:
            setattr(p, key, _bool_field(body[key], key))
    await db.flush()
    await invalidate(db, [sem.id])
    return partition_dict(p)


async def delete_partition(db: AsyncSession, access: Access, partition_id: int) -> dict:
    p, sem = await _partition(db, access, partition_id)
    if p.partition_name is None:
        raise BadRequest("la partition par défaut ne se supprime pas")
    await repo.delete_partition(db, p.id)
    await invalidate(db, [sem.id])
    return {"OK": True}
