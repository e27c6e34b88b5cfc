from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.capitalised_mean import CapitalisedMean
    from ..models.ects import ECTS


T = TypeVar("T", bound="CapitalisedUE")


@_attrs_define
class CapitalisedUE:
    """
    Attributes:
        ects (ECTS):
        bul_orig_url (None | str):
        date_capitalisation (str):
        formsemestre_id (int | None):
        id (int):
        is_external (bool):
        moyenne (CapitalisedMean):
        numero (int):
        titre (None | str):
    """

    ects: ECTS
    bul_orig_url: None | str
    date_capitalisation: str
    formsemestre_id: int | None
    id: int
    is_external: bool
    moyenne: CapitalisedMean
    numero: int
    titre: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ects = self.ects.to_dict()

        bul_orig_url: None | str
        bul_orig_url = self.bul_orig_url

        date_capitalisation = self.date_capitalisation

        formsemestre_id: int | None
        formsemestre_id = self.formsemestre_id

        id = self.id

        is_external = self.is_external

        moyenne = self.moyenne.to_dict()

        numero = self.numero

        titre: None | str
        titre = self.titre

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ECTS": ects,
                "bul_orig_url": bul_orig_url,
                "date_capitalisation": date_capitalisation,
                "formsemestre_id": formsemestre_id,
                "id": id,
                "is_external": is_external,
                "moyenne": moyenne,
                "numero": numero,
                "titre": titre,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capitalised_mean import CapitalisedMean  # noqa: PLC0415
        from ..models.ects import ECTS  # noqa: PLC0415

        d = dict(src_dict)
        ects = ECTS.from_dict(d.pop("ECTS"))

        def _parse_bul_orig_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bul_orig_url = _parse_bul_orig_url(d.pop("bul_orig_url"))

        date_capitalisation = d.pop("date_capitalisation")

        def _parse_formsemestre_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        formsemestre_id = _parse_formsemestre_id(d.pop("formsemestre_id"))

        id = d.pop("id")

        is_external = d.pop("is_external")

        moyenne = CapitalisedMean.from_dict(d.pop("moyenne"))

        numero = d.pop("numero")

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        capitalised_ue = cls(
            ects=ects,
            bul_orig_url=bul_orig_url,
            date_capitalisation=date_capitalisation,
            formsemestre_id=formsemestre_id,
            id=id,
            is_external=is_external,
            moyenne=moyenne,
            numero=numero,
            titre=titre,
        )

        capitalised_ue.additional_properties = d
        return capitalised_ue

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
