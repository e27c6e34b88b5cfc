"""Référentiels de compétences (but.md §1.1): import of ScoDoc's JSON export, checked whole before anything is
written, and the ``formation/<id>/referentiel_competences`` view."""

import json

from pydantic import ValidationError

from scodoc_api.core.errors import BadRequest, Conflict, unknown
from scodoc_api.core.permissions import Permission
from scodoc_api.db.session import AsyncSession
from scodoc_api.repositories import referentiel as repo
from scodoc_api.schemas.referentiel import Referentiel


def _no_duplicates(pairs: list[tuple]) -> dict:
    keys = [k for k, _ in pairs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise ValueError(f"clé en double: {', '.join(dup)}")
    return dict(pairs)


def semantic_errors(ref: Referentiel) -> list[str]:
    """What the types cannot say: keys agree with contents, parcours name known compétences and niveaux."""
    errors = []
    titles = [c.titre for c in ref.competences.values()]
    for key, c in ref.competences.items():
        if titles.count(c.titre) > 1:
            errors.append(f"competences.{key}.titre: compétence en double '{c.titre}'")
        ordres = [n.ordre for n in c.niveaux.values()]
        for annee, n in c.niveaux.items():
            if n.annee != annee:
                errors.append(f"competences.{key}.niveaux.{annee}.annee: '{n.annee}' au lieu de '{annee}'")
            if ordres.count(n.ordre) > 1:
                errors.append(f"competences.{key}.niveaux.{annee}.ordre: niveau {n.ordre} en double")
    for code, p in ref.parcours.items():
        if p.code != code:
            errors.append(f"parcours.{code}.code: '{p.code}' au lieu de '{code}'")
        for a, annee in p.annees.items():
            for title, pc in annee.competences.items():
                comp = ref.competences.get(title)
                where = f"parcours.{code}.annees.{a}.competences.{title}"
                if comp is None:
                    errors.append(f"{where}: compétence inconnue")
                elif all(n.ordre != pc.niveau for n in comp.niveaux.values()):
                    errors.append(f"{where}.niveau: niveau {pc.niveau} inconnu de cette compétence")
    return errors


def parse_referentiel(text: str | bytes) -> Referentiel:
    """The checked référentiel, or a BadRequest naming the path of every bad field."""
    try:
        raw = json.loads(text, object_pairs_hook=_no_duplicates)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"référentiel: JSON invalide ({exc})") from None
    try:
        ref = Referentiel.model_validate(raw)
    except ValidationError as exc:
        paths = [f"{'.'.join(str(p) for p in e['loc']) or '(racine)'}: {e['msg']}" for e in exc.errors()]
        raise BadRequest("référentiel invalide: " + "; ".join(paths)) from None
    errors = semantic_errors(ref)
    if errors:
        raise BadRequest("référentiel invalide: " + "; ".join(errors))
    return ref


async def import_referentiel(db: AsyncSession, ref: Referentiel, *, dept_id: int, filename: str | None = None) -> int:
    """Stores the référentiel in the department (the caller commits): its id. The same speciality and version
    twice in a department is a conflict."""
    if await repo.find(db, dept_id, ref.specialite, ref.version_orebut) is not None:
        raise Conflict(f"référentiel {ref.specialite} ({ref.version_orebut}) déjà chargé dans ce département")
    from scodoc_api.repositories.departements import dept_acronyms
    from scodoc_api.services.dataset import load_dataset

    data = ref.model_dump(mode="json") | {"scodoc_orig_filename": filename or ref.scodoc_orig_filename}
    dept = (await dept_acronyms(db))[dept_id]
    # the rows are planned as a dataset's référentiel is (services/dataset_but.py): one way to store them
    await load_dataset(db, {"referentiels": [{"ref": "imported", "dept": dept, "referentiel": data}]})
    ref_id = await repo.find(db, dept_id, ref.specialite, ref.version_orebut)
    assert ref_id is not None
    return ref_id


async def formation_referentiel(db: AsyncSession, access, formation_id: int) -> dict | None:
    """The référentiel of a formation (None for a formation without one)."""
    row = await repo.of_formation(db, formation_id)
    if row is None:
        raise unknown("formation")
    access.check(row[0], Permission.ScoView, what="formation")
    return await repo.read(db, row[1]) if row[1] is not None else None


async def import_referentiel_in(db: AsyncSession, text: bytes, *, dept: str, filename: str | None = None) -> int:
    """``import-referentiel``: parse and check the whole file, then store it in department ``dept``."""
    from scodoc_api.repositories.departements import dept_id_of

    ref = parse_referentiel(text)
    dept_id = await dept_id_of(db, dept)
    if dept_id is None:
        raise unknown("département")
    return await import_referentiel(db, ref, dept_id=dept_id, filename=filename)
