from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.programme_item import ProgrammeItem
    from ..models.programme_read_ues_item import ProgrammeReadUesItem


T = TypeVar("T", bound="ProgrammeRead")


@_attrs_define
class ProgrammeRead:
    """Classic semesters fill ``modules`` (and ``malus``); BUT semesters ``ressources`` and ``saes`` (second
    example), their sport modules staying in ``modules``.

        Attributes:
            malus (list[ProgrammeItem]):
            modules (list[ProgrammeItem]):
            ressources (list[ProgrammeItem]):
            saes (list[ProgrammeItem]):
            ues (list[ProgrammeReadUesItem]):
    """

    malus: list[ProgrammeItem]
    modules: list[ProgrammeItem]
    ressources: list[ProgrammeItem]
    saes: list[ProgrammeItem]
    ues: list[ProgrammeReadUesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        malus = []
        for malus_item_data in self.malus:
            malus_item = malus_item_data.to_dict()
            malus.append(malus_item)

        modules = []
        for modules_item_data in self.modules:
            modules_item = modules_item_data.to_dict()
            modules.append(modules_item)

        ressources = []
        for ressources_item_data in self.ressources:
            ressources_item = ressources_item_data.to_dict()
            ressources.append(ressources_item)

        saes = []
        for saes_item_data in self.saes:
            saes_item = saes_item_data.to_dict()
            saes.append(saes_item)

        ues = []
        for ues_item_data in self.ues:
            ues_item = ues_item_data.to_dict()
            ues.append(ues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "malus": malus,
                "modules": modules,
                "ressources": ressources,
                "saes": saes,
                "ues": ues,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.programme_item import ProgrammeItem  # noqa: PLC0415
        from ..models.programme_read_ues_item import ProgrammeReadUesItem  # noqa: PLC0415

        d = dict(src_dict)
        malus = []
        _malus = d.pop("malus")
        for malus_item_data in _malus:
            malus_item = ProgrammeItem.from_dict(malus_item_data)

            malus.append(malus_item)

        modules = []
        _modules = d.pop("modules")
        for modules_item_data in _modules:
            modules_item = ProgrammeItem.from_dict(modules_item_data)

            modules.append(modules_item)

        ressources = []
        _ressources = d.pop("ressources")
        for ressources_item_data in _ressources:
            ressources_item = ProgrammeItem.from_dict(ressources_item_data)

            ressources.append(ressources_item)

        saes = []
        _saes = d.pop("saes")
        for saes_item_data in _saes:
            saes_item = ProgrammeItem.from_dict(saes_item_data)

            saes.append(saes_item)

        ues = []
        _ues = d.pop("ues")
        for ues_item_data in _ues:
            ues_item = ProgrammeReadUesItem.from_dict(ues_item_data)

            ues.append(ues_item)

        programme_read = cls(
            malus=malus,
            modules=modules,
            ressources=ressources,
            saes=saes,
            ues=ues,
        )

        programme_read.additional_properties = d
        return programme_read

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
