"""What the BUT engine and bulletin need beyond a classic semester's rows: the semester's UEs (by index), the
coefficient matrix, the evaluation weights, the parcours and the dispenses. A constant number of queries."""

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    ApcCompetence,
    ApcNiveau,
    ApcParcours,
    ApcParcoursNiveau,
    ApcValidationAnnee,
    ApcValidationRCUE,
    DispenseUE,
    EvaluationUEPoids,
    FormSemestre,
    FormSemestreInscription,
    FormSemestreParcours,
    FormSemestreValidation,
    ModuleUECoef,
    UEParcours,
    UniteEns,
)
from scodoc_api.repositories.prefs import pref_bool, prefs_for
from scodoc_api.repositories.snapshot import frozen_all

PARCOURS_PARTITION = "Parcours"  # ScoDoc's partition whose group names are the parcours codes


@dataclass
class ButRows:
    ues: list  # every UE of the semester (its index, or a module's UE), frozen rows
    coefs: dict  # (module id, UE id) -> coefficient
    poids: dict  # evaluation id -> {UE id: weight}
    dispenses: list  # (etudid, UE id)
    parcours: dict  # parcours id -> (code, libelle), those of the semester
    ue_parcours: dict  # UE id -> {parcours id: ECTS or None}
    student_parcours: dict  # etudid -> parcours id
    skip_empty_ues: bool = False
    competences: dict = field(default_factory=dict)  # UE id -> {"titre", "titre_long", "couleur", "niveau"...}


async def load_but(db: AsyncSession, sem, module_rows: list, evaluations: list, memberships, partitions) -> ButRows:
    module_ids = [module.id for _, module, _, _ in module_rows]
    mod_ue_ids = {module.ue_id for _, module, _, _ in module_rows}
    ues = frozen_all(
        (
            await db.execute(
                select(UniteEns)
                .where(
                    UniteEns.formation_id == sem.formation_id,
                    (UniteEns.semestre_idx == sem.semestre_id) | UniteEns.id.in_(mod_ue_ids),
                )
                .order_by(UniteEns.numero, UniteEns.id)
            )
        ).scalars()
    )
    ue_ids = [u.id for u in ues]
    coefs = {
        (m, u): float(c)
        for m, u, c in (
            await db.execute(
                select(ModuleUECoef.module_id, ModuleUECoef.ue_id, ModuleUECoef.coef).where(
                    ModuleUECoef.module_id.in_(module_ids)
                )
            )
        ).all()
    }
    poids: dict = {}
    eval_ids = [e.id for e in evaluations]
    if eval_ids:
        for ev, ue, w in (
            await db.execute(
                select(EvaluationUEPoids.evaluation_id, EvaluationUEPoids.ue_id, EvaluationUEPoids.poids).where(
                    EvaluationUEPoids.evaluation_id.in_(eval_ids)
                )
            )
        ).all():
            poids.setdefault(ev, {})[ue] = float(w)
    dispenses = [
        tuple(r)
        for r in (
            await db.execute(select(DispenseUE.etudid, DispenseUE.ue_id).where(DispenseUE.formsemestre_id == sem.id))
        ).all()
    ]
    parcours = {
        pid: (code, libelle)
        for pid, code, libelle in (
            await db.execute(
                select(ApcParcours.id, ApcParcours.code, ApcParcours.libelle)
                .join(FormSemestreParcours, FormSemestreParcours.parcours_id == ApcParcours.id)
                .where(FormSemestreParcours.formsemestre_id == sem.id)
                .order_by(ApcParcours.numero, ApcParcours.id)
            )
        ).all()
    }
    ue_parcours: dict = {}
    for ue, pid, ects in (
        await db.execute(
            select(UEParcours.ue_id, UEParcours.parcours_id, UEParcours.ects).where(UEParcours.ue_id.in_(ue_ids))
        )
    ).all():
        ue_parcours.setdefault(ue, {})[pid] = ects
    by_code = {code: pid for pid, (code, _) in parcours.items()}
    part_ids = {pid for pid, name, _ in partitions if name == PARCOURS_PARTITION}
    student_parcours = {etudid: by_code[g] for pid, g, etudid, _ in memberships if pid in part_ids and g in by_code}
    prefs = await prefs_for(db, [sem.dept_id], [sem.id])
    return ButRows(
        ues,
        coefs,
        poids,
        dispenses,
        parcours,
        ue_parcours,
        student_parcours,
        pref_bool(prefs, "but_moy_skip_empty_ues", sem.dept_id, sem.id),
        await _competences(db, [u.niveau_competence_id for u in ues if u.niveau_competence_id]),
    )


async def _competences(db: AsyncSession, niveau_ids: list[int]) -> dict:
    """niveau id -> what a bulletin's ``competence`` shows of it."""
    if not niveau_ids:
        return {}
    rows = await db.execute(
        select(ApcNiveau.id, ApcNiveau.libelle, ApcNiveau.ordre, ApcNiveau.annee, ApcCompetence)
        .join(ApcCompetence, ApcCompetence.id == ApcNiveau.competence_id)
        .where(ApcNiveau.id.in_(niveau_ids))
    )
    return {
        nid: {
            "id": c.id,
            "id_orebut": c.id_orebut,
            "titre": c.titre,
            "titre_long": c.titre_long,
            "couleur": c.couleur,
            "numero": c.numero,
            "niveau": {"id": nid, "libelle": libelle, "ordre": ordre, "annee": annee},
        }
        for nid, libelle, ordre, annee, c in rows.all()
    }


async def semester_parcours(db: AsyncSession, sem_ids: list[int]) -> dict[int, list[dict]]:
    """formsemestre id -> its parcours, as the formsemestre object lists them: ``{id, code, libelle, numero,
    annees: {"1": {"ordre": 1, "competences": {titre: {"niveau": n, "id_orebut": ...}}}}}``."""
    rows = (
        await db.execute(
            select(FormSemestreParcours.formsemestre_id, ApcParcours)
            .join(ApcParcours, ApcParcours.id == FormSemestreParcours.parcours_id)
            .where(FormSemestreParcours.formsemestre_id.in_(sem_ids))
            .order_by(ApcParcours.numero, ApcParcours.id)
        )
    ).all()
    if not rows:
        return {}
    annees: dict = {}
    for pid, annee, niveau, titre, id_orebut in (
        await db.execute(
            select(
                ApcParcoursNiveau.parcours_id,
                ApcParcoursNiveau.annee,
                ApcParcoursNiveau.niveau,
                ApcCompetence.titre,
                ApcCompetence.id_orebut,
            )
            .join(ApcCompetence, ApcCompetence.id == ApcParcoursNiveau.competence_id)
            .where(ApcParcoursNiveau.parcours_id.in_({p.id for _, p in rows}))
            .order_by(ApcParcoursNiveau.annee, ApcCompetence.numero)
        )
    ).all():
        year = annees.setdefault(pid, {}).setdefault(str(annee), {"ordre": annee, "competences": {}})
        year["competences"][titre] = {"niveau": niveau, "id_orebut": id_orebut}
    out: dict[int, list[dict]] = {}
    for sid, p in rows:
        out.setdefault(sid, []).append(
            {"id": p.id, "code": p.code, "libelle": p.libelle, "numero": p.numero, "annees": annees.get(p.id, {})}
        )
    return out


@dataclass
class JuryRecords:
    """Stored BUT jury decisions of a semester's students, and where their RCUE partner UEs were taken."""

    rcue: dict  # (etudid, ue1 id, ue2 id) -> code
    annee: dict  # etudid -> (code, ordre, annee_scolaire)
    ue: dict  # (etudid, UE id) -> code
    partner_sems: dict  # etudid -> id of the semester holding the other UE of each RCUE
    partner_ues: list  # frozen UE rows of the partner semester index (same formation)


async def jury_records(db: AsyncSession, sem, partner_idx: int | None) -> JuryRecords:
    registered = select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem.id)
    rcue = {
        (e, u1, u2): code
        for e, u1, u2, code in (
            await db.execute(
                select(
                    ApcValidationRCUE.etudid, ApcValidationRCUE.ue1_id, ApcValidationRCUE.ue2_id, ApcValidationRCUE.code
                )
                .where(ApcValidationRCUE.etudid.in_(registered))
                .order_by(ApcValidationRCUE.date)
            )
        ).all()
    }
    ordre = (sem.semestre_id + 1) // 2
    annee = {
        e: (code, o, year)
        for e, code, o, year in (
            await db.execute(
                select(
                    ApcValidationAnnee.etudid,
                    ApcValidationAnnee.code,
                    ApcValidationAnnee.ordre,
                    ApcValidationAnnee.annee_scolaire,
                )
                .where(ApcValidationAnnee.etudid.in_(registered), ApcValidationAnnee.ordre == ordre)
                .order_by(ApcValidationAnnee.date)
            )
        ).all()
    }
    ue = {
        (e, u): code
        for e, u, code in (
            await db.execute(
                select(FormSemestreValidation.etudid, FormSemestreValidation.ue_id, FormSemestreValidation.code)
                .where(FormSemestreValidation.etudid.in_(registered), FormSemestreValidation.ue_id.is_not(None))
                .order_by(FormSemestreValidation.event_date)
            )
        ).all()
    }
    partner_sems: dict = {}
    partner_ues: list = []
    if partner_idx is not None:
        for etudid, sid in (
            await db.execute(
                select(FormSemestreInscription.etudid, FormSemestre.id)
                .join(FormSemestre, FormSemestre.id == FormSemestreInscription.formsemestre_id)
                .where(
                    FormSemestre.formation_id == sem.formation_id,
                    FormSemestre.semestre_id == partner_idx,
                    FormSemestre.date_debut < sem.date_debut,
                    FormSemestreInscription.etudid.in_(registered),
                )
                .order_by(FormSemestre.date_debut)
            )
        ).all():
            partner_sems[etudid] = sid  # the latest one
        partner_ues = frozen_all(
            (
                await db.execute(
                    select(UniteEns).where(
                        UniteEns.formation_id == sem.formation_id, UniteEns.semestre_idx == partner_idx
                    )
                )
            ).scalars()
        )
    return JuryRecords(rcue, annee, ue, partner_sems, partner_ues)
