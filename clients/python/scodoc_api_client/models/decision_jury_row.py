from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rcue import Rcue


T = TypeVar("T", bound="DecisionJuryRow")


@_attrs_define
class DecisionJuryRow:
    """Classic semesters: ``semestre`` and ``ues`` codes; BUT semesters also ``annee`` and ``rcues``.

    Attributes:
        code_ine (None | str):
        code_nip (None | str):
        etat (str):
        etudid (int):
        rcues (list[Rcue] | Unset):
    """

    code_ine: None | str
    code_nip: None | str
    etat: str
    etudid: int
    rcues: list[Rcue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_ine: None | str
        code_ine = self.code_ine

        code_nip: None | str
        code_nip = self.code_nip

        etat = self.etat

        etudid = self.etudid

        rcues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rcues, Unset):
            rcues = []
            for rcues_item_data in self.rcues:
                rcues_item = rcues_item_data.to_dict()
                rcues.append(rcues_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_ine": code_ine,
                "code_nip": code_nip,
                "etat": etat,
                "etudid": etudid,
            }
        )
        if rcues is not UNSET:
            field_dict["rcues"] = rcues

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rcue import Rcue  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code_ine(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_ine = _parse_code_ine(d.pop("code_ine"))

        def _parse_code_nip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_nip = _parse_code_nip(d.pop("code_nip"))

        etat = d.pop("etat")

        etudid = d.pop("etudid")

        _rcues = d.pop("rcues", UNSET)
        rcues: list[Rcue] | Unset = UNSET
        if _rcues is not UNSET:
            rcues = []
            for rcues_item_data in _rcues:
                rcues_item = Rcue.from_dict(rcues_item_data)

                rcues.append(rcues_item)

        decision_jury_row = cls(
            code_ine=code_ine,
            code_nip=code_nip,
            etat=etat,
            etudid=etudid,
            rcues=rcues,
        )

        decision_jury_row.additional_properties = d
        return decision_jury_row

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
