"""Loading a dataset: one method per section of the file."""

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from scodoc_api.db.session import AsyncSession
from scodoc_api.domain import absences as ad
from scodoc_api.models import (
    Admission,
    Adresse,
    Assiduite,
    BilletAbsence,
    Departement,
    Identite,
    Justificatif,
    Preference,
    ScolarEvent,
    User,
    UserRole,
)
from scodoc_api.repositories import dataset as repo
from scodoc_api.repositories.departements import dept_ids_by_acronym
from scodoc_api.services.dataset_but import ButSections
from scodoc_api.services.dataset_formations import FormationSections
from scodoc_api.services.dataset_plan import (
    _ORDER,
    DatasetError,
    Plan,
    _d,
    _defaults,
    _dt,
    _next_ids,
    _pick,
    fix_sequences,
)
from scodoc_api.services.dataset_semesters import SemesterSections
from scodoc_api.services.roles import ensure_roles

# Called after each chunk of rows written: (table, rows just written, rows in all).
Progress = Callable[[str, int, int], None]
CHUNK = 5000


class DatasetLoader(ButSections, FormationSections, SemesterSections):
    """Loads one dataset: each section of the file is one method, which checks its rows (every bad field is
    recorded with its path, in ``plan.errors``) and plans them; nothing is written unless every section is
    clean. Rows get explicit ids, taken from each table's next free id."""

    def __init__(
        self, db: AsyncSession, data: dict, *, tz_name: str, password_hasher, progress: Progress | None = None
    ) -> None:
        self.db, self.data, self.password_hasher = db, data, password_hasher
        self.progress = progress
        self.tz = ZoneInfo(tz_name)
        self.plan = Plan()
        self.now = datetime.now(UTC)
        self.formations: dict[str, int] = {}
        self.ues: dict[str, int] = {}
        self.modules: dict[str, int] = {}
        self.ue_type: dict[int, int] = {}
        self.module_ue: dict[int, int] = {}
        self.module_type: dict[int, int] = {}
        self.tag_ids: dict[tuple[int, str], int] = {}
        self.etuds: dict[str, int] = {}
        self.etud_dept: dict[int, int] = {}
        self.sems: dict[str, int] = {}
        self.moduleimpls: dict[str, int] = {}
        self.evaluations: dict[str, int] = {}
        self.referentiels: dict[str, dict] = {}
        self.formation_refs: dict[int, dict | None] = {}

    async def run(self) -> dict[str, int]:
        """Read what exists, plan every section, then insert; returns the rows inserted per table."""
        await self.prepare()
        for section in (
            self.load_departements,
            self.load_users,
            self.load_referentiels,
            self.load_formations,
            self.load_etudiants,
            self.load_formsemestres,
            self.load_absences,
            self.load_billets,
        ):
            section()
        return await self.insert()

    async def prepare(self) -> None:
        """Roles, next ids, and the departments and users already there (a dataset may refer to them)."""
        self.role_ids = await ensure_roles(self.db)
        self.ids = await _next_ids(self.db)
        self.depts = await dept_ids_by_acronym(self.db)
        self.users = await repo.user_ids(self.db)

    def load_departements(self) -> None:
        """``departements``: new departments and their preferences."""
        for i, d in enumerate(self.data.get("departements", [])):
            if d["acronym"] in self.depts:
                self.plan.errors.append(f"$.departements[{i}].acronym: le département {d['acronym']} existe déjà")
                continue
            self.depts[d["acronym"]] = did = self.ids.take("departement")
            self.plan.add(
                Departement,
                {
                    "id": did,
                    "acronym": d["acronym"],
                    "dept_name": d.get("dept_name") or d["acronym"],
                    "description": d.get("description"),
                    "visible": d.get("visible", True),
                    "date_creation": self.now,
                },
            )
            prefs = {"DeptName": d["acronym"], **d.get("preferences", {})}
            for name, value in prefs.items():
                self.plan.add(
                    Preference,
                    {
                        "id": self.ids.take("sco_prefs"),
                        "dept_id": did,
                        "formsemestre_id": None,
                        "name": name,
                        "value": None if value is None else str(value),
                    },
                )

    def dept_id(self, acronym, where) -> int | None:
        if acronym not in self.depts:
            self.plan.errors.append(f"{where}: département inconnu '{acronym}'")
            return None
        return self.depts[acronym]

    def load_users(self) -> None:
        """``users``: accounts and their roles."""
        for i, u in enumerate(self.data.get("users", [])):
            where = f"$.users[{i}]"
            if u["user_name"] in self.users:
                self.plan.errors.append(f"{where}.user_name: l'utilisateur {u['user_name']} existe déjà")
                continue
            self.users[u["user_name"]] = uid = self.ids.take("users")
            pw = u.get("password_hash") or (self.password_hasher(u["password"]) if u.get("password") else None)
            self.plan.add(
                User,
                {
                    "id": uid,
                    "user_name": u["user_name"],
                    "email": u.get("email"),
                    "nom": u.get("nom"),
                    "prenom": u.get("prenom"),
                    "dept": u.get("dept"),
                    "active": u.get("active", True),
                    "password_hash": pw,
                    "date_created": self.now,
                },
            )
            grants = list(u.get("roles", []))
            if u.get("superadmin"):
                grants.append({"role": "SuperAdmin", "dept": None})
            for j, g in enumerate(grants):
                if g["role"] not in self.role_ids:
                    self.plan.errors.append(f"{where}.roles[{j}].role: rôle inconnu '{g['role']}'")
                    continue
                if g.get("dept") is not None:
                    self.dept_id(g["dept"], f"{where}.roles[{j}].dept")
                self.plan.add(
                    UserRole,
                    {
                        "id": self.ids.take("user_role"),
                        "user_id": uid,
                        "role_id": self.role_ids[g["role"]],
                        "dept": g.get("dept"),
                    },
                )

    def user_id(self, name, where) -> int | None:
        if name is None:
            return None
        if name not in self.users:
            self.plan.errors.append(f"{where}: utilisateur inconnu '{name}'")
        return self.users.get(name)

    def load_etudiants(self) -> None:
        """``etudiants``: students, addresses and admission data."""
        for i, e in enumerate(self.data.get("etudiants", [])):
            where = f"$.etudiants[{i}]"
            ref = str(e["ref"])
            if ref in self.etuds:
                self.plan.errors.append(f"{where}.ref: référence en double '{ref}'")
            did = self.dept_id(e["dept"], f"{where}.dept")
            self.etuds[ref] = eid = self.ids.take("identite")
            self.etud_dept[eid] = did
            row = {
                "id": eid,
                "dept_id": did,
                "nom": e["nom"].upper(),
                "prenom": e["prenom"].upper(),
                "nom_usuel": e.get("nom_usuel"),
                "civilite": e.get("civilite", "X"),
                "date_naissance": _d(e.get("date_naissance")),
                "boursier": e.get("boursier", False),
                "code_nip": e.get("code_nip"),
                "code_ine": e.get("code_ine"),
            }
            row.update(_pick(e, ["lieu_naissance", "dept_naissance", "nationalite", "statut"]))
            self.plan.add(Identite, row)
            self.plan.add(
                Adresse,
                {"id": self.ids.take("adresse"), "etudid": eid, "typeadresse": "domicile", **e.get("adresse", {})},
            )
            if "admission" in e:
                self.plan.add(Admission, {"id": self.ids.take("admissions"), "etudid": eid, **e["admission"]})
            self.plan.add(
                ScolarEvent,
                {
                    "id": self.ids.take("scolar_events"),
                    "etudid": eid,
                    "event_date": self.now,
                    "event_type": "CREATION",
                    "formsemestre_id": None,
                },
            )

    def etud_id(self, ref, where) -> int | None:
        ref = str(ref)
        if ref not in self.etuds:
            self.plan.errors.append(f"{where}: étudiant inconnu '{ref}'")
        return self.etuds.get(ref)

    def load_absences(self) -> None:
        """``absences``: half-day rows, stored as the attendance records that stand for them
        (domain/absences.records_of_halfday_rows, docs/compat.md)."""
        rows = []
        for i, a in enumerate(self.data.get("absences", [])):
            where = f"$.absences[{i}]"
            eid = self.etud_id(a["etud"], f"{where}.etud")
            mi = a.get("moduleimpl")
            mi_id = self.moduleimpls.get(str(mi)) if mi is not None else None
            if mi is not None and mi_id is None:
                self.plan.errors.append(f"{where}.moduleimpl: moduleimpl inconnu '{mi}'")
            estabs, estjust = a.get("estabs", True), a.get("estjust", False)
            rows.append(
                ad.HalfDayRow(eid, _d(a["jour"]), a["matin"], estabs, estjust, a.get("description"), mi_id, self.now)
            )
        assiduites, justificatifs = ad.records_of_halfday_rows(rows, ad.DayTimes(self.tz))
        for values in assiduites:
            self.plan.add(Assiduite, {"id": self.ids.take("assiduites"), **values})
        for values in justificatifs:
            self.plan.add(Justificatif, {"id": self.ids.take("justificatifs"), **values})

    def load_billets(self) -> None:
        """``billets``: absence notes."""
        for i, b in enumerate(self.data.get("billets", [])):
            where = f"$.billets[{i}]"
            eid = self.etud_id(b["etud"], f"{where}.etud")
            begin, end = _dt(b["abs_begin"], self.tz), _dt(b["abs_end"], self.tz)
            if begin and end and end < begin:
                self.plan.errors.append(f"{where}.abs_end: antérieure à abs_begin")
            self.plan.add(
                BilletAbsence,
                {
                    "id": self.ids.take("billet_absence"),
                    "etudid": eid,
                    "abs_begin": begin,
                    "abs_end": end,
                    "description": b.get("description"),
                    "etat": b.get("etat", False),
                    "justified": b.get("justified", False),
                    "entry_date": _dt(b.get("entry_date"), self.tz) or self.now,
                },
            )

    async def insert(self) -> dict[str, int]:
        """Every planned row, table by table in foreign-key order; refused as a whole on any error."""
        if self.plan.errors:
            raise DatasetError(self.plan.errors)
        counts = {}
        total = sum(self.plan.count(model) for model in _ORDER)
        for model in _ORDER:
            if not self.plan.count(model):
                continue
            defaults = _defaults(model)
            for chunk in self.plan.chunks(model, CHUNK):  # chunks: the caller's progress bar moves
                await repo.insert_rows(self.db, model, [{**defaults, **r} for r in chunk])
                if self.progress is not None:
                    self.progress(model.__tablename__, len(chunk), total)
            counts[model.__tablename__] = self.plan.count(model)
        await fix_sequences(self.db)
        return counts
