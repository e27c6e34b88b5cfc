"""Token protocol of ScoDoc 9 (permissions.md §5.4, modern-api.md §2)."""

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, SettingsDep, bearer_token, client_address, portal_token
from scodoc_api.api.params import json_body_doc, object_body, validated
from scodoc_api.core.errors import Unauthorized, responses
from scodoc_api.core.security import BadBasic, credentials_fit, parse_basic
from scodoc_api.core.settings import Settings
from scodoc_api.formats.responses import render
from scodoc_api.services import auth as auth_service

router = APIRouter(tags=["tokens"])


class TokenRead(BaseModel):
    token: str = Field(examples=["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."])


def _basic_credentials(request: Request) -> tuple[str, str]:
    try:
        creds = parse_basic(request.headers.get("authorization", ""))
    except BadBasic:
        raise Unauthorized("en-tête Basic invalide", scheme='Basic realm="ScoDoc"') from None
    if creds is None:
        raise Unauthorized("authentification HTTP Basic requise", scheme='Basic realm="ScoDoc"')
    user, password = creds
    if not credentials_fit(user, password):
        raise Unauthorized(auth_service.BAD_CREDENTIALS, scheme='Basic realm="ScoDoc"')
    return user, password


@router.post(
    "/tokens",
    response_model=TokenRead,
    responses=responses(401, 429, 503),
    openapi_extra={"security": [{"HTTPBasic": []}]},
)
async def get_token(request: Request, settings: SettingsDep) -> Response:
    """Get an API token with HTTP Basic credentials. While the current token lives more than 60 s, the same
    token is returned (ScoDoc's rule, so that clients sharing an account share a token)."""
    user_name, password = _basic_credentials(request)  # parsed and bounded before any database work
    return await _issue(request, settings, user_name, password, scheme='Basic realm="ScoDoc"')


async def _issue(request: Request, settings: Settings, user_name: str, password: str, *, scheme: str) -> Response:
    """The token answer for credentials read by the route: rate of token requests, login throttling, token."""
    limiter = request.app.state.limiter
    address = client_address(request)
    request.state.login = user_name  # the audit records the login tried, and its outcome
    await auth_service.check_token_rate(limiter, settings, address)
    token = await auth_service.login(
        request.app.state.sessionmaker,
        limiter,
        settings,
        user_name=user_name,
        password=password,
        address=address,
        scheme=scheme,
    )
    return render(request, {"token": token}, xml_root="token")


@router.delete("/tokens", status_code=204, responses=responses(401, 503), response_class=Response)
async def revoke_token(request: Request, db: DbSession, settings: SettingsDep) -> Response:
    """Revoke the bearer token: every worker refuses it from now on."""
    await auth_service.revoke_token(db, settings, bearer_token(request))
    return Response(status_code=204)


# The student portal's sign-in (the peer portal server's protocol, with real expiry and revocation)
auth_router = APIRouter(tags=["auth"])


class LoginIn(BaseModel):
    username: str = Field(min_length=1, max_length=64, examples=["b0000001"])
    password: str = Field(max_length=256, examples=["(the password the administrator gave)"])


@auth_router.post(
    "/auth/login",
    response_model=TokenRead,
    responses=responses(400, 401, 406, 413, 429, 503),
    openapi_extra={"security": [], **json_body_doc(LoginIn, array=False)},
)
async def portal_login(request: Request, settings: SettingsDep) -> Response:
    """Sign in with a JSON body ``{username, password}`` (a student's portal account or a staff one): the same
    token as ``POST /tokens``, with the same expiry, reuse rule and failure throttling."""
    creds = validated(LoginIn, await object_body(request))
    return await _issue(request, settings, creds.username, creds.password, scheme="Bearer")


@auth_router.post(
    "/auth/logout",
    status_code=204,
    responses=responses(401, 503),
    response_class=Response,
    openapi_extra={"security": [{"BearerToken": []}, {"PortalToken": []}]},
)
async def portal_logout(request: Request, db: DbSession, settings: SettingsDep) -> Response:
    """Revoke the token (``Authorization: Bearer`` or ``Token:``): every worker refuses it from the next
    request on."""
    token = portal_token(request)
    if token is None:
        raise Unauthorized()
    await auth_service.revoke_token(db, settings, token)
    return Response(status_code=204)
