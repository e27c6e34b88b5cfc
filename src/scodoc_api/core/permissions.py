"""ScoDoc permissions (bit values are stored data: never change them) and the built-in roles (permissions.md)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntFlag
from typing import TypeVar

from scodoc_api.core.errors import Forbidden, unknown


class Permission(IntFlag):
    ScoSuperAdmin = 1 << 1
    ScoView = 1 << 2
    ScoEnsView = 1 << 3
    ScoObservateur = 1 << 4
    ScoUsersAdmin = 1 << 5
    ScoUsersView = 1 << 6
    ScoChangePreferences = 1 << 7
    ScoChangeFormation = 1 << 8
    ScoEditFormationTags = 1 << 9
    ScoEditAllNotes = 1 << 10
    ScoEditAllEvals = 1 << 11
    ScoImplement = 1 << 12
    ScoAbsChange = 1 << 13
    ScoAbsAddBillet = 1 << 14
    ScoEtudChangeAdr = 1 << 15
    ScoEtudChangeGroups = 1 << 16
    ScoEtudInscrit = 1 << 17
    ScoEtudAddAnnotations = 1 << 18
    ScoEntrepriseView = 1 << 19
    ScoEntrepriseChange = 1 << 20
    ScoEditPVJury = 1 << 21
    ScoEditApo = 1 << 22


P = Permission
T = TypeVar("T")
ALL_PERMISSIONS = -1

ROLES: dict[str, int] = {
    "Observateur": P.ScoObservateur,
    "Ens": P.ScoView
    | P.ScoEnsView
    | P.ScoObservateur
    | P.ScoUsersView
    | P.ScoAbsChange
    | P.ScoAbsAddBillet
    | P.ScoEntrepriseView
    | P.ScoEtudAddAnnotations,
    "Secr": P.ScoView
    | P.ScoObservateur
    | P.ScoUsersView
    | P.ScoAbsChange
    | P.ScoAbsAddBillet
    | P.ScoEntrepriseView
    | P.ScoEntrepriseChange
    | P.ScoEtudAddAnnotations
    | P.ScoEtudChangeAdr
    | P.ScoEditApo,
    "Admin": P.ScoView
    | P.ScoEnsView
    | P.ScoObservateur
    | P.ScoUsersAdmin
    | P.ScoUsersView
    | P.ScoChangePreferences
    | P.ScoChangeFormation
    | P.ScoEditFormationTags
    | P.ScoEditAllNotes
    | P.ScoEditAllEvals
    | P.ScoImplement
    | P.ScoAbsChange
    | P.ScoAbsAddBillet
    | P.ScoEtudChangeAdr
    | P.ScoEtudChangeGroups
    | P.ScoEtudInscrit
    | P.ScoEtudAddAnnotations
    | P.ScoEntrepriseView
    | P.ScoEntrepriseChange
    | P.ScoEditApo,
    "RespPe": P.ScoEditFormationTags,
    "SuperAdmin": ALL_PERMISSIONS,
}
DEFAULT_ROLE = "Observateur"


def has_bits(mask: int, perm: int) -> bool:
    return mask == ALL_PERMISSIONS or (mask & perm) == perm


@dataclass(frozen=True)
class Principal:
    """An authenticated user and what they may do: ``global_mask`` applies everywhere, ``dept_masks`` per dept id."""

    user_id: int
    user_name: str
    active: bool = True
    global_mask: int = 0
    dept_masks: dict[int, int] = field(default_factory=dict)
    jti: str | None = None
    etudid: int | None = None  # a student's portal account: their own data only, through the portal

    @property
    def is_student(self) -> bool:
        return self.etudid is not None

    @property
    def is_superadmin(self) -> bool:
        return self.active and has_bits(self.global_mask, P.ScoSuperAdmin)

    def mask_in(self, dept_id: int) -> int:
        if not self.active:
            return 0
        g, d = self.global_mask, self.dept_masks.get(dept_id, 0)
        return ALL_PERMISSIONS if ALL_PERMISSIONS in (g, d) else g | d

    def has(self, perm: int, dept_id: int) -> bool:
        return perm == 0 or has_bits(self.mask_in(dept_id), perm)

    def holds_globally(self, perm: int) -> bool:
        """True when ``perm`` is granted in every department (a global role, or super-admin)."""
        return self.is_superadmin or self.has(perm, -1)

    def holds_anywhere(self, perm: int) -> bool:
        """True when ``perm`` is granted globally or in at least one department."""
        return self.has(perm, -1) or any(self.has(perm, d) for d in self.dept_masks)

    def knows(self, dept_id: int) -> bool:
        """True when the user holds any grant in that department (else its objects are hidden: 404)."""
        return self.active and (self.global_mask != 0 or dept_id in self.dept_masks)

    def viewable_dept_ids(self, all_ids: list[int], perm: int = P.ScoView) -> list[int]:
        return [d for d in all_ids if self.has(perm, d)]


@dataclass(frozen=True)
class Access:
    """What a request may reach: the caller, and the department of the mount (None on /ScoDoc/api)."""

    principal: Principal
    mount_dept_id: int | None = None
    mount_dept_acronym: str | None = None
    results_version: int | None = None  # of the route's semester, when read with the grants (bulletins)

    @classmethod
    def in_department(
        cls, principal: Principal, dept_id: int, acronym: str, perm: int, *, results_version: int | None = None
    ) -> "Access":
        """The one permission check at a department's door (the department mount, the legacy routes):
        ``perm`` in that department, by an active user; else 403."""
        if not principal.active or principal.is_student or not principal.has(perm, dept_id):
            raise Forbidden()
        return cls(principal, dept_id, acronym, results_version=results_version)

    def visible(self, found: T | None, dept_of: Callable[[T], int], perm: int = P.ScoView, *, what: str) -> T:
        """``found`` if the caller may see it: the one "get, 404 if missing or not visible" rule (404 with the
        same message whether it does not exist or is another department's; 403 for a missing permission)."""
        if found is None:
            raise unknown(what)
        self.check(dept_of(found), perm, what=what)
        return found

    def check(self, dept_id: int, perm: int = P.ScoView, *, what: str = "objet") -> None:
        """Raise 404 if the object is outside what the caller may see, 403 if the permission is missing."""
        if self.mount_dept_id is not None and dept_id != self.mount_dept_id:
            raise unknown(what)
        if self.mount_dept_id is None and not self.principal.knows(dept_id):
            raise unknown(what)
        if not self.principal.has(perm, dept_id):
            raise Forbidden()

    def can(self, dept_id: int, perm: int) -> bool:
        return self.principal.has(perm, dept_id)

    def dept_filter(self, all_ids: list[int], perm: int = P.ScoView) -> list[int]:
        """Department ids a list route may show."""
        ids = [self.mount_dept_id] if self.mount_dept_id is not None else all_ids
        return self.principal.viewable_dept_ids(ids, perm)
