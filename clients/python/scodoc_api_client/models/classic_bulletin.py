from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.classic_bulletin_etudiant import ClassicBulletinEtudiant


T = TypeVar("T", bound="ClassicBulletin")


@_attrs_define
class ClassicBulletin:
    """A classic bulletin (bulletins.md), with plain texts and ``publie`` a boolean on the modern routes.

    Attributes:
        etudiant (ClassicBulletinEtudiant):
        etudid (int):
        formsemestre_id (int):
        publie (bool | int):
    """

    etudiant: ClassicBulletinEtudiant
    etudid: int
    formsemestre_id: int
    publie: bool | int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        etudiant = self.etudiant.to_dict()

        etudid = self.etudid

        formsemestre_id = self.formsemestre_id

        publie: bool | int
        publie = self.publie

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "etudiant": etudiant,
                "etudid": etudid,
                "formsemestre_id": formsemestre_id,
                "publie": publie,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classic_bulletin_etudiant import ClassicBulletinEtudiant  # noqa: PLC0415

        d = dict(src_dict)
        etudiant = ClassicBulletinEtudiant.from_dict(d.pop("etudiant"))

        etudid = d.pop("etudid")

        formsemestre_id = d.pop("formsemestre_id")

        def _parse_publie(data: object) -> bool | int:
            return cast(bool | int, data)

        publie = _parse_publie(d.pop("publie"))

        classic_bulletin = cls(
            etudiant=etudiant,
            etudid=etudid,
            formsemestre_id=formsemestre_id,
            publie=publie,
        )

        classic_bulletin.additional_properties = d
        return classic_bulletin

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
