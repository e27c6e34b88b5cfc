"""The modern ScoDoc 9.x shapes (modern-api.md §4-5), built on the same repositories as the seed routes."""

import unicodedata
from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import Forbidden, NotFound, unknown
from scodoc_api.core.ids import parse_id
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.domain import identity as idt
from scodoc_api.domain.formatting import fmt_note
from scodoc_api.models import (
    Admission,
    Departement,
    FormSemestre,
    FormSemestreInscription,
    GroupDescr,
    GroupMembership,
    Identite,
    Note,
    Partition,
    Role,
    User,
    UserRole,
)
from scodoc_api.repositories import formsemestre as sem_repo
from scodoc_api.repositories.departements import all_dept_ids
from scodoc_api.repositories.etud import adresses
from scodoc_api.services.formsemestre import get_sem, sem_dicts

HTTP_DATE = "%a, %d %b %Y %H:%M:%S GMT"


def dept_dict(d: Departement) -> dict:
    return {
        "acronym": d.acronym,
        "date_creation": d.date_creation.strftime(HTTP_DATE) if d.date_creation else None,
        "dept_name": d.dept_name or d.acronym,
        "description": d.description,
        "id": d.id,
        "visible": d.visible,
    }


async def list_departements(db: AsyncSession, access: Access) -> list[dict]:
    stmt = select(Departement).order_by(Departement.id)
    if access.mount_dept_id is not None:
        stmt = stmt.where(Departement.id == access.mount_dept_id)
    return [dept_dict(d) for d in (await db.execute(stmt)).scalars()]


async def get_departement(
    db: AsyncSession, access: Access, *, acronym: str | None = None, dept_id: int | None = None
) -> Departement:
    stmt = select(Departement).where(
        Departement.acronym == acronym if acronym is not None else Departement.id == dept_id
    )
    d = (await db.execute(stmt)).scalar_one_or_none()
    if d is None or (access.mount_dept_id is not None and d.id != access.mount_dept_id):
        raise NotFound(f"département {acronym if acronym is not None else dept_id} inconnu")
    return d


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
    acronyms = dict((await db.execute(select(Departement.id, Departement.acronym))).all())
    out = [etud_short(e, acronyms) for e in etuds]
    if long and etuds:
        ids = [e.id for e in etuds]
        adr = await adresses(db, ids)
        adm = {a.etudid: a for a in (await db.execute(select(Admission).where(Admission.etudid.in_(ids)))).scalars()}
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
    col = {"etudid": Identite.id, "nip": Identite.code_nip, "ine": Identite.code_ine}.get(kind)
    if col is None:
        raise NotFound("type d'identifiant inconnu (etudid, nip ou ine)")
    if kind == "etudid":
        value = parse_id(value)  # not a number, or out of range: names no student
        if value is None:
            return []
    last = (
        select(FormSemestreInscription.etudid, func.max(FormSemestre.date_debut).label("last"))
        .join(FormSemestre)
        .group_by(FormSemestreInscription.etudid)
        .subquery()
    )
    rows = (
        (
            await db.execute(
                select(Identite)
                .outerjoin(last, last.c.etudid == Identite.id)
                .where(
                    col == value,
                    Identite.dept_id.in_(dept_ids if dept_ids is not None else await _visible_depts(db, access)),
                )
                .order_by(last.c.last.desc().nulls_last(), Identite.id.desc())
            )
        )
        .scalars()
        .all()
    )
    return list(rows)


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
    stmt = (
        select(Identite)
        .where(
            Identite.id.in_(
                select(FormSemestreInscription.etudid)
                .join(FormSemestre)
                .where(
                    FormSemestre.date_debut <= today,
                    FormSemestre.date_fin >= today,
                    FormSemestre.dept_id.in_(await _visible_depts(db, access)),
                )
            )
        )
        .order_by(Identite.nom, Identite.prenom, Identite.id)
    )
    return await etud_dicts(db, list((await db.execute(stmt)).scalars()), long=long)


async def dept_etudiants(db: AsyncSession, access: Access, dept: Departement) -> list[dict]:
    access.check(dept.id, Permission.ScoView, what="département")
    rows = (
        (
            await db.execute(
                select(Identite).where(Identite.dept_id == dept.id).order_by(Identite.nom, Identite.prenom, Identite.id)
            )
        )
        .scalars()
        .all()
    )
    return await etud_dicts(db, list(rows), long=False)


async def dept_formsemestres(
    db: AsyncSession, access: Access, dept: Departement, *, courants: bool, day: date | None = None
) -> list[dict]:
    access.check(dept.id, Permission.ScoView, what="département")
    sems = await sem_repo.list_sems(db, dept_ids=[dept.id], current_on=(day or date.today()) if courants else None)
    return await sem_dicts(db, sems)


async def etud_formsemestres(db: AsyncSession, access: Access, etuds: list[Identite]) -> list[dict]:
    rows = await sem_repo.inscriptions_of_etuds(db, [e.id for e in etuds])
    seen, sems = set(), []
    for _, s in rows:
        if s.id not in seen and access.can(s.dept_id, Permission.ScoView):
            seen.add(s.id)
            sems.append(s)
    return await sem_dicts(db, sems)


async def formsemestres_query(db: AsyncSession, access: Access, params: dict) -> list[dict]:
    """``formsemestres/query``: with a NIP, every department the caller may view (modern-api.md §5.2)."""
    etud_keys = [(k, params[k]) for k in ("etudid", "nip", "ine") if params.get(k) not in (None, "")]
    dept_ids = await _visible_depts(db, access)
    if params.get("dept_acronym"):
        dept_ids = [
            d
            for d in dept_ids
            if d
            in set(
                (
                    await db.execute(select(Departement.id).where(Departement.acronym == params["dept_acronym"]))
                ).scalars()
            )
        ]
    if params.get("dept_id") not in (None, ""):
        dept_ids = [d for d in dept_ids if str(d) == str(params["dept_id"])]
    if etud_keys:
        etuds = []
        for k, v in etud_keys:
            etuds += await find_etuds(db, access, k, str(v))
        rows = await sem_repo.inscriptions_of_etuds(db, [e.id for e in etuds])
        ids = list(dict.fromkeys(s.id for _, s in rows if s.dept_id in dept_ids))
        sems = await sem_repo.list_sems(db, ids=ids) if ids else []
    else:
        sems = await sem_repo.list_sems(db, dept_ids=dept_ids)
    if params.get("formation_id") not in (None, ""):
        sems = [s for s in sems if str(s.formation_id) == str(params["formation_id"])]
    if params.get("etat") not in (None, ""):
        want = str(params["etat"]).lower() in ("1", "true")
        sems = [s for s in sems if s.etat == want]
    out = await sem_dicts(db, sems)
    if params.get("annee_scolaire") not in (None, ""):
        out = [s for s in out if str(s["annee_scolaire"]) == str(params["annee_scolaire"])]
    if params.get("etape_apo"):
        out = [s for s in out if params["etape_apo"] in s["etapes"]]
    return out


async def etud_sem_groups(db: AsyncSession, etudid: int, sem_id: int) -> list[dict]:
    rows = (
        await db.execute(
            select(Partition, GroupDescr)
            .join(GroupDescr, GroupDescr.partition_id == Partition.id)
            .join(GroupMembership, GroupMembership.group_id == GroupDescr.id)
            .where(
                Partition.formsemestre_id == sem_id,
                GroupMembership.etudid == etudid,
                Partition.partition_name.is_not(None),
            )
            .order_by(Partition.numero, Partition.id)
        )
    ).all()
    return [
        {"group_id": g.id, "group_name": g.group_name, "partition_id": p.id, "partition_name": p.partition_name}
        for p, g in rows
    ]


async def sem_etudiants(db: AsyncSession, access: Access, sem_id: int, *, long: bool, etat: str | None) -> list[dict]:
    sem = await get_sem(db, access, sem_id)
    stmt = (
        select(Identite, FormSemestreInscription.etat)
        .join(FormSemestreInscription)
        .where(FormSemestreInscription.formsemestre_id == sem.id)
    )
    if etat:
        stmt = stmt.where(FormSemestreInscription.etat == etat)
    rows = (await db.execute(stmt.order_by(Identite.nom, Identite.prenom, Identite.id))).all()
    dicts = await etud_dicts(db, [e for e, _ in rows], long=long)
    groups: dict = defaultdict(list)
    for p, g, etudid in (
        await db.execute(
            select(Partition, GroupDescr, GroupMembership.etudid)
            .join(GroupDescr, GroupDescr.partition_id == Partition.id)
            .join(GroupMembership, GroupMembership.group_id == GroupDescr.id)
            .where(Partition.formsemestre_id == sem.id, Partition.partition_name.is_not(None))
            .order_by(Partition.numero, Partition.id)
        )
    ).all():
        groups[etudid].append(
            {"group_id": g.id, "group_name": g.group_name, "partition_id": p.id, "partition_name": p.partition_name}
        )
    for d, (_, ins_etat) in zip(dicts, rows, strict=True):
        d["etat"] = ins_etat
        d["groups"] = groups.get(d["etudid"], [])
    return dicts


async def sem_partitions(db: AsyncSession, access: Access, sem_id: int) -> dict:
    sem = await get_sem(db, access, sem_id)
    parts = (
        (
            await db.execute(
                select(Partition)
                .where(Partition.formsemestre_id == sem.id, Partition.partition_name.is_not(None))
                .order_by(Partition.numero, Partition.id)
            )
        )
        .scalars()
        .all()
    )
    groups = (
        (
            await db.execute(
                select(GroupDescr)
                .join(Partition)
                .where(Partition.formsemestre_id == sem.id, Partition.partition_name.is_not(None))
                .order_by(GroupDescr.group_name, GroupDescr.id)
            )
        )
        .scalars()
        .all()
    )
    out = {}
    for p in parts:
        gs = [g for g in groups if g.partition_id == p.id]
        out[str(p.id)] = {
            "id": p.id,
            "partition_name": p.partition_name,
            "numero": p.numero,
            "groups": {
                str(g.id): {"id": g.id, "group_name": g.group_name, "partition_id": p.id, "numero": k + 1}
                for k, g in enumerate(gs)
            },
        }
    return out


async def group_etudiants(db: AsyncSession, access: Access, group_id: int, etat: str | None) -> list[dict]:
    row = (
        await db.execute(
            select(GroupDescr, FormSemestre)
            .join(Partition, Partition.id == GroupDescr.partition_id)
            .join(FormSemestre, FormSemestre.id == Partition.formsemestre_id)
            .where(GroupDescr.id == group_id)
        )
    ).first()
    if row is None:
        raise unknown("groupe")
    g, sem = row
    access.check(sem.dept_id, Permission.ScoView, what="groupe")
    stmt = (
        select(Identite)
        .join(GroupMembership, GroupMembership.etudid == Identite.id)
        .join(
            FormSemestreInscription,
            (FormSemestreInscription.etudid == Identite.id) & (FormSemestreInscription.formsemestre_id == sem.id),
        )
        .where(GroupMembership.group_id == g.id)
    )
    if etat:
        stmt = stmt.where(FormSemestreInscription.etat == etat)
    etuds = list((await db.execute(stmt.order_by(Identite.nom, Identite.prenom, Identite.id))).scalars())
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


async def evaluation_notes(db: AsyncSession, access: Access, evaluation_id: int) -> dict:
    """Object keyed by etudid; numbers are floats (written with a decimal point), codes are strings."""
    from scodoc_api.services.evaluation import get_evaluation_checked

    ev, _, _ = await get_evaluation_checked(db, access, evaluation_id)
    out = {}
    for n in (await db.execute(select(Note).where(Note.evaluation_id == ev.id).order_by(Note.etudid))).scalars():
        value = {None: "ABS", -1000.0: "EXC", -1002.0: "ATT"}.get(n.value, n.value)
        out[str(n.etudid)] = {
            "comment": n.comment or "",
            "date": n.date.astimezone().isoformat() if n.date else None,
            "etudid": n.etudid,
            "evaluation_id": ev.id,
            "note_max": float(ev.note_max),
            "uid": n.uid,
            "value": float(value) if isinstance(value, float) else value,
        }
    return out


async def programme(db: AsyncSession, access: Access, sem_id: int) -> dict:
    from scodoc_api.services.moduleimpl import list_moduleimpls

    mis = await list_moduleimpls(db, access, sem_id)
    modules, malus, ues = [], [], {}
    for mi in mis:
        ues.setdefault(
            mi["ue"]["ue_id"],
            {
                "acronyme": mi["ue"]["acronyme"],
                "id": mi["ue"]["ue_id"],
                "numero": mi["ue"]["numero"],
                "titre": mi["ue"]["titre"],
                "type": mi["ue"]["type"],
            },
        )
        item = {
            "id": mi["id"],
            "moduleimpl_id": mi["id"],
            "module_id": mi["module_id"],
            "responsable_id": mi["responsable_id"],
            "formsemestre_id": mi["formsemestre_id"],
            "module": {
                "abbrev": mi["module"]["abbrev"],
                "code": mi["module"]["code"],
                "coefficient": mi["module"]["coefficient"],
                "id": mi["module_id"],
                "module_type": mi["module"]["module_type"],
                "titre": mi["module"]["titre"],
                "ue_id": mi["module"]["ue_id"],
            },
        }
        (malus if mi["module"]["module_type"] == 1 else modules).append(item)
    return {"malus": malus, "modules": modules, "ressources": [], "saes": [], "ues": list(ues.values())}


async def resultats(db: AsyncSession, access: Access, sem_id: int) -> list[dict]:
    from scodoc_api.services.results import get_results

    sem = await get_sem(db, access, sem_id)
    computed = await get_results(db, sem.id)
    r = computed.results
    names = {e.id: e for e, _ in computed.rows.students}
    etats = {e.id: etat for e, etat in computed.rows.students}
    parts = {name: pid for pid, name, _ in computed.rows.partitions}
    out = []
    for i, s in enumerate(r.students):
        e = names[s.id]
        row = {
            "etat": etats[s.id],
            "etudid": s.id,
            "moy_gen": fmt_note(r.moy_gen[i]),
            "nom_disp": idt.nom_disp(e.nom, e.nom_usuel),
            "prenom": idt.format_prenom(e.prenom),
            "rang": "" if r.ranks_hidden else r.rank[i],
        }
        for u in r.ues:
            row[f"moy_ue_{u.id}"] = fmt_note(r.ue[u.id].cur[i])
            for m in r.modules_by_ue.get(u.id, []):
                row[f"moy_mod_{m.id}_{u.id}"] = fmt_note(r.module_means[m.id][i])
        for pname, pid in parts.items():
            row[f"part_{pid}"] = r.member_of.get((pname, i))
        out.append(row)
    return out


async def decisions_jury(db: AsyncSession, access: Access, sem_id: int) -> list[dict]:
    from scodoc_api.models import FormSemestreValidation

    sem = await get_sem(db, access, sem_id)
    rows = (
        await db.execute(
            select(Identite, FormSemestreInscription.etat)
            .join(FormSemestreInscription)
            .where(FormSemestreInscription.formsemestre_id == sem.id)
            .order_by(Identite.nom, Identite.prenom)
        )
    ).all()
    decs: dict = defaultdict(list)
    for v in (
        await db.execute(select(FormSemestreValidation).where(FormSemestreValidation.formsemestre_id == sem.id))
    ).scalars():
        decs[v.etudid].append(v)
    out = []
    for e, etat in rows:
        sem_dec = next((v for v in decs[e.id] if v.ue_id is None), None)
        out.append(
            {
                "code_ine": e.code_ine,
                "code_nip": e.code_nip,
                "etat": etat,
                "etudid": e.id,
                "nom": idt.format_nom(e.nom),
                "prenom": idt.format_prenom(e.prenom),
                "semestre": {"code": sem_dec.code} if sem_dec else None,
                "ues": [{"code": v.code, "moy": v.moy_ue, "ue_id": v.ue_id} for v in decs[e.id] if v.ue_id is not None],
            }
        )
    return out


async def user_dict(db: AsyncSession, user: User) -> dict:
    roles = (await db.execute(select(Role.name, UserRole.dept).join(UserRole).where(UserRole.user_id == user.id))).all()
    return {
        "active": user.active,
        "dept": user.dept,
        "email": user.email,
        "id": user.id,
        "nom": user.nom,
        "prenom": user.prenom,
        "roles_string": ",".join(f"{r}_{d or ''}" for r, d in roles),
        "user_name": user.user_name,
        "date_created": user.date_created.isoformat() if user.date_created else None,
    }


def _require_users_view(access: Access) -> None:
    if not access.principal.holds_anywhere(Permission.ScoUsersView):
        raise Forbidden()


async def get_user(db: AsyncSession, access: Access, uid: int) -> dict:
    _require_users_view(access)
    user = await db.get(User, uid)
    dept_ids = dict((await db.execute(select(Departement.acronym, Departement.id))).all())
    if user is None or not _user_visible(access, user, dept_ids):
        raise NotFound("utilisateur inconnu")
    return await user_dict(db, user)


def _user_visible(access: Access, user: User, dept_ids: dict[str, int]) -> bool:
    """ScoUsersView in the user's home department (permissions.md §4.9); a user without a home department
    is visible to holders of ScoUsersView everywhere only. The department mount shows its own users."""
    if access.mount_dept_acronym is not None and user.dept != access.mount_dept_acronym:
        return False
    if user.dept is None or user.dept not in dept_ids:
        return access.principal.has(Permission.ScoUsersView, -1)
    return access.principal.has(Permission.ScoUsersView, dept_ids[user.dept])


async def users_query(db: AsyncSession, access: Access, params: dict) -> list[dict]:
    _require_users_view(access)
    stmt = select(User).order_by(User.user_name)
    if params.get("active") not in (None, ""):
        stmt = stmt.where(User.active == (str(params["active"]).lower() in ("1", "true")))
    if params.get("departement"):
        stmt = stmt.where(User.dept == params["departement"])
    if params.get("starts_with"):
        stmt = stmt.where(User.nom.ilike(f"{params['starts_with']}%"))
    dept_ids = dict((await db.execute(select(Departement.acronym, Departement.id))).all())
    users = [u for u in (await db.execute(stmt)).scalars() if _user_visible(access, u, dept_ids)]
    return [await user_dict(db, u) for u in users]


async def search_by_name(
    db: AsyncSession, access: Access, start: str, *, min_len: int = 3, limit: int = 32
) -> list[dict]:
    if len(start) < min_len:
        return []
    pattern = start.upper().replace("%", r"\%").replace("_", r"\_") + "%"
    rows = (
        (
            await db.execute(
                select(Identite)
                .where(
                    Identite.dept_id.in_(await _visible_depts(db, access)),
                    (func.upper(Identite.nom).like(pattern, escape="\\"))
                    | (func.upper(Identite.nom_usuel).like(pattern, escape="\\")),
                )
                .order_by(Identite.nom, Identite.prenom, Identite.id)
                .limit(limit)
            )
        )
        .scalars()
        .all()
    )
    return await etud_dicts(db, list(rows), long=False)
