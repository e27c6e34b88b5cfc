from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyGroupMember")


@_attrs_define
class LegacyGroupMember:
    """A student of ``groups_view``, with one key per partition id naming the student's group.

    Attributes:
        nom_disp (str):
        civilite_str (None | str | Unset):
        etat (None | str | Unset):
        prenom (None | str | Unset):
    """

    nom_disp: str
    civilite_str: None | str | Unset = UNSET
    etat: None | str | Unset = UNSET
    prenom: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nom_disp = self.nom_disp

        civilite_str: None | str | Unset
        if isinstance(self.civilite_str, Unset):
            civilite_str = UNSET
        else:
            civilite_str = self.civilite_str

        etat: None | str | Unset
        if isinstance(self.etat, Unset):
            etat = UNSET
        else:
            etat = self.etat

        prenom: None | str | Unset
        if isinstance(self.prenom, Unset):
            prenom = UNSET
        else:
            prenom = self.prenom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nom_disp": nom_disp,
            }
        )
        if civilite_str is not UNSET:
            field_dict["civilite_str"] = civilite_str
        if etat is not UNSET:
            field_dict["etat"] = etat
        if prenom is not UNSET:
            field_dict["prenom"] = prenom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nom_disp = d.pop("nom_disp")

        def _parse_civilite_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        civilite_str = _parse_civilite_str(d.pop("civilite_str", UNSET))

        def _parse_etat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        etat = _parse_etat(d.pop("etat", UNSET))

        def _parse_prenom(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prenom = _parse_prenom(d.pop("prenom", UNSET))

        legacy_group_member = cls(
            nom_disp=nom_disp,
            civilite_str=civilite_str,
            etat=etat,
            prenom=prenom,
        )

        legacy_group_member.additional_properties = d
        return legacy_group_member

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
