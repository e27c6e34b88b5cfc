from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.referentiel_out_competences import ReferentielOutCompetences
    from ..models.referentiel_out_parcours import ReferentielOutParcours


T = TypeVar("T", bound="ReferentielOut")


@_attrs_define
class ReferentielOut:
    """What the route answers: the stored référentiel in the export's shape, with its ids.

    Attributes:
        competences (ReferentielOutCompetences):
        dept_id (int):
        id (int):
        specialite (str):
        annexe (None | str | Unset):
        parcours (ReferentielOutParcours | Unset):
        scodoc_date_loaded (datetime.datetime | None | Unset):
        scodoc_orig_filename (None | str | Unset):
        specialite_long (None | str | Unset):
        type_departement (None | str | Unset):
        type_structure (None | str | Unset):
        type_titre (None | str | Unset):
        version_orebut (str | Unset):  Default: ''.
    """

    competences: ReferentielOutCompetences
    dept_id: int
    id: int
    specialite: str
    annexe: None | str | Unset = UNSET
    parcours: ReferentielOutParcours | Unset = UNSET
    scodoc_date_loaded: datetime.datetime | None | Unset = UNSET
    scodoc_orig_filename: None | str | Unset = UNSET
    specialite_long: None | str | Unset = UNSET
    type_departement: None | str | Unset = UNSET
    type_structure: None | str | Unset = UNSET
    type_titre: None | str | Unset = UNSET
    version_orebut: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        competences = self.competences.to_dict()

        dept_id = self.dept_id

        id = self.id

        specialite = self.specialite

        annexe: None | str | Unset
        if isinstance(self.annexe, Unset):
            annexe = UNSET
        else:
            annexe = self.annexe

        parcours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parcours, Unset):
            parcours = self.parcours.to_dict()

        scodoc_date_loaded: None | str | Unset
        if isinstance(self.scodoc_date_loaded, Unset):
            scodoc_date_loaded = UNSET
        elif isinstance(self.scodoc_date_loaded, datetime.datetime):
            scodoc_date_loaded = self.scodoc_date_loaded.isoformat()
        else:
            scodoc_date_loaded = self.scodoc_date_loaded

        scodoc_orig_filename: None | str | Unset
        if isinstance(self.scodoc_orig_filename, Unset):
            scodoc_orig_filename = UNSET
        else:
            scodoc_orig_filename = self.scodoc_orig_filename

        specialite_long: None | str | Unset
        if isinstance(self.specialite_long, Unset):
            specialite_long = UNSET
        else:
            specialite_long = self.specialite_long

        type_departement: None | str | Unset
        if isinstance(self.type_departement, Unset):
            type_departement = UNSET
        else:
            type_departement = self.type_departement

        type_structure: None | str | Unset
        if isinstance(self.type_structure, Unset):
            type_structure = UNSET
        else:
            type_structure = self.type_structure

        type_titre: None | str | Unset
        if isinstance(self.type_titre, Unset):
            type_titre = UNSET
        else:
            type_titre = self.type_titre

        version_orebut = self.version_orebut

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "competences": competences,
                "dept_id": dept_id,
                "id": id,
                "specialite": specialite,
            }
        )
        if annexe is not UNSET:
            field_dict["annexe"] = annexe
        if parcours is not UNSET:
            field_dict["parcours"] = parcours
        if scodoc_date_loaded is not UNSET:
            field_dict["scodoc_date_loaded"] = scodoc_date_loaded
        if scodoc_orig_filename is not UNSET:
            field_dict["scodoc_orig_filename"] = scodoc_orig_filename
        if specialite_long is not UNSET:
            field_dict["specialite_long"] = specialite_long
        if type_departement is not UNSET:
            field_dict["type_departement"] = type_departement
        if type_structure is not UNSET:
            field_dict["type_structure"] = type_structure
        if type_titre is not UNSET:
            field_dict["type_titre"] = type_titre
        if version_orebut is not UNSET:
            field_dict["version_orebut"] = version_orebut

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.referentiel_out_competences import ReferentielOutCompetences  # noqa: PLC0415
        from ..models.referentiel_out_parcours import ReferentielOutParcours  # noqa: PLC0415

        d = dict(src_dict)
        competences = ReferentielOutCompetences.from_dict(d.pop("competences"))

        dept_id = d.pop("dept_id")

        id = d.pop("id")

        specialite = d.pop("specialite")

        def _parse_annexe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        annexe = _parse_annexe(d.pop("annexe", UNSET))

        _parcours = d.pop("parcours", UNSET)
        parcours: ReferentielOutParcours | Unset
        if isinstance(_parcours, Unset):
            parcours = UNSET
        else:
            parcours = ReferentielOutParcours.from_dict(_parcours)

        def _parse_scodoc_date_loaded(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scodoc_date_loaded_type_0 = datetime.datetime.fromisoformat(data)

                return scodoc_date_loaded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scodoc_date_loaded = _parse_scodoc_date_loaded(d.pop("scodoc_date_loaded", UNSET))

        def _parse_scodoc_orig_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scodoc_orig_filename = _parse_scodoc_orig_filename(d.pop("scodoc_orig_filename", UNSET))

        def _parse_specialite_long(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        specialite_long = _parse_specialite_long(d.pop("specialite_long", UNSET))

        def _parse_type_departement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_departement = _parse_type_departement(d.pop("type_departement", UNSET))

        def _parse_type_structure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_structure = _parse_type_structure(d.pop("type_structure", UNSET))

        def _parse_type_titre(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_titre = _parse_type_titre(d.pop("type_titre", UNSET))

        version_orebut = d.pop("version_orebut", UNSET)

        referentiel_out = cls(
            competences=competences,
            dept_id=dept_id,
            id=id,
            specialite=specialite,
            annexe=annexe,
            parcours=parcours,
            scodoc_date_loaded=scodoc_date_loaded,
            scodoc_orig_filename=scodoc_orig_filename,
            specialite_long=specialite_long,
            type_departement=type_departement,
            type_structure=type_structure,
            type_titre=type_titre,
            version_orebut=version_orebut,
        )

        referentiel_out.additional_properties = d
        return referentiel_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
