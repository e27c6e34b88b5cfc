from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ens_read import EnsRead
    from ..models.matiere_read import MatiereRead
    from ..models.module_read import ModuleRead
    from ..models.ue_read import UERead


T = TypeVar("T", bound="ModuleImplRead")


@_attrs_define
class ModuleImplRead:
    """
    Attributes:
        computation_expr (None | str):
        ens (list[EnsRead]):
        formsemestre_id (int):
        id (int):
        matiere (MatiereRead | None):
        module (ModuleRead):
        module_id (int):
        moduleimpl_id (int):
        responsable_id (int | None):
        ue (UERead):
    """

    computation_expr: None | str
    ens: list[EnsRead]
    formsemestre_id: int
    id: int
    matiere: MatiereRead | None
    module: ModuleRead
    module_id: int
    moduleimpl_id: int
    responsable_id: int | None
    ue: UERead

    def to_dict(self) -> dict[str, Any]:
        from ..models.matiere_read import MatiereRead  # noqa: PLC0415

        computation_expr: None | str
        computation_expr = self.computation_expr

        ens = []
        for ens_item_data in self.ens:
            ens_item = ens_item_data.to_dict()
            ens.append(ens_item)

        formsemestre_id = self.formsemestre_id

        id = self.id

        matiere: dict[str, Any] | None
        if isinstance(self.matiere, MatiereRead):
            matiere = self.matiere.to_dict()
        else:
            matiere = self.matiere

        module = self.module.to_dict()

        module_id = self.module_id

        moduleimpl_id = self.moduleimpl_id

        responsable_id: int | None
        responsable_id = self.responsable_id

        ue = self.ue.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "computation_expr": computation_expr,
                "ens": ens,
                "formsemestre_id": formsemestre_id,
                "id": id,
                "matiere": matiere,
                "module": module,
                "module_id": module_id,
                "moduleimpl_id": moduleimpl_id,
                "responsable_id": responsable_id,
                "ue": ue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ens_read import EnsRead  # noqa: PLC0415
        from ..models.matiere_read import MatiereRead  # noqa: PLC0415
        from ..models.module_read import ModuleRead  # noqa: PLC0415
        from ..models.ue_read import UERead  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_computation_expr(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        computation_expr = _parse_computation_expr(d.pop("computation_expr"))

        ens = []
        _ens = d.pop("ens")
        for ens_item_data in _ens:
            ens_item = EnsRead.from_dict(ens_item_data)

            ens.append(ens_item)

        formsemestre_id = d.pop("formsemestre_id")

        id = d.pop("id")

        def _parse_matiere(data: object) -> MatiereRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                matiere_type_0 = MatiereRead.from_dict(data)

                return matiere_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatiereRead | None, data)

        matiere = _parse_matiere(d.pop("matiere"))

        module = ModuleRead.from_dict(d.pop("module"))

        module_id = d.pop("module_id")

        moduleimpl_id = d.pop("moduleimpl_id")

        def _parse_responsable_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        responsable_id = _parse_responsable_id(d.pop("responsable_id"))

        ue = UERead.from_dict(d.pop("ue"))

        module_impl_read = cls(
            computation_expr=computation_expr,
            ens=ens,
            formsemestre_id=formsemestre_id,
            id=id,
            matiere=matiere,
            module=module,
            module_id=module_id,
            moduleimpl_id=moduleimpl_id,
            responsable_id=responsable_id,
            ue=ue,
        )

        return module_impl_read
