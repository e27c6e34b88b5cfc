"""The three XML styles of ScoDoc 7 routes (legacy.md §4.2), built with lxml."""

import random

from lxml import etree

from scodoc_api.core.text import xml_safe
from scodoc_api.formats.xml import XML_DECLARATION as DECL


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    return xml_safe(v)


def object_element(tag: str, obj: dict) -> etree._Element:
    """Style (A): scalars as attributes (null omitted), lists as repeated children (plain values as
    ``<field code="..."/>``)."""
    el = etree.Element(tag)
    for k, v in obj.items():
        if v is None or isinstance(v, (list, dict)):
            continue
        el.set(k, _scalar(v))
    for k, v in obj.items():
        if isinstance(v, list):
            for item in v:
                if isinstance(item, dict):
                    el.append(object_element(k, item))
                else:
                    etree.SubElement(el, k, {"code": _scalar(item)})
    return el


def object_document(root: etree._Element) -> bytes:
    etree.indent(root, space="\t")
    return DECL + b"\n" + etree.tostring(root, encoding="utf-8")


def table_document(rows: list[dict], *, root: str = "table", row: str = "row", caption: str = "") -> bytes:
    """Style (B): ``<table id="gt_N" origin="" caption="">`` with one ``<row>`` of ``<col value=""/>``."""
    el = etree.Element(root, {"id": f"gt_{random.randint(100000, 999999)}", "origin": "", "caption": xml_safe(caption)})
    for r in rows:
        row_el = etree.SubElement(el, row)
        for k, v in r.items():
            etree.SubElement(row_el, k, {"value": "" if v is None else _scalar(v)})
    return DECL + etree.tostring(el, encoding="us-ascii").replace(b'"/>', b'" />')


def hand_built(el: etree._Element) -> bytes:
    """Style (C): one line, non-ASCII as character references."""
    return DECL + etree.tostring(el, encoding="us-ascii").replace(b'"/>', b'" />')


def python_text(key: str, value) -> str:
    """How ScoDoc 9.0 stringifies a value in its ScoDoc 6 lists: Python's own forms (``True``, ``[5]``), Apogée
    steps as its ``ApoEtapeVDI`` objects print."""
    if key == "etapes" and isinstance(value, list):
        return "[" + ", ".join(f"ApoEtapeVDI({str(e)!r})" for e in value) + "]"
    return str(value)


def attribute_list_document(root: str, item: str, rows: list[dict]) -> bytes:
    """ScoDoc 6's lists: empty ``<item>`` elements, every key an attribute in ScoDoc 9.0's Python forms
    (``python_text``); one line, style (C)."""
    el = etree.Element(root)
    for row in rows:
        child = etree.SubElement(el, item)
        for k, v in row.items():
            child.set(k, xml_safe(python_text(k, v)))
    return hand_built(el)


def absences_document(etudid: int, beg_date: str, end_date: str, rows: list[dict]) -> bytes:
    """``XMLgetAbsEtud``: ``<absences>`` of ``<abs>`` elements, one line."""
    el = etree.Element(
        "absences", {"etudid": str(etudid), "beg_date": xml_safe(beg_date), "end_date": xml_safe(end_date)}
    )
    for row in rows:
        etree.SubElement(el, "abs", {k: xml_safe(v) for k, v in row.items()})
    return hand_built(el)
