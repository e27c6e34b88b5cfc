from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assiduites_assiduite_create_external_data_type_0 import (
        CreateAssiduitesAssiduiteCreateExternalDataType0,
    )


T = TypeVar("T", bound="CreateAssiduitesAssiduiteCreate")


@_attrs_define
class CreateAssiduitesAssiduiteCreate:
    """
    Attributes:
        date_debut (datetime.date | datetime.datetime): ISO 8601 date, or date-time (without an offset: the
            institution's local time)
        date_fin (datetime.date | datetime.datetime): ISO 8601 date, or date-time (without an offset: the institution's
            local time)
        etat (str): any case
        desc (None | str | Unset):
        external_data (CreateAssiduitesAssiduiteCreateExternalDataType0 | None | Unset):
        moduleimpl_id (int | None | Unset):
    """

    date_debut: datetime.date | datetime.datetime
    date_fin: datetime.date | datetime.datetime
    etat: str
    desc: None | str | Unset = UNSET
    external_data: CreateAssiduitesAssiduiteCreateExternalDataType0 | None | Unset = UNSET
    moduleimpl_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_assiduites_assiduite_create_external_data_type_0 import (
            CreateAssiduitesAssiduiteCreateExternalDataType0,  # noqa: PLC0415
        )

        date_debut: str
        if isinstance(self.date_debut, datetime.datetime):
            date_debut = self.date_debut.isoformat()
        else:
            date_debut = self.date_debut.isoformat()

        date_fin: str
        if isinstance(self.date_fin, datetime.datetime):
            date_fin = self.date_fin.isoformat()
        else:
            date_fin = self.date_fin.isoformat()

        etat = self.etat

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, CreateAssiduitesAssiduiteCreateExternalDataType0):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        moduleimpl_id: int | None | Unset
        if isinstance(self.moduleimpl_id, Unset):
            moduleimpl_id = UNSET
        else:
            moduleimpl_id = self.moduleimpl_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_debut": date_debut,
                "date_fin": date_fin,
                "etat": etat,
            }
        )
        if desc is not UNSET:
            field_dict["desc"] = desc
        if external_data is not UNSET:
            field_dict["external_data"] = external_data
        if moduleimpl_id is not UNSET:
            field_dict["moduleimpl_id"] = moduleimpl_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_assiduites_assiduite_create_external_data_type_0 import (
            CreateAssiduitesAssiduiteCreateExternalDataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_date_debut(data: object) -> datetime.date | datetime.datetime:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_debut_type_0 = datetime.datetime.fromisoformat(data)

                return date_debut_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            date_debut_type_1 = datetime.date.fromisoformat(data)

            return date_debut_type_1

        date_debut = _parse_date_debut(d.pop("date_debut"))

        def _parse_date_fin(data: object) -> datetime.date | datetime.datetime:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_fin_type_0 = datetime.datetime.fromisoformat(data)

                return date_fin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            date_fin_type_1 = datetime.date.fromisoformat(data)

            return date_fin_type_1

        date_fin = _parse_date_fin(d.pop("date_fin"))

        etat = d.pop("etat")

        def _parse_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc = _parse_desc(d.pop("desc", UNSET))

        def _parse_external_data(data: object) -> CreateAssiduitesAssiduiteCreateExternalDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_data_type_0 = CreateAssiduitesAssiduiteCreateExternalDataType0.from_dict(data)

                return external_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAssiduitesAssiduiteCreateExternalDataType0 | None | Unset, data)

        external_data = _parse_external_data(d.pop("external_data", UNSET))

        def _parse_moduleimpl_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        moduleimpl_id = _parse_moduleimpl_id(d.pop("moduleimpl_id", UNSET))

        create_assiduites_assiduite_create = cls(
            date_debut=date_debut,
            date_fin=date_fin,
            etat=etat,
            desc=desc,
            external_data=external_data,
            moduleimpl_id=moduleimpl_id,
        )

        create_assiduites_assiduite_create.additional_properties = d
        return create_assiduites_assiduite_create

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
