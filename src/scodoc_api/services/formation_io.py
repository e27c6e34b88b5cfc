"""Read ScoDoc formation exports (XML as ScoDoc 7/9 write it, or JSON) into dataset formations, and import them.

Ids found in a file are ignored; the imported programme gets version max(existing) + 1 for its acronym and
title, as ScoDoc does."""

import json
from typing import Any

from lxml import etree

from scodoc_api.db.session import AsyncSession
from scodoc_api.repositories import formation as formation_repo
from scodoc_api.services.dataset import DatasetError, load_dataset

_FORMATION_FIELDS = {
    "acronyme": str,
    "titre": str,
    "titre_officiel": str,
    "version": int,
    "formation_code": str,
    "type_parcours": int,
    "code_specialite": str,
}
_UE_FIELDS = {
    "acronyme": str,
    "numero": int,
    "titre": str,
    "type": int,
    "ue_code": str,
    "ects": float,
    "is_external": bool,
    "code_apogee": str,
    "coefficient": float,
    "semestre_idx": int,
}
_MATIERE_FIELDS = {"titre": str, "numero": int}
_MODULE_FIELDS = {
    "titre": str,
    "abbrev": str,
    "code": str,
    "heures_cours": float,
    "heures_td": float,
    "heures_tp": float,
    "coefficient": float,
    "ects": float,
    "semestre_id": int,
    "numero": int,
    "code_apogee": str,
    "module_type": int,
}


def _conv(value: Any, kind: type) -> Any:
    """ScoDoc exports write empty numbers as "" and booleans as 0/1: normalise."""
    if value is None or value == "":
        return None if kind is not str else value
    if kind is bool:
        return str(value).strip().lower() in ("1", "true", "o", "oui", "yes")
    if kind is int:
        return int(float(value))
    if kind is float:
        return float(str(value).replace(",", "."))
    return str(value)


def _fields(src: dict, spec: dict) -> dict:
    out = {}
    for key, kind in spec.items():
        if key in src:
            value = _conv(src[key], kind)
            if value is not None:
                out[key] = value
    return out


def _tree_from_dicts(f: dict) -> dict:
    tree = _fields(f, _FORMATION_FIELDS)
    tree["ue"] = []
    ue_refs: dict[str, str] = {}  # a module's coefficients name their UE by its code (else its acronym)
    for u_i, ue in enumerate(f.get("ue", [])):
        for key in ("acronyme", "ue_code"):
            if ue.get(key):
                ue_refs[str(ue[key])] = f"ue{u_i}"
    for u_i, ue in enumerate(f.get("ue", [])):
        ue_out = {**_fields(ue, _UE_FIELDS), "ref": f"ue{u_i}", "matiere": [], **_but_ue(ue)}
        for m_i, mat in enumerate(ue.get("matiere", [])):
            mat_out = {**_fields(mat, _MATIERE_FIELDS), "module": []}
            for k, mod in enumerate(mat.get("module", [])):
                mod_out = {**_fields(mod, _MODULE_FIELDS), "ref": f"mod{u_i}.{m_i}.{k}"}
                tags = [t["name"] if isinstance(t, dict) else str(t) for t in mod.get("tags", [])]
                if tags:
                    mod_out["tags"] = tags
                coefs = {
                    ue_refs.get(str(c.get("ue_reference")), f"?{c.get('ue_reference')}"): _conv(c.get("coef"), float)
                    for c in mod.get("coefficients", [])
                }
                if coefs:
                    mod_out["ue_coefs"] = coefs
                mat_out["module"].append(mod_out)
            ue_out["matiere"].append(mat_out)
        tree["ue"].append(ue_out)
    ref = f.get("referentiel_competence")
    if isinstance(ref, dict) and ref.get("specialite"):
        tree["referentiel_competence"] = {
            "specialite": str(ref["specialite"]),
            "version_orebut": ref.get("version_orebut"),
        }
    return tree


def _but_ue(ue: dict) -> dict:
    """A BUT UE's links in an export: its niveau (compétence and ordre) and its parcours."""
    out: dict = {}
    if ue.get("apc_competence") and ue.get("apc_niveau_ordre") not in (None, ""):
        out["niveau"] = {"competence": str(ue["apc_competence"]), "ordre": _conv(ue["apc_niveau_ordre"], int)}
    parcours = [
        {"code": str(p["code"]), "ects": _conv(p.get("ects"), float)} if isinstance(p, dict) else str(p)
        for p in ue.get("parcours", [])
    ]
    if parcours:
        out["parcours"] = parcours
    return out


async def _referentiel_links(db: AsyncSession, dept: str, wanted: dict) -> dict:
    from scodoc_api.repositories.departements import dept_id_of
    from scodoc_api.repositories.referentiel import links_for_import

    dept_id = await dept_id_of(db, dept)
    links = await links_for_import(db, dept_id, wanted["specialite"], wanted.get("version_orebut")) if dept_id else None
    if links is None:
        raise DatasetError(
            [
                f"$.referentiel_competence: référentiel {wanted['specialite']} ({wanted.get('version_orebut') or '?'}) "
                f"absent du département {dept}: l'importer d'abord (scodoc-api import-referentiel)"
            ]
        )
    return links


def parse_formation_xml(content: bytes) -> dict:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(content, parser)
    if root.tag != "formation":
        raise DatasetError([f"élément racine <{root.tag}>: <formation> attendu"])
    f = dict(root.attrib)
    f["ue"] = []
    ref = root.find("referentiel_competence")
    if ref is not None:
        f["referentiel_competence"] = dict(ref.attrib)
    for ue in root.findall("ue"):
        u = dict(ue.attrib)
        u["parcours"] = [dict(p.attrib) for p in ue.findall("parcours")]
        u["matiere"] = []
        for mat in ue.findall("matiere"):
            m = dict(mat.attrib)
            m["module"] = [
                {
                    **mod.attrib,
                    "tags": [t.get("name") for t in mod.findall("tags")],
                    "coefficients": [dict(c.attrib) for c in mod.findall("coefficients")],
                }
                for mod in mat.findall("module")
            ]
            u["matiere"].append(m)
        f["ue"].append(u)
    return _tree_from_dicts(f)


def parse_formation_json(content: bytes) -> dict:
    data = json.loads(content)
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    if not isinstance(data, dict) or "acronyme" not in data:
        raise DatasetError(["$: objet formation attendu (clés acronyme, titre, ue...)"])
    return _tree_from_dicts(data)


def parse_formation(content: bytes) -> dict:
    return parse_formation_xml(content) if content.lstrip()[:1] == b"<" else parse_formation_json(content)


async def import_formation(db: AsyncSession, tree: dict, *, dept: str) -> int:
    """Insert the programme in department ``dept``; returns the new formation id."""
    current = await formation_repo.last_version(db, tree.get("acronyme"), tree.get("titre"))
    formation = {**tree, "ref": "imported", "dept": dept, "version": current + 1}
    if "titre" not in formation:
        formation["titre"] = formation.get("acronyme", "")
    if not formation.get("formation_code"):
        formation.pop("formation_code", None)
    known = {}
    wanted = formation.pop("referentiel_competence", None)
    if wanted:  # a BUT programme links to a référentiel the department holds (import-referentiel first)
        links = await _referentiel_links(db, dept, wanted)
        known["imported-referentiel"] = links
        formation["referentiel"] = "imported-referentiel"
    await load_dataset(db, {"formations": [formation]}, referentiels=known)
    return await formation_repo.last_id(db)
