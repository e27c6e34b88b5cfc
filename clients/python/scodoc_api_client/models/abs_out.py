from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsOut")


@_attrs_define
class AbsOut:
    """
    Attributes:
        date_debut (str):
        date_fin (str):
        demi_journee (int):
        etudid (int):
        nb_demi_journees (int):
        estjust (bool | None | Unset):
        moduleimpl_id (int | None | Unset):
        nb_ajoutees (int | None | Unset):
        nb_supprimees (int | None | Unset):
    """

    date_debut: str
    date_fin: str
    demi_journee: int
    etudid: int
    nb_demi_journees: int
    estjust: bool | None | Unset = UNSET
    moduleimpl_id: int | None | Unset = UNSET
    nb_ajoutees: int | None | Unset = UNSET
    nb_supprimees: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_debut = self.date_debut

        date_fin = self.date_fin

        demi_journee = self.demi_journee

        etudid = self.etudid

        nb_demi_journees = self.nb_demi_journees

        estjust: bool | None | Unset
        if isinstance(self.estjust, Unset):
            estjust = UNSET
        else:
            estjust = self.estjust

        moduleimpl_id: int | None | Unset
        if isinstance(self.moduleimpl_id, Unset):
            moduleimpl_id = UNSET
        else:
            moduleimpl_id = self.moduleimpl_id

        nb_ajoutees: int | None | Unset
        if isinstance(self.nb_ajoutees, Unset):
            nb_ajoutees = UNSET
        else:
            nb_ajoutees = self.nb_ajoutees

        nb_supprimees: int | None | Unset
        if isinstance(self.nb_supprimees, Unset):
            nb_supprimees = UNSET
        else:
            nb_supprimees = self.nb_supprimees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_debut": date_debut,
                "date_fin": date_fin,
                "demi_journee": demi_journee,
                "etudid": etudid,
                "nb_demi_journees": nb_demi_journees,
            }
        )
        if estjust is not UNSET:
            field_dict["estjust"] = estjust
        if moduleimpl_id is not UNSET:
            field_dict["moduleimpl_id"] = moduleimpl_id
        if nb_ajoutees is not UNSET:
            field_dict["nb_ajoutees"] = nb_ajoutees
        if nb_supprimees is not UNSET:
            field_dict["nb_supprimees"] = nb_supprimees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_debut = d.pop("date_debut")

        date_fin = d.pop("date_fin")

        demi_journee = d.pop("demi_journee")

        etudid = d.pop("etudid")

        nb_demi_journees = d.pop("nb_demi_journees")

        def _parse_estjust(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        estjust = _parse_estjust(d.pop("estjust", UNSET))

        def _parse_moduleimpl_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        moduleimpl_id = _parse_moduleimpl_id(d.pop("moduleimpl_id", UNSET))

        def _parse_nb_ajoutees(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_ajoutees = _parse_nb_ajoutees(d.pop("nb_ajoutees", UNSET))

        def _parse_nb_supprimees(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_supprimees = _parse_nb_supprimees(d.pop("nb_supprimees", UNSET))

        abs_out = cls(
            date_debut=date_debut,
            date_fin=date_fin,
            demi_journee=demi_journee,
            etudid=etudid,
            nb_demi_journees=nb_demi_journees,
            estjust=estjust,
            moduleimpl_id=moduleimpl_id,
            nb_ajoutees=nb_ajoutees,
            nb_supprimees=nb_supprimees,
        )

        abs_out.additional_properties = d
        return abs_out

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
