from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FormationSummary")


@_attrs_define
class FormationSummary:
    """
    Attributes:
        acronyme (str):
        formation_code (str):
        id (int):
        titre (str):
        titre_officiel (str):
        type_parcours (int):
        version (int):
    """

    acronyme: str
    formation_code: str
    id: int
    titre: str
    titre_officiel: str
    type_parcours: int
    version: int

    def to_dict(self) -> dict[str, Any]:
        acronyme = self.acronyme

        formation_code = self.formation_code

        id = self.id

        titre = self.titre

        titre_officiel = self.titre_officiel

        type_parcours = self.type_parcours

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acronyme": acronyme,
                "formation_code": formation_code,
                "id": id,
                "titre": titre,
                "titre_officiel": titre_officiel,
                "type_parcours": type_parcours,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acronyme = d.pop("acronyme")

        formation_code = d.pop("formation_code")

        id = d.pop("id")

        titre = d.pop("titre")

        titre_officiel = d.pop("titre_officiel")

        type_parcours = d.pop("type_parcours")

        version = d.pop("version")

        formation_summary = cls(
            acronyme=acronyme,
            formation_code=formation_code,
            id=id,
            titre=titre,
            titre_officiel=titre_officiel,
            type_parcours=type_parcours,
            version=version,
        )

        return formation_summary
