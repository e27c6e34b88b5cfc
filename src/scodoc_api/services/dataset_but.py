"""BUT parts of a dataset: référentiels de compétences (in ScoDoc's export shape), the links of formations and
UEs to them, the parcours of semesters, UE dispenses and BUT jury decisions (RCUE, year)."""

from pydantic import ValidationError

from scodoc_api.domain.semester import annee_scolaire
from scodoc_api.models import (
    ApcAppCritique,
    ApcCompetence,
    ApcNiveau,
    ApcParcours,
    ApcParcoursNiveau,
    ApcReferentielCompetences,
    ApcValidationAnnee,
    ApcValidationRCUE,
    DispenseUE,
    FormSemestreParcours,
    UEParcours,
)
from scodoc_api.schemas.referentiel import Referentiel


class ButSections:
    """Mixed into the dataset loader: ``self.plan``, ``self.ids``, ``self.ues``... come from it."""

    def load_referentiels(self) -> None:
        """``referentiels``: each one checked as ``import-referentiel`` checks a file."""
        from scodoc_api.services.referentiel import semantic_errors

        for i, item in enumerate(self.data.get("referentiels", [])):
            where = f"$.referentiels[{i}]"
            did = self.dept_id(item["dept"], f"{where}.dept")
            try:
                ref = Referentiel.model_validate(item["referentiel"])
            except ValidationError as exc:
                for e in exc.errors():
                    self.plan.errors.append(f"{where}.referentiel.{'.'.join(map(str, e['loc']))}: {e['msg']}")
                continue
            self.plan.errors += [f"{where}.referentiel.{e}" for e in semantic_errors(ref)]
            self.referentiels[str(item["ref"])] = self._plan_referentiel(ref, did)

    def _plan_referentiel(self, ref: Referentiel, did: int | None) -> dict:
        """Rows of one référentiel; returns its id, niveau ids by (compétence, ordre) and parcours ids by code."""
        rid = self.ids.take("apc_referentiel_competences")
        head = ref.model_dump(include={"annexe", "specialite", "specialite_long", "type_structure"})
        head |= ref.model_dump(include={"type_departement", "type_titre", "version_orebut", "scodoc_orig_filename"})
        self.plan.add(ApcReferentielCompetences, {"id": rid, "dept_id": did, "scodoc_date_loaded": self.now, **head})
        comp_ids, niveaux = {}, {}
        for key, c in ref.competences.items():
            comp_ids[key] = cid = self.ids.take("apc_competence")
            self.plan.add(
                ApcCompetence,
                {
                    "id": cid,
                    "referentiel_id": rid,
                    "id_orebut": c.id_orebut,
                    "titre": c.titre,
                    "titre_long": c.titre_long,
                    "couleur": c.couleur,
                    "numero": c.numero,
                    "situations": [s.libelle for s in c.situations],
                    "composantes_essentielles": [s.libelle for s in c.composantes_essentielles],
                },
            )
            for n in c.niveaux.values():
                niveaux[(key, n.ordre)] = nid = self.ids.take("apc_niveau")
                self.plan.add(
                    ApcNiveau,
                    {"id": nid, "competence_id": cid, "libelle": n.libelle, "annee": n.annee, "ordre": n.ordre},
                )
                for code, ac in n.app_critiques.items():
                    self.plan.add(
                        ApcAppCritique,
                        {
                            "id": self.ids.take("apc_app_critique"),
                            "niveau_id": nid,
                            "code": code,
                            "libelle": ac.libelle,
                        },
                    )
        parcours = {}
        for p in ref.parcours.values():
            parcours[p.code] = pid = self.ids.take("apc_parcours")
            self.plan.add(
                ApcParcours,
                {"id": pid, "referentiel_id": rid, "code": p.code, "numero": p.numero, "libelle": p.libelle},
            )
            for a, annee in p.annees.items():
                for title, pc in annee.competences.items():
                    if title in comp_ids:
                        self.plan.add(
                            ApcParcoursNiveau,
                            {
                                "parcours_id": pid,
                                "annee": int(a),
                                "competence_id": comp_ids[title],
                                "niveau": pc.niveau,
                            },
                        )
        return {"id": rid, "niveaux": niveaux, "parcours": parcours}

    def formation_referentiel(self, f: dict, where: str) -> dict | None:
        """The référentiel a formation names (``referentiel``), or None."""
        name = f.get("referentiel")
        if name is None:
            return None
        ref = self.referentiels.get(str(name))
        if ref is None:
            self.plan.errors.append(f"{where}.referentiel: référentiel inconnu '{name}'")
        return ref

    def ue_links(self, ue: dict, ue_id: int, ref: dict | None, where: str) -> int | None:
        """An UE's niveau (returned: its id) and parcours (rows); both need the formation's référentiel."""
        niveau = ue.get("niveau")
        if (niveau or ue.get("parcours")) and ref is None:
            self.plan.errors.append(f"{where}: niveau ou parcours sans référentiel de formation")
            return None
        for k, p in enumerate(ue.get("parcours", [])):
            code, ects = (p, None) if isinstance(p, str) else (p["code"], p.get("ects"))
            if code not in ref["parcours"]:
                self.plan.errors.append(f"{where}.parcours[{k}]: parcours inconnu '{code}'")
                continue
            self.plan.add(UEParcours, {"ue_id": ue_id, "parcours_id": ref["parcours"][code], "ects": ects})
        if niveau is None:
            return None
        nid = ref["niveaux"].get((niveau["competence"], niveau["ordre"]))
        if nid is None:
            self.plan.errors.append(f"{where}.niveau: niveau inconnu {niveau['competence']} {niveau['ordre']}")
        return nid

    def semester_but(self, c) -> None:
        """A semester's parcours, UE dispenses and BUT jury decisions."""
        ref = self.formation_refs.get(c.fid)
        for k, code in enumerate(c.s.get("parcours", [])):
            if ref is None or code not in ref["parcours"]:
                self.plan.errors.append(f"{c.where}.parcours[{k}]: parcours inconnu '{code}'")
                continue
            self.plan.add(FormSemestreParcours, {"formsemestre_id": c.sid, "parcours_id": ref["parcours"][code]})
        for k, d in enumerate(c.s.get("dispenses", [])):
            eid, ue_id = self.etud_id(d["etud"], f"{c.where}.dispenses[{k}].etud"), self._ue_ref(d["ue"], c, k)
            self.plan.add(
                DispenseUE,
                {"id": self.ids.take("but_dispense_ue"), "formsemestre_id": c.sid, "ue_id": ue_id, "etudid": eid},
            )
        for k, d in enumerate(c.s.get("rcue_decisions", [])):
            w = f"{c.where}.rcue_decisions[{k}]"
            self.plan.add(
                ApcValidationRCUE,
                {
                    "id": self.ids.take("apc_validation_rcue"),
                    "etudid": self.etud_id(d["etud"], f"{w}.etud"),
                    "formsemestre_id": c.sid,
                    "ue1_id": self._ue_ref(d["ue1"], c, k, "rcue_decisions", "ue1"),
                    "ue2_id": self._ue_ref(d["ue2"], c, k, "rcue_decisions", "ue2"),
                    "code": d["code"],
                    "date": self.now,
                },
            )
        for k, d in enumerate(c.s.get("annee_decisions", [])):
            self.plan.add(
                ApcValidationAnnee,
                {
                    "id": self.ids.take("apc_validation_annee"),
                    "etudid": self.etud_id(d["etud"], f"{c.where}.annee_decisions[{k}].etud"),
                    "formsemestre_id": c.sid,
                    "ordre": d["ordre"],
                    "annee_scolaire": d.get("annee_scolaire") or annee_scolaire(c.d0),
                    "code": d["code"],
                    "date": self.now,
                },
            )

    def _ue_ref(self, uref, c, k: int, section: str = "dispenses", key: str = "ue") -> int | None:
        if str(uref) not in self.ues:
            self.plan.errors.append(f"{c.where}.{section}[{k}].{key}: UE inconnue '{uref}'")
        return self.ues.get(str(uref))
