"""Loading a dataset's ``formsemestres`` section (a part of DatasetLoader)."""

from dataclasses import dataclass, field
from datetime import date

from scodoc_api.models import (
    Appreciation,
    AutorisationInscription,
    Evaluation,
    EvaluationUEPoids,
    Formation,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreInscription,
    FormSemestreResponsable,
    FormSemestreUECoef,
    FormSemestreValidation,
    GroupDescr,
    GroupMembership,
    ModuleImpl,
    ModuleImplEnseignant,
    ModuleImplInscription,
    Note,
    Partition,
    Preference,
    ScolarEvent,
)
from scodoc_api.models.formsemestre import new_results_version
from scodoc_api.services.dataset_plan import (
    SPORT_UE_TYPE,
    _at_noon,
    _d,
    _dt,
    _pick,
    _t,
)
from scodoc_api.services.notes_codes import encode_note


@dataclass
class _SemesterContext:
    """What the steps of one semester of a dataset share."""

    where: str  # the semester's path in the file, for error messages
    s: dict  # the semester's part of the file
    sid: int
    fid: int
    did: int | None
    d0: date | None
    d1: date | None
    sem_mis: list[tuple[int, int]] = field(default_factory=list)  # (moduleimpl id, module id)
    sem_mi_ids: set[int] = field(default_factory=set)
    default_mods: list[int] = field(default_factory=list)
    default_part: int = 0
    default_group: int = 0
    inscrits: dict[int, set[int]] = field(default_factory=dict)


class SemesterSections:
    """Semesters and everything in them."""

    def load_formsemestres(self) -> None:
        """``formsemestres``: semesters and everything in them."""
        for i, s in enumerate(self.data.get("formsemestres", [])):
            c = self._semester(i, s)
            if c is None:
                continue
            self._moduleimpls(c)
            self._registrations(c)
            self._partitions(c)
            self._evaluations(c)
            self._decisions(c)
            self._progressions(c)
            self.semester_but(c)

    def _semester(self, i: int, s: dict) -> "_SemesterContext | None":
        """The semester's own row, steps, responsables, UE coefficients and preferences."""
        where = f"$.formsemestres[{i}]"
        ref = str(s["ref"])
        if ref in self.sems:
            self.plan.errors.append(f"{where}.ref: référence en double '{ref}'")
        fref = str(s["formation"])
        if fref not in self.formations:
            self.plan.errors.append(f"{where}.formation: formation inconnue '{fref}'")
            return None
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
        c = _SemesterContext(where, s, sid, fid, did, d0, d1)
        self._semester_links(c)
        return c

    def _semester_links(self, c: "_SemesterContext") -> None:
        """The semester's Apogée steps, responsables, UE coefficients and preferences."""
        for etape in c.s.get("etapes", []):
            self.plan.add(
                FormSemestreEtape,
                {"id": self.ids.take("notes_formsemestre_etapes"), "formsemestre_id": c.sid, "etape_apo": etape},
            )
        for j, name in enumerate(c.s.get("responsables", [])):
            uid = self.user_id(name, f"{c.where}.responsables[{j}]")
            if uid:
                self.plan.add(FormSemestreResponsable, {"formsemestre_id": c.sid, "responsable_id": uid})
        for uref, coef in c.s.get("ue_coefficients", {}).items():
            if str(uref) not in self.ues:
                self.plan.errors.append(f"{c.where}.ue_coefficients.{uref}: UE inconnue")
                continue
            self.plan.add(
                FormSemestreUECoef,
                {
                    "id": self.ids.take("notes_formsemestre_uecoef"),
                    "formsemestre_id": c.sid,
                    "ue_id": self.ues[str(uref)],
                    "coefficient": coef,
                },
            )
        for name, value in c.s.get("preferences", {}).items():
            self.plan.add(
                Preference,
                {
                    "id": self.ids.take("sco_prefs"),
                    "dept_id": c.did,
                    "formsemestre_id": c.sid,
                    "name": name,
                    "value": None if value is None else str(value),
                },
            )

    def _moduleimpls(self, c: "_SemesterContext") -> None:
        """Module implementations, their teachers; the modules every registered student follows."""
        # Module implementations
        c.sem_mis = []
        for j, mi in enumerate(c.s.get("moduleimpls", [])):
            w = f"{c.where}.moduleimpls[{j}]"
            mref = str(mi["module"])
            if mref not in self.modules:
                self.plan.errors.append(f"{w}.module: module inconnu '{mref}'")
                continue
            miref = str(mi["ref"])
            if miref in self.moduleimpls:
                self.plan.errors.append(f"{w}.ref: référence en double '{miref}'")
            self.moduleimpls[miref] = mi_id = self.ids.take("notes_moduleimpl")
            c.sem_mis.append((mi_id, self.modules[mref]))
            self.plan.add(
                ModuleImpl,
                {
                    "id": mi_id,
                    "module_id": self.modules[mref],
                    "formsemestre_id": c.sid,
                    "responsable_id": self.user_id(mi.get("responsable"), f"{w}.responsable"),
                },
            )
            for k, name in enumerate(mi.get("enseignants", [])):
                uid = self.user_id(name, f"{w}.enseignants[{k}]")
                if uid:
                    self.plan.add(ModuleImplEnseignant, {"moduleimpl_id": mi_id, "ens_id": uid})
        c.sem_mi_ids = {m for m, _ in c.sem_mis}
        c.default_mods = [m for m, mod in c.sem_mis if self.ue_type.get(self.module_ue.get(mod)) != SPORT_UE_TYPE]

    def _registrations(self, c: "_SemesterContext") -> None:
        """The default partition and group, and the registrations (every registered student is in it)."""
        # Default partition and group: every registered student belongs to it.
        c.default_part, c.default_group = self.ids.take("partition"), self.ids.take("group_descr")
        self.plan.add(
            Partition,
            {
                "id": c.default_part,
                "formsemestre_id": c.sid,
                "partition_name": None,
                "numero": 0,
                "bul_show_rank": False,
                "show_in_lists": True,
            },
        )
        self.plan.add(GroupDescr, {"id": c.default_group, "partition_id": c.default_part, "group_name": None})
        c.inscrits = {}
        for j, ins in enumerate(c.s.get("inscriptions", [])):
            w = f"{c.where}.inscriptions[{j}]"
            eid = self.etud_id(ins["etud"], f"{w}.etud")
            if eid is None:
                continue
            if eid in c.inscrits:
                self.plan.errors.append(f"{w}.etud: étudiant inscrit deux fois")
                continue
            if self.etud_dept.get(eid) != c.did:
                self.plan.errors.append(f"{w}.etud: l'étudiant n'appartient pas au département du semestre")
            self.plan.add(
                FormSemestreInscription,
                {
                    "id": self.ids.take("notes_formsemestre_inscription"),
                    "etudid": eid,
                    "formsemestre_id": c.sid,
                    "etat": ins.get("etat", "I"),
                    "etape": ins.get("etape"),
                },
            )
            self.plan.add(
                ScolarEvent,
                {
                    "id": self.ids.take("scolar_events"),
                    "etudid": eid,
                    "event_date": _at_noon(_d(ins.get("date")) or c.d0, self.tz),
                    "formsemestre_id": c.sid,
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
                        "formsemestre_id": c.sid,
                        "event_type": "DEMISSION" if ins["etat"] == "D" else "DEFAILLANCE",
                    },
                )
            self.plan.add(GroupMembership, {"etudid": eid, "group_id": c.default_group})
            mods = set()
            if "modules" in ins:
                for k, miref in enumerate(ins["modules"]):
                    mi_id = self.moduleimpls.get(str(miref))
                    if mi_id not in c.sem_mi_ids:
                        self.plan.errors.append(f"{w}.modules[{k}]: moduleimpl inconnu dans ce semestre '{miref}'")
                        continue
                    mods.add(mi_id)
            else:
                mods = set(c.default_mods)
            c.inscrits[eid] = mods
            self.plan.compact_rows(ModuleImplInscription, {"id": "q", "moduleimpl_id": "q", "etudid": "q"}).extend(
                (self.ids.take("notes_moduleimpl_inscription"), m, eid) for m in sorted(mods)
            )

    def _partitions(self, c: "_SemesterContext") -> None:
        """Partitions and their groups."""
        # Partitions and groups
        for j, p in enumerate(c.s.get("partitions", [])):
            w = f"{c.where}.partitions[{j}]"
            pid = self.ids.take("partition")
            self.plan.add(
                Partition,
                {
                    "id": pid,
                    "formsemestre_id": c.sid,
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
                    if eid not in c.inscrits:
                        self.plan.errors.append(f"{w}.groups[{k}].members[{n}]: étudiant non inscrit au semestre")
                    elif eid in seen:
                        self.plan.errors.append(
                            f"{w}.groups[{k}].members[{n}]: étudiant déjà dans un groupe de cette partition"
                        )
                    else:
                        seen.add(eid)
                        self.plan.add(GroupMembership, {"etudid": eid, "group_id": gid})

    def _evaluations(self, c: "_SemesterContext") -> None:
        """Evaluations and their notes."""
        # Evaluations and notes
        for j, ev in enumerate(c.s.get("evaluations", [])):
            w = f"{c.where}.evaluations[{j}]"
            mi_id = self.moduleimpls.get(str(ev["moduleimpl"]))
            if mi_id not in c.sem_mi_ids:
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
            for uref, weight in ev.get("poids", {}).items():
                if uref not in self.ues:
                    self.plan.errors.append(f"{w}.poids.{uref}: UE inconnue")
                    continue
                self.plan.add(EvaluationUEPoids, {"evaluation_id": ev_id, "ue_id": self.ues[uref], "poids": weight})
            is_malus = self.module_type.get(dict(c.sem_mis)[mi_id]) == 1
            notes_rows = self.plan.compact_rows(
                Note,
                {"id": "q", "etudid": "q", "evaluation_id": "q", "value": "d"},
                comment=None,
                date=self.now,
                uid=None,
            )
            for eref, value in ev.get("notes", {}).items():
                eid = self.etuds.get(eref)
                if eid is None:
                    self.plan.errors.append(f"{w}.notes.{eref}: étudiant inconnu")
                    continue
                if eid not in c.inscrits:  # a note may outlive a module registration, never a semester one
                    self.plan.errors.append(f"{w}.notes.{eref}: étudiant non inscrit au semestre")
                    continue
                stored = encode_note(value)
                if isinstance(value, (int, float)) and not (-20.0 if is_malus else 0.0) <= stored <= note_max:
                    self.plan.errors.append(f"{w}.notes.{eref}: note {value} hors de [0, {note_max:g}]")
                    continue
                notes_rows.append((self.ids.take("notes_notes"), eid, ev_id, stored))

    def _decisions(self, c: "_SemesterContext") -> None:
        """Jury decisions on the semester and its UEs."""
        for j, dec in enumerate(c.s.get("decisions", [])):
            w = f"{c.where}.decisions[{j}]"
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
                    "formsemestre_id": c.sid,
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

    def _progressions(self, c: "_SemesterContext") -> None:
        """Registration authorisations to later semesters, and appreciations."""
        fcode = next(r["formation_code"] for r in self.plan.rows[Formation] if r["id"] == c.fid)
        for j, aut in enumerate(c.s.get("autorisations", [])):
            eid = self.etud_id(aut["etud"], f"{c.where}.autorisations[{j}].etud")
            self.plan.add(
                AutorisationInscription,
                {
                    "id": self.ids.take("scolar_autorisation_inscription"),
                    "etudid": eid,
                    "formation_code": fcode,
                    "semestre_id": aut["semestre_id"],
                    "date": self.now,
                    "origin_formsemestre_id": c.sid,
                },
            )
        for j, app in enumerate(c.s.get("appreciations", [])):
            eid = self.etud_id(app["etud"], f"{c.where}.appreciations[{j}].etud")
            self.plan.add(
                Appreciation,
                {
                    "id": self.ids.take("notes_appreciations"),
                    "etudid": eid,
                    "formsemestre_id": c.sid,
                    "date": _at_noon(_d(app.get("date")), self.tz) or self.now,
                    "author": app.get("author"),
                    "comment": app["comment"],
                },
            )
