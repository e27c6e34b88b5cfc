from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EnsRead")


@_attrs_define
class EnsRead:
    """
    Attributes:
        ens_id (int):
        moduleimpl_id (int):
    """

    ens_id: int
    moduleimpl_id: int

    def to_dict(self) -> dict[str, Any]:
        ens_id = self.ens_id

        moduleimpl_id = self.moduleimpl_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ens_id": ens_id,
                "moduleimpl_id": moduleimpl_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ens_id = d.pop("ens_id")

        moduleimpl_id = d.pop("moduleimpl_id")

        ens_read = cls(
            ens_id=ens_id,
            moduleimpl_id=moduleimpl_id,
        )

        return ens_read
