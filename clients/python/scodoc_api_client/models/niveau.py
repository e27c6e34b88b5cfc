from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.niveau_app_critiques import NiveauAppCritiques


T = TypeVar("T", bound="Niveau")


@_attrs_define
class Niveau:
    """
    Attributes:
        annee (str):
        libelle (str):
        ordre (int):
        app_critiques (NiveauAppCritiques | Unset):
    """

    annee: str
    libelle: str
    ordre: int
    app_critiques: NiveauAppCritiques | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annee = self.annee

        libelle = self.libelle

        ordre = self.ordre

        app_critiques: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_critiques, Unset):
            app_critiques = self.app_critiques.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annee": annee,
                "libelle": libelle,
                "ordre": ordre,
            }
        )
        if app_critiques is not UNSET:
            field_dict["app_critiques"] = app_critiques

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.niveau_app_critiques import NiveauAppCritiques  # noqa: PLC0415

        d = dict(src_dict)
        annee = d.pop("annee")

        libelle = d.pop("libelle")

        ordre = d.pop("ordre")

        _app_critiques = d.pop("app_critiques", UNSET)
        app_critiques: NiveauAppCritiques | Unset
        if isinstance(_app_critiques, Unset):
            app_critiques = UNSET
        else:
            app_critiques = NiveauAppCritiques.from_dict(_app_critiques)

        niveau = cls(
            annee=annee,
            libelle=libelle,
            ordre=ordre,
            app_critiques=app_critiques,
        )

        niveau.additional_properties = d
        return niveau

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
