from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics:
    """The metrics asked for (``metric=``), all four by default.

    Attributes:
        compte (int | None | Unset):
        demi (int | None | Unset):
        heure (float | None | Unset):
        journee (int | None | Unset):
    """

    compte: int | None | Unset = UNSET
    demi: int | None | Unset = UNSET
    heure: float | None | Unset = UNSET
    journee: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compte: int | None | Unset
        if isinstance(self.compte, Unset):
            compte = UNSET
        else:
            compte = self.compte

        demi: int | None | Unset
        if isinstance(self.demi, Unset):
            demi = UNSET
        else:
            demi = self.demi

        heure: float | None | Unset
        if isinstance(self.heure, Unset):
            heure = UNSET
        else:
            heure = self.heure

        journee: int | None | Unset
        if isinstance(self.journee, Unset):
            journee = UNSET
        else:
            journee = self.journee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if compte is not UNSET:
            field_dict["compte"] = compte
        if demi is not UNSET:
            field_dict["demi"] = demi
        if heure is not UNSET:
            field_dict["heure"] = heure
        if journee is not UNSET:
            field_dict["journee"] = journee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_compte(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        compte = _parse_compte(d.pop("compte", UNSET))

        def _parse_demi(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        demi = _parse_demi(d.pop("demi", UNSET))

        def _parse_heure(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        heure = _parse_heure(d.pop("heure", UNSET))

        def _parse_journee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        journee = _parse_journee(d.pop("journee", UNSET))

        metrics = cls(
            compte=compte,
            demi=demi,
            heure=heure,
            journee=journee,
        )

        metrics.additional_properties = d
        return metrics

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
