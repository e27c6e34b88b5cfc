from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.batch_item import BatchItem


T = TypeVar("T", bound="AttendanceBatch")


@_attrs_define
class AttendanceBatch:
    """Answer of the create and delete routes: 200 even when some items failed.

    Attributes:
        errors (list[BatchItem]):
        success (list[BatchItem]):
    """

    errors: list[BatchItem]
    success: list[BatchItem]

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        success = []
        for success_item_data in self.success:
            success_item = success_item_data.to_dict()
            success.append(success_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "errors": errors,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item import BatchItem  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = BatchItem.from_dict(errors_item_data)

            errors.append(errors_item)

        success = []
        _success = d.pop("success")
        for success_item_data in _success:
            success_item = BatchItem.from_dict(success_item_data)

            success.append(success_item)

        attendance_batch = cls(
            errors=errors,
            success=success,
        )

        return attendance_batch
