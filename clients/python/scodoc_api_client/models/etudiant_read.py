from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_ref import GroupRef


T = TypeVar("T", bound="EtudiantRead")


@_attrs_define
class EtudiantRead:
    """Short form; the long form adds addresses, admission and personal details; per-semester lists add
    ``etat`` and ``groups``.

        Attributes:
            civilite (str):
            code_ine (None | str):
            code_nip (None | str):
            dept_acronym (None | str):
            dept_id (int):
            etudid (int):
            id (int):
            nom (str):
            nom_usuel (None | str):
            prenom (str):
            sort_key (str):
            etat (None | str | Unset):
            groups (list[GroupRef] | None | Unset):
    """

    civilite: str
    code_ine: None | str
    code_nip: None | str
    dept_acronym: None | str
    dept_id: int
    etudid: int
    id: int
    nom: str
    nom_usuel: None | str
    prenom: str
    sort_key: str
    etat: None | str | Unset = UNSET
    groups: list[GroupRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        civilite = self.civilite

        code_ine: None | str
        code_ine = self.code_ine

        code_nip: None | str
        code_nip = self.code_nip

        dept_acronym: None | str
        dept_acronym = self.dept_acronym

        dept_id = self.dept_id

        etudid = self.etudid

        id = self.id

        nom = self.nom

        nom_usuel: None | str
        nom_usuel = self.nom_usuel

        prenom = self.prenom

        sort_key = self.sort_key

        etat: None | str | Unset
        if isinstance(self.etat, Unset):
            etat = UNSET
        else:
            etat = self.etat

        groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = []
            for groups_type_0_item_data in self.groups:
                groups_type_0_item = groups_type_0_item_data.to_dict()
                groups.append(groups_type_0_item)

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "civilite": civilite,
                "code_ine": code_ine,
                "code_nip": code_nip,
                "dept_acronym": dept_acronym,
                "dept_id": dept_id,
                "etudid": etudid,
                "id": id,
                "nom": nom,
                "nom_usuel": nom_usuel,
                "prenom": prenom,
                "sort_key": sort_key,
            }
        )
        if etat is not UNSET:
            field_dict["etat"] = etat
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_ref import GroupRef  # noqa: PLC0415

        d = dict(src_dict)
        civilite = d.pop("civilite")

        def _parse_code_ine(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_ine = _parse_code_ine(d.pop("code_ine"))

        def _parse_code_nip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_nip = _parse_code_nip(d.pop("code_nip"))

        def _parse_dept_acronym(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dept_acronym = _parse_dept_acronym(d.pop("dept_acronym"))

        dept_id = d.pop("dept_id")

        etudid = d.pop("etudid")

        id = d.pop("id")

        nom = d.pop("nom")

        def _parse_nom_usuel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        nom_usuel = _parse_nom_usuel(d.pop("nom_usuel"))

        prenom = d.pop("prenom")

        sort_key = d.pop("sort_key")

        def _parse_etat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        etat = _parse_etat(d.pop("etat", UNSET))

        def _parse_groups(data: object) -> list[GroupRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = []
                _groups_type_0 = data
                for groups_type_0_item_data in _groups_type_0:
                    groups_type_0_item = GroupRef.from_dict(groups_type_0_item_data)

                    groups_type_0.append(groups_type_0_item)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GroupRef] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        etudiant_read = cls(
            civilite=civilite,
            code_ine=code_ine,
            code_nip=code_nip,
            dept_acronym=dept_acronym,
            dept_id=dept_id,
            etudid=etudid,
            id=id,
            nom=nom,
            nom_usuel=nom_usuel,
            prenom=prenom,
            sort_key=sort_key,
            etat=etat,
            groups=groups,
        )

        etudiant_read.additional_properties = d
        return etudiant_read

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
