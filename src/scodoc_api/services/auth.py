"""Authentication use cases: Basic login with throttling, token issue/reuse/revocation, bearer checks."""

from datetime import UTC, datetime

from scodoc_api.core.errors import TooManyRequests, Unauthorized
from scodoc_api.core.metrics import LOGINS
from scodoc_api.core.permissions import ALL_PERMISSIONS, Principal
from scodoc_api.core.security import (
    credentials_fit,
    decode_token,
    encode_token,
    new_jti,
    new_token_times,
    verify_password_off_loop,
)
from scodoc_api.core.settings import Settings
from scodoc_api.db.session import AsyncSession, async_sessionmaker
from scodoc_api.models import User
from scodoc_api.repositories import auth as repo
from scodoc_api.services.ratelimit import Limiter, throttle_key

BAD_CREDENTIALS = "identifiant ou mot de passe invalide"


def _throttle_buckets(settings: Settings, user_name: str, address: str) -> list[tuple[str, int]]:
    """Failure buckets, checked in this order: the (login, address) pair first, so that guesses from one
    address lock that address out of that account only and never reach the account's own bucket once
    refused; then the address (one address spraying many logins); then the login, with a higher limit
    (guesses from many addresses: a slower, account-wide backoff)."""
    login = user_name.lower()
    return [
        (throttle_key("fail:pair", login, address), settings.login_max_failures),
        (throttle_key("fail:ip", address), settings.login_max_failures_per_address),
        (throttle_key("fail:user", login), settings.login_max_failures_per_user),
    ]


async def check_login(
    sessionmaker: async_sessionmaker[AsyncSession],
    limiter: Limiter,
    settings: Settings,
    *,
    user_name: str,
    password: str,
    address: str,
) -> User | None:
    """The active user with these credentials, else None; 429 when a failure bucket is full.

    Inputs are bounded before any work. Each attempt is reserved in every bucket (an atomic increment)
    before the password is checked, so concurrent guesses cannot outrun the limit; a success refunds its
    reservations. The user is read in a short session of its own: no connection is held while argon2 runs,
    and unknown logins are checked against a dummy hash (same time as a wrong password)."""
    if not credentials_fit(user_name, password):
        return None
    reserved = []
    for key, limit in _throttle_buckets(settings, user_name, address):
        count, left = await limiter.hit(key, settings.login_window)
        if count > limit:
            LOGINS.labels("throttled").inc()
            raise TooManyRequests(left, "trop d'échecs de connexion, réessayez plus tard")
        reserved.append(key)
    async with sessionmaker() as db:
        user = await repo.get_user_by_name(db, user_name)
    ok = await verify_password_off_loop(password, user.password_hash if user is not None else None)
    if user is None or not user.active or not ok:
        LOGINS.labels("failed").inc()
        return None
    LOGINS.labels("succeeded").inc()
    await limiter.reset(reserved[0])  # the pair's bucket is cleared, the others get their reservation back
    for key in reserved[1:]:
        await limiter.refund(key)
    return user


async def login(
    sessionmaker: async_sessionmaker[AsyncSession],
    limiter: Limiter,
    settings: Settings,
    *,
    user_name: str,
    password: str,
    address: str,
    scheme: str = 'Basic realm="ScoDoc"',
) -> str:
    """A token for these credentials (401 otherwise, naming ``scheme``; 429 after too many failures)."""
    user = await check_login(sessionmaker, limiter, settings, user_name=user_name, password=password, address=address)
    if user is None:
        raise Unauthorized(BAD_CREDENTIALS, scheme=scheme)
    async with sessionmaker() as db:
        user = await db.merge(user, load=True)
        token = await issue_token(db, settings, user)
        await db.commit()
    return token


async def check_token_rate(limiter: Limiter, settings: Settings, address: str) -> None:
    count, left = await limiter.hit(throttle_key("tok:ip", address), 60)
    if count > settings.token_rate_limit:
        raise TooManyRequests(left)


def _older_than(iat: int, changed: datetime | None) -> bool:
    """True for a token issued before the password change (token times are whole seconds)."""
    return changed is not None and iat < int(_aware(changed).timestamp())


def _aware(dt: datetime | None) -> datetime | None:
    return dt if dt is None or dt.tzinfo else dt.replace(tzinfo=UTC)


async def issue_token(db: AsyncSession, settings: Settings, user: User) -> str:
    """ScoDoc's rule: while the current token lives more than 60 s, hand out the same one."""
    now = datetime.now(UTC)
    exp, iat = _aware(user.token_expiration), _aware(user.token_issued_at)
    if (
        user.token_jti
        and exp
        and iat
        and (exp - now).total_seconds() > settings.token_reuse_margin
        and not await repo.is_revoked(db, user.token_jti)
    ):
        return encode_token(
            user_id=user.id, jti=user.token_jti, issued_at=iat, expires_at=exp, secret=settings.secret_key
        )
    iat, exp = new_token_times(settings.token_lifetime, now)
    user.token_jti, user.token_issued_at, user.token_expiration, user.last_seen = new_jti(), iat, exp, now
    await db.flush()
    return encode_token(user_id=user.id, jti=user.token_jti, issued_at=iat, expires_at=exp, secret=settings.secret_key)


async def principal_from_token(db: AsyncSession, settings: Settings, token: str) -> Principal:
    return (await authenticate(db, settings, token))[0]


async def authenticate(
    db: AsyncSession, settings: Settings, token: str, version_of: int | None = None
) -> tuple[Principal, int | None]:
    """The caller of a token and, in the same round trip, the results version of semester ``version_of``
    (None when not asked or unknown)."""
    claims = decode_token(token, settings.secret_key)
    rows = _checked(claims, await repo.load_grants(db, int(claims["sub"]), claims["jti"], version_of=version_of))
    version = rows[0].results_version if version_of is not None else None
    return _principal(int(claims["sub"]), rows, claims["jti"]), version


def _checked(claims: dict, rows):
    """The grant rows of a token's user, unless refused at once: a revoked token, a deactivated user, a token
    older than the last password change."""
    if not rows or rows[0].revoked or not rows[0].active or _older_than(claims["iat"], rows[0].date_modif_passwd):
        raise Unauthorized()
    return rows


async def authenticate_with_data_key(db: AsyncSession, settings: Settings, token: str) -> tuple[Principal, str | None]:
    """The caller of a token and, for a student's account, the key of the data the portal shows them (None for
    staff), in one round trip: what the portal's page cache is keyed on."""
    claims = decode_token(token, settings.secret_key)
    rows = _checked(claims, await repo.load_grants_with_data_key(db, int(claims["sub"]), claims["jti"]))
    principal = _principal(int(claims["sub"]), rows, claims["jti"])
    return principal, rows[0].data_key if principal.is_student else None


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
    return Principal(
        user_id=user_id,
        user_name=rows[0].user_name if rows else "",
        active=bool(rows and rows[0].active),
        global_mask=global_mask,
        dept_masks=dept_masks,
        jti=jti,
        etudid=rows[0].etudid if rows else None,
    )


async def revoke_token(db: AsyncSession, settings: Settings, token: str) -> None:
    claims = decode_token(token, settings.secret_key)
    principal = await principal_from_token(db, settings, token)
    await repo.revoke(
        db, jti=claims["jti"], user_id=principal.user_id, expires_at=datetime.fromtimestamp(claims["exp"], UTC)
    )
    user = await db.get(User, principal.user_id)
    if user is not None and user.token_jti == claims["jti"]:
        user.token_jti, user.token_expiration = None, None
        await db.flush()


async def purge_expired(sessionmaker: async_sessionmaker[AsyncSession], limiter: Limiter) -> tuple[int, int]:
    """Delete expired revocations and stale throttle counters: (revocations, counters) deleted."""
    async with sessionmaker() as db:
        revoked = await repo.purge_revoked(db, datetime.now(UTC))
        await db.commit()
    return revoked, await limiter.purge()
