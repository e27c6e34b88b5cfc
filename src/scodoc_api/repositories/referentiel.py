"""Référentiels de compétences: stored in one transaction from a checked export, read back in its shape."""

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    ApcAppCritique,
    ApcCompetence,
    ApcNiveau,
    ApcParcours,
    ApcParcoursNiveau,
    ApcReferentielCompetences,
    Formation,
)


async def find(db: AsyncSession, dept_id: int, specialite: str, version: str) -> int | None:
    return (
        await db.execute(
            select(ApcReferentielCompetences.id).where(
                ApcReferentielCompetences.dept_id == dept_id,
                ApcReferentielCompetences.specialite == specialite,
                ApcReferentielCompetences.version_orebut == version,
            )
        )
    ).scalar_one_or_none()


async def read(db: AsyncSession, ref_id: int) -> dict | None:
    """The référentiel in the shape of ScoDoc's export."""
    head = await db.get(ApcReferentielCompetences, ref_id)
    if head is None:
        return None
    comps = (
        await db.execute(
            select(ApcCompetence).where(ApcCompetence.referentiel_id == ref_id).order_by(ApcCompetence.numero)
        )
    ).scalars()
    comps = list(comps)
    niveaux = (
        await db.execute(
            select(ApcNiveau)
            .where(ApcNiveau.competence_id.in_([c.id for c in comps]))
            .order_by(ApcNiveau.competence_id, ApcNiveau.ordre)
        )
    ).scalars()
    niveaux = list(niveaux)
    acs = (
        await db.execute(
            select(ApcAppCritique)
            .where(ApcAppCritique.niveau_id.in_([n.id for n in niveaux]))
            .order_by(ApcAppCritique.code)
        )
    ).scalars()
    ac_of: dict = {}
    for a in acs:
        ac_of.setdefault(a.niveau_id, {})[a.code] = {"libelle": a.libelle}
    competences = {}
    for c in comps:
        competences[c.titre] = {
            "id_orebut": c.id_orebut,
            "titre": c.titre,
            "titre_long": c.titre_long,
            "couleur": c.couleur,
            "numero": c.numero,
            "situations": [{"libelle": s} for s in c.situations or []],
            "composantes_essentielles": [{"libelle": s} for s in c.composantes_essentielles or []],
            "niveaux": {
                n.annee: {
                    "libelle": n.libelle,
                    "annee": n.annee,
                    "ordre": n.ordre,
                    "app_critiques": ac_of.get(n.id, {}),
                }
                for n in niveaux
                if n.competence_id == c.id
            },
        }
    parcours = await _parcours_out(db, ref_id, {c.id: c for c in comps})
    return {
        "id": head.id,
        "dept_id": head.dept_id,
        "annexe": head.annexe,
        "specialite": head.specialite,
        "specialite_long": head.specialite_long,
        "type_structure": head.type_structure,
        "type_departement": head.type_departement,
        "type_titre": head.type_titre,
        "version_orebut": head.version_orebut,
        "scodoc_date_loaded": head.scodoc_date_loaded.isoformat().replace("+00:00", "Z"),
        "scodoc_orig_filename": head.scodoc_orig_filename,
        "competences": competences,
        "parcours": parcours,
    }


async def _parcours_out(db: AsyncSession, ref_id: int, comp_of: dict) -> dict:
    """The référentiel's parcours in the export's shape: each year's compétences and their niveau."""
    parcours = {}
    for p in (
        await db.execute(select(ApcParcours).where(ApcParcours.referentiel_id == ref_id).order_by(ApcParcours.numero))
    ).scalars():
        annees: dict = {}
        for pn in (
            await db.execute(
                select(ApcParcoursNiveau)
                .where(ApcParcoursNiveau.parcours_id == p.id)
                .order_by(ApcParcoursNiveau.annee, ApcParcoursNiveau.competence_id)
            )
        ).scalars():
            c = comp_of[pn.competence_id]
            annee = annees.setdefault(str(pn.annee), {"ordre": pn.annee, "competences": {}})
            annee["competences"][c.titre] = {"niveau": pn.niveau, "id_orebut": c.id_orebut}
        parcours[p.code] = {"code": p.code, "numero": p.numero, "libelle": p.libelle, "annees": annees}
    return parcours


async def of_formation(db: AsyncSession, formation_id: int) -> tuple[int, int | None] | None:
    """(department, référentiel id or None) of a formation, or None when the formation does not exist."""
    row = (
        await db.execute(
            select(Formation.dept_id, Formation.referentiel_competence_id).where(Formation.id == formation_id)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def links_for_import(db: AsyncSession, dept_id: int, specialite: str, version: str | None) -> dict | None:
    """A stored référentiel of the department (the latest loaded when no version is named), as the dataset
    loader links to it: its id, niveau ids by (compétence, ordre), parcours ids by code."""
    stmt = select(ApcReferentielCompetences.id).where(
        ApcReferentielCompetences.dept_id == dept_id, ApcReferentielCompetences.specialite == specialite
    )
    if version is not None:
        stmt = stmt.where(ApcReferentielCompetences.version_orebut == version)
    ref_id = (await db.execute(stmt.order_by(ApcReferentielCompetences.id.desc()))).scalars().first()
    if ref_id is None:
        return None
    niveaux = {
        (titre, ordre): nid
        for nid, titre, ordre in (
            await db.execute(
                select(ApcNiveau.id, ApcCompetence.titre, ApcNiveau.ordre)
                .join(ApcCompetence, ApcCompetence.id == ApcNiveau.competence_id)
                .where(ApcCompetence.referentiel_id == ref_id)
            )
        ).all()
    }
    parcours = dict(
        (await db.execute(select(ApcParcours.code, ApcParcours.id).where(ApcParcours.referentiel_id == ref_id))).all()
    )
    return {"id": ref_id, "niveaux": niveaux, "parcours": parcours}


async def formation_links(db: AsyncSession, formation_id: int) -> dict:
    """What a BUT formation's export names of its référentiel: the référentiel (speciality, version), each
    UE's niveau (compétence, ordre, libellé, année) and parcours (code, ECTS)."""
    from scodoc_api.models import UEParcours, UniteEns

    head = (
        await db.execute(
            select(ApcReferentielCompetences.specialite, ApcReferentielCompetences.version_orebut)
            .join(Formation, Formation.referentiel_competence_id == ApcReferentielCompetences.id)
            .where(Formation.id == formation_id)
        )
    ).first()
    niveaux = {
        ue_id: {"competence": titre, "ordre": ordre, "libelle": libelle, "annee": annee}
        for ue_id, titre, ordre, libelle, annee in (
            await db.execute(
                select(UniteEns.id, ApcCompetence.titre, ApcNiveau.ordre, ApcNiveau.libelle, ApcNiveau.annee)
                .join(ApcNiveau, ApcNiveau.id == UniteEns.niveau_competence_id)
                .join(ApcCompetence, ApcCompetence.id == ApcNiveau.competence_id)
                .where(UniteEns.formation_id == formation_id)
            )
        ).all()
    }
    parcours: dict = {}
    for ue_id, code, ects in (
        await db.execute(
            select(UEParcours.ue_id, ApcParcours.code, UEParcours.ects)
            .join(ApcParcours, ApcParcours.id == UEParcours.parcours_id)
            .join(UniteEns, UniteEns.id == UEParcours.ue_id)
            .where(UniteEns.formation_id == formation_id)
            .order_by(ApcParcours.numero, ApcParcours.code)
        )
    ).all():
        parcours.setdefault(ue_id, []).append({"code": code, "ects": ects})
    return {
        "referentiel": {"specialite": head[0], "version_orebut": head[1]} if head else None,
        "niveaux": niveaux,
        "parcours": parcours,
    }
