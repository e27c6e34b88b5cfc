"""The semester views that differ for a BUT semester: ``resultats`` (modern-api.md §5.3) and the BUT rows of
``decisions_jury``."""

import numpy as np

from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import identity as idt
from scodoc_api.domain.but_model import ButResults
from scodoc_api.domain.grades_model import ModuleType
from scodoc_api.repositories import but as but_repo
from scodoc_api.services.bulletin_but_texts import txt
from scodoc_api.services.results import Computed


def but_resultats(computed: Computed) -> list[dict]:
    """One row per student: identity, ``moy_gen``, ``moy_ue_<ue>``, ``moy_res_<moduleimpl>_<ue>`` and
    ``moy_sae_<moduleimpl>_<ue>`` for each module counting in the UE, ``rang``, ``part_<partition>``;
    values are formatted strings ("~" when undefined)."""
    r = computed.results
    assert isinstance(r, ButResults) and computed.rows.but is not None
    coefs = computed.rows.but.coefs
    module_of = {mi_id: module for mi_id, module, _, _ in computed.rows.modules}
    rows = {e.id: (e, etat) for e, etat in computed.rows.students}
    group_of = {(pid, etudid): gname for pid, gname, etudid, _ in computed.rows.memberships}
    partitions = [pid for pid, _, _ in computed.rows.partitions]
    columns = [
        (f"moy_{'sae' if m.kind == ModuleType.SAE else 'res'}_{m.id}_{u.id}", m.id, u.id)
        for u in r.ues
        for m in r.modules
        if (m.id, u.id) in r.cube and coefs.get((module_of[m.id].id, u.id), 0.0) > 0
    ]
    out = []
    for i, s in enumerate(r.students):
        e, etat = rows[s.id]
        row = {**idt.resultats_identity(s.id, etat, e), "moy_gen": txt(r.moy_gen[i]), "rang": r.rank[i]}
        for u in r.ues:
            row[f"moy_ue_{u.id}"] = txt(r.ue_means[u.id][i]) if r.takes[u.id][i] else "~"
        for key, m_id, ue_id in columns:
            row[key] = txt(r.cube[(m_id, ue_id)][i])
        for pid in partitions:
            row[f"part_{pid}"] = group_of.get((pid, s.id))
        out.append(row)
    return out


def _num(value) -> float | None:
    return None if value is None or np.isnan(value) else float(value)


async def but_decisions_jury(db: AsyncSession, computed: Computed, cache) -> list[dict]:
    """BUT jury rows: the year decision, each RCUE (the pair of UEs of one niveau: this even semester's UE and
    the one of the preceding odd semester) with its computed mean (but.md §6: the plain average of the two UE
    means) and its stored code, and the stored UE codes."""
    from scodoc_api.services.results import get_results

    r, but = computed.results, computed.rows.but
    assert isinstance(r, ButResults) and but is not None
    sem = computed.rows.sem
    partner_idx = sem.semestre_id - 1 if sem.semestre_id % 2 == 0 else None
    rec = await but_repo.jury_records(db, sem, partner_idx)
    partner_results: dict = {}
    for sid in set(rec.partner_sems.values()):
        other = await get_results(db, sid, cache=cache)
        if other is not None and isinstance(other.results, ButResults):
            partner_results[sid] = other.results
    ue_rows = {u.id: u for u in but.ues}
    partners = {u.niveau_competence_id: u for u in rec.partner_ues if u.niveau_competence_id}
    rows = {e.id: (e, etat) for e, etat in computed.rows.students}
    out = []
    for i, s in enumerate(r.students):
        e, etat = rows[s.id]
        pres = partner_results.get(rec.partner_sems.get(s.id))
        rcues = []
        for u in r.ues:
            partner = partners.get(ue_rows[u.id].niveau_competence_id)
            if partner is None:
                continue
            m1 = None
            if pres is not None and partner.id in pres.ue_means and s.id in pres.index:
                m1 = _num(pres.ue_means[partner.id][pres.index[s.id]])
            m2 = _num(r.ue_means[u.id][i]) if r.takes[u.id][i] else None
            competence = but.competences.get(ue_rows[u.id].niveau_competence_id)
            rcues.append(
                {
                    "code": rec.rcue.get((s.id, partner.id, u.id)),
                    "moy": (m1 + m2) / 2 if m1 is not None and m2 is not None else None,
                    "niveau": {"competence": {"titre": competence["titre"]} if competence else {}},
                    "ue_1": {"ue_id": partner.id, "code": rec.ue.get((s.id, partner.id)), "moy": m1},
                    "ue_2": {"ue_id": u.id, "code": rec.ue.get((s.id, u.id)), "moy": m2},
                }
            )
        annee = rec.annee.get(s.id)
        out.append(
            {
                "etudid": s.id,
                "code_nip": e.code_nip,
                "code_ine": e.code_ine,
                "etat": etat,
                "nom": idt.format_nom(e.nom),
                "prenom": idt.format_prenom(e.prenom),
                "annee": {"code": annee[0], "ordre": annee[1], "annee_scolaire": annee[2]} if annee else None,
                "rcues": rcues,
                "ues": [
                    {"ue_id": u.id, "code": rec.ue.get((s.id, u.id)), "moy": _num(r.ue_means[u.id][i])} for u in r.ues
                ],
            }
        )
    return out
