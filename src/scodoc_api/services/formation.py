"""Programmes: list, one, and the export tree (examples/formation_export.json and .xml)."""

from collections import defaultdict

from lxml import etree
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.permissions import Access
from scodoc_api.core.text import xml_safe
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
    rows = (
        await db.execute(
            select(Formation).where(Formation.dept_id.in_(dept_ids)).order_by(Formation.acronyme, Formation.id)
        )
    ).scalars()
    return [formation_dict(f) for f in rows]


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
    for u in await repo.ues(db, f.id):
        ue = _export_ue(f, u, export_ids)
        for m in mats_by_ue[u.id]:
            mat = {"matiere_id": m.id, "ue_id": u.id} if export_ids else {}
            mat.update({"titre": m.titre, "numero": m.numero or 0, "module": []})
            mat["module"] = [_export_module(f, u, m, mod, tags, export_ids) for mod in mods_by_mat[m.id]]
            ue["matiere"].append(mat)
        tree["ue"].append(ue)
    return tree


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
        node = etree.Element(tag, {k: _attr(v) for k, v in data.items() if not isinstance(v, list)})
        return node

    root = el("formation", tree, "ue")
    for ue in tree["ue"]:
        ue_el = el("ue", ue, "matiere")
        root.append(ue_el)
        for mat in ue["matiere"]:
            mat_el = el("matiere", mat, "module")
            ue_el.append(mat_el)
            for mod in mat["module"]:
                mod_el = el("module", mod, None)
                mat_el.append(mod_el)
                for t in mod.get("tags", []):
                    mod_el.append(etree.Element("tags", {"name": xml_safe(t["name"])}))
    etree.indent(root, space="\t")
    return tostring(root)
