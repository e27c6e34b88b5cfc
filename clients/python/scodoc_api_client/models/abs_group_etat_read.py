from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsGroupEtatRead")


@_attrs_define
class AbsGroupEtatRead:
    """
    Attributes:
        etudid (int):
        nbabs (int):
        nbabsjust (int):
        nbabsnonjust (int):
        nbjustifs_noabs (int):
        nomprenom (str):
        boursier (bool | None | Unset):
    """

    etudid: int
    nbabs: int
    nbabsjust: int
    nbabsnonjust: int
    nbjustifs_noabs: int
    nomprenom: str
    boursier: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        etudid = self.etudid

        nbabs = self.nbabs

        nbabsjust = self.nbabsjust

        nbabsnonjust = self.nbabsnonjust

        nbjustifs_noabs = self.nbjustifs_noabs

        nomprenom = self.nomprenom

        boursier: bool | None | Unset
        if isinstance(self.boursier, Unset):
            boursier = UNSET
        else:
            boursier = self.boursier

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "etudid": etudid,
                "nbabs": nbabs,
                "nbabsjust": nbabsjust,
                "nbabsnonjust": nbabsnonjust,
                "nbjustifs_noabs": nbjustifs_noabs,
                "nomprenom": nomprenom,
            }
        )
        if boursier is not UNSET:
            field_dict["boursier"] = boursier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        etudid = d.pop("etudid")

        nbabs = d.pop("nbabs")

        nbabsjust = d.pop("nbabsjust")

        nbabsnonjust = d.pop("nbabsnonjust")

        nbjustifs_noabs = d.pop("nbjustifs_noabs")

        nomprenom = d.pop("nomprenom")

        def _parse_boursier(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        boursier = _parse_boursier(d.pop("boursier", UNSET))

        abs_group_etat_read = cls(
            etudid=etudid,
            nbabs=nbabs,
            nbabsjust=nbabsjust,
            nbabsnonjust=nbabsnonjust,
            nbjustifs_noabs=nbjustifs_noabs,
            nomprenom=nomprenom,
            boursier=boursier,
        )

        return abs_group_etat_read
