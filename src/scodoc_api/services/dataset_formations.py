"""Loading a dataset's ``formations`` section (a part of DatasetLoader)."""

from scodoc_api.models import (
    Formation,
    Matiere,
    Module,
    ModuleTag,
    ModuleUECoef,
    NotesTag,
    UniteEns,
)


class FormationSections:
    """Programmes: formations, UEs, subjects, modules, tags and BUT coefficients."""

    def load_formations(self) -> None:
        """``formations``: programmes, their UEs, subjects, modules and tags."""
        for i, f in enumerate(self.data.get("formations", [])):
            where = f"$.formations[{i}]"
            ref = str(f["ref"])
            if ref in self.formations:
                self.plan.errors.append(f"{where}.ref: référence en double '{ref}'")
            did = self.dept_id(f["dept"], f"{where}.dept")
            self.formations[ref] = fid = self.ids.take("notes_formations")
            self.formation_refs[fid] = referentiel = self.formation_referentiel(f, where)
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
                    "referentiel_competence_id": referentiel["id"] if referentiel else None,
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
                        "niveau_competence_id": self.ue_links(ue, ue_id, referentiel, w_ue),
                    },
                )
                for k, mat in enumerate(ue.get("matiere", [])):
                    mat_id = self.ids.take("notes_matieres")
                    self.plan.add(
                        Matiere,
                        {"id": mat_id, "ue_id": ue_id, "titre": mat.get("titre"), "numero": mat.get("numero") or 0},
                    )
                    for m_i, mod in enumerate(mat.get("module", [])):
                        self._module(f"{w_ue}.matiere[{k}].module[{m_i}]", mod, did, fid, ue_id, mat_id)
            self._module_ue_coefs(where, f)

    def _module(self, w_mod: str, mod: dict, did: int | None, fid: int, ue_id: int, mat_id: int) -> None:
        """One module of a formation, with its tags."""
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

    def _module_ue_coefs(self, where: str, f: dict) -> None:
        """BUT coefficients of the modules toward the UEs (any UE of the formation)."""
        for j, ue in enumerate(f.get("ue", [])):  # BUT coefficients may name any UE of the formation
            for k, mat in enumerate(ue.get("matiere", [])):
                for m_i, mod in enumerate(mat.get("module", [])):
                    for uref, coef in mod.get("ue_coefs", {}).items():
                        if uref not in self.ues:
                            self.plan.errors.append(
                                f"{where}.ue[{j}].matiere[{k}].module[{m_i}].ue_coefs.{uref}: UE inconnue"
                            )
                            continue
                        self.plan.add(ModuleUECoef, {"module_id": mod["_id"], "ue_id": self.ues[uref], "coef": coef})
