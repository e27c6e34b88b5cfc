"""Token protocol of ScoDoc 9 (permissions.md §5.4, modern-api.md §2)."""

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.responses import Response

from scodoc_api.api.deps import DbSession, SettingsDep, bearer_token, client_address
from scodoc_api.core.errors import Unauthorized, responses
from scodoc_api.core.security import BadBasic, credentials_fit, parse_basic
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
    limiter = request.app.state.limiter
    address = client_address(request)
    user_name, password = _basic_credentials(request)  # parsed and bounded before any database work
    request.state.login = user_name  # the audit records the login tried, and its outcome
    await auth_service.check_token_rate(limiter, settings, address)
    token = await auth_service.login(
        request.app.state.sessionmaker, limiter, settings, user_name=user_name, password=password, address=address
    )
    return render(request, {"token": token}, xml_root="token")


@router.delete("/tokens", status_code=204, responses=responses(401, 503), response_class=Response)
async def revoke_token(request: Request, db: DbSession, settings: SettingsDep) -> Response:
    """Revoke the bearer token: every worker refuses it from now on."""
    await auth_service.revoke_token(db, settings, bearer_token(request))
    return Response(status_code=204)
