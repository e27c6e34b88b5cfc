"""The classic XML bulletin (bulletins.md §6), derived from the bulletin's dictionary alone."""

from typing import Any

from lxml import etree

from scodoc_api.core.text import xml_safe
from scodoc_api.formats.xml import XML_DECLARATION, to_xml_body


def _attrs(el: etree._Element, pairs: Any) -> None:
    for k, v in pairs:
        el.set(k, xml_safe(v))


def bulletin_xml_element(d: dict[str, Any]) -> etree._Element:
    """The ``<bulletinetud>`` tree of bulletins.md §6, from the bulletin's dictionary alone (built with
    ``for_xml``: its ``xml_*`` keys hold what only the XML form shows)."""
    root = etree.Element("bulletinetud")
    _attrs(
        root,
        [(k, d[k]) for k in ("etudid", "formsemestre_id", "date", "publie")]
        + [(k, v) for k, v in d.items() if k.startswith("etape_apo")],
    )
    et = d["etudiant"]
    _attrs(
        etree.SubElement(root, "etudiant"),
        [
            (k, et.get("xml_photo_url", et[k]) if k == "photo_url" else et[k])
            for k in (
                "etudid",
                "code_nip",
                "code_ine",
                "nom",
                "prenom",
                "civilite",
                "sexe",
                "photo_url",
                "email",
                "emailperso",
            )
        ],
    )
    if "note" not in d:
        return root
    _attrs(etree.SubElement(root, "note"), d["note"].items())
    _attrs(etree.SubElement(root, "rang"), d["rang"].items())
    for rg in d["rang_group"]:
        _attrs(etree.SubElement(root, "rang_group"), rg.items())
    _attrs(etree.SubElement(root, "note_max"), [("value", 20)])
    _attrs(etree.SubElement(root, "bonus_sport_culture"), [("value", d["bonus_sport_culture"]["value"])])
    caps = {c["id"]: c for c in d["ue_capitalisee"]}
    for ue in d["ue"]:
        _ue(root, ue, caps.get(ue["id"]))
    _jury(root, d)
    for a in d["appreciation"]:
        el = etree.SubElement(root, "appreciation")
        el.set("date", xml_safe(a["date"]))
        el.text = xml_safe(a["comment"])
    return root


def _ue(root: etree._Element, ue: dict[str, Any], cap: dict[str, Any] | None) -> None:
    """A UE, its modules and, after it, its capitalised counterpart."""
    ue_el = etree.SubElement(root, "ue")
    _attrs(ue_el, [(k, ue[k]) for k in ("id", "numero", "acronyme", "titre", "code_apogee")])
    n = ue["note"]
    _attrs(etree.SubElement(ue_el, "note"), [("value", ue["xml_note"]), ("min", n["min"]), ("max", n["max"])])
    _attrs(etree.SubElement(ue_el, "ects"), [("value", ue["xml_ects"])])
    _attrs(etree.SubElement(ue_el, "rang"), [("value", ue["rang"])])
    _attrs(etree.SubElement(ue_el, "effectif"), [("value", ue["effectif"])])
    for mod in ue["module"]:
        _module(ue_el, mod)
    if cap:
        c_el = etree.SubElement(root, "ue_capitalisee")
        _attrs(c_el, [(k, cap[k]) for k in ("id", "numero", "acronyme", "titre")])
        for k in ("note", "ects", "coefficient_ue", "date_capitalisation"):
            _attrs(etree.SubElement(c_el, k), [("value", cap[k])])


MODULE_KEYS = ("id", "code", "coefficient", "numero", "titre", "abbrev", "code_apogee")
EVALUATION_KEYS = ("jour", "heure_debut", "heure_fin", "coefficient", "evaluation_type", "description")
INCOMPLETE_KEYS = ("jour", "heure_debut", "heure_fin", "coefficient", "description", "incomplete")


def _module(ue_el: etree._Element, mod: dict[str, Any]) -> None:
    m_el = etree.SubElement(ue_el, "module")
    _attrs(m_el, [(k, mod[k]) for k in MODULE_KEYS])
    mn = mod["note"]
    _attrs(etree.SubElement(m_el, "note"), [(k, mn[k]) for k in ("value", "min", "max", "moy")])
    if "rang" in mod:
        _attrs(etree.SubElement(m_el, "rang"), [("value", mod["rang"]["value"])])
        _attrs(etree.SubElement(m_el, "effectif"), [("value", mod["effectif"]["value"])])
    for ev in mod["evaluation"]:
        note_max = ev["xml_note_max"]
        e_el = etree.SubElement(m_el, "evaluation")
        incomplete = bool(ev.get("incomplete"))
        origin = "" if incomplete and not note_max else str(float(note_max))
        keys = INCOMPLETE_KEYS if incomplete else EVALUATION_KEYS
        _attrs(e_el, [(k, ev[k]) for k in keys] + [("note_max_origin", origin)])
        if not incomplete:
            _attrs(etree.SubElement(e_el, "note"), [("value", ev["note"])])


def _jury(root: etree._Element, d: dict[str, Any]) -> None:
    """Absences, then the jury's decisions when shown."""
    if "absences" in d:
        _attrs(etree.SubElement(root, "absences"), d["absences"].items())
    if "situation" in d:
        etree.SubElement(root, "situation").text = xml_safe(d["situation"])
        dec = d["decision"]
        _attrs(etree.SubElement(root, "decision"), [(k, "" if v is None else v) for k, v in dec.items()])
        for du in d.get("decision_ue", []):
            _attrs(
                etree.SubElement(root, "decision_ue"),
                [(k, du[k]) for k in ("ue_id", "numero", "acronyme", "titre", "code")],
            )
        for a in d.get("autorisation_inscription", []):
            _attrs(etree.SubElement(root, "autorisation_inscription"), a.items())


XML_HEAD = XML_DECLARATION


def but_xml_bytes(d: dict[str, Any]) -> bytes:
    """A BUT bulletin in XML: the generic rendering of its JSON dictionary (ScoDoc 9.0 had no BUT layout)."""
    return to_xml_body(d, "bulletin")


def xml_bytes(element: etree._Element) -> bytes:
    """ScoDoc's byte form: one line, non-ASCII as character references, ``<tag a="" />``."""
    body = etree.tostring(element, encoding="us-ascii")
    return body.replace(b'"/>', b'" />')
