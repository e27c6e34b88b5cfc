"""``/ScoDoc/api/graphql``: POST serves GraphQL (application/json); GET serves GraphiQL when GRAPHIQL=1. The
token comes as ``Authorization: Bearer`` or as the ``Token:`` header of student-portal servers."""

from contextlib import suppress
from typing import Annotated, Any

import orjson
from cross_web import HTTPException
from fastapi import Depends, FastAPI, Request
from starlette.responses import Response
from strawberry.fastapi import GraphQLRouter

from scodoc_api.api.deps import DbSession, SettingsDep, portal_token, results_cache
from scodoc_api.api.params import refuse_forbidden_chars
from scodoc_api.core.errors import ApiError, BadRequest, NotAcceptable, NotFound
from scodoc_api.core.settings import Settings
from scodoc_api.db.engine import declare_read_only
from scodoc_api.portal.context import PortalContext
from scodoc_api.portal.pages import PageCache, shape_of
from scodoc_api.portal.schema import make_schema

PATH = "/ScoDoc/api/graphql"


async def _reads_only(request: Request) -> None:
    """A request whose text holds no ``mutation`` cannot write: its unit of work runs without BEGIN/COMMIT
    (two round trips fewer). The word anywhere else (an argument's text) only keeps the transaction. Texts
    holding a character XML cannot carry (NUL included) are refused (400), as in every other body."""
    body = await request.body()
    request.state.graphql_request = None
    with suppress(orjson.JSONDecodeError):  # not JSON: strawberry answers it
        request.state.graphql_request = orjson.loads(body)
        refuse_forbidden_chars(request.state.graphql_request)
    if b"mutation" not in body:
        await declare_read_only(request)


async def portal_context(
    request: Request, _: Annotated[None, Depends(_reads_only)], db: DbSession, settings: SettingsDep
) -> PortalContext:
    return PortalContext(request, db, settings, results_cache(request), portal_token(request))


def _http_error(exc: HTTPException) -> ApiError:
    """The request itself is refused (not a GraphQL error): the API's error body, in its format."""
    if exc.status_code == 404:
        return NotFound(exc.reason)
    if "JSON" in exc.reason:
        return NotAcceptable(exc.reason)  # an invalid JSON body: 406, as on every route of the API
    return BadRequest(exc.reason)


class PortalRouter(GraphQLRouter[PortalContext, None]):
    async def run(self, request: Any, context: Any = None, root_value: Any = None) -> Any:  # type: ignore[override]
        """A student's known query whose data has not changed is answered from the page cache (one statement:
        the token and the data's key); otherwise executed, and kept when it may be."""
        pages: PageCache = request.app.state.portal_pages
        shape = shape_of(request.state.graphql_request) if request.method == "POST" else None
        if shape is not None and pages.knows(shape) and await context.read_page_key(shape) is not None:
            kept = pages.get(context.page_key)
            if kept is not None:
                return Response(kept, media_type="application/json")
        try:
            response = await super().run(request, context=context, root_value=root_value)
        except HTTPException as exc:
            raise _http_error(exc) from None
        if shape is not None and context.cacheable and context.is_student and _answered(response):
            if context.page_key is not None:
                pages.put(context.page_key, bytes(response.body))
            else:
                pages.learn(shape)  # answered without error: looked up from its next time on
        return response

    async def process_result(self, request: Any, result: Any) -> Any:
        """Every error has a code: those raised before execution (a query that does not parse, once the parser
        cache holds it) are the caller's."""
        data = await super().process_result(request, result)
        for error in data.get("errors") or []:
            error.setdefault("extensions", {}).setdefault("code", "BAD_USER_INPUT")
        return data


def _answered(response: Any) -> bool:
    return getattr(response, "status_code", 0) == 200 and b'"errors"' not in bytes(getattr(response, "body", b""))


def mount_portal(app: FastAPI, settings: Settings) -> None:
    app.state.portal_pages = PageCache(settings.portal_cache_mb * 1024 * 1024)
    router = PortalRouter(
        make_schema(settings),
        path=PATH,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=False,  # a query is a POST: no token-bearing query in URLs and logs
        context_getter=portal_context,
        include_in_schema=False,  # its contract is openapi/schema.graphql
        subscription_protocols=(),  # no subscriptions: no WebSocket
    )
    app.include_router(router)
