"""Authentication use cases: Basic login with throttling, token issue/reuse/revocation, bearer checks."""

from datetime import datetime, timezone

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from scodoc_api.core.errors import TooManyRequests, Unauthorized
from scodoc_api.core.permissions import ALL_PERMISSIONS, Principal
from scodoc_api.core.ratelimit import Limiter
from scodoc_api.core.security import decode_token, encode_token, new_jti, new_token_times, verify_password
from scodoc_api.core.settings import Settings
from scodoc_api.models import User
from scodoc_api.repositories import auth as repo

BAD_CREDENTIALS = "identifiant ou mot de passe invalide"


async def _check_throttle(limiter: Limiter, keys: list[str], settings: Settings) -> None:
    for key in keys:
        count, left = await limiter.peek(key, settings.login_window)
        if count >= settings.login_max_failures:
            raise TooManyRequests(left, "trop d'échecs de connexion, réessayez plus tard")


async def login(sessionmaker: async_sessionmaker[AsyncSession], limiter: Limiter, settings: Settings, *,
                user_name: str, password: str, address: str) -> str:
    """A token for these Basic credentials; 429 after too many failures for this login or address.

    The password check and the token issue are one short unit of work, closed before the failure counters
    are written: a refused login rolls back its own work but must still be counted."""
    keys = [f"fail:user:{user_name.lower()}", f"fail:ip:{address}"]
    await _check_throttle(limiter, keys, settings)
    token = None
    async with sessionmaker() as db:
        user = await repo.get_user_by_name(db, user_name)
        if user is not None and user.active and verify_password(password, user.password_hash):
            token = await issue_token(db, settings, user)
            await db.commit()
    if token is None:
        for key in keys:
            await limiter.hit(key, settings.login_window)
        raise Unauthorized(BAD_CREDENTIALS, scheme='Basic realm="ScoDoc"')
    await limiter.reset(keys[0])
    return token


async def check_token_rate(limiter: Limiter, settings: Settings, address: str) -> None:
    count, left = await limiter.hit(f"tok:ip:{address}", 60)
    if count > settings.token_rate_limit:
        raise TooManyRequests(left)


def _aware(dt: datetime | None) -> datetime | None:
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=timezone.utc)


async def issue_token(db: AsyncSession, settings: Settings, user: User) -> str:
    """ScoDoc's rule: while the current token lives more than 60 s, hand out the same one."""
    now = datetime.now(timezone.utc)
    exp, iat = _aware(user.token_expiration), _aware(user.token_issued_at)
    if (user.token_jti and exp and iat and (exp - now).total_seconds() > settings.token_reuse_margin
            and not await repo.is_revoked(db, user.token_jti)):
        return encode_token(user_id=user.id, jti=user.token_jti, issued_at=iat, expires_at=exp,
                            secret=settings.secret_key)
    iat, exp = new_token_times(settings.token_lifetime, now)
    user.token_jti, user.token_issued_at, user.token_expiration, user.last_seen = new_jti(), iat, exp, now
    await db.flush()
    return encode_token(user_id=user.id, jti=user.token_jti, issued_at=iat, expires_at=exp, secret=settings.secret_key)


async def principal_from_token(db: AsyncSession, settings: Settings, token: str) -> Principal:
    return (await authenticate(db, settings, token))[0]


async def authenticate(db: AsyncSession, settings: Settings, token: str,
                       version_of: int | None = None) -> tuple[Principal, int | None]:
    """The caller of a token and, in the same round trip, the results version of semester ``version_of``
    (None when not asked or unknown)."""
    claims = decode_token(token, settings.secret_key)
    rows = await repo.load_grants(db, int(claims["sub"]), claims["jti"], version_of=version_of)
    if not rows or rows[0].revoked:
        raise Unauthorized()
    version = rows[0].results_version if version_of is not None else None
    return _principal(int(claims["sub"]), rows, claims["jti"]), version


async def grants_principal(db: AsyncSession, user_id: int) -> Principal:
    """The permissions of a user authenticated otherwise than by token (legacy routes)."""
    return _principal(user_id, await repo.load_grants(db, user_id, None), None)


def _principal(user_id: int, rows, jti: str | None) -> Principal:
    global_mask, dept_masks = 0, {}
    for row in rows:
        mask = row.permissions
        if mask is None:
            continue
        if row.dept is None:
            global_mask = ALL_PERMISSIONS if ALL_PERMISSIONS in (mask, global_mask) else global_mask | mask
        elif row.id is not None:
            cur = dept_masks.get(row.id, 0)
            dept_masks[row.id] = ALL_PERMISSIONS if ALL_PERMISSIONS in (mask, cur) else cur | mask
    return Principal(user_id=user_id, user_name=rows[0].user_name if rows else "", active=bool(rows and rows[0].active),
                     global_mask=global_mask, dept_masks=dept_masks, jti=jti)


async def revoke_token(db: AsyncSession, settings: Settings, token: str) -> None:
    claims = decode_token(token, settings.secret_key)
    principal = await principal_from_token(db, settings, token)
    await repo.revoke(db, jti=claims["jti"], user_id=principal.user_id,
                      expires_at=datetime.fromtimestamp(claims["exp"], timezone.utc))
    user = await db.get(User, principal.user_id)
    if user is not None and user.token_jti == claims["jti"]:
        user.token_jti, user.token_expiration = None, None
        await db.flush()
