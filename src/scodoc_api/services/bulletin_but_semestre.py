"""The parts of a BUT bulletin about the semester as a whole (modern-api.md §6.7): ``semestre`` with its ranks,
groups, absences, ECTS and jury records, and ``ues_capitalisees`` (but.md §3.4). Mixed into the builder."""

from scodoc_api.domain import absences as ad
from scodoc_api.domain.semester import annee_scolaire
from scodoc_api.repositories.bulletin import Extras
from scodoc_api.services.bulletin_but_texts import txt

PASSING_UE = {"ADM", "CMP", "ADJ", "ADSUP", "ADJR"}
YEAR_CODES = {"ADM", "ADJ", "PASD", "PAS1NCI", "RED", "NAR", "DEM", "ABAN", "RAT", "EXCLU", "DEF", "ABL"}


class ButSemesterParts:
    """Uses the builder's ``r`` (results), ``but`` (BUT rows), ``rows``, ``ue_rows``, ``dept``, ``sem``, ``tz``,
    ``texts``, ``general``, ``show_rangs``, ``partitions``, ``groups_of``, ``takes`` and ``_ects``."""

    def _capitalised(self, etudid: int) -> dict:
        """UEs capitalised in an earlier semester, with the recorded mean (but.md §3.4)."""
        out = {}
        by_code = {row.ue_code: row for row in self.but.ues}
        for e_id, code, moy, when, osem_id, _ue, external in self.rows.capitalisations:
            row = by_code.get(code)
            if e_id != etudid or row is None:
                continue
            out[row.acronyme] = {
                "id": row.id,
                "titre": row.titre,
                "numero": row.numero or 0,
                "type": row.type or 0,
                "moyenne": {"value": txt(moy), "rang": "", "total": 0},
                "is_external": bool(external),
                "date_capitalisation": when.isoformat() if when else None,
                "formsemestre_id": osem_id,
                "bul_orig_url": None
                if external or osem_id is None
                else f"/ScoDoc/{self.dept}/api/etudiant/etudid/{etudid}/formsemestre/{osem_id}/bulletin",
                "ECTS": {"acquis": float(row.ects or 0.0), "total": float(row.ects or 0.0)},
            }
        return out

    def _rcue_decisions(self, etudid: int, ex: Extras) -> list[dict]:
        """Stored RCUE decisions involving an UE of this semester, with the compétence of its niveau."""
        out = []
        for (e, ue1, ue2), code in ex.but_jury.rcue.items() if ex.but_jury else ():
            mine = self.ue_rows.get(ue2) or self.ue_rows.get(ue1)
            if e != etudid or mine is None:
                continue
            competence = self.but.competences.get(mine.niveau_competence_id) or {}
            out.append(
                {
                    "code": code,
                    "ue1_id": ue1,
                    "ue2_id": ue2,
                    "niveau": {
                        "competence": {"titre": competence.get("titre") or mine.acronyme},
                        **(competence.get("niveau") or {}),
                    },
                }
            )
        return out

    def _year_decision(self, etudid: int, ex: Extras) -> dict | None:
        """The stored year decision, sent only with one of the codes a renderer knows (§6.9 rule 9)."""
        found = ex.but_jury.annee.get(etudid) if ex.but_jury else None
        if found is None or found[0] not in YEAR_CODES:
            return None
        return {"code": found[0], "ordre": found[1], "annee_scolaire": found[2]}

    def _semestre(self, i: int, etudid: int, ex: Extras) -> dict:
        groupes, rang_groupes = [], {}
        mine = self.groups_of.get(etudid, {})
        for pid, pname, _ in self.partitions:
            if pid not in mine:
                continue
            gid, gname = mine[pid]
            groupes.append({"id": gid, "group_name": gname, "partition": {"id": pid, "partition_name": pname}})
            gr = self.r.group_ranks.get((pid, gid))
            if gr is not None:
                rang_groupes[str(gid)] = {"value": gr["ranks"][i] if self.show_rangs else "", "total": gr["ninscrits"]}
        counts = ex.absences.get(etudid) or ad.Counts(0, 0, 0)
        inscr = ex.events.get((etudid, "INSCRIPTION"))
        sem = self.sem
        year = annee_scolaire(sem.date_debut)
        ues_ects = [self._ects(u.id, etudid) or 0.0 for u in self.r.ues if self.takes[u.id][i]]
        decisions = ex.decisions.get(etudid, [])
        acquis = sum(
            self._ects(v.ue_id, etudid) or 0.0 for v in decisions if v.ue_id in self.ue_rows and v.code in PASSING_UE
        )
        return {
            "numero": sem.semestre_id,
            "annee_universitaire": f"{year} - {year + 1}",
            "date_debut": sem.date_debut.isoformat(),
            "date_fin": sem.date_fin.isoformat(),
            "inscription": (inscr.astimezone(self.tz).date() if inscr else sem.date_debut).isoformat(),
            "etapes": list(ex.etapes),
            "groupes": groupes,
            "notes": {"value": self.texts.at("gen", self.r.moy_gen, i), **self.general},
            "rang": {
                "value": self.r.rank[i] if self.show_rangs else "",
                "total": self.r.ninscrits,
                "groupes": rang_groupes,
            },
            "absences": {
                "injustifie": counts.nbabs - counts.nbabsjust,
                "total": counts.nbabs,
                "metrique": "1/2 J.",
            },
            "ECTS": {"acquis": acquis if acquis else 0, "total": float(sum(ues_ects))},
            "decision_ue": [
                {
                    "id": v.ue_id,
                    "acronyme": self.ue_rows[v.ue_id].acronyme,
                    "code": v.code,
                    "ects": self._ects(v.ue_id, etudid),
                }
                for v in decisions
                if v.ue_id in self.ue_rows
            ],
            "decision_rcue": self._rcue_decisions(etudid, ex),
            "decision_annee": self._year_decision(etudid, ex),
            "situation": "",
            "date_jury": None,
        }
