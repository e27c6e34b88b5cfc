"""A BUT semester's rows as the BUT engine's input (but.md §1): matrix, weights, parcours and dispenses."""

from scodoc_api.domain import grades as g
from scodoc_api.domain.but_model import ButModIn, ButSemesterIn, ButUEIn
from scodoc_api.repositories.results import SemesterRows
from scodoc_api.services.engine_rows import evaluations_in, students_in


def but_engine_input(r: SemesterRows) -> ButSemesterIn:
    but = r.but
    assert but is not None
    sem = r.sem
    ues = [ButUEIn(u.id, u.numero or 0, u.type or 0, u.ects, u.id) for u in but.ues]
    rows: dict = {}  # module id -> its row of the coefficient matrix
    for (module_id, ue_id), coef in but.coefs.items():
        rows.setdefault(module_id, {})[ue_id] = coef
    mods = [
        ButModIn(
            mi_id,
            module.ue_id,
            module.module_type or g.ModuleType.STANDARD,
            rows.get(module.id, {}),
            module.numero or 0,
            mi_id,
        )
        for mi_id, module, _mat_num, _expr in r.modules
    ]
    evals = evaluations_in(r)
    students = students_in(r)
    groups: dict = {}
    for pid, _, etudid, group_id in r.memberships:  # BUT bulletins rank per group id
        groups.setdefault(pid, {}).setdefault(group_id, []).append(etudid)
    caps: dict = {}
    ue_by_code: dict = {}
    for u in but.ues:
        ue_by_code.setdefault(u.ue_code, []).append(u.id)
    for etudid, code, moy, when, _osem, _ue, _ext in r.capitalisations:
        if moy is not None:
            for ue_id in ue_by_code.get(code, []):
                caps.setdefault(etudid, []).append(g.CapIn(ue_id, float(moy), 0.0, when.date() if when else None))
    return ButSemesterIn(
        ues,
        mods,
        evals,
        students,
        r.notes,
        poids=but.poids,
        registrations=r.mod_inscriptions,
        block_moyennes=sem.block_moyennes,
        bonus_function=sem.bonus_function,
        date_debut=sem.date_debut,
        skip_empty_ues=but.skip_empty_ues,
        dispensed=frozenset(but.dispenses) | _outside_parcours(r),
        ects=_parcours_ects(r),
        capitalized=caps,
        groups=groups,
    )


def _outside_parcours(r: SemesterRows) -> frozenset:
    """(etudid, UE id) for the UEs linked to parcours other than the student's (an UE linked to none belongs to
    every parcours; a student without a parcours takes every UE)."""
    but = r.but
    assert but is not None
    out = set()
    for etudid, pid in but.student_parcours.items():
        for ue_id, links in but.ue_parcours.items():
            if links and pid not in links:
                out.add((etudid, ue_id))
    return frozenset(out)


def _parcours_ects(r: SemesterRows) -> dict:
    """(etudid, UE id) -> the ECTS the student's parcours gives the UE, where it sets its own."""
    but = r.but
    assert but is not None
    out = {}
    for etudid, pid in but.student_parcours.items():
        for ue_id, links in but.ue_parcours.items():
            if links.get(pid) is not None:
                out[(etudid, ue_id)] = float(links[pid])
    return out
