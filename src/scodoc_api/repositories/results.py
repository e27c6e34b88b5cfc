"""Everything the grade engine needs for one semester, in a constant number of set-based queries
(SQLAlchemy Core rows, no ORM object per note)."""

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ARRAY, Float, Integer, and_, any_, func, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.domain.parcours import BUT
from scodoc_api.models import (
    Evaluation,
    Formation,
    FormSemestre,
    FormSemestreInscription,
    FormSemestreUECoef,
    FormSemestreValidation,
    GroupDescr,
    GroupMembership,
    Identite,
    Matiere,
    Module,
    ModuleImpl,
    ModuleImplInscription,
    Note,
    Partition,
    UniteEns,
)
from scodoc_api.models.formsemestre import new_results_version
from scodoc_api.repositories.but import ButRows, load_but
from scodoc_api.repositories.snapshot import frozen, frozen_all


@dataclass
class SemesterRows:
    sem: object
    formation: object
    ues: list
    modules: list  # (moduleimpl id, module row, matiere numero, computation_expr)
    evaluations: list
    students: list  # (row of STUDENT_COLUMNS, etat)
    mod_inscriptions: dict  # moduleimpl id -> [etudid]
    notes: dict  # evaluation id -> (etudids, values with NaN for ABS)
    partitions: list  # (partition id, name, numero)
    memberships: list  # (partition id, group name, etudid, group id)
    capitalisations: list  # (etudid, ue_code, moy_ue, event date, origin formsemestre id, origin ue id, is_external)
    ue_coef_overrides: dict  # ue id -> coefficient
    origin_coefs: dict  # (formsemestre id, ue id, etudid) -> sum of module coefficients
    but: ButRows | None = None  # a BUT semester's matrix, weights, parcours and dispenses


STUDENT_COLUMNS = (
    Identite.id,
    Identite.nom,
    Identite.nom_usuel,
    Identite.prenom,
    Identite.civilite,
    Identite.code_nip,
    Identite.code_ine,
    Identite.dept_id,
    Identite.date_naissance,
    Identite.lieu_naissance,
    Identite.dept_naissance,
    Identite.nationalite,
    Identite.boursier,
    Identite.photo_filename,
)


async def load_semester(db: AsyncSession, formsemestre_id: int) -> SemesterRows | None:
    row = (
        await db.execute(
            select(FormSemestre, Formation)
            .join(Formation, Formation.id == FormSemestre.formation_id)
            .where(FormSemestre.id == formsemestre_id)
        )
    ).first()
    if row is None:
        return None
    # what is kept in the results cache must not be bound to this session: frozen copies, no ORM instances
    sem, formation = frozen(row[0]), frozen(row[1])
    mods = [
        (mi_id, frozen(module), mat_num, expr)
        for mi_id, module, mat_num, expr in (
            await db.execute(
                select(ModuleImpl.id, Module, Matiere.numero, ModuleImpl.computation_expr)
                .join(Module, Module.id == ModuleImpl.module_id)
                .outerjoin(Matiere, Matiere.id == Module.matiere_id)
                .where(ModuleImpl.formsemestre_id == sem.id)
                .order_by(ModuleImpl.id)
            )
        ).all()
    ]
    ue_ids = {m[1].ue_id for m in mods}
    ues = frozen_all((await db.execute(select(UniteEns).where(UniteEns.id.in_(ue_ids)))).scalars()) if ue_ids else []
    evaluations = frozen_all(
        (
            await db.execute(
                select(Evaluation)
                .join(ModuleImpl, ModuleImpl.id == Evaluation.moduleimpl_id)
                .where(ModuleImpl.formsemestre_id == sem.id)
                .order_by(Evaluation.id)
            )
        ).scalars()
    )
    # identity columns as plain rows (attribute access like the model's), not ORM objects: cheaper to build
    students = [
        (row, row.etat)
        for row in (
            await db.execute(
                select(*STUDENT_COLUMNS, FormSemestreInscription.etat)
                .join(FormSemestreInscription, FormSemestreInscription.etudid == Identite.id)
                .where(FormSemestreInscription.formsemestre_id == sem.id)
                .order_by(Identite.id)
            )
        ).all()
    ]
    mod_ins = await _module_inscriptions(db, [m[0] for m in mods])
    notes = await _notes(db, [e.id for e in evaluations])
    partitions, memberships = await _groups(db, sem.id)
    but = None
    if formation.type_parcours == BUT:
        but = await load_but(db, sem, mods, evaluations, memberships, partitions)
        ues = but.ues
    caps, overrides, origin = await _capitalisations(db, sem, formation, [u.ue_code for u in ues])
    return SemesterRows(
        sem,
        formation,
        ues,
        mods,
        evaluations,
        students,
        mod_ins,
        notes,
        partitions,
        memberships,
        caps,
        overrides,
        origin,
        but,
    )


async def _groups(db: AsyncSession, sem_id: int) -> tuple[list, list]:
    """The named partitions (id, name, numero), and the memberships (partition id, group name, etudid, group
    id)."""
    partitions = (
        await db.execute(
            select(Partition.id, Partition.partition_name, Partition.numero)
            .where(Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None))
            .order_by(Partition.numero, Partition.id)
        )
    ).all()
    memberships = (
        await db.execute(
            select(GroupDescr.partition_id, GroupDescr.group_name, GroupMembership.etudid, GroupDescr.id)
            .join(GroupMembership, GroupMembership.group_id == GroupDescr.id)
            .join(Partition, Partition.id == GroupDescr.partition_id)
            .where(Partition.formsemestre_id == sem_id, Partition.partition_name.is_not(None))
        )
    ).all()
    return list(partitions), list(memberships)


async def _module_inscriptions(db: AsyncSession, mod_ids: list[int]) -> dict[int, list[int]]:
    """moduleimpl id -> etudids registered; grouped in PostgreSQL (one row per module)."""
    if not mod_ids:
        return {}
    if db.bind.dialect.name == "postgresql":
        rows = await db.execute(
            select(ModuleImplInscription.moduleimpl_id, func.array_agg(ModuleImplInscription.etudid))
            .where(ModuleImplInscription.moduleimpl_id == any_(literal(mod_ids, ARRAY(Integer))))
            .group_by(ModuleImplInscription.moduleimpl_id)
        )
        return dict(rows.all())
    out: dict[int, list[int]] = {}
    for mi, etudid in (
        await db.execute(
            select(ModuleImplInscription.moduleimpl_id, ModuleImplInscription.etudid).where(
                ModuleImplInscription.moduleimpl_id.in_(mod_ids)
            )
        )
    ).all():
        out.setdefault(mi, []).append(etudid)
    return out


async def _notes(db: AsyncSession, eval_ids: list[int]) -> dict:
    """Notes of these evaluations, grouped per evaluation. On PostgreSQL the grouping happens in the database
    (one row per evaluation with two arrays), which spares building one Python row per note; the ids travel
    as one array parameter (an index lookup)."""
    if not eval_ids:
        return {}
    if db.bind.dialect.name == "postgresql":
        value = func.coalesce(Note.value, literal("NaN").cast(Float))
        rows = await db.execute(
            select(Note.evaluation_id, func.array_agg(Note.etudid), func.array_agg(value))
            .where(Note.evaluation_id == any_(literal(eval_ids, ARRAY(Integer))))
            .group_by(Note.evaluation_id)
        )
        return {ev: (etudids, values) for ev, etudids, values in rows.all()}
    out: dict = {}
    for ev, etudid, value in (
        await db.execute(select(Note.evaluation_id, Note.etudid, Note.value).where(Note.evaluation_id.in_(eval_ids)))
    ).all():
        pair = out.setdefault(ev, ([], []))
        pair[0].append(etudid)
        pair[1].append(float("nan") if value is None else value)
    return out


async def reload_notes(db: AsyncSession, rows: SemesterRows, eval_ids: list[int]) -> SemesterRows | None:
    """``rows`` with the notes of these evaluations read again (a write changed only them); None when one of
    them is not in ``rows`` (then everything must be read again)."""
    known = {e.id for e in rows.evaluations}
    if not set(eval_ids) <= known:
        return None
    fresh = await _notes(db, eval_ids)
    notes = {ev: pair for ev, pair in rows.notes.items() if ev not in fresh and ev not in eval_ids}
    notes.update(fresh)
    return replace(rows, notes=notes)


async def _capitalisations(db: AsyncSession, sem, formation, ue_codes: list[str]):
    """ADM validations of UEs with the same code, from earlier semesters of the same formation family and
    index, or external (grades.md §6)."""
    if not ue_codes:
        return [], {}, {}
    OSem = FormSemestre.__table__.alias("osem")
    ins = select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem.id)
    rows = (
        await db.execute(
            select(
                FormSemestreValidation.etudid,
                UniteEns.ue_code,
                FormSemestreValidation.moy_ue,
                FormSemestreValidation.event_date,
                FormSemestreValidation.formsemestre_id,
                UniteEns.id,
                FormSemestreValidation.is_external,
                FormSemestreValidation.semestre_id,
                OSem.c.semestre_id,
                OSem.c.date_debut,
            )
            .join(UniteEns, UniteEns.id == FormSemestreValidation.ue_id)
            .join(Formation, Formation.id == UniteEns.formation_id)
            .outerjoin(OSem, OSem.c.id == FormSemestreValidation.formsemestre_id)
            .where(
                FormSemestreValidation.code == "ADM",
                UniteEns.ue_code.in_(ue_codes),
                Formation.formation_code == formation.formation_code,
                FormSemestreValidation.etudid.in_(ins),
            )
            .order_by(FormSemestreValidation.event_date, FormSemestreValidation.id)
        )
    ).all()
    caps = []
    for etudid, code, moy, when, osem_id, ue_id, external, val_sem_idx, osem_idx, osem_start in rows:
        if osem_id is not None and not external:
            if osem_id == sem.id or osem_idx != sem.semestre_id or not osem_start < sem.date_debut:
                continue
        elif val_sem_idx not in (None, sem.semestre_id):
            continue
        caps.append((etudid, code, moy, when, osem_id if not external else None, ue_id, external))
    overrides = dict(
        (
            await db.execute(
                select(FormSemestreUECoef.ue_id, FormSemestreUECoef.coefficient).where(
                    FormSemestreUECoef.formsemestre_id == sem.id
                )
            )
        ).all()
    )
    origin: dict = defaultdict(float)
    pairs = {(c[4], c[5], c[0]) for c in caps if c[4] is not None}
    if pairs:
        sems = {p[0] for p in pairs}
        for osem_id, ue_id, etudid, coef in (
            await db.execute(
                select(ModuleImpl.formsemestre_id, Module.ue_id, ModuleImplInscription.etudid, Module.coefficient)
                .join(Module, Module.id == ModuleImpl.module_id)
                .join(ModuleImplInscription, and_(ModuleImplInscription.moduleimpl_id == ModuleImpl.id))
                .where(ModuleImpl.formsemestre_id.in_(sems))
            )
        ).all():
            if (osem_id, ue_id, etudid) in pairs:
                origin[(osem_id, ue_id, etudid)] += coef or 0.0
    return caps, overrides, dict(origin)


async def current_version(db: AsyncSession, formsemestre_id: int) -> int | None:
    stmt = select(FormSemestre.results_version).where(FormSemestre.id == formsemestre_id)
    return (await db.execute(stmt)).scalar_one_or_none()


async def versions_of(db: AsyncSession, formsemestre_id: int) -> Any:
    """(results version, the version it replaced, the evaluations whose notes changed in between), or None."""
    stmt = select(FormSemestre.results_version, FormSemestre.results_prev_version, FormSemestre.results_delta).where(
        FormSemestre.id == formsemestre_id
    )
    return (await db.execute(stmt)).first()


async def renew_versions(db: AsyncSession, sem_ids: list[int], *, notes_of: list[int]) -> None:
    """New results versions for these semesters. ``notes_of``: only these evaluations' notes changed: each
    semester records the version it replaces (the SET clause reads the row as it was, under its lock)."""
    if not sem_ids:
        return
    if notes_of:
        values = {
            "results_prev_version": FormSemestre.results_version,
            "results_delta": ",".join(str(ev) for ev in notes_of),
        }
    else:
        values = {"results_prev_version": None, "results_delta": None}
    await db.execute(
        update(FormSemestre).where(FormSemestre.id.in_(sem_ids)).values(results_version=new_results_version(), **values)
    )
