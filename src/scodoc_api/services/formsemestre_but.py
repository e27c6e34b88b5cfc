"""The semester views that differ for a BUT semester: ``resultats`` (modern-api.md §5.3) and the BUT rows of
``decisions_jury``."""

from scodoc_api.domain import identity as idt
from scodoc_api.domain.but_model import ButResults
from scodoc_api.domain.grades_model import ModuleType
from scodoc_api.services.bulletin_but import txt
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
        row = {
            "etudid": s.id,
            "etat": etat,
            "civilite": e.civilite,
            "civilite_str": idt.civilite_str(e.civilite),
            "nom": idt.format_nom(e.nom),
            "nom_disp": idt.nom_disp(e.nom, e.nom_usuel),
            "nom_short": idt.nom_short(e.nom, e.nom_usuel, e.prenom),
            "prenom": idt.format_prenom(e.prenom),
            "code_nip": e.code_nip,
            "code_ine": e.code_ine,
            "moy_gen": txt(r.moy_gen[i]),
            "rang": r.rank[i],
        }
        for u in r.ues:
            row[f"moy_ue_{u.id}"] = txt(r.ue_means[u.id][i]) if r.takes[u.id][i] else "~"
        for key, m_id, ue_id in columns:
            row[key] = txt(r.cube[(m_id, ue_id)][i])
        for pid in partitions:
            row[f"part_{pid}"] = group_of.get((pid, s.id))
        out.append(row)
    return out
