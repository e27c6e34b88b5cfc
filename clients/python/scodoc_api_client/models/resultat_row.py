from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResultatRow")


@_attrs_define
class ResultatRow:
    """Classic semesters: ``moy_mod_<moduleimpl>_<ue>``; BUT semesters: ``moy_res_<moduleimpl>_<ue>`` and
    ``moy_sae_<moduleimpl>_<ue>`` with the identity columns (second example).

        Attributes:
            etat (str):
            etudid (int):
            moy_gen (str):
            nom_disp (str):
            prenom (str):
            rang (str):
    """

    etat: str
    etudid: int
    moy_gen: str
    nom_disp: str
    prenom: str
    rang: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etat = self.etat

        etudid = self.etudid

        moy_gen = self.moy_gen

        nom_disp = self.nom_disp

        prenom = self.prenom

        rang = self.rang

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etat": etat,
                "etudid": etudid,
                "moy_gen": moy_gen,
                "nom_disp": nom_disp,
                "prenom": prenom,
                "rang": rang,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etat = d.pop("etat")

        etudid = d.pop("etudid")

        moy_gen = d.pop("moy_gen")

        nom_disp = d.pop("nom_disp")

        prenom = d.pop("prenom")

        rang = d.pop("rang")

        resultat_row = cls(
            etat=etat,
            etudid=etudid,
            moy_gen=moy_gen,
            nom_disp=nom_disp,
            prenom=prenom,
            rang=rang,
        )

        resultat_row.additional_properties = d
        return resultat_row

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
