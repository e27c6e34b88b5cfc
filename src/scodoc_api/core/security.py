"""Passwords (argon2) and API tokens (JWT HS256 with sub, iat, exp and jti)."""

import asyncio
import base64
import binascii
import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from jose import JWTError, jwt

from scodoc_api.core.errors import Unauthorized

ALGORITHM = "HS256"
_hasher = PasswordHasher()


MAX_LOGIN_LENGTH = 64  # ScoDoc's user_name column
MAX_PASSWORD_LENGTH = 256
HASH_CONCURRENCY = 2  # argon2 checks run at once per worker (each takes a core for ~50 ms)
_dummy_hash: str | None = None
_slots: dict[int, asyncio.Semaphore] = {}


def credentials_fit(login: str, password: str) -> bool:
    """Login and password within their bounds: checked before any work, whatever door they came by."""
    return 0 < len(login) <= MAX_LOGIN_LENGTH and len(password) <= MAX_PASSWORD_LENGTH


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _dummy() -> str:
    """A hash no password matches, checked for unknown logins so that they cost the same time as known ones
    (no enumeration of logins by timing)."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password(secrets.token_urlsafe(32))
    return _dummy_hash


async def verify_password_off_loop(password: str, password_hash: str | None) -> bool:
    """argon2 in a worker thread, at most HASH_CONCURRENCY at once: the event loop keeps serving other
    requests, and a burst of logins queues instead of taking every core. A missing hash (unknown login,
    account without password) is checked against a dummy one, then refused."""
    loop_id = id(asyncio.get_running_loop())
    slots = _slots.get(loop_id)
    if slots is None:
        slots = _slots[loop_id] = asyncio.Semaphore(HASH_CONCURRENCY)
    async with slots:
        ok = await asyncio.to_thread(verify_password, password, password_hash or _dummy())
    return ok and bool(password_hash)


class BadBasic(ValueError):
    """An Authorization header of the Basic scheme that cannot be decoded."""


def parse_basic(authorization: str) -> tuple[str, str] | None:
    """(login, password) of an ``Authorization: Basic`` header value; None for another scheme or none;
    BadBasic for a Basic value that is not base64 of UTF-8 ``login:password`` with a login."""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        login, sep, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadBasic() from None
    if not sep or not login:
        raise BadBasic()
    return login, password


def new_jti() -> str:
    return secrets.token_urlsafe(16)


def encode_token(*, user_id: int, jti: str, issued_at: datetime, expires_at: datetime, secret: str) -> str:
    """Deterministic for given claims: the same (jti, iat, exp) always gives the same token string."""
    claims = {"sub": str(user_id), "jti": jti, "iat": int(issued_at.timestamp()), "exp": int(expires_at.timestamp())}
    token: str = jwt.encode(claims, secret, algorithm=ALGORITHM)
    return token


def new_token_times(lifetime: int, now: datetime | None = None) -> tuple[datetime, datetime]:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    return now, now + timedelta(seconds=lifetime)


_VERIFIED: dict[tuple[str, str], dict[str, Any]] = {}  # (token, secret) -> claims whose signature was checked
_VERIFIED_MAX = 4096


def decode_token(token: str, secret: str) -> dict[str, Any]:
    """Claims of a valid token; Unauthorized for a malformed, badly signed or expired one.

    A signature, once checked, is remembered (it cannot change); the expiry is checked at every call and
    revocation is the caller's business (a database lookup)."""
    known = _VERIFIED.get((token, secret))
    if known is not None:
        if known["exp"] < time.time():
            raise Unauthorized()
        return known
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"require_exp": True, "require_iat": True, "require_sub": True, "require_jti": True},
        )
        int(claims["sub"])
    except (JWTError, ValueError, KeyError, TypeError):
        raise Unauthorized() from None
    if len(_VERIFIED) >= _VERIFIED_MAX:
        _VERIFIED.clear()
    _VERIFIED[(token, secret)] = claims
    return claims
