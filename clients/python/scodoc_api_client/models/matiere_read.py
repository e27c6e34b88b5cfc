from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MatiereRead")


@_attrs_define
class MatiereRead:
    """
    Attributes:
        matiere_id (int):
        numero (int):
        titre (None | str):
        ue_id (int):
    """

    matiere_id: int
    numero: int
    titre: None | str
    ue_id: int

    def to_dict(self) -> dict[str, Any]:
        matiere_id = self.matiere_id

        numero = self.numero

        titre: None | str
        titre = self.titre

        ue_id = self.ue_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "matiere_id": matiere_id,
                "numero": numero,
                "titre": titre,
                "ue_id": ue_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matiere_id = d.pop("matiere_id")

        numero = d.pop("numero")

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        ue_id = d.pop("ue_id")

        matiere_read = cls(
            matiere_id=matiere_id,
            numero=numero,
            titre=titre,
            ue_id=ue_id,
        )

        return matiere_read
