"""What bulletins read besides the grade engine's results: the semester context, per-student extras
(addresses, absences, decisions, appreciations, events) and the check of a bulletin's target."""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.models import (
    Adresse,
    Appreciation,
    AutorisationInscription,
    Departement,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreInscription,
    FormSemestreValidation,
    Identite,
    ScolarEvent,
)
from scodoc_api.repositories.prefs import pref_bool, prefs_for
from scodoc_api.repositories.snapshot import frozen


@dataclass
class Extras:
    dept_acronym: str
    etapes: list[str]
    prefs: dict
    addresses: dict = field(default_factory=dict)
    absences: dict = field(default_factory=dict)  # etudid -> Counts (services/absences.semester_counts)
    show_absences: bool = False
    decisions: dict = field(default_factory=dict)  # etudid -> [validation]
    autorisations: dict = field(default_factory=dict)
    appreciations: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)  # (etudid, type) -> date
    but_jury: Any = None  # BUT semesters: repositories.but.JuryRecords (RCUE and year decisions)


async def read_context(db: AsyncSession, sem: Any) -> Extras:
    """Department acronym, Apogée steps and preferences of a semester."""
    acronym = (await db.execute(select(Departement.acronym).where(Departement.id == sem.dept_id))).scalar_one()
    etapes = list(
        (
            await db.execute(
                select(FormSemestreEtape.etape_apo)
                .where(FormSemestreEtape.formsemestre_id == sem.id)
                .order_by(FormSemestreEtape.id)
            )
        ).scalars()
    )
    return Extras(acronym, etapes, await prefs_for(db, [sem.dept_id], [sem.id]))


async def read_extras(
    db: AsyncSession, sem: Any, etudids: list[int], base: Extras, *, full_address: bool = False
) -> Extras:
    """Per-student data of the semester's students (``base``: its context). They are named by a subquery on
    the registrations, not by a list of ids: a 600-value IN list costs more to compile and send than the rows
    it selects."""
    registered = select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem.id)
    ex = Extras(base.dept_acronym, base.etapes, base.prefs)
    columns = [Adresse.etudid, Adresse.email, Adresse.emailperso]
    if full_address:  # the BUT bulletin's etudiant block shows the address
        columns += [
            Adresse.domicile,
            Adresse.codepostaldomicile,
            Adresse.villedomicile,
            Adresse.paysdomicile,
            Adresse.telephonemobile,
        ]
    for a in (await db.execute(select(*columns).where(Adresse.etudid.in_(registered)).order_by(Adresse.id))).all():
        ex.addresses.setdefault(a.etudid, a)  # the first address
    ex.show_absences = pref_bool(ex.prefs, "bul_show_abs", sem.dept_id, sem.id)
    for v in (
        await db.execute(
            select(FormSemestreValidation)
            .where(FormSemestreValidation.formsemestre_id == sem.id, FormSemestreValidation.etudid.in_(registered))
            .order_by(FormSemestreValidation.id)
        )
    ).scalars():
        ex.decisions.setdefault(v.etudid, []).append(frozen(v))
    for a in (
        await db.execute(
            select(AutorisationInscription)
            .where(
                AutorisationInscription.origin_formsemestre_id == sem.id, AutorisationInscription.etudid.in_(registered)
            )
            .order_by(AutorisationInscription.semestre_id)
        )
    ).scalars():
        ex.autorisations.setdefault(a.etudid, []).append(a.semestre_id)
    for a in (
        await db.execute(
            select(Appreciation)
            .where(Appreciation.formsemestre_id == sem.id, Appreciation.etudid.in_(registered))
            .order_by(Appreciation.date.desc(), Appreciation.id.desc())
        )
    ).scalars():
        ex.appreciations.setdefault(a.etudid, []).append(frozen(a))
    for etudid, etype, when in (
        await db.execute(
            select(ScolarEvent.etudid, ScolarEvent.event_type, ScolarEvent.event_date)
            .where(ScolarEvent.formsemestre_id == sem.id, ScolarEvent.etudid.in_(registered))
            .order_by(ScolarEvent.event_date)
        )
    ).all():
        ex.events.setdefault((etudid, etype), when)
    return ex


def _target_statement():
    """Built once (Core columns, bound parameters): this check runs on every bulletin request."""
    i, fs, ins = Identite.__table__, FormSemestre.__table__, FormSemestreInscription.__table__
    return (
        select(i.c.dept_id, fs.c.dept_id, ins.c.id, fs.c.results_version)
        .select_from(i)
        .join(fs, fs.c.id == bindparam("formsemestre_id"))
        .outerjoin(ins, (ins.c.etudid == i.c.id) & (ins.c.formsemestre_id == fs.c.id))
        .where(i.c.id == bindparam("etudid"))
    )


_TARGET = _target_statement()


async def read_target(db: AsyncSession, etudid: int, formsemestre_id: int) -> Any:
    """(student dept, semester dept, registration id or None, semester results version), or None."""
    return (await db.execute(_TARGET, {"etudid": etudid, "formsemestre_id": formsemestre_id})).first()
