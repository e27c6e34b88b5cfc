"""``scodoc-api load``: import a dataset (docs/dataset.schema.json) in one transaction, with bulk inserts.

Everything is checked before the first write: the JSON Schema, then references and values. Errors name the
bad field with a JSON path (``$.formsemestres[0].evaluations[2].notes.E7``). Ids are allocated here (from the
current maxima) so that rows go in with one executemany per table, not one ORM object at a time.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import lru_cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

from jsonschema import Draft202012Validator
from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.security import hash_password
from scodoc_api.models import (
    Absence,
    Admission,
    Adresse,
    Appreciation,
    AutorisationInscription,
    BilletAbsence,
    Departement,
    Evaluation,
    Formation,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreInscription,
    FormSemestreResponsable,
    FormSemestreUECoef,
    FormSemestreValidation,
    GroupDescr,
    GroupMembership,
    Identite,
    Matiere,
    Module,
    ModuleImpl,
    ModuleImplEnseignant,
    ModuleImplInscription,
    ModuleTag,
    ModuleUECoef,
    Note,
    NotesTag,
    Partition,
    Preference,
    ScolarEvent,
    UniteEns,
    User,
    UserRole,
)
from scodoc_api.models.formsemestre import new_results_version
from scodoc_api.services.notes_codes import encode_note
from scodoc_api.services.roles import ensure_roles

SPORT_UE_TYPE = 1


class DatasetError(ValueError):
    def __init__(self, errors: list[str]):
        self.errors = errors
        super().__init__("\n".join(errors[:50]) + (f"\n... {len(errors) - 50} more" if len(errors) > 50 else ""))


@lru_cache
def dataset_schema() -> dict:
    return json.loads(resources.files("scodoc_api.data").joinpath("dataset.schema.json").read_text("utf-8"))


def _path(parts) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def validate_schema(data: Any) -> None:
    validator = Draft202012Validator(dataset_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise DatasetError([f"{_path(e.absolute_path)}: {e.message}" for e in errors])


@dataclass
class _Ids:
    """Next free id per table, read once from the database."""

    next: dict[str, int] = field(default_factory=dict)

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


@dataclass
class _Plan:
    rows: dict[Any, list[dict]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)

    def add(self, model, row: dict) -> None:
        self.rows[model].append(row)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _t(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


def _dt(value: str | None, tz: ZoneInfo) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=tz)


def _at_noon(d: date | None, tz: ZoneInfo) -> datetime | None:
    """A date given alone becomes a local midday timestamp (its date survives any time zone)."""
    return datetime.combine(d, time(12, 0), tzinfo=tz) if d else None


def _pick(src: dict, keys) -> dict:
    return {k: src[k] for k in keys if k in src}


# Insertion order respects foreign keys.
_ORDER = [
    Departement,
    User,
    UserRole,
    Formation,
    UniteEns,
    Matiere,
    Module,
    ModuleUECoef,
    NotesTag,
    ModuleTag,
    Identite,
    Adresse,
    Admission,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreResponsable,
    FormSemestreUECoef,
    Preference,
    ModuleImpl,
    ModuleImplEnseignant,
    FormSemestreInscription,
    ModuleImplInscription,
    ScolarEvent,
    Partition,
    GroupDescr,
    GroupMembership,
    Evaluation,
    Note,
    FormSemestreValidation,
    AutorisationInscription,
    Appreciation,
    Absence,
    BilletAbsence,
]
_WITH_ID = [m for m in _ORDER if "id" in m.__table__.c and m.__table__.c.id.primary_key]


async def _next_ids(db: AsyncSession) -> _Ids:
    ids = _Ids()
    for model in _WITH_ID:
        current = (await db.execute(select(func.max(model.__table__.c.id)))).scalar_one()
        ids.next[model.__tablename__] = (current or 0) + 1
    return ids


async def load_dataset(
    db: AsyncSession, data: dict, *, tz_name: str = "Europe/Paris", password_hasher=hash_password
) -> dict[str, int]:
    """Validate and insert; the caller commits. Returns the number of rows inserted per table."""
    validate_schema(data)
    return await DatasetLoader(db, data, tz_name=tz_name, password_hasher=password_hasher).run()


class DatasetLoader:
    """Loads one dataset: each section of the file is one method, which checks its rows (every bad field is
    recorded with its path, in ``plan.errors``) and plans them; nothing is written unless every section is
    clean. Rows get explicit ids, taken from each table's next free id."""

    def __init__(self, db: AsyncSession, data: dict, *, tz_name: str, password_hasher) -> None:
        self.db, self.data, self.password_hasher = db, data, password_hasher
        self.tz = ZoneInfo(tz_name)
        self.plan = _Plan()
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

    async def run(self) -> dict[str, int]:
        """Read what exists, plan every section, then insert; returns the rows inserted per table."""
        await self.prepare()
        for section in (
            self.load_departements,
            self.load_users,
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
        self.depts = {d.acronym: d.id for d in (await self.db.execute(select(Departement))).scalars()}
        self.users = {u.user_name: u.id for u in (await self.db.execute(select(User))).scalars()}

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

    def load_formations(self) -> None:
        """``formations``: programmes, their UEs, subjects, modules and tags."""
        for i, f in enumerate(self.data.get("formations", [])):
            where = f"$.formations[{i}]"
            ref = str(f["ref"])
            if ref in self.formations:
                self.plan.errors.append(f"{where}.ref: référence en double '{ref}'")
            did = self.dept_id(f["dept"], f"{where}.dept")
            self.formations[ref] = fid = self.ids.take("notes_formations")
            self.plan.add(
                Formation,
                {
                    "id": fid,
                    "dept_id": did,
                    "acronyme": f["acronyme"],
                    "titre": f["titre"],
                    "titre_officiel": f.get("titre_officiel") or f["titre"],
                    "version": f.get("version", 1),
                    "formation_code": f.get("formation_code") or f"FCOD{fid}",
                    "type_parcours": f.get("type_parcours", 100),
                    "code_specialite": f.get("code_specialite"),
                },
            )
            for j, ue in enumerate(f.get("ue", [])):
                w_ue = f"{where}.ue[{j}]"
                uref = str(ue["ref"])
                if uref in self.ues:
                    self.plan.errors.append(f"{w_ue}.ref: référence en double '{uref}'")
                self.ues[uref] = ue_id = self.ids.take("notes_ue")
                self.ue_type[ue_id] = ue.get("type", 0)
                self.plan.add(
                    UniteEns,
                    {
                        "id": ue_id,
                        "formation_id": fid,
                        "acronyme": ue["acronyme"],
                        "numero": ue.get("numero") or 0,
                        "titre": ue.get("titre"),
                        "type": ue.get("type", 0),
                        "ue_code": ue.get("ue_code") or ue["acronyme"],
                        "ects": ue.get("ects"),
                        "is_external": ue.get("is_external", False),
                        "code_apogee": ue.get("code_apogee"),
                        "coefficient": ue.get("coefficient"),
                        "semestre_idx": ue.get("semestre_idx"),
                    },
                )
                for k, mat in enumerate(ue.get("matiere", [])):
                    mat_id = self.ids.take("notes_matieres")
                    self.plan.add(
                        Matiere,
                        {"id": mat_id, "ue_id": ue_id, "titre": mat.get("titre"), "numero": mat.get("numero") or 0},
                    )
                    for m_i, mod in enumerate(mat.get("module", [])):
                        w_mod = f"{w_ue}.matiere[{k}].module[{m_i}]"
                        mref = str(mod["ref"])
                        if mref in self.modules:
                            self.plan.errors.append(f"{w_mod}.ref: référence en double '{mref}'")
                        self.modules[mref] = mid = self.ids.take("notes_modules")
                        self.module_ue[mid] = ue_id
                        self.module_type[mid] = mod.get("module_type") or 0
                        self.plan.add(
                            Module,
                            {
                                "id": mid,
                                "titre": mod.get("titre"),
                                "abbrev": mod.get("abbrev"),
                                "code": mod["code"],
                                "heures_cours": mod.get("heures_cours"),
                                "heures_td": mod.get("heures_td"),
                                "heures_tp": mod.get("heures_tp"),
                                "coefficient": mod.get("coefficient"),
                                "ects": mod.get("ects"),
                                "ue_id": ue_id,
                                "matiere_id": mat_id,
                                "formation_id": fid,
                                "semestre_id": mod.get("semestre_id", 1),
                                "numero": mod.get("numero") or 0,
                                "code_apogee": mod.get("code_apogee"),
                                "module_type": mod.get("module_type"),
                            },
                        )
                        for title in mod.get("tags", []):
                            key = (did, title)
                            if key not in self.tag_ids:
                                self.tag_ids[key] = self.ids.take("notes_tags")
                                self.plan.add(NotesTag, {"id": self.tag_ids[key], "dept_id": did, "title": title})
                            self.plan.add(ModuleTag, {"tag_id": self.tag_ids[key], "module_id": mid})
                        mod["_id"] = mid
            for j, ue in enumerate(f.get("ue", [])):  # BUT coefficients may name any UE of the formation
                for k, mat in enumerate(ue.get("matiere", [])):
                    for m_i, mod in enumerate(mat.get("module", [])):
                        for uref, coef in mod.get("ue_coefs", {}).items():
                            if uref not in self.ues:
                                self.plan.errors.append(
                                    f"{where}.ue[{j}].matiere[{k}].module[{m_i}].ue_coefs.{uref}: UE inconnue"
                                )
                                continue
                            self.plan.add(
                                ModuleUECoef, {"module_id": mod["_id"], "ue_id": self.ues[uref], "coef": coef}
                            )

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

    def load_formsemestres(self) -> None:
        """``formsemestres``: semesters and everything in them."""
        for i, s in enumerate(self.data.get("formsemestres", [])):
            where = f"$.formsemestres[{i}]"
            ref = str(s["ref"])
            if ref in self.sems:
                self.plan.errors.append(f"{where}.ref: référence en double '{ref}'")
            fref = str(s["formation"])
            if fref not in self.formations:
                self.plan.errors.append(f"{where}.formation: formation inconnue '{fref}'")
                continue
            fid = self.formations[fref]
            did = next(r["dept_id"] for r in self.plan.rows[Formation] if r["id"] == fid)
            d0, d1 = _d(s["date_debut"]), _d(s["date_fin"])
            if d1 < d0:
                self.plan.errors.append(f"{where}.date_fin: antérieure à date_debut")
            self.sems[ref] = sid = self.ids.take("notes_formsemestre")
            row = {
                "id": sid,
                "dept_id": did,
                "formation_id": fid,
                "semestre_id": s.get("semestre_id", 1),
                "titre": s.get("titre") or next(r["titre"] for r in self.plan.rows[Formation] if r["id"] == fid),
                "date_debut": d0,
                "date_fin": d1,
                "etat": s.get("etat", True),
                "modalite": s.get("modalite") or "FI",
                "results_version": new_results_version(),
            }
            row.update(
                _pick(
                    s,
                    [
                        "gestion_compensation",
                        "bul_hide_xml",
                        "block_moyennes",
                        "gestion_semestrielle",
                        "resp_can_edit",
                        "resp_can_change_ens",
                        "ens_can_edit_eval",
                        "elt_sem_apo",
                        "elt_annee_apo",
                        "use_ue_coefs",
                        "bonus_function",
                    ],
                )
            )
            self.plan.add(FormSemestre, row)
            for etape in s.get("etapes", []):
                self.plan.add(
                    FormSemestreEtape,
                    {"id": self.ids.take("notes_formsemestre_etapes"), "formsemestre_id": sid, "etape_apo": etape},
                )
            for j, name in enumerate(s.get("responsables", [])):
                uid = self.user_id(name, f"{where}.responsables[{j}]")
                if uid:
                    self.plan.add(FormSemestreResponsable, {"formsemestre_id": sid, "responsable_id": uid})
            for uref, coef in s.get("ue_coefficients", {}).items():
                if str(uref) not in self.ues:
                    self.plan.errors.append(f"{where}.ue_coefficients.{uref}: UE inconnue")
                    continue
                self.plan.add(
                    FormSemestreUECoef,
                    {
                        "id": self.ids.take("notes_formsemestre_uecoef"),
                        "formsemestre_id": sid,
                        "ue_id": self.ues[str(uref)],
                        "coefficient": coef,
                    },
                )
            for name, value in s.get("preferences", {}).items():
                self.plan.add(
                    Preference,
                    {
                        "id": self.ids.take("sco_prefs"),
                        "dept_id": did,
                        "formsemestre_id": sid,
                        "name": name,
                        "value": None if value is None else str(value),
                    },
                )
            # Module implementations
            sem_mis: list[tuple[int, int]] = []  # (moduleimpl id, module id)
            for j, mi in enumerate(s.get("moduleimpls", [])):
                w = f"{where}.moduleimpls[{j}]"
                mref = str(mi["module"])
                if mref not in self.modules:
                    self.plan.errors.append(f"{w}.module: module inconnu '{mref}'")
                    continue
                miref = str(mi["ref"])
                if miref in self.moduleimpls:
                    self.plan.errors.append(f"{w}.ref: référence en double '{miref}'")
                self.moduleimpls[miref] = mi_id = self.ids.take("notes_moduleimpl")
                sem_mis.append((mi_id, self.modules[mref]))
                self.plan.add(
                    ModuleImpl,
                    {
                        "id": mi_id,
                        "module_id": self.modules[mref],
                        "formsemestre_id": sid,
                        "responsable_id": self.user_id(mi.get("responsable"), f"{w}.responsable"),
                    },
                )
                for k, name in enumerate(mi.get("enseignants", [])):
                    uid = self.user_id(name, f"{w}.enseignants[{k}]")
                    if uid:
                        self.plan.add(ModuleImplEnseignant, {"moduleimpl_id": mi_id, "ens_id": uid})
            sem_mi_ids = {m for m, _ in sem_mis}
            default_mods = [m for m, mod in sem_mis if self.ue_type.get(self.module_ue.get(mod)) != SPORT_UE_TYPE]
            # Default partition and group: every registered student belongs to it.
            default_part, default_group = self.ids.take("partition"), self.ids.take("group_descr")
            self.plan.add(
                Partition,
                {
                    "id": default_part,
                    "formsemestre_id": sid,
                    "partition_name": None,
                    "numero": 0,
                    "bul_show_rank": False,
                    "show_in_lists": True,
                },
            )
            self.plan.add(GroupDescr, {"id": default_group, "partition_id": default_part, "group_name": None})
            inscrits: dict[int, set[int]] = {}
            for j, ins in enumerate(s.get("inscriptions", [])):
                w = f"{where}.inscriptions[{j}]"
                eid = self.etud_id(ins["etud"], f"{w}.etud")
                if eid is None:
                    continue
                if eid in inscrits:
                    self.plan.errors.append(f"{w}.etud: étudiant inscrit deux fois")
                    continue
                if self.etud_dept.get(eid) != did:
                    self.plan.errors.append(f"{w}.etud: l'étudiant n'appartient pas au département du semestre")
                self.plan.add(
                    FormSemestreInscription,
                    {
                        "id": self.ids.take("notes_formsemestre_inscription"),
                        "etudid": eid,
                        "formsemestre_id": sid,
                        "etat": ins.get("etat", "I"),
                        "etape": ins.get("etape"),
                    },
                )
                self.plan.add(
                    ScolarEvent,
                    {
                        "id": self.ids.take("scolar_events"),
                        "etudid": eid,
                        "event_date": _at_noon(_d(ins.get("date")) or d0, self.tz),
                        "formsemestre_id": sid,
                        "event_type": "INSCRIPTION",
                    },
                )
                if ins.get("etat") in ("D", "DEF"):
                    self.plan.add(
                        ScolarEvent,
                        {
                            "id": self.ids.take("scolar_events"),
                            "etudid": eid,
                            "event_date": _at_noon(_d(ins.get("etat_date")), self.tz) or self.now,
                            "formsemestre_id": sid,
                            "event_type": "DEMISSION" if ins["etat"] == "D" else "DEFAILLANCE",
                        },
                    )
                self.plan.add(GroupMembership, {"etudid": eid, "group_id": default_group})
                mods = set()
                if "modules" in ins:
                    for k, miref in enumerate(ins["modules"]):
                        mi_id = self.moduleimpls.get(str(miref))
                        if mi_id not in sem_mi_ids:
                            self.plan.errors.append(f"{w}.modules[{k}]: moduleimpl inconnu dans ce semestre '{miref}'")
                            continue
                        mods.add(mi_id)
                else:
                    mods = set(default_mods)
                inscrits[eid] = mods
                self.plan.rows[ModuleImplInscription].extend(
                    {"id": self.ids.take("notes_moduleimpl_inscription"), "moduleimpl_id": m, "etudid": eid}
                    for m in sorted(mods)
                )
            # Partitions and groups
            for j, p in enumerate(s.get("partitions", [])):
                w = f"{where}.partitions[{j}]"
                pid = self.ids.take("partition")
                self.plan.add(
                    Partition,
                    {
                        "id": pid,
                        "formsemestre_id": sid,
                        "partition_name": p["name"],
                        "numero": p.get("numero") if p.get("numero") is not None else j + 1,
                        "bul_show_rank": p.get("bul_show_rank", False),
                        "show_in_lists": p.get("show_in_lists", True),
                    },
                )
                seen: set[int] = set()
                for k, g in enumerate(p.get("groups", [])):
                    gid = self.ids.take("group_descr")
                    self.plan.add(GroupDescr, {"id": gid, "partition_id": pid, "group_name": g["name"]})
                    for n, member in enumerate(g.get("members", [])):
                        eid = self.etud_id(member, f"{w}.groups[{k}].members[{n}]")
                        if eid is None:
                            continue
                        if eid not in inscrits:
                            self.plan.errors.append(f"{w}.groups[{k}].members[{n}]: étudiant non inscrit au semestre")
                        elif eid in seen:
                            self.plan.errors.append(
                                f"{w}.groups[{k}].members[{n}]: étudiant déjà dans un groupe de cette partition"
                            )
                        else:
                            seen.add(eid)
                            self.plan.add(GroupMembership, {"etudid": eid, "group_id": gid})
            # Evaluations and notes
            for j, ev in enumerate(s.get("evaluations", [])):
                w = f"{where}.evaluations[{j}]"
                mi_id = self.moduleimpls.get(str(ev["moduleimpl"]))
                if mi_id not in sem_mi_ids:
                    self.plan.errors.append(f"{w}.moduleimpl: moduleimpl inconnu dans ce semestre '{ev['moduleimpl']}'")
                    continue
                evref = str(ev["ref"])
                if evref in self.evaluations:
                    self.plan.errors.append(f"{w}.ref: référence en double '{evref}'")
                self.evaluations[evref] = ev_id = self.ids.take("notes_evaluation")
                note_max = ev.get("note_max", 20.0)
                self.plan.add(
                    Evaluation,
                    {
                        "id": ev_id,
                        "moduleimpl_id": mi_id,
                        "jour": _d(ev.get("jour")),
                        "heure_debut": _t(ev.get("heure_debut")),
                        "heure_fin": _t(ev.get("heure_fin")),
                        "description": ev.get("description"),
                        "note_max": note_max,
                        "coefficient": ev.get("coefficient", 1.0),
                        "visibulletin": ev.get("visibulletin", True),
                        "publish_incomplete": ev.get("publish_incomplete", False),
                        "evaluation_type": ev.get("evaluation_type", 0),
                        "numero": ev.get("numero") if ev.get("numero") is not None else j,
                    },
                )
                is_malus = self.module_type.get(dict(sem_mis)[mi_id]) == 1
                notes_rows = self.plan.rows[Note]
                for eref, value in ev.get("notes", {}).items():
                    eid = self.etuds.get(eref)
                    if eid is None:
                        self.plan.errors.append(f"{w}.notes.{eref}: étudiant inconnu")
                        continue
                    if eid not in inscrits:  # a note may outlive a module registration, never a semester one
                        self.plan.errors.append(f"{w}.notes.{eref}: étudiant non inscrit au semestre")
                        continue
                    stored = encode_note(value)
                    if isinstance(value, (int, float)) and not (-20.0 if is_malus else 0.0) <= stored <= note_max:
                        self.plan.errors.append(f"{w}.notes.{eref}: note {value} hors de [0, {note_max:g}]")
                        continue
                    notes_rows.append(
                        {
                            "id": self.ids.take("notes_notes"),
                            "etudid": eid,
                            "evaluation_id": ev_id,
                            "value": stored,
                            "comment": None,
                            "date": self.now,
                            "uid": None,
                        }
                    )
            for j, dec in enumerate(s.get("decisions", [])):
                w = f"{where}.decisions[{j}]"
                eid = self.etud_id(dec["etud"], f"{w}.etud")
                ue_ref = dec.get("ue")
                if ue_ref is not None and str(ue_ref) not in self.ues:
                    self.plan.errors.append(f"{w}.ue: UE inconnue '{ue_ref}'")
                    continue
                comp = dec.get("compense")
                self.plan.add(
                    FormSemestreValidation,
                    {
                        "id": self.ids.take("scolar_formsemestre_validation"),
                        "etudid": eid,
                        "formsemestre_id": sid,
                        "ue_id": self.ues.get(str(ue_ref)) if ue_ref is not None else None,
                        "code": dec["code"],
                        "assidu": dec.get("assidu"),
                        "event_date": _dt(dec.get("event_date"), self.tz) or self.now,
                        "compense_formsemestre_id": self.sems.get(str(comp)) if comp is not None else None,
                        "moy_ue": dec.get("moy_ue"),
                        "semestre_id": dec.get("semestre_id"),
                        "is_external": dec.get("is_external", False),
                    },
                )
            fcode = next(r["formation_code"] for r in self.plan.rows[Formation] if r["id"] == fid)
            for j, aut in enumerate(s.get("autorisations", [])):
                eid = self.etud_id(aut["etud"], f"{where}.autorisations[{j}].etud")
                self.plan.add(
                    AutorisationInscription,
                    {
                        "id": self.ids.take("scolar_autorisation_inscription"),
                        "etudid": eid,
                        "formation_code": fcode,
                        "semestre_id": aut["semestre_id"],
                        "date": self.now,
                        "origin_formsemestre_id": sid,
                    },
                )
            for j, app in enumerate(s.get("appreciations", [])):
                eid = self.etud_id(app["etud"], f"{where}.appreciations[{j}].etud")
                self.plan.add(
                    Appreciation,
                    {
                        "id": self.ids.take("notes_appreciations"),
                        "etudid": eid,
                        "formsemestre_id": sid,
                        "date": _at_noon(_d(app.get("date")), self.tz) or self.now,
                        "author": app.get("author"),
                        "comment": app["comment"],
                    },
                )

    def load_absences(self) -> None:
        """``absences``: half-day absences and justifications."""
        for i, a in enumerate(self.data.get("absences", [])):
            where = f"$.absences[{i}]"
            eid = self.etud_id(a["etud"], f"{where}.etud")
            mi = a.get("moduleimpl")
            mi_id = self.moduleimpls.get(str(mi)) if mi is not None else None
            if mi is not None and mi_id is None:
                self.plan.errors.append(f"{where}.moduleimpl: moduleimpl inconnu '{mi}'")
            self.plan.add(
                Absence,
                {
                    "id": self.ids.take("absences"),
                    "etudid": eid,
                    "jour": _d(a["jour"]),
                    "matin": a["matin"],
                    "estabs": a.get("estabs", True),
                    "estjust": a.get("estjust", False),
                    "description": a.get("description"),
                    "entry_date": self.now,
                    "moduleimpl_id": mi_id,
                },
            )

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
        for model in _ORDER:
            rows = self.plan.rows.get(model)
            if rows:
                defaults = _defaults(model)
                await self.db.execute(insert(model.__table__), [{**defaults, **r} for r in rows])
                counts[model.__tablename__] = len(rows)
        await fix_sequences(self.db)
        return counts


def _defaults(model) -> dict:
    """Python-side defaults of a table model, so that every row of an executemany has every column."""
    out = {}
    for name, f in model.model_fields.items():
        if f.is_required():
            continue
        out[name] = f.default_factory() if f.default_factory else f.default
    return {k: v for k, v in out.items() if not (k == "id" and v is None)}


async def fix_sequences(db: AsyncSession) -> None:
    """After inserts with explicit ids, move PostgreSQL sequences past the largest id."""
    if db.bind.dialect.name != "postgresql":
        return
    for model in _WITH_ID:
        table = model.__tablename__
        await db.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )
