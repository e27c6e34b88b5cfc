from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_set_notes_out_changed_item import EvalSetNotesOutChangedItem


T = TypeVar("T", bound="EvalSetNotesOut")


@_attrs_define
class EvalSetNotesOut:
    """
    Attributes:
        existing_decisions (list[int]):
        nbchanged (int):
        changed (list[EvalSetNotesOutChangedItem] | Unset):
        refused (int | Unset):  Default: 0.
        status (str | Unset):  Default: 'ok'.
        unchanged (int | Unset):  Default: 0.
    """

    existing_decisions: list[int]
    nbchanged: int
    changed: list[EvalSetNotesOutChangedItem] | Unset = UNSET
    refused: int | Unset = 0
    status: str | Unset = "ok"
    unchanged: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        existing_decisions = self.existing_decisions

        nbchanged = self.nbchanged

        changed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.changed, Unset):
            changed = []
            for changed_item_data in self.changed:
                changed_item = changed_item_data.to_dict()
                changed.append(changed_item)

        refused = self.refused

        status = self.status

        unchanged = self.unchanged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "existing_decisions": existing_decisions,
                "nbchanged": nbchanged,
            }
        )
        if changed is not UNSET:
            field_dict["changed"] = changed
        if refused is not UNSET:
            field_dict["refused"] = refused
        if status is not UNSET:
            field_dict["status"] = status
        if unchanged is not UNSET:
            field_dict["unchanged"] = unchanged

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eval_set_notes_out_changed_item import EvalSetNotesOutChangedItem  # noqa: PLC0415

        d = dict(src_dict)
        existing_decisions = cast(list[int], d.pop("existing_decisions"))

        nbchanged = d.pop("nbchanged")

        _changed = d.pop("changed", UNSET)
        changed: list[EvalSetNotesOutChangedItem] | Unset = UNSET
        if _changed is not UNSET:
            changed = []
            for changed_item_data in _changed:
                changed_item = EvalSetNotesOutChangedItem.from_dict(changed_item_data)

                changed.append(changed_item)

        refused = d.pop("refused", UNSET)

        status = d.pop("status", UNSET)

        unchanged = d.pop("unchanged", UNSET)

        eval_set_notes_out = cls(
            existing_decisions=existing_decisions,
            nbchanged=nbchanged,
            changed=changed,
            refused=refused,
            status=status,
            unchanged=unchanged,
        )

        eval_set_notes_out.additional_properties = d
        return eval_set_notes_out

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
