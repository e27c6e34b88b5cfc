from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.formation_summary import FormationSummary
    from ..models.semester_parcours import SemesterParcours


T = TypeVar("T", bound="FormSemestreRead")


@_attrs_define
class FormSemestreRead:
    """The modern formsemestre object (modern-api.md §4.3) with the seed's keys (domain.md §5.5).

    Attributes:
        annee_scolaire (int): start year of the school year (2022 for 2022-2023)
        bul_hide_xml (bool):
        date_debut (str): DD/MM/YYYY
        date_debut_iso (str):
        date_fin (str): DD/MM/YYYY
        date_fin_iso (str):
        dept_id (int):
        elt_annee_apo (None | str):
        elt_sem_apo (None | str):
        etape_apo (None | str):
        etat (bool):
        formation (FormationSummary):
        formation_id (int):
        formsemestre_id (int):
        id (int):
        modalite (None | str):
        parcours_type (str):
        periode (int):
        responsables (list[int]):
        semestre_id (int):
        semestre_idx (int):
        semestre_idx_txt (str):
        session_id (str):
        titre (str):
        titre_annee (str):
        titre_formation (str):
        titre_num (str):
        etapes (list[str] | None | Unset):
        parcours (list[SemesterParcours] | None | Unset): BUT: the parcours the semester offers, with their compétences
            per year
    """

    annee_scolaire: int
    bul_hide_xml: bool
    date_debut: str
    date_debut_iso: str
    date_fin: str
    date_fin_iso: str
    dept_id: int
    elt_annee_apo: None | str
    elt_sem_apo: None | str
    etape_apo: None | str
    etat: bool
    formation: FormationSummary
    formation_id: int
    formsemestre_id: int
    id: int
    modalite: None | str
    parcours_type: str
    periode: int
    responsables: list[int]
    semestre_id: int
    semestre_idx: int
    semestre_idx_txt: str
    session_id: str
    titre: str
    titre_annee: str
    titre_formation: str
    titre_num: str
    etapes: list[str] | None | Unset = UNSET
    parcours: list[SemesterParcours] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        annee_scolaire = self.annee_scolaire

        bul_hide_xml = self.bul_hide_xml

        date_debut = self.date_debut

        date_debut_iso = self.date_debut_iso

        date_fin = self.date_fin

        date_fin_iso = self.date_fin_iso

        dept_id = self.dept_id

        elt_annee_apo: None | str
        elt_annee_apo = self.elt_annee_apo

        elt_sem_apo: None | str
        elt_sem_apo = self.elt_sem_apo

        etape_apo: None | str
        etape_apo = self.etape_apo

        etat = self.etat

        formation = self.formation.to_dict()

        formation_id = self.formation_id

        formsemestre_id = self.formsemestre_id

        id = self.id

        modalite: None | str
        modalite = self.modalite

        parcours_type = self.parcours_type

        periode = self.periode

        responsables = self.responsables

        semestre_id = self.semestre_id

        semestre_idx = self.semestre_idx

        semestre_idx_txt = self.semestre_idx_txt

        session_id = self.session_id

        titre = self.titre

        titre_annee = self.titre_annee

        titre_formation = self.titre_formation

        titre_num = self.titre_num

        etapes: list[str] | None | Unset
        if isinstance(self.etapes, Unset):
            etapes = UNSET
        elif isinstance(self.etapes, list):
            etapes = self.etapes

        else:
            etapes = self.etapes

        parcours: list[dict[str, Any]] | None | Unset
        if isinstance(self.parcours, Unset):
            parcours = UNSET
        elif isinstance(self.parcours, list):
            parcours = []
            for parcours_type_0_item_data in self.parcours:
                parcours_type_0_item = parcours_type_0_item_data.to_dict()
                parcours.append(parcours_type_0_item)

        else:
            parcours = self.parcours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "annee_scolaire": annee_scolaire,
                "bul_hide_xml": bul_hide_xml,
                "date_debut": date_debut,
                "date_debut_iso": date_debut_iso,
                "date_fin": date_fin,
                "date_fin_iso": date_fin_iso,
                "dept_id": dept_id,
                "elt_annee_apo": elt_annee_apo,
                "elt_sem_apo": elt_sem_apo,
                "etape_apo": etape_apo,
                "etat": etat,
                "formation": formation,
                "formation_id": formation_id,
                "formsemestre_id": formsemestre_id,
                "id": id,
                "modalite": modalite,
                "parcours_type": parcours_type,
                "periode": periode,
                "responsables": responsables,
                "semestre_id": semestre_id,
                "semestre_idx": semestre_idx,
                "semestre_idx_txt": semestre_idx_txt,
                "session_id": session_id,
                "titre": titre,
                "titre_annee": titre_annee,
                "titre_formation": titre_formation,
                "titre_num": titre_num,
            }
        )
        if etapes is not UNSET:
            field_dict["etapes"] = etapes
        if parcours is not UNSET:
            field_dict["parcours"] = parcours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.formation_summary import FormationSummary  # noqa: PLC0415
        from ..models.semester_parcours import SemesterParcours  # noqa: PLC0415

        d = dict(src_dict)
        annee_scolaire = d.pop("annee_scolaire")

        bul_hide_xml = d.pop("bul_hide_xml")

        date_debut = d.pop("date_debut")

        date_debut_iso = d.pop("date_debut_iso")

        date_fin = d.pop("date_fin")

        date_fin_iso = d.pop("date_fin_iso")

        dept_id = d.pop("dept_id")

        def _parse_elt_annee_apo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        elt_annee_apo = _parse_elt_annee_apo(d.pop("elt_annee_apo"))

        def _parse_elt_sem_apo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        elt_sem_apo = _parse_elt_sem_apo(d.pop("elt_sem_apo"))

        def _parse_etape_apo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        etape_apo = _parse_etape_apo(d.pop("etape_apo"))

        etat = d.pop("etat")

        formation = FormationSummary.from_dict(d.pop("formation"))

        formation_id = d.pop("formation_id")

        formsemestre_id = d.pop("formsemestre_id")

        id = d.pop("id")

        def _parse_modalite(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        modalite = _parse_modalite(d.pop("modalite"))

        parcours_type = d.pop("parcours_type")

        periode = d.pop("periode")

        responsables = cast(list[int], d.pop("responsables"))

        semestre_id = d.pop("semestre_id")

        semestre_idx = d.pop("semestre_idx")

        semestre_idx_txt = d.pop("semestre_idx_txt")

        session_id = d.pop("session_id")

        titre = d.pop("titre")

        titre_annee = d.pop("titre_annee")

        titre_formation = d.pop("titre_formation")

        titre_num = d.pop("titre_num")

        def _parse_etapes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                etapes_type_0 = cast(list[str], data)

                return etapes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        etapes = _parse_etapes(d.pop("etapes", UNSET))

        def _parse_parcours(data: object) -> list[SemesterParcours] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parcours_type_0 = []
                _parcours_type_0 = data
                for parcours_type_0_item_data in _parcours_type_0:
                    parcours_type_0_item = SemesterParcours.from_dict(parcours_type_0_item_data)

                    parcours_type_0.append(parcours_type_0_item)

                return parcours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SemesterParcours] | None | Unset, data)

        parcours = _parse_parcours(d.pop("parcours", UNSET))

        form_semestre_read = cls(
            annee_scolaire=annee_scolaire,
            bul_hide_xml=bul_hide_xml,
            date_debut=date_debut,
            date_debut_iso=date_debut_iso,
            date_fin=date_fin,
            date_fin_iso=date_fin_iso,
            dept_id=dept_id,
            elt_annee_apo=elt_annee_apo,
            elt_sem_apo=elt_sem_apo,
            etape_apo=etape_apo,
            etat=etat,
            formation=formation,
            formation_id=formation_id,
            formsemestre_id=formsemestre_id,
            id=id,
            modalite=modalite,
            parcours_type=parcours_type,
            periode=periode,
            responsables=responsables,
            semestre_id=semestre_id,
            semestre_idx=semestre_idx,
            semestre_idx_txt=semestre_idx_txt,
            session_id=session_id,
            titre=titre,
            titre_annee=titre_annee,
            titre_formation=titre_formation,
            titre_num=titre_num,
            etapes=etapes,
            parcours=parcours,
        )

        return form_semestre_read
