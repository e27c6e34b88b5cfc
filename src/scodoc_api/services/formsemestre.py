"""Semesters: the formsemestre object of modern-api.md §4.3 plus the seed keys of domain.md §5.5."""

from collections import defaultdict
from datetime import date

from scodoc_api.core.permissions import Access, Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import identity as idt
from scodoc_api.domain import semester as sd
from scodoc_api.domain.formatting import fmt_note
from scodoc_api.domain.grades_model import ModuleType
from scodoc_api.domain.parcours import BUT, get_parcours
from scodoc_api.models import (
    Departement,
    Formation,
    FormSemestre,
    Identite,
)
from scodoc_api.repositories import departements as dept_repo
from scodoc_api.repositories import formsemestre as repo
from scodoc_api.repositories import groups as groups_repo
from scodoc_api.repositories.prefs import pref, prefs_for
from scodoc_api.services import etud as etud_service
from scodoc_api.services.results import ResultsCache, get_results


def formation_summary(f: Formation) -> dict:
    return {
        "acronyme": f.acronyme,
        "formation_code": f.formation_code,
        "id": f.id,
        "titre": f.titre,
        "titre_officiel": f.titre_officiel,
        "type_parcours": f.type_parcours,
        "version": f.version,
    }


def sem_dict(s: FormSemestre, ctx: dict, prefs: dict) -> dict:
    f = ctx["formations"][s.formation_id]
    etapes = ctx["etapes"].get(s.id, [])
    imput = pref(prefs, "ImputationDept", s.dept_id, s.id)
    dept_name = imput or pref(prefs, "DeptName", s.dept_id, s.id)
    if dept_name == "Dept":  # ScoDoc's unconfigured default: use the acronym (domain.md §2)
        dept_name = ctx["depts"][s.dept_id].acronym
    tnum = sd.titre_num(s.titre, s.semestre_id, f.type_parcours)
    return {
        "annee_scolaire": sd.annee_scolaire(s.date_debut),
        "bul_hide_xml": s.bul_hide_xml,
        "date_debut": sd.dmy(s.date_debut),
        "date_debut_iso": s.date_debut.isoformat(),
        "date_fin": sd.dmy(s.date_fin),
        "date_fin_iso": s.date_fin.isoformat(),
        "dept_id": s.dept_id,
        "elt_annee_apo": s.elt_annee_apo,
        "elt_sem_apo": s.elt_sem_apo,
        "etape_apo": etapes[0] if etapes else None,
        "etapes": etapes,
        "etat": s.etat,
        "formation": formation_summary(f),
        "formation_id": s.formation_id,
        "formsemestre_id": s.id,
        "id": s.id,
        "modalite": s.modalite,
        "parcours": ctx["parcours"].get(s.id, []),
        "parcours_type": get_parcours(f.type_parcours).name,
        "periode": sd.periode(s.date_debut),
        "responsables": ctx["responsables"].get(s.id, []),
        "semestre_id": s.semestre_id,
        "semestre_idx": s.semestre_id,
        "semestre_idx_txt": sd.sem_id_txt(s.semestre_id),
        "session_id": sd.session_id(
            dept_name=dept_name,
            type_parcours=f.type_parcours,
            modalite=s.modalite,
            semestre_id=s.semestre_id,
            date_debut=s.date_debut,
            code_specialite=f.code_specialite,
        ),
        "titre": s.titre or "",
        "titre_annee": sd.titre_annee(tnum, s.modalite, s.date_debut, s.date_fin),
        "titre_formation": f.acronyme,
        "titre_num": tnum,
    }


async def sem_dicts(db: AsyncSession, sems: list[FormSemestre]) -> list[dict]:
    if not sems:
        return []
    ctx = await repo.load_full(db, sems)
    prefs = await prefs_for(db, list({s.dept_id for s in sems}), [s.id for s in sems])
    return [sem_dict(s, ctx, prefs) for s in sems]


async def get_sem(
    db: AsyncSession, access: Access, formsemestre_id: int, perm: int = Permission.ScoView
) -> FormSemestre:
    return access.visible(await repo.get(db, formsemestre_id), lambda s: s.dept_id, perm, what="semestre")


async def get_formsemestre(db: AsyncSession, access: Access, formsemestre_id: int) -> dict:
    return (await sem_dicts(db, [await get_sem(db, access, formsemestre_id)]))[0]


async def list_by_etape(db: AsyncSession, access: Access, etape_apo: str, all_dept_ids: list[int]) -> list[dict]:
    code = etape_apo.partition("!")[0]
    found = await repo.list_by_etape_candidates(db, code, access.dept_filter(all_dept_ids))
    seen, sems = set(), []
    for s, stored in found:
        if s.id not in seen and sd.etape_matches(etape_apo, stored):
            seen.add(s.id)
            sems.append(s)
    return await sem_dicts(db, sems)


# The ScoDoc 9.x shapes (modern-api.md §4-5)


async def dept_formsemestres(
    db: AsyncSession, access: Access, dept: Departement, *, courants: bool, day: date | None = None
) -> list[dict]:
    access.check(dept.id, Permission.ScoView, what="département")
    sems = await repo.list_sems(db, dept_ids=[dept.id], current_on=(day or date.today()) if courants else None)
    return await sem_dicts(db, sems)


async def etud_formsemestres(db: AsyncSession, access: Access, etuds: list[Identite]) -> list[dict]:
    rows = await repo.inscriptions_of_etuds(db, [e.id for e in etuds])
    seen, sems = set(), []
    for _, s in rows:
        if s.id not in seen and access.can(s.dept_id, Permission.ScoView):
            seen.add(s.id)
            sems.append(s)
    return await sem_dicts(db, sems)


async def formsemestres_query(db: AsyncSession, access: Access, params: dict) -> list[dict]:
    """``formsemestres/query``: with a NIP, every department the caller may view (modern-api.md §5.2)."""
    etud_keys = [(k, params[k]) for k in ("etudid", "nip", "ine") if params.get(k) not in (None, "")]
    dept_ids = await etud_service._visible_depts(db, access)
    if params.get("dept_acronym"):
        named = await dept_repo.dept_id_of(db, params["dept_acronym"])
        dept_ids = [d for d in dept_ids if d == named]
    if params.get("dept_id") not in (None, ""):
        dept_ids = [d for d in dept_ids if str(d) == str(params["dept_id"])]
    if etud_keys:
        etuds = []
        for k, v in etud_keys:
            etuds += await etud_service.find_etuds(db, access, k, str(v))
        rows = await repo.inscriptions_of_etuds(db, [e.id for e in etuds])
        ids = list(dict.fromkeys(s.id for _, s in rows if s.dept_id in dept_ids))
        sems = await repo.list_sems(db, ids=ids) if ids else []
    else:
        sems = await repo.list_sems(db, dept_ids=dept_ids)
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


async def sem_etudiants(db: AsyncSession, access: Access, sem_id: int, *, long: bool, etat: str | None) -> list[dict]:
    sem = await get_sem(db, access, sem_id)
    rows = await repo.registered_students(db, sem.id, etat)
    dicts = await etud_service.etud_dicts(db, [e for e, _ in rows], long=long)
    groups: dict = defaultdict(list)
    for p, g, etudid in await groups_repo.named_memberships(db, sem.id):
        groups[etudid].append(
            {"group_id": g.id, "group_name": g.group_name, "partition_id": p.id, "partition_name": p.partition_name}
        )
    for d, (_, ins_etat) in zip(dicts, rows, strict=True):
        d["etat"] = ins_etat
        d["groups"] = groups.get(d["etudid"], [])
    return dicts


async def sem_partitions(db: AsyncSession, access: Access, sem_id: int) -> dict:
    sem = await get_sem(db, access, sem_id)
    parts = await groups_repo.named_partitions(db, sem.id)
    groups = await groups_repo.named_groups(db, sem.id)
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


async def programme(db: AsyncSession, access: Access, sem_id: int) -> dict:
    from scodoc_api.services.moduleimpl import list_moduleimpls

    mis = await list_moduleimpls(db, access, sem_id)
    modules: list = []
    malus: list = []
    ressources: list = []
    saes: list = []
    ues: dict = {}
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
        # BUT modules are ressources (2) or SAÉs (3); classic ones standard (0) or malus (1)
        lists = {ModuleType.MALUS: malus, ModuleType.RESSOURCE: ressources, ModuleType.SAE: saes}
        lists.get(mi["module"]["module_type"], modules).append(item)
    return {"malus": malus, "modules": modules, "ressources": ressources, "saes": saes, "ues": list(ues.values())}


async def resultats(db: AsyncSession, access: Access, sem_id: int, *, cache: ResultsCache) -> list[dict]:
    sem = await get_sem(db, access, sem_id)
    computed = await get_results(db, sem.id, cache=cache)
    if computed.rows.but is not None:
        from scodoc_api.services.formsemestre_but import but_resultats

        return but_resultats(computed)
    r = computed.results
    names = {e.id: e for e, _ in computed.rows.students}
    etats = {e.id: etat for e, etat in computed.rows.students}
    parts = {name: pid for pid, name, _ in computed.rows.partitions}
    out = []
    for i, s in enumerate(r.students):
        e = names[s.id]
        row = {
            **idt.resultats_identity(s.id, etats[s.id], e),
            "moy_gen": fmt_note(r.moy_gen[i]),
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


async def decisions_jury(db: AsyncSession, access: Access, sem_id: int, *, cache: ResultsCache) -> list[dict]:
    sem = await get_sem(db, access, sem_id)
    if await repo.formation_type(db, sem.formation_id) == BUT:
        from scodoc_api.services.formsemestre_but import but_decisions_jury

        computed = await get_results(db, sem.id, cache=cache)
        return await but_decisions_jury(db, computed, cache)
    rows = await repo.registered_students(db, sem.id)
    decs: dict = defaultdict(list)
    for v in await repo.decisions(db, sem.id):
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
