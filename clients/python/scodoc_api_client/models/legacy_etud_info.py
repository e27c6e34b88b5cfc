from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.legacy_etud_info_insemestre_item import LegacyEtudInfoInsemestreItem


T = TypeVar("T", bound="LegacyEtudInfo")


@_attrs_define
class LegacyEtudInfo:
    """``etud_info`` and its aliases: identity, address, admission and registrations.

    Attributes:
        nom (str):
        civilite (None | str | Unset):
        code_ine (None | str | Unset):
        code_nip (None | str | Unset):
        etudid (int | None | str | Unset):
        insemestre (list[LegacyEtudInfoInsemestreItem] | Unset):
        photo_url (None | str | Unset):
        prenom (None | str | Unset):
    """

    nom: str
    civilite: None | str | Unset = UNSET
    code_ine: None | str | Unset = UNSET
    code_nip: None | str | Unset = UNSET
    etudid: int | None | str | Unset = UNSET
    insemestre: list[LegacyEtudInfoInsemestreItem] | Unset = UNSET
    photo_url: None | str | Unset = UNSET
    prenom: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nom = self.nom

        civilite: None | str | Unset
        if isinstance(self.civilite, Unset):
            civilite = UNSET
        else:
            civilite = self.civilite

        code_ine: None | str | Unset
        if isinstance(self.code_ine, Unset):
            code_ine = UNSET
        else:
            code_ine = self.code_ine

        code_nip: None | str | Unset
        if isinstance(self.code_nip, Unset):
            code_nip = UNSET
        else:
            code_nip = self.code_nip

        etudid: int | None | str | Unset
        if isinstance(self.etudid, Unset):
            etudid = UNSET
        else:
            etudid = self.etudid

        insemestre: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.insemestre, Unset):
            insemestre = []
            for insemestre_item_data in self.insemestre:
                insemestre_item = insemestre_item_data.to_dict()
                insemestre.append(insemestre_item)

        photo_url: None | str | Unset
        if isinstance(self.photo_url, Unset):
            photo_url = UNSET
        else:
            photo_url = self.photo_url

        prenom: None | str | Unset
        if isinstance(self.prenom, Unset):
            prenom = UNSET
        else:
            prenom = self.prenom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nom": nom,
            }
        )
        if civilite is not UNSET:
            field_dict["civilite"] = civilite
        if code_ine is not UNSET:
            field_dict["code_ine"] = code_ine
        if code_nip is not UNSET:
            field_dict["code_nip"] = code_nip
        if etudid is not UNSET:
            field_dict["etudid"] = etudid
        if insemestre is not UNSET:
            field_dict["insemestre"] = insemestre
        if photo_url is not UNSET:
            field_dict["photo_url"] = photo_url
        if prenom is not UNSET:
            field_dict["prenom"] = prenom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.legacy_etud_info_insemestre_item import LegacyEtudInfoInsemestreItem  # noqa: PLC0415

        d = dict(src_dict)
        nom = d.pop("nom")

        def _parse_civilite(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        civilite = _parse_civilite(d.pop("civilite", UNSET))

        def _parse_code_ine(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_ine = _parse_code_ine(d.pop("code_ine", UNSET))

        def _parse_code_nip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_nip = _parse_code_nip(d.pop("code_nip", UNSET))

        def _parse_etudid(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        etudid = _parse_etudid(d.pop("etudid", UNSET))

        _insemestre = d.pop("insemestre", UNSET)
        insemestre: list[LegacyEtudInfoInsemestreItem] | Unset = UNSET
        if _insemestre is not UNSET:
            insemestre = []
            for insemestre_item_data in _insemestre:
                insemestre_item = LegacyEtudInfoInsemestreItem.from_dict(insemestre_item_data)

                insemestre.append(insemestre_item)

        def _parse_photo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        photo_url = _parse_photo_url(d.pop("photo_url", UNSET))

        def _parse_prenom(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prenom = _parse_prenom(d.pop("prenom", UNSET))

        legacy_etud_info = cls(
            nom=nom,
            civilite=civilite,
            code_ine=code_ine,
            code_nip=code_nip,
            etudid=etudid,
            insemestre=insemestre,
            photo_url=photo_url,
            prenom=prenom,
        )

        legacy_etud_info.additional_properties = d
        return legacy_etud_info

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
