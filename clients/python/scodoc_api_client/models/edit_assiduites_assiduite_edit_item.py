from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.edit_assiduites_assiduite_edit_item_est_just_type_1 import EditAssiduitesAssiduiteEditItemEstJustType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.edit_assiduites_assiduite_edit_item_external_data_type_0 import (
        EditAssiduitesAssiduiteEditItemExternalDataType0,
    )


T = TypeVar("T", bound="EditAssiduitesAssiduiteEditItem")


@_attrs_define
class EditAssiduitesAssiduiteEditItem:
    """
    Attributes:
        assiduite_id (int):
        desc (None | str | Unset):
        est_just (bool | EditAssiduitesAssiduiteEditItemEstJustType1 | str | Unset):
        etat (str | Unset):
        external_data (EditAssiduitesAssiduiteEditItemExternalDataType0 | None | Unset):
        moduleimpl_id (int | None | Unset):
    """

    assiduite_id: int
    desc: None | str | Unset = UNSET
    est_just: bool | EditAssiduitesAssiduiteEditItemEstJustType1 | str | Unset = UNSET
    etat: str | Unset = UNSET
    external_data: EditAssiduitesAssiduiteEditItemExternalDataType0 | None | Unset = UNSET
    moduleimpl_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.edit_assiduites_assiduite_edit_item_external_data_type_0 import (
            EditAssiduitesAssiduiteEditItemExternalDataType0,  # noqa: PLC0415
        )

        assiduite_id = self.assiduite_id

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        est_just: bool | int | str | Unset
        if isinstance(self.est_just, Unset):
            est_just = UNSET
        elif isinstance(self.est_just, EditAssiduitesAssiduiteEditItemEstJustType1):
            est_just = self.est_just.value
        else:
            est_just = self.est_just

        etat = self.etat

        external_data: dict[str, Any] | None | Unset
        if isinstance(self.external_data, Unset):
            external_data = UNSET
        elif isinstance(self.external_data, EditAssiduitesAssiduiteEditItemExternalDataType0):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        moduleimpl_id: int | None | Unset
        if isinstance(self.moduleimpl_id, Unset):
            moduleimpl_id = UNSET
        else:
            moduleimpl_id = self.moduleimpl_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assiduite_id": assiduite_id,
            }
        )
        if desc is not UNSET:
            field_dict["desc"] = desc
        if est_just is not UNSET:
            field_dict["est_just"] = est_just
        if etat is not UNSET:
            field_dict["etat"] = etat
        if external_data is not UNSET:
            field_dict["external_data"] = external_data
        if moduleimpl_id is not UNSET:
            field_dict["moduleimpl_id"] = moduleimpl_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.edit_assiduites_assiduite_edit_item_external_data_type_0 import (
            EditAssiduitesAssiduiteEditItemExternalDataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        assiduite_id = d.pop("assiduite_id")

        def _parse_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        desc = _parse_desc(d.pop("desc", UNSET))

        def _parse_est_just(data: object) -> bool | EditAssiduitesAssiduiteEditItemEstJustType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                est_just_type_1 = EditAssiduitesAssiduiteEditItemEstJustType1(data)

                return est_just_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | EditAssiduitesAssiduiteEditItemEstJustType1 | str | Unset, data)

        est_just = _parse_est_just(d.pop("est_just", UNSET))

        etat = d.pop("etat", UNSET)

        def _parse_external_data(data: object) -> EditAssiduitesAssiduiteEditItemExternalDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_data_type_0 = EditAssiduitesAssiduiteEditItemExternalDataType0.from_dict(data)

                return external_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EditAssiduitesAssiduiteEditItemExternalDataType0 | None | Unset, data)

        external_data = _parse_external_data(d.pop("external_data", UNSET))

        def _parse_moduleimpl_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        moduleimpl_id = _parse_moduleimpl_id(d.pop("moduleimpl_id", UNSET))

        edit_assiduites_assiduite_edit_item = cls(
            assiduite_id=assiduite_id,
            desc=desc,
            est_just=est_just,
            etat=etat,
            external_data=external_data,
            moduleimpl_id=moduleimpl_id,
        )

        return edit_assiduites_assiduite_edit_item
