"""What both grade engines read the same way from a semester's rows: its evaluations and its students."""

from scodoc_api.domain import grades as g
from scodoc_api.repositories.results import SemesterRows


def evaluations_in(r: SemesterRows) -> list[g.EvalIn]:
    return [
        g.EvalIn(
            e.id,
            e.moduleimpl_id,
            float(e.coefficient),
            float(e.note_max),
            e.evaluation_type,
            e.publish_incomplete,
            e.visibulletin,
            e.numero or 0,
            e.jour,
            e.heure_debut,
            e.id,
        )
        for e in r.evaluations
    ]


def students_in(r: SemesterRows) -> list[g.StudentIn]:
    """Ties are listed by usual name (else birth name) immediately followed by the first name; module
    registrations go to the engines per module (``registrations``), not as a set per student."""
    return [g.StudentIn(e.id, etat, (e.nom_usuel or e.nom or "") + (e.prenom or "")) for e, etat in r.students]
