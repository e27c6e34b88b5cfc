from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParcoursCompetence")


@_attrs_define
class ParcoursCompetence:
    """
    Attributes:
        niveau (int):
        id_orebut (None | str | Unset):
    """

    niveau: int
    id_orebut: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        niveau = self.niveau

        id_orebut: None | str | Unset
        if isinstance(self.id_orebut, Unset):
            id_orebut = UNSET
        else:
            id_orebut = self.id_orebut

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "niveau": niveau,
            }
        )
        if id_orebut is not UNSET:
            field_dict["id_orebut"] = id_orebut

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        niveau = d.pop("niveau")

        def _parse_id_orebut(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_orebut = _parse_id_orebut(d.pop("id_orebut", UNSET))

        parcours_competence = cls(
            niveau=niveau,
            id_orebut=id_orebut,
        )

        parcours_competence.additional_properties = d
        return parcours_competence

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
