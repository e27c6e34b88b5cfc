"""Staff accounts on the ScoDoc 9.x routes (modern-api.md §5.10)."""

from scodoc_api.schemas.common import Obj


class UserRead(Obj):
    active: bool
    id: int
    user_name: str
    dept: str | None
    roles_string: str
