from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.but_evaluation import ButEvaluation
    from ..models.note_stats import NoteStats


T = TypeVar("T", bound="ButModule")


@_attrs_define
class ButModule:
    """
    Attributes:
        code_apogee (None | str):
        evaluations (list[ButEvaluation]):
        id (int):
        moyenne (NoteStats):
        titre (None | str):
        url (str):
    """

    code_apogee: None | str
    evaluations: list[ButEvaluation]
    id: int
    moyenne: NoteStats
    titre: None | str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_apogee: None | str
        code_apogee = self.code_apogee

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        id = self.id

        moyenne = self.moyenne.to_dict()

        titre: None | str
        titre = self.titre

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_apogee": code_apogee,
                "evaluations": evaluations,
                "id": id,
                "moyenne": moyenne,
                "titre": titre,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.but_evaluation import ButEvaluation  # noqa: PLC0415
        from ..models.note_stats import NoteStats  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code_apogee(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code_apogee = _parse_code_apogee(d.pop("code_apogee"))

        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in _evaluations:
            evaluations_item = ButEvaluation.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        id = d.pop("id")

        moyenne = NoteStats.from_dict(d.pop("moyenne"))

        def _parse_titre(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        titre = _parse_titre(d.pop("titre"))

        url = d.pop("url")

        but_module = cls(
            code_apogee=code_apogee,
            evaluations=evaluations,
            id=id,
            moyenne=moyenne,
            titre=titre,
            url=url,
        )

        but_module.additional_properties = d
        return but_module

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
