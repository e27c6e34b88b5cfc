from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FormationRead")


@_attrs_define
class FormationRead:
    """
    Attributes:
        acronyme (str):
        code_specialite (None | str):
        dept_id (int):
        formation_code (str):
        formation_id (int):
        id (int):
        titre (str):
        titre_officiel (str):
        type_parcours (int):
        version (int):
    """

    acronyme: str
    code_specialite: None | str
    dept_id: int
    formation_code: str
    formation_id: int
    id: int
    titre: str
    titre_officiel: str
    type_parcours: int
    version: int

    def to_dict(self) -> dict[str, Any]:
        acronyme = self.acronyme

        code_specialite: None | str
        code_specialite = self.code_specialite

        dept_id = self.dept_id

        formation_code = self.formation_code

        formation_id = self.formation_id

        id = self.id

        titre = self.titre

        titre_officiel = self.titre_officiel

        type_parcours = self.type_parcours

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acronyme": acronyme,
                "code_specialite": code_specialite,
                "dept_id": dept_id,
                "formation_code": formation_code,
                "formation_id": formation_id,
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

        def _parse_code_specialite(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_specialite = _parse_code_specialite(d.pop("code_specialite"))

        dept_id = d.pop("dept_id")

        formation_code = d.pop("formation_code")

        formation_id = d.pop("formation_id")

        id = d.pop("id")

        titre = d.pop("titre")

        titre_officiel = d.pop("titre_officiel")

        type_parcours = d.pop("type_parcours")

        version = d.pop("version")

        formation_read = cls(
            acronyme=acronyme,
            code_specialite=code_specialite,
            dept_id=dept_id,
            formation_code=formation_code,
            formation_id=formation_id,
            id=id,
            titre=titre,
            titre_officiel=titre_officiel,
            type_parcours=type_parcours,
            version=version,
        )

        return formation_read
