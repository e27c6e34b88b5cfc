"""Classic bulletins as dictionaries (bulletins.md): the semester-wide part built once per results version,
then one dictionary per student, keys in ScoDoc's order, texts pre-escaped as ScoDoc 9.0 does."""

from datetime import date, datetime
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from scodoc_api.domain import absences as ad
from scodoc_api.domain import grades as g
from scodoc_api.domain.formatting import NOTE_ATTENTE, NOTE_NEUTRALISE, ects_json, ects_xml, fmt_note
from scodoc_api.domain.identity import civilite_str, format_nom, format_prenom
from scodoc_api.domain.parcours import get_parcours
from scodoc_api.repositories.bulletin import Extras
from scodoc_api.repositories.prefs import pref_bool
from scodoc_api.services.results import Computed

VERSIONS = ("short", "selectedevals", "long")

DECISION_LABELS = {
    "ADM": "Validé",
    "ADC": "Validé par compensation",
    "ADJ": "Validé par le Jury",
    "ATT": "Décision en attente d'un autre semestre (faute d'atteindre la moyenne)",
    "ATB": "Décision en attente d'un autre semestre (au moins une UE sous la barre)",
    "ATJ": "Décision en attente d'un autre semestre (assiduité insuffisante)",
    "AJ": "Ajourné",
    "NAR": "Echec, non autorisé à redoubler",
    "RAT": "En attente d'un rattrapage",
    "DEF": "Défaillant",
}

PASSING_SEM = {"ADM", "ADC", "ADJ"}

PASSING_UE = {"ADM", "CMP"}

_ENTITIES = {'"': "&quot;", "'": "&apos;"}

# Note texts of the non-numeric kinds: no row ("NP"), ABS, EXC (neutralised), ATT (pending).
_KIND_TEXT = {g.NONE: "NP", g.ABS: fmt_note(None), g.EXC: fmt_note(NOTE_NEUTRALISE), g.ATT: fmt_note(NOTE_ATTENTE)}


def x(text) -> str:
    """ScoDoc 9.0 XML-escapes most texts before putting them in JSON (and XML escapes them again)."""
    return escape("" if text is None else str(text), _ENTITIES)


def plain(text) -> str:
    return "" if text is None else str(text)


def builder_for(computed: Computed, extras: Extras, tz: str, modern: bool = False):
    """The semester-wide part of bulletin building is done once per results version and reused: the BUT
    bulletin (modern-api.md §6) for a BUT semester, the classic one otherwise."""
    builder = computed.builders.get((modern, tz))
    if builder is None:
        if computed.rows.but is not None:
            from scodoc_api.services.bulletin_but import ButBulletinBuilder

            builder = ButBulletinBuilder(computed, extras, tz=tz)
        else:
            builder = BulletinBuilder(computed, extras, tz=tz, modern=modern)
        computed.builders[(modern, tz)] = builder
    return builder


def _dmy(when: datetime | date | None, tz: ZoneInfo) -> str:
    if isinstance(when, datetime):
        when = when.astimezone(tz).date() if when.tzinfo else when.date()
    return when.strftime("%d/%m/%Y") if when else ""


def _hms(t) -> str:
    return t.strftime("%H:%M:%S") if t else ""


class BulletinBuilder:
    """Builds bulletins of one semester: shared context once, then one dictionary per student."""

    def __init__(self, computed: Computed, extras: Extras, *, tz: str = "Europe/Paris", modern: bool = False):
        # ScoDoc 9.0 routes pre-escape texts and publish ``publie`` as 0/1; modern routes use plain texts and a
        # boolean (spec README, "Escaping" and "Unpublished bulletins").
        self.modern = modern
        self.esc = plain if modern else x
        self.ex, self.r, self.rows = extras, computed.results, computed.rows
        self.sem = self.rows.sem
        self.tz = ZoneInfo(tz)
        sid, did = self.sem.id, self.sem.dept_id
        p = extras.prefs
        self.show_rangs = pref_bool(p, "bul_show_rangs", did, sid) and not self.r.ranks_hidden
        self.show_mod_rangs = pref_bool(p, "bul_show_mod_rangs", did, sid)
        self.show_abs = pref_bool(p, "bul_show_abs", did, sid)
        self.show_decision = pref_bool(p, "bul_show_decision", did, sid)
        self.show_uevalid = pref_bool(p, "bul_show_uevalid", did, sid)
        self.show_all_evals = pref_bool(p, "bul_show_all_evals", did, sid)
        self.ue_rows = {u.id: u for u in self.rows.ues}
        self.mod_rows = {mi_id: module for mi_id, module, _, _ in self.rows.modules}
        self.evals = {e.id: e for e in self.rows.evaluations}
        self.etud_rows = {e.id: (e, etat) for e, etat in self.rows.students}
        self.partitions = [name for _, name, _ in self.rows.partitions]
        self.ue_stats = {u.id: self._stats(self.r.ue[u.id].stats) for u in self.r.ues}
        self.mod_stats = {m: self._mod_note_stats(st) for m, st in self.r.module_stats.items()}
        gs = self.r.general_stats
        self.general = {"min": fmt_note(gs["min"]), "max": fmt_note(gs["max"]), "moy": fmt_note(gs["moy"])}
        # Texts that do not depend on the student, escaped once per results version.
        self.ue_static = {
            u.id: {
                "numero": self.esc(r.numero or 0),
                "acronyme": self.esc(r.acronyme),
                "titre": self.esc(r.titre),
                "ects": ects_json(r.ects),
                "code_apogee": self.esc(r.code_apogee),
            }
            for u in self.r.ues
            for r in [self.ue_rows[u.id]]
        }
        self.mod_static = {
            m: {
                "code": mod.code,
                "coefficient": float(mod.coefficient or 0.0),
                "numero": mod.numero or 0,
                "titre": self.esc(mod.titre),
                "abbrev": self.esc(mod.abbrev),
                "code_apogee": self.esc(mod.code_apogee),
            }
            for m, mod in self.mod_rows.items()
        }
        self.eval_static = {
            e.id: {
                "jour": (e.jour or date(1900, 1, 1)).isoformat(),
                "heure_debut": _hms(e.heure_debut),
                "heure_fin": _hms(e.heure_fin),
                "coefficient": float(e.coefficient),
                "evaluation_type": e.evaluation_type,
                "evaluation_id": e.id,
                "description": self.esc(e.description if e.description is not None else "None"),
            }
            for e in self.rows.evaluations
        }
        self._mod_evals: dict = {}
        self._texts: dict = {}  # note_max -> {value: text}

    @staticmethod
    def _stats(st: dict) -> dict:
        if not st:
            return {"min": "", "max": "", "moy": ""}
        return {"min": fmt_note(st["min"]), "max": fmt_note(st["max"]), "moy": fmt_note(st["moy"])}

    @staticmethod
    def _mod_note_stats(st: g.ModuleStats) -> dict:
        return {
            "moy": fmt_note(st.moy),
            "max": fmt_note(st.max),
            "min": fmt_note(st.min),
            "nb_notes": st.nb_notes,
            "nb_missing": st.nb_missing,
            "nb_valid_evals": st.nb_valid_evals,
        }

    def _head(self, etudid: int, publie: int) -> dict:
        now = datetime.now(self.tz).replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S.%f")
        d = {
            "etudid": etudid,
            "formsemestre_id": self.sem.id,
            "date": now,
            "publie": publie,
            "etapes": list(self.ex.etapes),
        }
        for k, etape in enumerate(self.ex.etapes):
            d["etape_apo" if k == 0 else f"etape_apo{k + 1}"] = etape
        return d

    def _etudiant(self, etudid: int, ex: Extras) -> dict:
        e, _ = self.etud_rows[etudid]
        adr = ex.addresses.get(etudid)
        civ = civilite_str(e.civilite)
        return {
            "etudid": etudid,
            "code_nip": e.code_nip or "",
            "code_ine": e.code_ine or "",
            "nom": self.esc(format_nom(e.nom)),
            "prenom": self.esc(format_prenom(e.prenom)),
            "civilite": self.esc(civ),
            "photo_url": self.esc(
                f"/ScoDoc/{self.ex.dept_acronym}/Scolarite/get_photo_image?etudid={etudid}&size=small"
            ),
            "email": self.esc(adr.email if adr and adr.email else ""),
            "emailperso": self.esc(adr.emailperso if adr and adr.emailperso else ""),
            "sexe": self.esc(civ),
        }

    def build(
        self,
        etudid: int,
        ex: Extras,
        *,
        version: str = "long",
        with_decisions: bool = False,
        force_publishing: bool = False,
        for_xml: bool = False,
    ) -> dict:
        """The bulletin of one student; ``ex`` holds the per-student data read for this request. ``for_xml``
        adds what only the XML form shows (``xml_*`` keys), so that it derives from this dictionary alone."""
        r, i = self.r, self.r.index[etudid]
        published = not self.sem.bul_hide_xml or force_publishing
        d = self._head(etudid, published if self.modern else (1 if published else 0))
        d["etudiant"] = self._etudiant(etudid, ex)
        if for_xml and not self.etud_rows[etudid][0].photo_filename:
            # ScoDoc 9.0's XML bulletin checks for a photo (its JSON one does not): none, the generic image
            d["etudiant"]["xml_photo_url"] = f"/ScoDoc/{self.ex.dept_acronym}/Scolarite/get_photo_image?etudid="
        if not published:
            return d
        d["note"] = {"value": fmt_note(r.moy_gen[i]), **self.general}
        d["rang"] = {"value": r.rank[i] if self.show_rangs else "", "ninscrits": r.ninscrits}
        d["rang_group"] = self._rang_group(i) if self.show_rangs else []
        d["note_max"] = {"value": 20}
        d["bonus_sport_culture"] = {"value": r.bonus[i]}
        d["ue"] = [self._ue(u, i, version, for_xml) for u in r.ues]
        d["ue_capitalisee"] = [self._ue_cap(u, i) for u in r.ues if r.ue[u.id].is_capitalized[i]]
        if self.show_abs:
            counts = ex.absences.get(etudid) or ad.Counts(0, 0, 0)
            d["absences"] = {"nbabs": counts.nbabs, "nbabsjust": counts.nbabsjust}
        if self.show_decision or with_decisions:
            self._jury(d, etudid, ex)
        d["appreciation"] = [
            {"comment": self.esc(a.comment), "date": a.date.astimezone(self.tz).date().isoformat()}
            for a in ex.appreciations.get(etudid, [])
        ]
        return d

    def _rang_group(self, i: int) -> list[dict]:
        out = []
        for pname in self.partitions:
            gname = self.r.member_of.get((pname, i))
            if gname is None:
                out.append({"group_type": pname, "group_name": "", "value": "", "ninscrits": ""})
            else:
                gr = self.r.group_ranks[(pname, gname)]
                out.append(
                    {"group_type": pname, "group_name": gname, "value": gr["ranks"][i], "ninscrits": gr["ninscrits"]}
                )
        return out

    def _ue(self, u: g.UEIn, i: int, version: str, for_xml: bool = False) -> dict:
        st, res = self.ue_static[u.id], self.r.ue[u.id]
        d = {
            "id": u.id,
            "numero": st["numero"],
            "acronyme": st["acronyme"],
            "titre": st["titre"],
            "note": {"value": g.ue_value_text(self.r, u, i, xml=False), **self.ue_stats[u.id]},
            "rang": res.ranks[i],
            "effectif": str(res.effectif),
            "ects": st["ects"],
            "code_apogee": st["code_apogee"],
            "module": [
                self._module(m, i, version, for_xml)
                for m in self.r.modules_by_ue.get(u.id, [])
                if self.r.module_means[m.id][i] != g.NI
            ],
        }
        if for_xml:  # the XML form writes the UE mean and the ECTS its own way
            d["xml_note"] = g.ue_value_text(self.r, u, i, xml=True)
            d["xml_ects"] = ects_xml(self.ue_rows[u.id].ects)
        return d

    def _module(self, m: g.ModIn, i: int, version: str, for_xml: bool = False) -> dict:
        st = self.mod_static[m.id]
        d = {
            "id": m.id,
            "code": st["code"],
            "coefficient": st["coefficient"],
            "numero": st["numero"],
            "titre": st["titre"],
            "abbrev": st["abbrev"],
            "note": {"value": self._text(self.r.module_means[m.id][i], None), **self.mod_stats[m.id]},
            "code_apogee": st["code_apogee"],
        }
        if self.show_mod_rangs:
            d["rang"] = {"value": self.r.module_ranks[m.id].get(i, "")}
            d["effectif"] = {"value": self.r.module_effectif[m.id]}
        entries = self.evaluation_entries(m.id, i, version)
        d["evaluation"] = (
            [{**entry, "xml_note_max": note_max} for entry, note_max in entries]
            if for_xml
            else [entry for entry, _ in entries]
        )
        return d

    def _text(self, value, note_max) -> str:
        """fmt_note, remembered per (scale, value): a semester's notes take few distinct values."""
        texts = self._texts.get(note_max)
        if texts is None:
            texts = self._texts[note_max] = {}
        text = texts.get(value)
        if text is None:
            text = fmt_note(value, note_max)
            if value != 0:  # 0.0 and -0.0 share a key but not a text
                texts[value] = text
        return text

    def _module_evaluations(self, module_id) -> list[tuple]:
        """Per module, once per results version: (valid, visible, entry, note_max, kinds, values, row) for each
        evaluation, with the students' note kinds and values as plain lists (cheap per-student reads)."""
        evs = self._mod_evals.get(module_id)
        if evs is None:
            evs = []
            for e in self.r.evals_by_module[module_id]:
                row = self.evals[e.id]
                kinds, values = self.r.note_kinds.get(e.id), self.r.note_values.get(e.id)
                evs.append(
                    (
                        self.r.eval_states[e.id].valid,
                        bool(row.visibulletin),
                        self.eval_static[e.id],
                        row.note_max,
                        kinds.tolist() if kinds is not None else None,
                        values.tolist() if values is not None else None,
                        row,
                    )
                )
            self._mod_evals[module_id] = evs
        return evs

    def evaluation_entries(self, module_id, i: int, version: str) -> list[tuple[dict, float]]:
        """(JSON entry, note_max) of the evaluations a bulletin lists for a module (bulletins.md §3)."""
        if version == "short":
            return []
        out, incomplete = [], []
        for valid, visible, static, note_max, kinds, values, row in self._module_evaluations(module_id):
            if valid:
                if version == "long" or visible:
                    kind = kinds[i] if kinds is not None else g.NONE
                    note = (
                        _KIND_TEXT[kind] if kind in _KIND_TEXT else self._text(values[i], note_max)
                    )  # same texts as fmt_note(note_of(...))
                    out.append(({**static, "note": note}, note_max))
            elif self.show_all_evals:
                incomplete.append(
                    (
                        {
                            "jour": row.jour.isoformat() if row.jour else "",
                            "heure_debut": row.heure_debut.strftime("%H:%M") if row.heure_debut else "",
                            "heure_fin": row.heure_fin.strftime("%H:%M") if row.heure_fin else "",
                            "coefficient": float(row.coefficient),
                            "description": self.esc(row.description),
                            "incomplete": "1",
                        },
                        row.note_max,
                    )
                )
        return out + incomplete

    def _ue_cap(self, u: g.UEIn, i: int) -> dict:
        row, res = self.ue_rows[u.id], self.r.ue[u.id]
        cap = res.cap[i]
        return {
            "id": u.id,
            "numero": self.esc(row.numero or 0),
            "acronyme": self.esc(row.acronyme),
            "titre": self.esc(row.titre),
            "note": fmt_note(cap.moy),
            "coefficient_ue": fmt_note(cap.coef),
            "date_capitalisation": cap.when.isoformat() if cap.when else "",
            "ects": ects_xml(row.ects),
        }

    def _jury(self, d: dict, etudid: int, ex: Extras) -> None:
        _, etat = self.etud_rows[etudid]
        decisions = ex.decisions.get(etudid, [])
        sem_dec = next((v for v in decisions if v.ue_id is None), None)
        inscr = ex.events.get((etudid, "INSCRIPTION"))
        situation = f"Inscrit le {_dmy(inscr, self.tz)}." if inscr else "Pas inscrit."
        if etat == "D":
            situation += f" Démission le {_dmy(ex.events.get((etudid, 'DEMISSION')), self.tz)}."
            d["situation"] = self.esc(situation)
            d["decision"] = {"code": "", "etat": "DEM"}
            return
        if etat == "DEF":
            situation += " Défaillant"
        situation += " "
        ue_decs = [v for v in decisions if v.ue_id is not None] if etat != "DEF" else []
        if sem_dec is not None:
            situation += f"Décision jury: {DECISION_LABELS.get(sem_dec.code, '')}. "
            ue_order = {u.id: k for k, u in enumerate(self.r.ues)}
            acquired = [
                self.ue_rows[v.ue_id].acronyme
                for v in sorted(ue_decs, key=lambda v: ue_order.get(v.ue_id, 99))
                if v.code in PASSING_UE and v.ue_id in self.ue_rows
            ]
            if acquired and self.show_uevalid:
                situation += f" UE acquises: {', '.join(acquired)}. "
        auts = ex.autorisations.get(etudid, [])
        parcours = get_parcours(self.rows.formation.type_parcours)
        finished = sem_dec is not None and sem_dec.code in PASSING_SEM and self.sem.semestre_id >= parcours.nb_sem
        if finished:
            situation += " Diplôme obtenu."
        elif auts:
            situation += " Autorisé à s'inscrire en " + ", ".join(f"S{s}" for s in auts) + "."
        d["situation"] = self.esc(situation)
        code = "DEF" if etat == "DEF" else (sem_dec.code if sem_dec else "")
        d["decision"] = {"code": code, "etat": "DEF" if etat == "DEF" else "I"}
        if sem_dec is not None:
            d["decision"]["compense_formsemestre_id"] = sem_dec.compense_formsemestre_id
        d["decision_ue"] = [
            {
                "ue_id": v.ue_id,
                "numero": self.esc(self.ue_rows[v.ue_id].numero or 0) if v.ue_id in self.ue_rows else "",
                "acronyme": self.esc(self.ue_rows[v.ue_id].acronyme) if v.ue_id in self.ue_rows else "",
                "titre": self.esc(self.ue_rows[v.ue_id].titre) if v.ue_id in self.ue_rows else "",
                "code": v.code,
                "ects": str(self.ue_rows[v.ue_id].ects)
                if v.ue_id in self.ue_rows and self.ue_rows[v.ue_id].ects is not None
                else "",
            }
            for v in ue_decs
        ]
        d["autorisation_inscription"] = [{"semestre_id": s} for s in auts]


def json_text(d: dict) -> str:
    import json

    return json.dumps(d)
