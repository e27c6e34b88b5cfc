"""Semesters: the formsemestre object of modern-api.md §4.3 plus the seed keys of domain.md §5.5."""

from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import unknown
from scodoc_api.core.permissions import Access, Permission
from scodoc_api.domain import semester as sd
from scodoc_api.domain.parcours import get_parcours
from scodoc_api.models import Formation, FormSemestre
from scodoc_api.repositories import formsemestre as repo
from scodoc_api.repositories.prefs import pref, prefs_for


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
        "parcours": [],
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
    sem = await repo.get(db, formsemestre_id)
    if sem is None:
        raise unknown("semestre")
    access.check(sem.dept_id, perm, what="semestre")
    return sem


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
