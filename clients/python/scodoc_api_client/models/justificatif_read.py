from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.justificatif_read_etat import JustificatifReadEtat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.justificatif_read_external_data_type_0 import JustificatifReadExternalDataType0


T = TypeVar("T", bound="JustificatifRead")


@_attrs_define
class JustificatifRead:
    """
    Attributes:
        date_debut (str): ISO 8601 with a +HH:MM offset, never Z
        date_fin (str): ISO 8601 with a +HH:MM offset, never Z
        entry_date (str): ISO 8601 with a +HH:MM offset, never Z
        etat (JustificatifReadEtat):
        etudid (int):
        external_data (JustificatifReadExternalDataType0 | None):
        fichier (None | str): name of its first file, if any
        justif_id (int):
        raison (None | str):
        user_id (int | None):
        user_name (None | str):
        user_nom_complet (None | str):
        code_nip (None | str | Unset): on per-semester lists
    """

    date_debut: str
    date_fin: str
    entry_date: str
    etat: JustificatifReadEtat
    etudid: int
    external_data: JustificatifReadExternalDataType0 | None
    fichier: None | str
    justif_id: int
    raison: None | str
    user_id: int | None
    user_name: None | str
    user_nom_complet: None | str
    code_nip: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.justificatif_read_external_data_type_0 import JustificatifReadExternalDataType0  # noqa: PLC0415

        date_debut = self.date_debut

        date_fin = self.date_fin

        entry_date = self.entry_date

        etat = self.etat.value

        etudid = self.etudid

        external_data: dict[str, Any] | None
        if isinstance(self.external_data, JustificatifReadExternalDataType0):
            external_data = self.external_data.to_dict()
        else:
            external_data = self.external_data

        fichier: None | str
        fichier = self.fichier

        justif_id = self.justif_id

        raison: None | str
        raison = self.raison

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date_debut": date_debut,
                "date_fin": date_fin,
                "entry_date": entry_date,
                "etat": etat,
                "etudid": etudid,
                "external_data": external_data,
                "fichier": fichier,
                "justif_id": justif_id,
                "raison": raison,
                "user_id": user_id,
                "user_name": user_name,
                "user_nom_complet": user_nom_complet,
            }
        )
        if code_nip is not UNSET:
            field_dict["code_nip"] = code_nip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.justificatif_read_external_data_type_0 import JustificatifReadExternalDataType0  # noqa: PLC0415

        d = dict(src_dict)
        date_debut = d.pop("date_debut")

        date_fin = d.pop("date_fin")

        entry_date = d.pop("entry_date")

        etat = JustificatifReadEtat(d.pop("etat"))

        etudid = d.pop("etudid")

        def _parse_external_data(data: object) -> JustificatifReadExternalDataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                external_data_type_0 = JustificatifReadExternalDataType0.from_dict(data)

                return external_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JustificatifReadExternalDataType0 | None, data)

        external_data = _parse_external_data(d.pop("external_data"))

        def _parse_fichier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fichier = _parse_fichier(d.pop("fichier"))

        justif_id = d.pop("justif_id")

        def _parse_raison(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        raison = _parse_raison(d.pop("raison"))

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

        justificatif_read = cls(
            date_debut=date_debut,
            date_fin=date_fin,
            entry_date=entry_date,
            etat=etat,
            etudid=etudid,
            external_data=external_data,
            fichier=fichier,
            justif_id=justif_id,
            raison=raison,
            user_id=user_id,
            user_name=user_name,
            user_nom_complet=user_nom_complet,
            code_nip=code_nip,
        )

        return justificatif_read
