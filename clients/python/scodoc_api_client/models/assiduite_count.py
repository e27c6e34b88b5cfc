from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metrics import Metrics
    from ..models.state_count import StateCount


T = TypeVar("T", bound="AssiduiteCount")


@_attrs_define
class AssiduiteCount:
    """Without ``split``: the metrics. With it: one object per state, and ``total``.

    Attributes:
        absent (None | StateCount | Unset):
        compte (int | None | Unset):
        demi (int | None | Unset):
        heure (float | None | Unset):
        journee (int | None | Unset):
        present (None | StateCount | Unset):
        retard (None | StateCount | Unset):
        total (Metrics | None | Unset):
    """

    absent: None | StateCount | Unset = UNSET
    compte: int | None | Unset = UNSET
    demi: int | None | Unset = UNSET
    heure: float | None | Unset = UNSET
    journee: int | None | Unset = UNSET
    present: None | StateCount | Unset = UNSET
    retard: None | StateCount | Unset = UNSET
    total: Metrics | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metrics import Metrics  # noqa: PLC0415
        from ..models.state_count import StateCount  # noqa: PLC0415

        absent: dict[str, Any] | None | Unset
        if isinstance(self.absent, Unset):
            absent = UNSET
        elif isinstance(self.absent, StateCount):
            absent = self.absent.to_dict()
        else:
            absent = self.absent

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

        present: dict[str, Any] | None | Unset
        if isinstance(self.present, Unset):
            present = UNSET
        elif isinstance(self.present, StateCount):
            present = self.present.to_dict()
        else:
            present = self.present

        retard: dict[str, Any] | None | Unset
        if isinstance(self.retard, Unset):
            retard = UNSET
        elif isinstance(self.retard, StateCount):
            retard = self.retard.to_dict()
        else:
            retard = self.retard

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, Metrics):
            total = self.total.to_dict()
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if absent is not UNSET:
            field_dict["absent"] = absent
        if compte is not UNSET:
            field_dict["compte"] = compte
        if demi is not UNSET:
            field_dict["demi"] = demi
        if heure is not UNSET:
            field_dict["heure"] = heure
        if journee is not UNSET:
            field_dict["journee"] = journee
        if present is not UNSET:
            field_dict["present"] = present
        if retard is not UNSET:
            field_dict["retard"] = retard
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metrics import Metrics  # noqa: PLC0415
        from ..models.state_count import StateCount  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_absent(data: object) -> None | StateCount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                absent_type_0 = StateCount.from_dict(data)

                return absent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateCount | Unset, data)

        absent = _parse_absent(d.pop("absent", UNSET))

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

        def _parse_present(data: object) -> None | StateCount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                present_type_0 = StateCount.from_dict(data)

                return present_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateCount | Unset, data)

        present = _parse_present(d.pop("present", UNSET))

        def _parse_retard(data: object) -> None | StateCount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retard_type_0 = StateCount.from_dict(data)

                return retard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StateCount | Unset, data)

        retard = _parse_retard(d.pop("retard", UNSET))

        def _parse_total(data: object) -> Metrics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = Metrics.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metrics | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        assiduite_count = cls(
            absent=absent,
            compte=compte,
            demi=demi,
            heure=heure,
            journee=journee,
            present=present,
            retard=retard,
            total=total,
        )

        assiduite_count.additional_properties = d
        return assiduite_count

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
