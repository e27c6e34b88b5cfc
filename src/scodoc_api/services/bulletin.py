"""Classic bulletins in ScoDoc 9.0's JSON and XML forms (bulletins.md), built from cached semester results.

The JSON dictionary is built once per student (keys in ScoDoc's order, texts pre-escaped as ScoDoc does);
the XML document is derived from it."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

import orjson
from lxml import etree
from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from scodoc_api.core.errors import NotFound, unknown
from scodoc_api.core.permissions import Permission
from scodoc_api.core.text import xml_safe
from scodoc_api.domain import absences as ad
from scodoc_api.domain import grades as g
from scodoc_api.domain.formatting import NOTE_ATTENTE, NOTE_NEUTRALISE, ects_json, ects_xml, fmt_note
from scodoc_api.domain.identity import civilite_str, format_nom, format_prenom
from scodoc_api.domain.parcours import get_parcours
from scodoc_api.formats.xml import XML_DECLARATION
from scodoc_api.models import (
    Absence,
    Adresse,
    Appreciation,
    AutorisationInscription,
    Departement,
    FormSemestre,
    FormSemestreEtape,
    FormSemestreInscription,
    FormSemestreValidation,
    Identite,
    ScolarEvent,
)
from scodoc_api.repositories.prefs import pref_bool, prefs_for
from scodoc_api.repositories.snapshot import frozen
from scodoc_api.services.results import Computed, ResultsCache, get_results

if TYPE_CHECKING:  # reportlab is imported when a PDF is first asked for
    from scodoc_api.services.bulletin_pdf import PdfHeader

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


@dataclass
class Extras:
    dept_acronym: str
    etapes: list[str]
    prefs: dict
    addresses: dict = field(default_factory=dict)
    absences: dict = field(default_factory=dict)  # etudid -> Counts
    decisions: dict = field(default_factory=dict)  # etudid -> [validation]
    autorisations: dict = field(default_factory=dict)
    appreciations: dict = field(default_factory=dict)
    events: dict = field(default_factory=dict)  # (etudid, type) -> date


async def load_extras(db: AsyncSession, computed: Computed) -> Extras:
    """Per-student data of the semester's students. They are named by a subquery on the registrations, not
    by a list of ids: a 600-value IN list costs more to compile and send than the rows it selects."""
    sem = computed.rows.sem
    etudids = [s.id for s in computed.results.students]
    registered = select(FormSemestreInscription.etudid).where(FormSemestreInscription.formsemestre_id == sem.id)
    base = await semester_context(db, computed)
    ex = Extras(base.dept_acronym, base.etapes, base.prefs)
    for a in (
        await db.execute(
            select(Adresse.etudid, Adresse.email, Adresse.emailperso)
            .where(Adresse.etudid.in_(registered))
            .order_by(Adresse.id)
        )
    ).all():
        ex.addresses.setdefault(a.etudid, a)  # the first address: its e-mails
    if pref_bool(ex.prefs, "bul_show_abs", sem.dept_id, sem.id):
        rows: dict = defaultdict(list)
        for etudid, jour, matin, estabs, estjust in (
            await db.execute(
                select(Absence.etudid, Absence.jour, Absence.matin, Absence.estabs, Absence.estjust).where(
                    Absence.etudid.in_(registered), Absence.jour >= sem.date_debut, Absence.jour <= sem.date_fin
                )
            )
        ).all():
            rows[etudid].append(ad.AbsRow(jour, matin, estabs, estjust))
        ex.absences = {e: ad.count(rows.get(e, [])) for e in etudids}
    for v in (
        await db.execute(
            select(FormSemestreValidation)
            .where(FormSemestreValidation.formsemestre_id == sem.id, FormSemestreValidation.etudid.in_(registered))
            .order_by(FormSemestreValidation.id)
        )
    ).scalars():
        ex.decisions.setdefault(v.etudid, []).append(frozen(v))
    for a in (
        await db.execute(
            select(AutorisationInscription)
            .where(
                AutorisationInscription.origin_formsemestre_id == sem.id, AutorisationInscription.etudid.in_(registered)
            )
            .order_by(AutorisationInscription.semestre_id)
        )
    ).scalars():
        ex.autorisations.setdefault(a.etudid, []).append(a.semestre_id)
    for a in (
        await db.execute(
            select(Appreciation)
            .where(Appreciation.formsemestre_id == sem.id, Appreciation.etudid.in_(registered))
            .order_by(Appreciation.date.desc(), Appreciation.id.desc())
        )
    ).scalars():
        ex.appreciations.setdefault(a.etudid, []).append(frozen(a))
    for etudid, etype, when in (
        await db.execute(
            select(ScolarEvent.etudid, ScolarEvent.event_type, ScolarEvent.event_date)
            .where(ScolarEvent.formsemestre_id == sem.id, ScolarEvent.etudid.in_(registered))
            .order_by(ScolarEvent.event_date)
        )
    ).all():
        ex.events.setdefault((etudid, etype), when)
    return ex


async def semester_context(db: AsyncSession, computed: Computed) -> Extras:
    """Department acronym, Apogée steps and preferences: read once per results version."""
    ctx = computed.bulletin_context
    if ctx is None:
        sem = computed.rows.sem
        acronym = (await db.execute(select(Departement.acronym).where(Departement.id == sem.dept_id))).scalar_one()
        etapes = list(
            (
                await db.execute(
                    select(FormSemestreEtape.etape_apo)
                    .where(FormSemestreEtape.formsemestre_id == sem.id)
                    .order_by(FormSemestreEtape.id)
                )
            ).scalars()
        )
        ctx = Extras(acronym, etapes, await prefs_for(db, [sem.dept_id], [sem.id]))
        computed.bulletin_context = ctx
    return ctx


def builder_for(computed: Computed, extras: Extras, tz: str, modern: bool = False) -> "BulletinBuilder":
    """The semester-wide part of bulletin building is done once per results version and reused."""
    builder = computed.builders.get((modern, tz))
    if builder is None:
        builder = computed.builders[(modern, tz)] = BulletinBuilder(computed, extras, tz=tz, modern=modern)
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
        self.c, self.ex, self.r, self.rows = computed, extras, computed.results, computed.rows
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
    ) -> dict:
        """The bulletin of one student; ``ex`` holds the per-student data read for this request."""
        r, i = self.r, self.r.index[etudid]
        published = not self.sem.bul_hide_xml or force_publishing
        d = self._head(etudid, published if self.modern else (1 if published else 0))
        d["etudiant"] = self._etudiant(etudid, ex)
        if not published:
            return d
        d["note"] = {"value": fmt_note(r.moy_gen[i]), **self.general}
        d["rang"] = {"value": r.rank[i] if self.show_rangs else "", "ninscrits": r.ninscrits}
        d["rang_group"] = self._rang_group(i) if self.show_rangs else []
        d["note_max"] = {"value": 20}
        d["bonus_sport_culture"] = {"value": r.bonus[i]}
        d["ue"] = [self._ue(u, i, version) for u in r.ues]
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

    def _ue(self, u: g.UEIn, i: int, version: str) -> dict:
        st, res = self.ue_static[u.id], self.r.ue[u.id]
        return {
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
                self._module(m, i, version)
                for m in self.r.modules_by_ue.get(u.id, [])
                if self.r.module_means[m.id][i] != g.NI
            ],
        }

    def _module(self, m: g.ModIn, i: int, version: str) -> dict:
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
        d["evaluation"] = [entry for entry, _ in self.evaluation_entries(m.id, i, version)]
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


def _attrs(el: etree._Element, pairs) -> None:
    for k, v in pairs:
        el.set(k, xml_safe(v))


def bulletin_xml_element(d: dict, builder: BulletinBuilder, version: str = "long") -> etree._Element:
    """The ``<bulletinetud>`` tree of bulletins.md §6, from the JSON dictionary."""
    root = etree.Element("bulletinetud")
    _attrs(
        root,
        [(k, d[k]) for k in ("etudid", "formsemestre_id", "date", "publie")]
        + [(k, v) for k, v in d.items() if k.startswith("etape_apo")],
    )
    et = d["etudiant"]
    _attrs(
        etree.SubElement(root, "etudiant"),
        [
            (k, et[k])
            for k in (
                "etudid",
                "code_nip",
                "code_ine",
                "nom",
                "prenom",
                "civilite",
                "sexe",
                "photo_url",
                "email",
                "emailperso",
            )
        ],
    )
    if "note" not in d:
        return root
    _attrs(etree.SubElement(root, "note"), d["note"].items())
    _attrs(etree.SubElement(root, "rang"), d["rang"].items())
    for rg in d["rang_group"]:
        _attrs(etree.SubElement(root, "rang_group"), rg.items())
    _attrs(etree.SubElement(root, "note_max"), [("value", 20)])
    _attrs(etree.SubElement(root, "bonus_sport_culture"), [("value", d["bonus_sport_culture"]["value"])])
    i = builder.r.index[d["etudid"]]
    caps = {c["id"]: c for c in d["ue_capitalisee"]}
    ue_in = {u.id: u for u in builder.r.ues}
    for ue in d["ue"]:
        ue_el = etree.SubElement(root, "ue")
        _attrs(ue_el, [(k, ue[k]) for k in ("id", "numero", "acronyme", "titre", "code_apogee")])
        n = ue["note"]
        _attrs(
            etree.SubElement(ue_el, "note"),
            [("value", g.ue_value_text(builder.r, ue_in[ue["id"]], i, xml=True)), ("min", n["min"]), ("max", n["max"])],
        )
        _attrs(etree.SubElement(ue_el, "ects"), [("value", ects_xml(builder.ue_rows[ue["id"]].ects))])
        _attrs(etree.SubElement(ue_el, "rang"), [("value", ue["rang"])])
        _attrs(etree.SubElement(ue_el, "effectif"), [("value", ue["effectif"])])
        for mod in ue["module"]:
            m_el = etree.SubElement(ue_el, "module")
            _attrs(
                m_el, [(k, mod[k]) for k in ("id", "code", "coefficient", "numero", "titre", "abbrev", "code_apogee")]
            )
            mn = mod["note"]
            _attrs(etree.SubElement(m_el, "note"), [(k, mn[k]) for k in ("value", "min", "max", "moy")])
            if "rang" in mod:
                _attrs(etree.SubElement(m_el, "rang"), [("value", mod["rang"]["value"])])
                _attrs(etree.SubElement(m_el, "effectif"), [("value", mod["effectif"]["value"])])
            for ev, note_max in builder.evaluation_entries(mod["id"], i, version):
                e_el = etree.SubElement(m_el, "evaluation")
                origin = "" if ev.get("incomplete") and not note_max else str(float(note_max))
                if ev.get("incomplete"):
                    _attrs(
                        e_el,
                        [
                            (k, ev[k])
                            for k in ("jour", "heure_debut", "heure_fin", "coefficient", "description", "incomplete")
                        ]
                        + [("note_max_origin", origin)],
                    )
                else:
                    _attrs(
                        e_el,
                        [
                            (k, ev[k])
                            for k in (
                                "jour",
                                "heure_debut",
                                "heure_fin",
                                "coefficient",
                                "evaluation_type",
                                "description",
                            )
                        ]
                        + [("note_max_origin", origin)],
                    )
                    _attrs(etree.SubElement(e_el, "note"), [("value", ev["note"])])
        cap = caps.get(ue["id"])
        if cap:
            c_el = etree.SubElement(root, "ue_capitalisee")
            _attrs(c_el, [(k, cap[k]) for k in ("id", "numero", "acronyme", "titre")])
            for k in ("note", "ects", "coefficient_ue", "date_capitalisation"):
                _attrs(etree.SubElement(c_el, k), [("value", cap[k])])
    if "absences" in d:
        _attrs(etree.SubElement(root, "absences"), d["absences"].items())
    if "situation" in d:
        etree.SubElement(root, "situation").text = xml_safe(d["situation"])
        dec = d["decision"]
        _attrs(etree.SubElement(root, "decision"), [(k, "" if v is None else v) for k, v in dec.items()])
        for du in d.get("decision_ue", []):
            _attrs(
                etree.SubElement(root, "decision_ue"),
                [(k, du[k]) for k in ("ue_id", "numero", "acronyme", "titre", "code")],
            )
        for a in d.get("autorisation_inscription", []):
            _attrs(etree.SubElement(root, "autorisation_inscription"), a.items())
    for a in d["appreciation"]:
        el = etree.SubElement(root, "appreciation")
        el.set("date", xml_safe(a["date"]))
        el.text = xml_safe(a["comment"])
    return root


XML_HEAD = XML_DECLARATION


def xml_bytes(element: etree._Element) -> bytes:
    """ScoDoc's byte form: one line, non-ASCII as character references, ``<tag a="" />``."""
    body = etree.tostring(element, encoding="us-ascii")
    return body.replace(b'"/>', b'" />')


def json_text(d: dict) -> str:
    import json

    return json.dumps(d)


async def _computed_for(db: AsyncSession, cache: ResultsCache, sem_id: int, version: int | None = None) -> Computed:

    computed = await get_results(db, sem_id, cache=cache, version=version)
    if computed is None:
        raise unknown("semestre")
    return computed


async def semester_extras(db: AsyncSession, computed: Computed) -> Extras:
    """Per-student data of the whole semester (absences, decisions, appreciations...), read once per results
    version: every write that changes it (absences included) renews the version."""
    ex = computed.extras
    if ex is None:
        ex = await load_extras(db, computed)
        computed.extras = ex
    return ex


def _target_statement():
    """Built once (Core columns, bound parameters): this check runs on every bulletin request."""
    i, fs, ins = Identite.__table__, FormSemestre.__table__, FormSemestreInscription.__table__
    return (
        select(i.c.dept_id, fs.c.dept_id, ins.c.id, fs.c.results_version)
        .select_from(i)
        .join(fs, fs.c.id == bindparam("formsemestre_id"))
        .outerjoin(ins, (ins.c.etudid == i.c.id) & (ins.c.formsemestre_id == fs.c.id))
        .where(i.c.id == bindparam("etudid"))
    )


_TARGET = _target_statement()


async def _check_bulletin_target(db: AsyncSession, access, etudid: int, formsemestre_id: int) -> tuple[int, tuple]:
    """Student and semester exist, are visible to the caller, and the student is registered: one query,
    which also reads the semester's results version. Returns (version, (student dept, semester dept))."""
    row = (await db.execute(_TARGET, {"etudid": etudid, "formsemestre_id": formsemestre_id})).first()
    if row is None:
        raise unknown("étudiant ou semestre")
    access.check(row[0], Permission.ScoView, what="étudiant ou semestre")
    access.check(row[1], Permission.ScoView, what="étudiant ou semestre")
    if row[2] is None:
        raise NotFound(f"étudiant {etudid} non inscrit au semestre {formsemestre_id}")
    return row[3], (row[0], row[1])


DATE_MARK = "@@SCODOC-DATE@@"


async def _checked_results(
    db: AsyncSession, cache: ResultsCache, access, etudid: int, formsemestre_id: int, known_version: int | None
) -> Computed:
    """The semester's results for this student's bulletin, after the checks (exists, visible, registered).

    With ``known_version`` (read with the caller's grants) and results of that version in the cache, the
    student's facts found by an earlier check of that version serve again, without a query: a registration
    or department change renews the version."""
    computed = cache.get((formsemestre_id, known_version)) if known_version is not None else None
    facts = computed.targets.get(etudid) if computed is not None else None
    if facts is None:
        version_, facts = await _check_bulletin_target(db, access, etudid, formsemestre_id)
        computed = await _computed_for(db, cache, formsemestre_id, version_)
        computed.targets[etudid] = facts
    else:
        access.check(facts[0], Permission.ScoView, what="étudiant ou semestre")
        access.check(facts[1], Permission.ScoView, what="étudiant ou semestre")
    return computed


async def get_bulletin(
    db: AsyncSession,
    access,
    *,
    cache: ResultsCache,
    etudid: int,
    formsemestre_id: int,
    version: str = "long",
    fmt: str = "json",
    with_decisions: bool = False,
    force_publishing: bool = False,
    tz: str = "Europe/Paris",
    modern: bool = False,
    known_version: int | None = None,
) -> bytes:
    """One classic bulletin, as ScoDoc 9.0 writes it (JSON text or XML bytes), or in its modern form.

    The rendered bytes are kept with the results (same version, hence never stale); only the generation
    date is written afresh at each request."""
    computed = await _checked_results(db, cache, access, etudid, formsemestre_id, known_version)
    key = (etudid, version, fmt, with_decisions, force_publishing, tz, modern)
    body = computed.rendered.get(key)
    if body is None:
        ex = await semester_extras(db, computed)
        builder = builder_for(computed, ex, tz, modern)
        d = builder.build(etudid, ex, version=version, with_decisions=with_decisions, force_publishing=force_publishing)
        d["date"] = DATE_MARK
        if fmt == "xml":
            body = XML_HEAD + xml_bytes(bulletin_xml_element(d, builder, version))
        elif modern:
            body = orjson.dumps(d, option=orjson.OPT_SORT_KEYS)
        else:
            body = json_text(d).encode("ascii")
        computed.keep_rendering(key, body)
    now = datetime.now(ZoneInfo(tz)).replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return body.replace(DATE_MARK.encode(), now.encode(), 1)


def pdf_header(computed: Computed, ex: Extras) -> "PdfHeader":
    from scodoc_api.domain.semester import titre_num
    from scodoc_api.repositories.prefs import pref
    from scodoc_api.services.bulletin_pdf import PdfHeader

    sem, formation = computed.rows.sem, computed.rows.formation
    dept_name = pref(ex.prefs, "DeptName", sem.dept_id, sem.id)
    return PdfHeader(
        dept_name=ex.dept_acronym if dept_name in ("", "Dept") else dept_name,
        titre_num=titre_num(sem.titre, sem.semestre_id, formation.type_parcours),
        date_debut=sem.date_debut,
        date_fin=sem.date_fin,
        sig_left=pref(ex.prefs, "bul_pdf_sig_left", sem.dept_id, sem.id) or "La direction des études",
        sig_right=pref(ex.prefs, "bul_pdf_sig_right", sem.dept_id, sem.id) or "Le chef de département",
    )


async def get_bulletin_pdf(
    db: AsyncSession,
    access,
    *,
    cache: ResultsCache,
    etudid: int,
    formsemestre_id: int,
    version: str = "long",
    signatures: bool = True,
    with_decisions: bool = False,
    force_publishing: bool = False,
    tz: str = "Europe/Paris",
) -> tuple[bytes, str]:
    """One classic bulletin as a PDF document and its attachment file name; kept with the results like the
    other renderings."""
    from scodoc_api.services.bulletin_pdf import pdf_filename, render_bulletin_pdf

    computed = await _checked_results(db, cache, access, etudid, formsemestre_id, None)
    ex = await semester_extras(db, computed)
    head = pdf_header(computed, ex)
    key = (etudid, version, "pdf", signatures, with_decisions, force_publishing, tz)
    body = computed.rendered.get(key)
    builder = builder_for(computed, ex, tz, modern=True)
    if body is None:
        d = builder.build(etudid, ex, version=version, with_decisions=with_decisions, force_publishing=force_publishing)
        body = render_bulletin_pdf(d, head, signatures=signatures)
        computed.keep_rendering(key, body)
    nom = format_nom(builder.etud_rows[etudid][0].nom)
    return body, pdf_filename(head.titre_num, datetime.now(ZoneInfo(tz)).date(), nom)


async def semester_bulletins(
    db: AsyncSession,
    access,
    *,
    cache: ResultsCache,
    formsemestre_id: int,
    version: str = "long",
    fmt: str = "json",
    with_decisions: bool = False,
    force_publishing: bool = False,
    tz: str = "Europe/Paris",
    chunk: int = 50,
    modern: bool = False,
):
    """Every bulletin of a semester: all data is read first, then an iterator of byte chunks to stream."""
    from scodoc_api.services.formsemestre import get_sem

    sem = await get_sem(db, access, formsemestre_id, Permission.ScoObservateur)
    computed = await _computed_for(db, cache, sem.id)
    ids = [s.id for s in computed.results.students]
    ex = await semester_extras(db, computed)
    builder = builder_for(computed, ex, tz, modern)
    ids.sort(key=lambda e: computed.results.students[computed.results.index[e]].name_key)

    def chunks():
        if fmt == "xml":
            yield XML_HEAD + b"<bulletins>"
        else:
            yield b"["
        buf = []
        for k, etudid in enumerate(ids):
            d = builder.build(
                etudid, ex, version=version, with_decisions=with_decisions, force_publishing=force_publishing
            )
            if fmt == "xml":
                buf.append(xml_bytes(bulletin_xml_element(d, builder, version)))
            elif modern:
                buf.append((b", " if k else b"") + orjson.dumps(d, option=orjson.OPT_SORT_KEYS))
            else:  # same keys, order and texts as each bulletin, written compactly (UTF-8, no spaces)
                buf.append((b", " if k else b"") + orjson.dumps(d))
            if len(buf) >= chunk:
                yield b"".join(buf)
                buf = []
        if buf:
            yield b"".join(buf)
        yield b"</bulletins>" if fmt == "xml" else b"]"

    return chunks()
