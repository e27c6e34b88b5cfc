from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.assiduite_read_etat import AssiduiteReadEtat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assiduite_read_external_data_type_0 import AssiduiteReadExternalDataType0
    from ..models.justificatif_read import JustificatifRead


T = TypeVar("T", bound="AssiduiteRead")


@_attrs_define
class AssiduiteRead:
    """
    Attributes:
        assiduite_id (int):
        date_debut (str): ISO 8601 with a +HH:MM offset, never Z
        date_fin (str): ISO 8601 with a +HH:MM offset, never Z
        desc (None | str):
        entry_date (str): ISO 8601 with a +HH:MM offset, never Z
        est_just (bool):
        etat (AssiduiteReadEtat):
        etudid (int):
        external_data (AssiduiteReadExternalDataType0 | None):
        moduleimpl_id (int | None):
        user_id (int | None):
        user_name (None | str):
        user_nom_complet (None | str):
        code_nip (None | str | Unset): on per-semester lists
        justificatifs (list[JustificatifRead] | None | Unset): with with_justifs=1
    """

    assiduite_id: int
    date_debut: str
    date_fin: str
    desc: None | str
    entry_date: str
    est_just: bool
    etat: AssiduiteReadEtat
    etudid: int
    external_data: AssiduiteReadExternalDataType0 | None
    moduleimpl_id: int | None
    user_id: int | None
    user_name: None | str
    user_nom_complet: None | str
    code_nip: None | str | Unset = UNSET
    justificatifs: list[JustificatifRead] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.assiduite_read_external_data_type_0 import AssiduiteReadExternalDataType0  # noqa: PLC0415

        assiduite_id = self.assiduite_id

        date_debut = self.date_debut

        date_fin = self.date_fin

        desc: None | str
        desc = self.desc

        entry_date = self.entry_date

        est_just = self.est_just

        etat = self.etat.value

        etudid = self.etudid

        external_data: dict[str, Any] | None
        if isinstance(self.external_data, AssiduiteReadExternalDataType0):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        moduleimpl_id: int | None
        moduleimpl_id = self.moduleimpl_id

        user_id: int | None
        user_id = self.user_id

        user_name: None | str
        user_name = self.user_name

        user_nom_complet: None | str
        user_nom_complet = self.user_nom_complet

        code_nip: None | str | Unset
        if isinstance(self.code_nip, Unset):
            code_nip = UNSET
        else:
            code_nip = self.code_nip

        justificatifs: list[dict[str, Any]] | None | Unset
        if isinstance(self.justificatifs, Unset):
            justificatifs = UNSET
        elif isinstance(self.justificatifs, list):
            justificatifs = []
            for justificatifs_type_0_item_data in self.justificatifs:
                justificatifs_type_0_item = justificatifs_type_0_item_data.to_dict()
                justificatifs.append(justificatifs_type_0_item)

        else:
            justificatifs = self.justificatifs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "assiduite_id": assiduite_id,
                "date_debut": date_debut,
                "date_fin": date_fin,
                "desc": desc,
                "entry_date": entry_date,
                "est_just": est_just,
                "etat": etat,
                "etudid": etudid,
                "external_data": external_data,
                "moduleimpl_id": moduleimpl_id,
                "user_id": user_id,
                "user_name": user_name,
                "user_nom_complet": user_nom_complet,
            }
        )
        if code_nip is not UNSET:
            field_dict["code_nip"] = code_nip
        if justificatifs is not UNSET:
            field_dict["justificatifs"] = justificatifs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assiduite_read_external_data_type_0 import AssiduiteReadExternalDataType0  # noqa: PLC0415
        from ..models.justificatif_read import JustificatifRead  # noqa: PLC0415

        d = dict(src_dict)
        assiduite_id = d.pop("assiduite_id")

        date_debut = d.pop("date_debut")

        date_fin = d.pop("date_fin")

        def _parse_desc(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        desc = _parse_desc(d.pop("desc"))

        entry_date = d.pop("entry_date")

        est_just = d.pop("est_just")

        etat = AssiduiteReadEtat(d.pop("etat"))

        etudid = d.pop("etudid")

        def _parse_external_data(data: object) -> AssiduiteReadExternalDataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_data_type_0 = AssiduiteReadExternalDataType0.from_dict(data)

                return external_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssiduiteReadExternalDataType0 | None, data)

        external_data = _parse_external_data(d.pop("external_data"))

        def _parse_moduleimpl_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        moduleimpl_id = _parse_moduleimpl_id(d.pop("moduleimpl_id"))

        def _parse_user_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_user_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_name = _parse_user_name(d.pop("user_name"))

        def _parse_user_nom_complet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_nom_complet = _parse_user_nom_complet(d.pop("user_nom_complet"))

        def _parse_code_nip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_nip = _parse_code_nip(d.pop("code_nip", UNSET))

        def _parse_justificatifs(data: object) -> list[JustificatifRead] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                justificatifs_type_0 = []
                _justificatifs_type_0 = data
                for justificatifs_type_0_item_data in _justificatifs_type_0:
                    justificatifs_type_0_item = JustificatifRead.from_dict(justificatifs_type_0_item_data)

                    justificatifs_type_0.append(justificatifs_type_0_item)

                return justificatifs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[JustificatifRead] | None | Unset, data)

        justificatifs = _parse_justificatifs(d.pop("justificatifs", UNSET))

        assiduite_read = cls(
            assiduite_id=assiduite_id,
            date_debut=date_debut,
            date_fin=date_fin,
            desc=desc,
            entry_date=entry_date,
            est_just=est_just,
            etat=etat,
            etudid=etudid,
            external_data=external_data,
            moduleimpl_id=moduleimpl_id,
            user_id=user_id,
            user_name=user_name,
            user_nom_complet=user_nom_complet,
            code_nip=code_nip,
            justificatifs=justificatifs,
        )

        return assiduite_read
