"""The three XML styles of ScoDoc 7 routes (legacy.md §4.2), built with lxml."""

import random

from lxml import etree

from scodoc_api.core.text import xml_safe

DECL = b'<?xml version="1.0" encoding="utf-8"?>'


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
