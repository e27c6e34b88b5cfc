"""The query parameters of the ScoDoc 7 routes, for the contract (they read them from the query string or a
form, as ScoDoc 7 did): generated clients can pass them, and fuzzing sends what the routes expect."""

from typing import Any


def _param(name: str, description: str, example: Any, schema: dict[str, Any], required: bool = False) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "example": example,
        "schema": {**schema},  # a copy: the contract's refinements add to it
    }


TEXT = {"type": "string"}
ID = {"type": "integer", "minimum": -(2**31), "maximum": 2**31 - 1}
DATE = {"type": "string", "format": "date"}
NONEMPTY = {"type": "string", "minLength": 1}
MOMENT = {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}]}
FLAG = {"type": "string", "enum": ["0", "1"]}

CREDENTIALS = [
    _param("__ac_name", "ScoDoc 7 login (or HTTP Basic)", "jdupont", TEXT),
    _param("__ac_password", "its password (never an example that works)", "********", TEXT),
]
STUDENT = [
    _param("etudid", "the student's etudid (ScoDoc 7 also takes code_nip or code_ine instead)", "1", NONEMPTY, True),
    _param("code_nip", "the student's NIP (when etudid is empty)", "00000001", TEXT),
    _param("code_ine", "the student's INE (when etudid and code_nip are empty)", "023968184AB", TEXT),
]
SEMESTER_FILTERS = [
    _param("formsemestre_id", "only this semester", 1, ID),
    _param("formation_id", "only the semesters of this formation", 1, ID),
    _param("etape_apo", "only the semesters of this Apogée step", "V1RT", TEXT),
]


def _format(choices: list[str], default: str | None) -> dict:
    schema: dict[str, Any] = {"type": "string", "enum": choices}
    if default is None:  # ScoDoc 7 answers HTML without it, which this server does not serve
        return _param("format", "answer format", choices[0], schema, True)
    return _param("format", f"answer format ({default} by default)", default, {**schema, "default": default})


PARAMETERS: dict[str, list[dict]] = {
    "etud_info": [*STUDENT, _format(["xml", "json"], "xml")],
    "formsemestre_list": [*SEMESTER_FILTERS, _format(["json", "xml"], "json")],
    "XMLgetFormsemestres": SEMESTER_FILTERS,
    "formsemestre_bulletinetud": [
        _param("formsemestre_id", "the semester", 1, ID, True),
        *STUDENT,
        _format(["json", "xml", "pdf"], None),
        _param("version", "short, selectedevals or long", "long", {"type": "string", "default": "long"}),
        _param("xml_with_decisions", "adds the jury decisions", "0", FLAG),
        _param("force_publishing", "also when the bulletins are not published", "0", FLAG),
    ],
    "groups_view": [
        _param(
            "group_ids",
            "a group; repeat for several (group_ids:list also works)",
            [2],
            {"type": "array", "items": ID},
            True,
        ),
        _param("with_codes", "adds the students' codes", "0", FLAG),
        _param("etat", "only the students in this registration state (I, D, DEF)", "I", TEXT),
        _format(["json", "xml"], None),
    ],
    "XMLgetAbsEtud": [
        *STUDENT,
        _param("beg_date", "first day (ISO date)", "2026-09-01", DATE, True),
        _param("end_date", "last day, included (ISO date)", "2027-01-31", DATE, True),
    ],
    "XMLgetBilletsEtud": STUDENT,
    "AddBilletAbsence": [
        *STUDENT,
        _param("begin", "first moment (ISO date or date-time)", "2026-10-01", MOMENT, True),
        _param("end", "last moment (ISO date or date-time)", "2026-10-02", MOMENT, True),
        _param("description", "the reason given", "malade", {"type": "string", "maxLength": 500}),
        _param("justified", "1 (default): the student brings a document", "1", FLAG),
        _param("xml_reply", "1 (default): an XML table; 0: JSON", "1", FLAG),
    ],
}


# POST takes ScoDoc 7's credentials from its form body only (the other parameters from either)
CREDENTIALS_FORM = {
    "required": False,
    "content": {
        "application/x-www-form-urlencoded": {
            "schema": {"type": "object", "properties": {p["name"]: p["schema"] for p in CREDENTIALS}}
        }
    },
}


def legacy_openapi(name: str, method: str) -> dict:
    """The operation's parameters (and, for POST, its credentials' form body)."""
    if method == "POST":
        return {"parameters": PARAMETERS[name], "requestBody": CREDENTIALS_FORM}
    return {"parameters": [*PARAMETERS[name], *CREDENTIALS]}
