"""The route table: every API router is served on both mounts, /ScoDoc/api and /ScoDoc/{dept}/api."""

from fastapi import APIRouter, Depends, FastAPI
from fastapi.routing import APIRoute

from scodoc_api.api import (
    absences,
    assiduites,
    bulletin,
    departements,
    etud,
    evaluation,
    formation,
    formsemestre,
    groups,
    justificatifs,
    moduleimpl,
    tokens,
    users,
)
from scodoc_api.api.deps import dept_path

API_ROUTERS: list[APIRouter] = [
    bulletin.router,
    tokens.router,
    departements.router,
    etud.router,
    formation.router,
    formsemestre.router,
    moduleimpl.router,
    groups.router,
    evaluation.router,
    absences.router,
    assiduites.router,
    justificatifs.router,
    users.router,
]


def _op_id(suffix: str):
    def gen(route: APIRoute) -> str:
        return route.name + suffix

    return gen


def mount_api(app: FastAPI) -> None:
    # the portal's sign-in: one mount
    app.include_router(tokens.auth_router, prefix="/ScoDoc/api", generate_unique_id_function=_op_id(""))
    for router in API_ROUTERS:
        app.include_router(router, prefix="/ScoDoc/api", generate_unique_id_function=_op_id(""))
        app.include_router(
            router,
            prefix="/ScoDoc/{dept}/api",
            dependencies=[Depends(dept_path)],
            generate_unique_id_function=_op_id("_dept"),
        )


MOUNTS = ("/ScoDoc/api", "/ScoDoc/{dept}/api")


def route_table():
    """(method, full path, APIRoute) for every API operation on both mounts: what the auth matrix walks."""
    for router in API_ROUTERS:
        for route in router.routes:
            if isinstance(route, APIRoute):
                for mount in MOUNTS:
                    for method in sorted(route.methods - {"HEAD"}):
                        yield method, mount + route.path_format, route
