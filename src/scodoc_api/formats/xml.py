"""XML rendering. Generic documents come from dicttoxml; fixed ScoDoc layouts are built with lxml elsewhere."""

from typing import Any

from dicttoxml import dicttoxml
from lxml import etree

from scodoc_api.core.text import xml_safe, xml_safe_data

XML_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>'  # the one declaration of every XML answer


def _item_name(parent: str) -> str:
    """Element name of list items: ``etuds`` -> ``etud``, otherwise ``item``."""
    if parent.endswith("_list"):
        return parent[: -len("_list")]
    if parent.endswith("s") and len(parent) > 1:
        return parent[:-1]
    return "item"


def to_xml_body(data: Any, root: str) -> bytes:
    """Generic XML without the declaration: stable element names, no type attributes, UTF-8; a key that is
    not an XML name becomes ``<key name="...">``."""
    body: bytes = dicttoxml(
        xml_safe_data(data), custom_root=root, attr_type=False, item_func=_item_name, xml_declaration=False
    )
    return body


def to_xml(data: Any, root: str) -> bytes:
    return XML_DECLARATION + b"\n" + to_xml_body(data, root)


def tostring(element: etree._Element) -> bytes:
    return XML_DECLARATION + b"\n" + etree.tostring(element, encoding="utf-8")


def message_document(root: str, message: str) -> bytes:
    """``<root>message</root>`` on one line (answers of ScoDoc's write routes)."""
    el = etree.Element(root)
    el.text = xml_safe(message)
    return XML_DECLARATION + etree.tostring(el, encoding="utf-8")
