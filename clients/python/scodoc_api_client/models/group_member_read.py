from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMemberRead")


@_attrs_define
class GroupMemberRead:
    """One student; plus one key per named partition id holding the group name or null.

    Attributes:
        email (None | str):
        emailperso (None | str):
        etat (str):
        nom_disp (str):
        prenom (str):
        civilite_str (None | str | Unset):
        code_ine (None | str | Unset):
        code_nip (None | str | Unset):
        etape (None | str | Unset):
        etudid (int | None | Unset):
    """

    email: None | str
    emailperso: None | str
    etat: str
    nom_disp: str
    prenom: str
    civilite_str: None | str | Unset = UNSET
    code_ine: None | str | Unset = UNSET
    code_nip: None | str | Unset = UNSET
    etape: None | str | Unset = UNSET
    etudid: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        emailperso: None | str
        emailperso = self.emailperso

        etat = self.etat

        nom_disp = self.nom_disp

        prenom = self.prenom

        civilite_str: None | str | Unset
        if isinstance(self.civilite_str, Unset):
            civilite_str = UNSET
        else:
            civilite_str = self.civilite_str

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

        etape: None | str | Unset
        if isinstance(self.etape, Unset):
            etape = UNSET
        else:
            etape = self.etape

        etudid: int | None | Unset
        if isinstance(self.etudid, Unset):
            etudid = UNSET
        else:
            etudid = self.etudid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "emailperso": emailperso,
                "etat": etat,
                "nom_disp": nom_disp,
                "prenom": prenom,
            }
        )
        if civilite_str is not UNSET:
            field_dict["civilite_str"] = civilite_str
        if code_ine is not UNSET:
            field_dict["code_ine"] = code_ine
        if code_nip is not UNSET:
            field_dict["code_nip"] = code_nip
        if etape is not UNSET:
            field_dict["etape"] = etape
        if etudid is not UNSET:
            field_dict["etudid"] = etudid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_emailperso(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        emailperso = _parse_emailperso(d.pop("emailperso"))

        etat = d.pop("etat")

        nom_disp = d.pop("nom_disp")

        prenom = d.pop("prenom")

        def _parse_civilite_str(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        civilite_str = _parse_civilite_str(d.pop("civilite_str", UNSET))

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

        def _parse_etape(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        etape = _parse_etape(d.pop("etape", UNSET))

        def _parse_etudid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        etudid = _parse_etudid(d.pop("etudid", UNSET))

        group_member_read = cls(
            email=email,
            emailperso=emailperso,
            etat=etat,
            nom_disp=nom_disp,
            prenom=prenom,
            civilite_str=civilite_str,
            code_ine=code_ine,
            code_nip=code_nip,
            etape=etape,
            etudid=etudid,
        )

        group_member_read.additional_properties = d
        return group_member_read

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
