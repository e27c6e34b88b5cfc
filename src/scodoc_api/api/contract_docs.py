"""What the contract says of each parameter, and the example it gives, taken from the demo data (`scodoc-api
demo`: department RT, its first student, its DUT semester, TD group A...), so that a newcomer's first call
works and fuzzing goes past the 404s."""

from typing import Any

# name -> (description, example); where a route's own description exists, it stays
PARAMETERS: dict[str, tuple[str, Any]] = {
    "dept": ("department acronym", "RT"),
    "acronym": ("department acronym", "RT"),
    "dept_id": ("department id", 1),
    "dept_acronym": ("only the semesters of this department (acronym)", "RT"),
    "departement": ("only the users of this home department (acronym)", "RT"),
    "etudid": ("student id (etudid)", 1),
    "value": ("the student's etudid, NIP or INE, as `kind` says", "1"),
    "kind": ("how the student is named: etudid, nip or ine", "etudid"),
    "nip": ("student's NIP (code_nip)", "00000001"),
    "code_nip": ("student's NIP (code_nip)", "00000001"),
    "ine": ("student's INE (code_ine)", "023968184AB"),
    "formsemestre_id": ("semester id (formsemestre_id)", 1),
    "formation_id": ("formation (programme) id", 1),
    "moduleimpl_id": ("module implementation id (moduleimpl_id)", 1),
    "evaluation_id": ("evaluation id", 1),
    "partition_id": ("partition id", 2),
    "group_id": ("group id", 2),
    "group_ids": ("group id; repeat for several groups", 2),
    "assiduite_id": ("attendance record id", 1),
    "justif_id": ("justificatif id", 1),
    "uid": ("user id", 2),
    "etape_apo": ("Apogée step code (étape)", "V1RT"),
    "annee_scolaire": ("only the semesters of this school year (its first calendar year)", 2026),
    "version": ("bulletin version: long, short or selectedevals (classic), but or butcourt (BUT)", "long"),
    "size": ("small: the 90-pixel copy; orig (default): the stored photo", "small"),
    "filename": ("the file's name, as the justificatif's listing gives it", "justificatif.pdf"),
    "start": ("the first letters of the name or usual name", "FAU"),
    "min_len": ("shortest start searched (shorter: an empty list)", 3),
    "limit": ("most students returned", 32),
    "date_debut": ("first day (ISO date)", "2026-09-01"),
    "date_fin": ("last day, excluded (ISO date)", "2026-09-02"),
    "date_courante": ("the day the semesters must run on (ISO date; default: today)", "2026-10-15"),
    "with_boursier": ("adds the students' grant holder flag", True),
    "xml_with_decisions": ("adds the jury decisions (as ScoDoc does for the XML bulletin)", False),
    "force_publishing": ("also when the semester's bulletins are not published (staff only)", False),
    "with_codes": ("adds the students' codes (NIP, INE) and etudid", False),
    "all_groups": ("also the default group (the whole semester)", False),
    "active": ("only active (true) or inactive (false) users", True),
    "starts_with": ("only users whose name starts with these letters", "D"),
    "est_just": ("justified (true) or not (false)", True),
    "user_id": ("entered by this user (id)", 2),
    "with_justifs": ("adds justificatifs[] to each record", True),
    "metric": ("compte, demi, heure, journee (comma-separated); all by default", "demi"),
    "split": ("one object per state, with justifie / non_justifie", True),
    "abs_just_only": ("true: justified only; false: unjustified only", False),
    "etudids": ("comma-separated etudids", "1,2"),
    "viewable": ("false: also the departments you cannot view", True),
    "export_ids": ("include the ids", False),
}
# where a route wants another object of the demo than the usual example (path suffix, parameter) -> example
EXAMPLE_OVERRIDES: dict[tuple[str, str], Any] = {
    ("/referentiel_competences", "formation_id"): 2,  # the demo's BUT formation
}
REGISTRATION_STATE = ("registration state: I registered, D resigned, DEF failed (défaillant)", "I")
SEMESTER_STATE = ("semester state: 1 (or true) open, 0 (or false) locked", "1")
ATTENDANCE_STATE = ("states, comma-separated, any case: present, retard, absent", "absent")
JUSTIFICATIF_STATE = ("states, comma-separated, any case: valide, non_valide, attente, modifie", "valide")
NO_EXAMPLE = {"format"}  # an enum with a default says enough


def _etat(param: dict[str, Any], path: str) -> tuple[str, Any]:
    schema = param.get("schema", {})
    enums = [v for branch in [schema, *schema.get("anyOf", [])] for v in branch.get("enum", [])]
    if "I" in enums:
        return REGISTRATION_STATE
    if "/assiduite" in path:
        return ATTENDANCE_STATE
    if "/justificatif" in path:
        return JUSTIFICATIF_STATE
    return SEMESTER_STATE


def describe(param: dict[str, Any], path: str) -> None:
    """Give the parameter a description and an example where it has none."""
    name = param.get("name", "")
    if name in NO_EXAMPLE:
        return
    known = _etat(param, path) if name == "etat" else PARAMETERS.get(name)
    if known is None:
        return
    description, example = known
    param.setdefault("description", description)
    example = next((v for (end, n), v in EXAMPLE_OVERRIDES.items() if n == name and path.endswith(end)), example)
    if "example" not in param and "examples" not in param:
        param["example"] = _fit(example, param.get("schema", {}))


def _fit(example: Any, schema: dict[str, Any]) -> Any:
    """The example in the parameter's own type: a list for an array, text where the route reads text."""
    branch = next((b for b in [schema, *schema.get("anyOf", [])] if b.get("type") not in (None, "null")), schema)
    if branch.get("type") == "array":
        return [_fit(example, branch.get("items", {}))]
    if branch.get("type") == "string" and not isinstance(example, str):
        return str(example).lower() if isinstance(example, bool) else str(example)
    return example
