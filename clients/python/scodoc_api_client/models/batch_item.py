from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.batch_item_message_type_1 import BatchItemMessageType1


T = TypeVar("T", bound="BatchItem")


@_attrs_define
class BatchItem:
    """
    Attributes:
        indice (int): position in the request's array
        message (BatchItemMessageType1 | str): an error's reason, or what was created
    """

    indice: int
    message: BatchItemMessageType1 | str

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_item_message_type_1 import BatchItemMessageType1  # noqa: PLC0415

        indice = self.indice

        message: dict[str, Any] | str
        if isinstance(self.message, BatchItemMessageType1):
            message = self.message.to_dict()
        else:
            message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indice": indice,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_item_message_type_1 import BatchItemMessageType1  # noqa: PLC0415

        d = dict(src_dict)
        indice = d.pop("indice")

        def _parse_message(data: object) -> BatchItemMessageType1 | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_1 = BatchItemMessageType1.from_dict(data)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchItemMessageType1 | str, data)

        message = _parse_message(d.pop("message"))

        batch_item = cls(
            indice=indice,
            message=message,
        )

        return batch_item
