from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.etud_groupe import EtudGroupe


T = TypeVar("T", bound="EtudGroupsRead")


@_attrs_define
class EtudGroupsRead:
    """
    Attributes:
        etudid (int):
        formsemestre_id (int):
        groupes (list[EtudGroupe]):
    """

    etudid: int
    formsemestre_id: int
    groupes: list[EtudGroupe]

    def to_dict(self) -> dict[str, Any]:
        etudid = self.etudid

        formsemestre_id = self.formsemestre_id

        groupes = []
        for groupes_item_data in self.groupes:
            groupes_item = groupes_item_data.to_dict()
            groupes.append(groupes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "etudid": etudid,
                "formsemestre_id": formsemestre_id,
                "groupes": groupes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.etud_groupe import EtudGroupe  # noqa: PLC0415

        d = dict(src_dict)
        etudid = d.pop("etudid")

        formsemestre_id = d.pop("formsemestre_id")

        groupes = []
        _groupes = d.pop("groupes")
        for groupes_item_data in _groupes:
            groupes_item = EtudGroupe.from_dict(groupes_item_data)

            groupes.append(groupes_item)

        etud_groups_read = cls(
            etudid=etudid,
            formsemestre_id=formsemestre_id,
            groupes=groupes,
        )

        return etud_groups_read
