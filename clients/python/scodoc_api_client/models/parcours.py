from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.parcours_annees import ParcoursAnnees


T = TypeVar("T", bound="Parcours")


@_attrs_define
class Parcours:
    """
    Attributes:
        annees (ParcoursAnnees):
        code (str):
        libelle (str):
        numero (int | Unset):  Default: 0.
    """

    annees: ParcoursAnnees
    code: str
    libelle: str
    numero: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annees = self.annees.to_dict()

        code = self.code

        libelle = self.libelle

        numero = self.numero

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annees": annees,
                "code": code,
                "libelle": libelle,
            }
        )
        if numero is not UNSET:
            field_dict["numero"] = numero

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.parcours_annees import ParcoursAnnees  # noqa: PLC0415

        d = dict(src_dict)
        annees = ParcoursAnnees.from_dict(d.pop("annees"))

        code = d.pop("code")

        libelle = d.pop("libelle")

        numero = d.pop("numero", UNSET)

        parcours = cls(
            annees=annees,
            code=code,
            libelle=libelle,
            numero=numero,
        )

        parcours.additional_properties = d
        return parcours

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
