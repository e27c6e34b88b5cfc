from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ue_export import UEExport


T = TypeVar("T", bound="FormationExport")


@_attrs_define
class FormationExport:
    """
    Attributes:
        acronyme (str):
        code_specialite (None | str):
        formation_code (str):
        titre (str):
        titre_officiel (str):
        type_parcours (int):
        ue (list[UEExport]):
        version (int):
        formation_id (int | None | Unset):
    """

    acronyme: str
    code_specialite: None | str
    formation_code: str
    titre: str
    titre_officiel: str
    type_parcours: int
    ue: list[UEExport]
    version: int
    formation_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        acronyme = self.acronyme

        code_specialite: None | str
        code_specialite = self.code_specialite

        formation_code = self.formation_code

        titre = self.titre

        titre_officiel = self.titre_officiel

        type_parcours = self.type_parcours

        ue = []
        for ue_item_data in self.ue:
            ue_item = ue_item_data.to_dict()
            ue.append(ue_item)

        version = self.version

        formation_id: int | None | Unset
        if isinstance(self.formation_id, Unset):
            formation_id = UNSET
        else:
            formation_id = self.formation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "acronyme": acronyme,
                "code_specialite": code_specialite,
                "formation_code": formation_code,
                "titre": titre,
                "titre_officiel": titre_officiel,
                "type_parcours": type_parcours,
                "ue": ue,
                "version": version,
            }
        )
        if formation_id is not UNSET:
            field_dict["formation_id"] = formation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ue_export import UEExport  # noqa: PLC0415

        d = dict(src_dict)
        acronyme = d.pop("acronyme")

        def _parse_code_specialite(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_specialite = _parse_code_specialite(d.pop("code_specialite"))

        formation_code = d.pop("formation_code")

        titre = d.pop("titre")

        titre_officiel = d.pop("titre_officiel")

        type_parcours = d.pop("type_parcours")

        ue = []
        _ue = d.pop("ue")
        for ue_item_data in _ue:
            ue_item = UEExport.from_dict(ue_item_data)

            ue.append(ue_item)

        version = d.pop("version")

        def _parse_formation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        formation_id = _parse_formation_id(d.pop("formation_id", UNSET))

        formation_export = cls(
            acronyme=acronyme,
            code_specialite=code_specialite,
            formation_code=formation_code,
            titre=titre,
            titre_officiel=titre_officiel,
            type_parcours=type_parcours,
            ue=ue,
            version=version,
            formation_id=formation_id,
        )

        return formation_export
