from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.in_semestre import InSemestre


T = TypeVar("T", bound="EtudRead")


@_attrs_define
class EtudRead:
    """
    Attributes:
        domicile (None | str):
        email (None | str):
        etudid (int):
        insemestre (list[InSemestre]):
        nom (str):
        nomprenom (str):
        prenom (str):
        sexe (str):
        telephonemobile (None | str):
        villedomicile (None | str):
        civilite (None | str | Unset):
        code_ine (None | str | Unset):
        code_nip (None | str | Unset):
        codepostaldomicile (None | str | Unset):
        date_naissance (None | str | Unset):
        dept_id (int | None | Unset):
        emailperso (None | str | Unset):
        nom_usuel (None | str | Unset):
        paysdomicile (None | str | Unset):
        telephone (None | str | Unset):
    """

    domicile: None | str
    email: None | str
    etudid: int
    insemestre: list[InSemestre]
    nom: str
    nomprenom: str
    prenom: str
    sexe: str
    telephonemobile: None | str
    villedomicile: None | str
    civilite: None | str | Unset = UNSET
    code_ine: None | str | Unset = UNSET
    code_nip: None | str | Unset = UNSET
    codepostaldomicile: None | str | Unset = UNSET
    date_naissance: None | str | Unset = UNSET
    dept_id: int | None | Unset = UNSET
    emailperso: None | str | Unset = UNSET
    nom_usuel: None | str | Unset = UNSET
    paysdomicile: None | str | Unset = UNSET
    telephone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        domicile: None | str
        domicile = self.domicile

        email: None | str
        email = self.email

        etudid = self.etudid

        insemestre = []
        for insemestre_item_data in self.insemestre:
            insemestre_item = insemestre_item_data.to_dict()
            insemestre.append(insemestre_item)

        nom = self.nom

        nomprenom = self.nomprenom

        prenom = self.prenom

        sexe = self.sexe

        telephonemobile: None | str
        telephonemobile = self.telephonemobile

        villedomicile: None | str
        villedomicile = self.villedomicile

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

        codepostaldomicile: None | str | Unset
        if isinstance(self.codepostaldomicile, Unset):
            codepostaldomicile = UNSET
        else:
            codepostaldomicile = self.codepostaldomicile

        date_naissance: None | str | Unset
        if isinstance(self.date_naissance, Unset):
            date_naissance = UNSET
        else:
            date_naissance = self.date_naissance

        dept_id: int | None | Unset
        if isinstance(self.dept_id, Unset):
            dept_id = UNSET
        else:
            dept_id = self.dept_id

        emailperso: None | str | Unset
        if isinstance(self.emailperso, Unset):
            emailperso = UNSET
        else:
            emailperso = self.emailperso

        nom_usuel: None | str | Unset
        if isinstance(self.nom_usuel, Unset):
            nom_usuel = UNSET
        else:
            nom_usuel = self.nom_usuel

        paysdomicile: None | str | Unset
        if isinstance(self.paysdomicile, Unset):
            paysdomicile = UNSET
        else:
            paysdomicile = self.paysdomicile

        telephone: None | str | Unset
        if isinstance(self.telephone, Unset):
            telephone = UNSET
        else:
            telephone = self.telephone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domicile": domicile,
                "email": email,
                "etudid": etudid,
                "insemestre": insemestre,
                "nom": nom,
                "nomprenom": nomprenom,
                "prenom": prenom,
                "sexe": sexe,
                "telephonemobile": telephonemobile,
                "villedomicile": villedomicile,
            }
        )
        if civilite is not UNSET:
            field_dict["civilite"] = civilite
        if code_ine is not UNSET:
            field_dict["code_ine"] = code_ine
        if code_nip is not UNSET:
            field_dict["code_nip"] = code_nip
        if codepostaldomicile is not UNSET:
            field_dict["codepostaldomicile"] = codepostaldomicile
        if date_naissance is not UNSET:
            field_dict["date_naissance"] = date_naissance
        if dept_id is not UNSET:
            field_dict["dept_id"] = dept_id
        if emailperso is not UNSET:
            field_dict["emailperso"] = emailperso
        if nom_usuel is not UNSET:
            field_dict["nom_usuel"] = nom_usuel
        if paysdomicile is not UNSET:
            field_dict["paysdomicile"] = paysdomicile
        if telephone is not UNSET:
            field_dict["telephone"] = telephone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.in_semestre import InSemestre  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_domicile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        domicile = _parse_domicile(d.pop("domicile"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        etudid = d.pop("etudid")

        insemestre = []
        _insemestre = d.pop("insemestre")
        for insemestre_item_data in _insemestre:
            insemestre_item = InSemestre.from_dict(insemestre_item_data)

            insemestre.append(insemestre_item)

        nom = d.pop("nom")

        nomprenom = d.pop("nomprenom")

        prenom = d.pop("prenom")

        sexe = d.pop("sexe")

        def _parse_telephonemobile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        telephonemobile = _parse_telephonemobile(d.pop("telephonemobile"))

        def _parse_villedomicile(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        villedomicile = _parse_villedomicile(d.pop("villedomicile"))

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

        def _parse_codepostaldomicile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        codepostaldomicile = _parse_codepostaldomicile(d.pop("codepostaldomicile", UNSET))

        def _parse_date_naissance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_naissance = _parse_date_naissance(d.pop("date_naissance", UNSET))

        def _parse_dept_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dept_id = _parse_dept_id(d.pop("dept_id", UNSET))

        def _parse_emailperso(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        emailperso = _parse_emailperso(d.pop("emailperso", UNSET))

        def _parse_nom_usuel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nom_usuel = _parse_nom_usuel(d.pop("nom_usuel", UNSET))

        def _parse_paysdomicile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paysdomicile = _parse_paysdomicile(d.pop("paysdomicile", UNSET))

        def _parse_telephone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        telephone = _parse_telephone(d.pop("telephone", UNSET))

        etud_read = cls(
            domicile=domicile,
            email=email,
            etudid=etudid,
            insemestre=insemestre,
            nom=nom,
            nomprenom=nomprenom,
            prenom=prenom,
            sexe=sexe,
            telephonemobile=telephonemobile,
            villedomicile=villedomicile,
            civilite=civilite,
            code_ine=code_ine,
            code_nip=code_nip,
            codepostaldomicile=codepostaldomicile,
            date_naissance=date_naissance,
            dept_id=dept_id,
            emailperso=emailperso,
            nom_usuel=nom_usuel,
            paysdomicile=paysdomicile,
            telephone=telephone,
        )

        return etud_read
