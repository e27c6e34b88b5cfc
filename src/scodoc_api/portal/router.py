"""``/ScoDoc/api/graphql``: POST serves GraphQL (application/json); GET serves GraphiQL when GRAPHIQL=1. The
token comes as ``Authorization: Bearer`` or as the ``Token:`` header of student-portal servers."""

from fastapi import FastAPI, Request
from strawberry.fastapi import GraphQLRouter

from scodoc_api.api.deps import DbSession, SettingsDep, portal_token, results_cache
from scodoc_api.core.settings import Settings
from scodoc_api.portal.context import PortalContext
from scodoc_api.portal.schema import make_schema

PATH = "/ScoDoc/api/graphql"


async def portal_context(request: Request, db: DbSession, settings: SettingsDep) -> PortalContext:
    return PortalContext(request, db, settings, results_cache(request), portal_token(request))


def mount_portal(app: FastAPI, settings: Settings) -> None:
    router: GraphQLRouter = GraphQLRouter(
        make_schema(settings),
        path=PATH,
        graphql_ide="graphiql" if settings.graphiql else None,
        allow_queries_via_get=False,  # a query is a POST: no token-bearing query in URLs and logs
        context_getter=portal_context,
        include_in_schema=False,  # its contract is openapi/schema.graphql
    )
    app.include_router(router)
