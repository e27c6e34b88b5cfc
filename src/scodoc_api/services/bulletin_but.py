"""BUT bulletins as dictionaries (modern-api.md §6, but.md §3): the semester-wide part built once per results
version, then one dictionary per student. Every map and object a renderer reads is always present (§6.9)."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

import orjson

from scodoc_api.domain.but import evaluation_weight
from scodoc_api.domain.but_model import ButResults
from scodoc_api.domain.formatting import fmt_note
from scodoc_api.domain.grades_model import ABS, ATT, EXC, NUM, EvalType, ModuleType, UEType
from scodoc_api.domain.identity import civilite_str, format_nom, format_prenom
from scodoc_api.repositories.bulletin import Extras
from scodoc_api.repositories.prefs import pref_bool
from scodoc_api.services.bulletin_but_semestre import PASSING_UE, ButSemesterParts
from scodoc_api.services.bulletin_but_texts import UNDEFINED, Texts, stats_txt, txt
from scodoc_api.services.results import Computed

_MARK = "@@note@@"
_MARK_JSON = b'"@@note@@"'
_KIND_TEXT = {ABS: "ABS", EXC: "EXC", ATT: "ATT"}


def _hm(t: time | None) -> str:
    return t.strftime("%H:%M") if t else ""


class ButBulletinBuilder(ButSemesterParts):
    """Builds the BUT bulletins of one semester (``computed.results`` is a ``ButResults``)."""

    def __init__(self, computed: Computed, extras: Extras, *, tz: str = "Europe/Paris"):
        assert isinstance(computed.results, ButResults) and computed.rows.but is not None
        self.ex, self.rows = extras, computed.rows
        self.r: ButResults = computed.results
        self.but = computed.rows.but
        self.sem, self.formation = self.rows.sem, self.rows.formation
        self.tz = ZoneInfo(tz)
        did, sid, p = self.sem.dept_id, self.sem.id, extras.prefs
        self.show_rangs = pref_bool(p, "bul_show_rangs", did, sid)
        self.show_abs = pref_bool(p, "bul_show_abs", did, sid)
        self.show_all_evals = pref_bool(p, "bul_show_all_evals", did, sid)
        self.options = {
            "show_abs": self.show_abs,
            "show_abs_modules": False,
            "show_all_evals": self.show_all_evals,
            "show_codemodules": False,
            "show_coef": True,
            "show_date_inscr": True,
            "show_ects": True,
            "show_matieres": False,
            "show_minmax": True,
            "show_minmax_eval": True,
            "show_minmax_mod": True,
            "show_mod_rangs": pref_bool(p, "bul_show_mod_rangs", did, sid),
            "show_moypromo": False,
            "show_rangs": self.show_rangs,
            "show_temporary": True,
            "show_ue_cap_current": True,
            "show_ue_cap_details": False,
            "show_ue_rangs": self.show_rangs,
            "show_uevalid": pref_bool(p, "bul_show_uevalid", did, sid),
            "temporary_txt": "Provisoire",
        }
        self.etud_rows = {e.id: (e, etat) for e, etat in self.rows.students}
        self.ue_rows = {u.id: u for u in self.but.ues}
        self.mod_rows = {mi_id: module for mi_id, module, _, _ in self.rows.modules}
        self.mod_in = {m.id: m for m in self.r.modules}  # the engine's view of each module (its matrix row)
        self.eval_rows = {e.id: e for e in self.rows.evaluations}
        self.dept = extras.dept_acronym
        self.texts = Texts()
        self._listed_evals: dict = {}
        self._fragments = False
        self._ue_columns: dict = {}
        self.registered = {m: reg.tolist() for m, reg in self.r.registered.items()}
        self.takes = {u: t.tolist() for u, t in self.r.takes.items()}
        # per UE, the modules listed under it: registered students only, coefficient > 0 (but.md §3.1)
        self.ue_modules = {
            u.id: [
                (m.id, self.mod_rows[m.id].code, float(coef), m.kind == ModuleType.SAE)
                for m in self.r.modules
                if (m.id, u.id) in self.r.cube and (coef := self.but.coefs.get((self.mod_rows[m.id].id, u.id), 0.0)) > 0
            ]
            for u in self.r.ues
        }
        self.ue_stats = {u.id: stats_txt(self.r.ue_stats[u.id]) for u in self.r.ues}
        self.mod_stats = {m: stats_txt(st) for m, st in self.r.module_stats.items()}
        self.eval_stats = {e: stats_txt(st) for e, st in self.r.eval_stats.items()}
        self.general = stats_txt(self.r.general_stats)
        self.ue_acronyms = {u.id: self.ue_rows[u.id].acronyme for u in self.r.ues}
        self.eval_static = {e.id: self._eval_static(e) for e in self.rows.evaluations}
        self.partitions = sorted(self.rows.partitions, key=lambda p: (p[2], p[0]))
        self.groups_of: dict = {}
        for pid, gname, etudid, gid in self.rows.memberships:
            self.groups_of.setdefault(etudid, {})[pid] = (gid, gname)

    # -- semester-wide parts

    def _eval_static(self, e) -> dict:
        counts = e.evaluation_type == EvalType.NORMAL
        start = datetime.combine(e.jour, e.heure_debut or time.min, self.tz) if e.jour else None
        end = datetime.combine(e.jour, e.heure_fin or time.min, self.tz) if e.jour else None
        return {
            "id": e.id,
            "description": e.description,
            "date": e.jour.isoformat() if e.jour else "",
            "date_debut": start.isoformat() if start else None,
            "date_fin": end.isoformat() if end else None,
            "heure_debut": _hm(e.heure_debut),
            "heure_fin": _hm(e.heure_fin),
            "coef": fmt_note(float(e.coefficient)) if counts else fmt_note(0.0),
            "evaluation_type": e.evaluation_type,
            "poids": {self.ue_acronyms[u.id]: self._weight(e.id, e.moduleimpl_id, u.id) for u in self.r.ues},
            "url": f"/ScoDoc/{self.dept}/Scolarite/Notes/evaluation_listenotes?evaluation_id={e.id}",
        }

    def _weight(self, eval_id, moduleimpl_id, ue_id) -> float:
        """The weight the engine used (but.md §1.3): stored, else the default of the module's kind."""
        module = self.mod_rows[moduleimpl_id]
        home = self.ue_rows.get(module.ue_id)
        bonus_module = home is not None and home.type == UEType.SPORT
        return evaluation_weight(self.but.poids.get(eval_id, {}), self.mod_in[moduleimpl_id], ue_id, bonus_module)

    def _listed(self, e, version: str) -> bool:
        """Evaluations a bulletin lists: taken into account (or all, by preference), visible unless "long"."""
        state = self.r.eval_states[e.id]
        if not (state.valid or self.show_all_evals):
            return False
        return version == "long" or bool(self.eval_rows[e.id].visibulletin)

    # -- one student

    def build(
        self,
        etudid: int,
        ex: Extras,
        *,
        version: str = "long",
        force_publishing: bool = False,
        json_only: bool = False,
        **_,
    ) -> dict:
        """One student's bulletin. ``json_only``: the dictionary only goes to orjson, so each evaluation may be
        a pre-serialised fragment (the same bytes, a fraction of the cost); otherwise plain dictionaries (XML,
        PDF)."""
        self._fragments = json_only
        i = self.r.index[etudid]
        e, etat = self.etud_rows[etudid]
        published = not self.sem.bul_hide_xml or force_publishing
        d = {
            "version": "0",
            "type": "BUT",
            "date": datetime.now(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "publie": published,
            "etat_inscription": etat,
            "etudiant": self._etudiant(e, ex),
            "formation": {
                "id": self.formation.id,
                "acronyme": self.formation.acronyme,
                "titre": self.formation.titre,
                "titre_officiel": self.formation.titre_officiel,
            },
            "formsemestre_id": self.sem.id,
            "options": self.options,
        }
        if not published:
            return d
        d["ressources"], d["saes"] = self._modules(i, version)
        d["ues"] = {self.ue_rows[u.id].acronyme: self._ue(u, i, etudid, ex) for u in self.r.ues if self.takes[u.id][i]}
        for u in self.r.sport_ues:
            d["ues"][self.ue_rows[u.id].acronyme] = self._sport_ue(u, i, version)
        d["ues_capitalisees"] = self._capitalised(etudid)
        d["semestre"] = self._semestre(i, etudid, ex)
        return d

    def _etudiant(self, e, ex: Extras) -> dict:
        adr = ex.addresses.get(e.id)
        return {
            "etudid": e.id,
            "code_nip": e.code_nip,
            "code_ine": e.code_ine,
            "nom": format_nom(e.nom),
            "prenom": format_prenom(e.prenom),
            "civilite": civilite_str(e.civilite),
            "date_naissance": e.date_naissance.isoformat() if e.date_naissance else None,
            "lieu_naissance": e.lieu_naissance,
            "dept_naissance": e.dept_naissance,
            "nationalite": e.nationalite,
            "boursier": bool(e.boursier),
            "email": adr.email if adr else None,
            "emailperso": adr.emailperso if adr else None,
            "domicile": adr.domicile if adr else None,
            "codepostaldomicile": adr.codepostaldomicile if adr else None,
            "villedomicile": adr.villedomicile if adr else None,
            "paysdomicile": adr.paysdomicile if adr else None,
            "telephonemobile": adr.telephonemobile if adr else None,
            "dept_acronym": self.dept,
            "dept_id": self.sem.dept_id,
            "photo_url": f"/ScoDoc/{self.dept}/Scolarite/get_photo_image?etudid={e.id}&size=small",
            "fiche_url": f"/ScoDoc/{self.dept}/Scolarite/fiche_etud?etudid={e.id}",
        }

    def _modules(self, i: int, version: str) -> tuple[dict, dict]:
        """Top-level ``ressources`` and ``saes``: the student's modules, keyed by code (SAÉs apart, standard
        modules with the ressources); malus and bonus modules are not listed there."""
        ressources: dict = {}
        saes: dict = {}
        for m in self.r.modules:
            if m.id not in self.r.indicative or not self.registered[m.id][i]:
                continue
            mod = self.mod_rows[m.id]
            entry = {
                "id": m.id,
                "titre": mod.titre,
                "code_apogee": mod.code_apogee,
                "url": f"/ScoDoc/{self.dept}/Scolarite/Notes/moduleimpl_status?moduleimpl_id={m.id}",
                "moyenne": {"value": self.texts.at(("ind", m.id), self.r.indicative[m.id], i), **self.mod_stats[m.id]},
                "evaluations": [] if version == "short" else self._evaluations(m.id, i, version),
            }
            (saes if m.kind == ModuleType.SAE else ressources)[mod.code] = entry
        return ressources, saes

    def _evaluations(self, module_id, i: int, version: str) -> list[dict]:
        if self._fragments:
            return self._evaluation_fragments(module_id, i, version)
        key = (module_id, version, self.texts.eager)
        listed = self._listed_evals.get(key)
        if listed is None:
            listed = [
                (
                    e,
                    self.eval_static[e.id],
                    self.r.note_kinds[e.id].tolist(),
                    self._note_column(e) if self.texts.eager else None,
                    self.eval_stats[e.id],
                )
                for e in self.r.evals_by_module[module_id]
                if self._listed(e, version)
            ]
            self._listed_evals[key] = listed
        if self.texts.eager:
            return [{**static, "note": {"value": notes[i], **stats}} for _, static, _, notes, stats in listed]
        return [
            {**static, "note": {"value": self._note(e, kinds[i], i), **stats}} for e, static, kinds, _, stats in listed
        ]

    def _evaluation_fragments(self, module_id, i: int, version: str) -> list:
        """The evaluations as orjson fragments: each one serialised once with a mark in place of the note, and
        one fragment made per distinct note text (note texts are plain ASCII: "12.50", "~", "ABS"); a batch
        takes whole columns of them."""
        key = (module_id, version, "fragments")
        listed = self._listed_evals.get(key)
        if listed is None:
            listed = []
            for e in self.r.evals_by_module[module_id]:
                if self._listed(e, version):
                    blob = orjson.dumps(
                        {**self.eval_static[e.id], "note": {"value": _MARK, **self.eval_stats[e.id]}},
                        option=orjson.OPT_SORT_KEYS,
                    )
                    before, after = blob.split(_MARK_JSON)
                    listed.append([e, before, after, self.r.note_kinds[e.id].tolist(), {}, None])
            self._listed_evals[key] = listed
        if self.texts.eager:
            for entry in listed:
                if entry[5] is None:
                    entry[5] = [self._fragment(entry, text) for text in self._note_column(entry[0])]
            return [entry[5][i] for entry in listed]
        return [self._fragment(entry, self._note(entry[0], entry[3][i], i)) for entry in listed]

    @staticmethod
    def _fragment(entry: list, text: str):
        found = entry[4].get(text)
        if found is None:
            found = entry[4][text] = orjson.Fragment(entry[1] + b'"' + text.encode() + b'"' + entry[2])
        return found

    def _note_column(self, e) -> list[str]:
        """Every student's note text in an evaluation (a batch)."""
        values = self.texts.column(("note", e.id), self.r.note_values[e.id], e.note_max)
        kinds = self.r.note_kinds[e.id].tolist()
        return [v if k == NUM else _KIND_TEXT.get(k, UNDEFINED) for k, v in zip(kinds, values, strict=True)]

    def _note(self, e, kind: int, i: int) -> str:
        """A student's note in an evaluation, on /20, or its code."""
        if kind == NUM:
            return self.texts.at(("note", e.id), self.r.note_values[e.id], i, e.note_max)
        return _KIND_TEXT.get(kind, UNDEFINED)

    def _ue(self, u, i: int, etudid: int, ex: Extras) -> dict:
        row = self.ue_rows[u.id]
        ressources: dict = {}
        saes: dict = {}
        if self.texts.eager:  # a batch: each module's column of texts toward this UE, taken once
            columns = self._ue_columns.get(u.id)
            if columns is None:
                columns = self._ue_columns[u.id] = [
                    (m_id, code, coef, is_sae, self.texts.column((m_id, u.id), self.r.cube[(m_id, u.id)]))
                    for m_id, code, coef, is_sae in self.ue_modules[u.id]
                ]
            for m_id, code, coef, is_sae, texts in columns:
                if self.registered[m_id][i]:
                    (saes if is_sae else ressources)[code] = {"id": m_id, "coef": coef, "moyenne": texts[i]}
        else:
            for m_id, code, coef, is_sae in self.ue_modules[u.id]:
                if self.registered[m_id][i]:
                    text = self.texts.at((m_id, u.id), self.r.cube[(m_id, u.id)], i)
                    (saes if is_sae else ressources)[code] = {"id": m_id, "coef": coef, "moyenne": text}
        ects = self._ects(u.id, etudid)
        acquired = any(v.ue_id == u.id and v.code in PASSING_UE for v in ex.decisions.get(etudid, []))
        competence = self.but.competences.get(row.niveau_competence_id)
        return {
            "id": u.id,
            "titre": row.titre,
            "numero": row.numero or 0,
            "type": row.type or 0,
            "color": competence["couleur"] if competence else None,
            "competence": competence,
            "moyenne": {
                "value": self.texts.at(("ue", u.id), self.r.ue_means[u.id], i),
                **self.ue_stats[u.id],
                "rang": self.r.ue_ranks[u.id][i] if self.show_rangs else "",
                "total": self.r.ue_rank_total[u.id],
                "groupes": {},
            },
            "bonus": self.texts.at(("bonus", u.id), self.r.bonus[u.id], i),
            "malus": self.texts.at(("malus", u.id), self.r.malus[u.id], i),
            "capitalise": None,
            "ressources": ressources,
            "saes": saes,
            "ECTS": {"acquis": (ects or 0.0) if acquired else 0, "total": ects if ects is not None else 0.0},
        }

    def _ects(self, ue_id, etudid: int) -> float | None:
        """The UE's ECTS, or those of the student's parcours when they differ (but.md §1.2)."""
        pid = self.but.student_parcours.get(etudid)
        override = self.but.ue_parcours.get(ue_id, {}).get(pid) if pid is not None else None
        value = override if override is not None else self.ue_rows[ue_id].ects
        return float(value) if value is not None else None

    def _sport_ue(self, u, i: int, version: str) -> dict:
        row = self.ue_rows[u.id]
        modules = {}
        for m in self.r.modules:
            if m.ue_id == u.id and self.registered[m.id][i]:
                mod = self.mod_rows[m.id]
                modules[mod.code] = {
                    "id": m.id,
                    "titre": mod.titre,
                    "code_apogee": mod.code_apogee,
                    "url": f"/ScoDoc/{self.dept}/Scolarite/Notes/moduleimpl_status?moduleimpl_id={m.id}",
                    "moyenne": {"value": UNDEFINED, "min": UNDEFINED, "max": UNDEFINED, "moy": UNDEFINED},
                    "evaluations": [] if version == "short" else self._evaluations(m.id, i, version),
                }
        bonus = max((float(self.r.bonus[v.id][i]) for v in self.r.ues), default=0.0)
        return {
            "id": u.id,
            "titre": row.titre,
            "numero": row.numero or 0,
            "type": row.type,
            "color": None,
            "competence": None,
            "moyenne": {
                "value": UNDEFINED,
                "min": UNDEFINED,
                "max": UNDEFINED,
                "moy": UNDEFINED,
                "rang": "",
                "total": 0,
            },
            "bonus": txt(bonus),
            "malus": txt(0.0),
            "capitalise": None,
            "ressources": {},
            "saes": {},
            "bonus_description": f"Bonus de {txt(bonus)} sur chaque UE" if bonus else "",
            "modules": modules,
            "ECTS": {"acquis": 0, "total": float(row.ects or 0.0)},
        }
