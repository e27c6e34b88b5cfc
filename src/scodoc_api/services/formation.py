"""Programmes: list, one, and the export tree (examples/formation_export.json and .xml)."""

from collections import defaultdict

from lxml import etree

from scodoc_api.core.permissions import Access
from scodoc_api.core.text import xml_safe
from scodoc_api.db.session import AsyncSession
from scodoc_api.domain.parcours import BUT
from scodoc_api.formats.xml import tostring
from scodoc_api.models import Formation, Matiere, Module, UniteEns
from scodoc_api.repositories import formation as repo
from scodoc_api.repositories.departements import all_dept_ids


def formation_dict(f: Formation) -> dict:
    return {
        "id": f.id,
        "formation_id": f.id,
        "dept_id": f.dept_id,
        "acronyme": f.acronyme,
        "titre": f.titre,
        "titre_officiel": f.titre_officiel,
        "version": f.version,
        "formation_code": f.formation_code,
        "type_parcours": f.type_parcours,
        "code_specialite": f.code_specialite,
    }


def ue_dict(u: UniteEns) -> dict:
    return {
        "ue_id": u.id,
        "formation_id": u.formation_id,
        "acronyme": u.acronyme,
        "numero": u.numero or 0,
        "titre": u.titre,
        "type": u.type,
        "ue_code": u.ue_code,
        "ects": u.ects,
        "is_external": u.is_external,
        "code_apogee": u.code_apogee,
        "coefficient": u.coefficient if u.coefficient is not None else 0.0,
    }


def matiere_dict(m: Matiere) -> dict:
    return {"matiere_id": m.id, "ue_id": m.ue_id, "titre": m.titre, "numero": m.numero or 0}


def module_dict(m: Module) -> dict:
    return {
        "module_id": m.id,
        "titre": m.titre,
        "abbrev": m.abbrev,
        "code": m.code,
        "heures_cours": m.heures_cours or 0.0,
        "heures_td": m.heures_td or 0.0,
        "heures_tp": m.heures_tp or 0.0,
        "coefficient": m.coefficient or 0.0,
        "ects": m.ects,
        "ue_id": m.ue_id,
        "formation_id": m.formation_id,
        "matiere_id": m.matiere_id,
        "semestre_id": m.semestre_id,
        "numero": m.numero or 0,
        "code_apogee": m.code_apogee,
        "module_type": m.module_type or 0,
    }


async def list_formations(db: AsyncSession, access: Access) -> list[dict]:
    dept_ids = access.dept_filter(await all_dept_ids(db))
    return [formation_dict(f) for f in await repo.of_departements(db, dept_ids)]


async def get_formation_checked(db: AsyncSession, access: Access, formation_id: int) -> Formation:
    return access.visible(await db.get(Formation, formation_id), lambda f: f.dept_id, what="formation")


async def get_formation(db: AsyncSession, access: Access, formation_id: int) -> dict:
    return formation_dict(await get_formation_checked(db, access, formation_id))


def _num(value: float | None) -> float | str:
    return "" if value is None else value


async def export_tree(db: AsyncSession, access: Access, formation_id: int, *, export_ids: bool) -> dict:
    """ScoDoc's export tree: formation fields, then ue > matiere > module, ids only with export_ids."""
    f = await get_formation_checked(db, access, formation_id)
    tags = await repo.module_tags(db, f.id)
    mats_by_ue: dict[int, list[Matiere]] = defaultdict(list)
    for m in await repo.matieres(db, f.id):
        mats_by_ue[m.ue_id].append(m)
    mods_by_mat: dict[int | None, list[Module]] = defaultdict(list)
    for m in await repo.modules(db, f.id):
        mods_by_mat[m.matiere_id].append(m)
    tree = {"formation_id": f.id} if export_ids else {}
    tree.update(
        {
            "acronyme": f.acronyme,
            "titre": f.titre,
            "titre_officiel": f.titre_officiel,
            "version": f.version,
            "formation_code": f.formation_code,
            "type_parcours": f.type_parcours,
            "code_specialite": f.code_specialite or "",
            "ue": [],
        }
    )
    ues = await repo.ues(db, f.id)
    but = await _but_links(db, f, ues) if f.type_parcours == BUT else None
    if but is not None and but["referentiel"]:
        tree["referentiel_competence"] = but["referentiel"]
    for u in ues:
        ue = _export_ue(f, u, export_ids)
        if but is not None:
            ue.update(but["ues"].get(u.id, {}))
        for m in mats_by_ue[u.id]:
            mat = {"matiere_id": m.id, "ue_id": u.id} if export_ids else {}
            mat.update({"titre": m.titre, "numero": m.numero or 0, "module": []})
            mat["module"] = [_export_module(f, u, m, mod, tags, export_ids) for mod in mods_by_mat[m.id]]
            if but is not None:
                for md, mod in zip(mat["module"], mods_by_mat[m.id], strict=True):
                    md["coefficients"] = but["coefficients"].get(mod.id, [])
            ue["matiere"].append(mat)
        tree["ue"].append(ue)
    return tree


async def _but_links(db: AsyncSession, f: Formation, ues: list[UniteEns]) -> dict:
    """A BUT formation's links, in its export: the référentiel it follows, each UE's semester index, niveau
    (``apc_competence``, ``apc_niveau_ordre``...) and parcours, each module's coefficients toward the UEs
    (``coefficients: [{ue_reference, coef}]``, the UE named by its code)."""
    from scodoc_api.repositories import referentiel as ref_repo

    links = await ref_repo.formation_links(db, f.id)
    code_of = {u.id: u.ue_code for u in ues}
    out_ues: dict = {}
    for u in ues:
        entry: dict = {"semestre_idx": u.semestre_idx}
        niveau = links["niveaux"].get(u.id)
        if niveau:
            entry.update(
                {
                    "apc_competence": niveau["competence"],
                    "apc_niveau_ordre": niveau["ordre"],
                    "apc_niveau_libelle": niveau["libelle"],
                    "apc_niveau_annee": niveau["annee"],
                }
            )
        entry["parcours"] = links["parcours"].get(u.id, [])
        out_ues[u.id] = entry
    coefficients = {
        module_id: [{"ue_reference": code_of[ue_id], "coef": coef} for ue_id, coef in row if ue_id in code_of]
        for module_id, row in (await repo.module_ue_coefs(db, f.id)).items()
    }
    return {"referentiel": links["referentiel"], "ues": out_ues, "coefficients": coefficients}


def _export_ue(f: Formation, u: UniteEns, export_ids: bool) -> dict:
    ue = {"ue_id": u.id, "formation_id": f.id} if export_ids else {}
    ue.update({"acronyme": u.acronyme, "numero": u.numero or 0, "titre": u.titre, "type": u.type, "ue_code": u.ue_code})
    if u.ects is not None:
        ue["ects"] = u.ects
    ue.update(
        {
            "is_external": u.is_external,
            "code_apogee": u.code_apogee or "",
            "coefficient": u.coefficient or 0.0,
            "matiere": [],
        }
    )
    return ue


def _export_module(
    f: Formation, u: UniteEns, m: Matiere, mod: Module, tags: dict[int, list[str]], export_ids: bool
) -> dict:
    md = {"module_id": mod.id, "ue_id": u.id, "matiere_id": m.id, "formation_id": f.id} if export_ids else {}
    md.update(
        {
            "titre": mod.titre,
            "abbrev": mod.abbrev or "",
            "code": mod.code,
            "heures_cours": mod.heures_cours or 0.0,
            "heures_td": mod.heures_td or 0.0,
            "heures_tp": mod.heures_tp or 0.0,
            "coefficient": mod.coefficient or 0.0,
            "ects": _num(mod.ects),
            "semestre_id": mod.semestre_id,
            "numero": mod.numero or 0,
            "code_apogee": mod.code_apogee or "",
            "module_type": mod.module_type or 0,
        }
    )
    if tags.get(mod.id):
        md["tags"] = [{"name": t} for t in tags[mod.id]]
    return md


def _attr(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return xml_safe(value)


def export_xml(tree: dict) -> bytes:
    """The layout of examples/formation_export.xml: attributes, children ue > matiere > module > tags."""

    def el(tag: str, data: dict, children_key: str | None) -> etree._Element:
        attrs = {k: _attr(v) for k, v in data.items() if v is not None and not isinstance(v, (list, dict))}
        return etree.Element(tag, attrs)

    def items(parent: etree._Element, tag: str, entries: list[dict]) -> None:
        """BUT children: a UE's parcours, a module's coefficients."""
        for entry in entries:
            parent.append(etree.Element(tag, {k: _attr(v) for k, v in entry.items() if v is not None}))

    root = el("formation", tree, "ue")
    if tree.get("referentiel_competence"):
        items(root, "referentiel_competence", [tree["referentiel_competence"]])
    for ue in tree["ue"]:
        ue_el = el("ue", ue, "matiere")
        root.append(ue_el)
        items(ue_el, "parcours", ue.get("parcours", []))
        for mat in ue["matiere"]:
            mat_el = el("matiere", mat, "module")
            ue_el.append(mat_el)
            for mod in mat["module"]:
                mod_el = el("module", mod, None)
                mat_el.append(mod_el)
                for t in mod.get("tags", []):
                    mod_el.append(etree.Element("tags", {"name": xml_safe(t["name"])}))
                items(mod_el, "coefficients", mod.get("coefficients", []))
    etree.indent(root, space="\t")
    return tostring(root)
