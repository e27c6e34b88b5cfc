"""Users (permissions.md §4.9: ScoUsersView in the user's home department)."""

from typing import Annotated

from fastapi import Query, Request
from starlette.responses import Response

from scodoc_api.api.deps import (
    ApiRouter,
    DbSession,
    UsersView,
)
from scodoc_api.api.params import query_dict
from scodoc_api.core.ids import DbId
from scodoc_api.core.values import BOOLEAN_WORDS, as_bool
from scodoc_api.formats.responses import JSON_ONLY, json_answer
from scodoc_api.schemas.users import UserRead
from scodoc_api.services import users as users_service

router = ApiRouter(tags=["users"])


# 5.10 Users
@router.get("/user/{uid:int}", response_model=UserRead, responses=JSON_ONLY)
async def get_user(db: DbSession, access: UsersView, uid: DbId) -> Response:
    """One user (ScoUsersView)."""
    return json_answer(await users_service.get_user(db, access, uid))


@router.get("/users/query", response_model=list[UserRead], responses=JSON_ONLY)
async def query_users(
    request: Request,
    db: DbSession,
    access: UsersView,
    active: Annotated[str | None, Query(pattern=BOOLEAN_WORDS)] = None,
    departement: str | None = None,
    starts_with: str | None = None,
) -> Response:
    """Users, filtered by ``active``, home ``departement`` and name prefix ``starts_with``."""
    params = query_dict(request)
    if active is not None:
        params["active"] = "1" if as_bool(active, "active") else "0"
    return json_answer(await users_service.users_query(db, access, params))
