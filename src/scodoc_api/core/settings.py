"""Service settings, read from the environment (prefix ``SCODOC_`` optional) and an optional ``.env`` file."""

import os
import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _env(name: str) -> AliasChoices:
    """Accept both ``NAME`` and ``SCODOC_NAME`` for every setting."""
    return AliasChoices(name, f"SCODOC_{name}")


def _data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


ASYNC_DRIVERS = {"postgresql": "postgresql+asyncpg", "postgres": "postgresql+asyncpg", "sqlite": "sqlite+aiosqlite"}


def async_url(url: str) -> str:
    """``postgresql://`` (and ``postgres://``, ``sqlite://``) with the async driver this service uses."""
    scheme, sep, rest = url.partition("://")
    return f"{ASYNC_DRIVERS[scheme]}{sep}{rest}" if sep and scheme in ASYNC_DRIVERS else url


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(
        "sqlite+aiosqlite:///./scodoc.db",
        validation_alias=_env("DATABASE_URL"),
        description="SQLAlchemy async URL; postgresql+asyncpg://... in production (postgresql:// is taken as that)",
    )

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        return async_url(value)

    secret_key: str | None = Field(
        None,
        validation_alias=_env("SECRET_KEY"),
        description="HS256 key signing the API tokens: required, at least 32 bytes, never a published value",
    )
    token_lifetime: int = Field(3600, validation_alias=_env("TOKEN_LIFETIME"), description="token life (s)")
    token_reuse_margin: int = Field(
        60, validation_alias=_env("TOKEN_REUSE_MARGIN"), description="reuse a token living longer than this (s)"
    )
    redis_url: str | None = Field(None, validation_alias=_env("REDIS_URL"))
    login_max_failures: int = Field(
        5,
        validation_alias=_env("LOGIN_MAX_FAILURES"),
        description="failed logins per (login, address) pair and window before 429",
    )
    login_max_failures_per_user: int = Field(
        20,
        validation_alias=_env("LOGIN_MAX_FAILURES_PER_USER"),
        description="failed logins per login, from any address, per window before 429",
    )
    login_max_failures_per_address: int = Field(
        50,
        validation_alias=_env("LOGIN_MAX_FAILURES_PER_ADDRESS"),
        description="failed logins per address, for any login, per window before 429",
    )
    login_window: int = Field(300, validation_alias=_env("LOGIN_WINDOW"), description="failure window (s)")
    token_rate_limit: int = Field(
        60, validation_alias=_env("TOKEN_RATE_LIMIT"), description="token requests per address per minute"
    )
    timezone: str = Field("Europe/Paris", validation_alias=_env("TIMEZONE"))
    db_pool_size: int = Field(10, validation_alias=_env("DB_POOL_SIZE"))
    db_connect_timeout: float = Field(5.0, validation_alias=_env("DB_CONNECT_TIMEOUT"))
    db_statement_timeout: float = Field(
        30.0,
        validation_alias=_env("DB_STATEMENT_TIMEOUT"),
        description="seconds before a database command is abandoned (then 503)",
    )
    log_level: str = Field("info", validation_alias=_env("LOG_LEVEL"))
    trusted_proxies: str = Field(
        "",
        validation_alias=_env("TRUSTED_PROXIES"),
        description="comma-separated addresses or networks of reverse proxies whose X-Forwarded-For is believed; "
        "empty (the default): the header is ignored",
    )
    max_body_bytes: int = Field(
        2 * 1024 * 1024,
        validation_alias=_env("MAX_BODY_BYTES"),
        description="largest request body accepted (413 beyond)",
    )
    graphiql: bool = Field(
        False,
        validation_alias=_env("GRAPHIQL"),
        description="GET /ScoDoc/api/graphql serves GraphiQL (the demo sets it)",
    )
    graphql_max_depth: int = Field(
        10, ge=1, validation_alias=_env("GRAPHQL_MAX_DEPTH"), description="deepest GraphQL query accepted"
    )
    graphql_max_cost: int = Field(
        20000,
        ge=1,
        validation_alias=_env("GRAPHQL_MAX_COST"),
        description="costliest GraphQL query accepted: one per field, times the expected size of each list it is in",
    )
    portal_cache_mb: int = Field(
        32,
        ge=0,
        validation_alias=_env("PORTAL_CACHE_MB"),
        description="per worker: students' portal answers kept until their data changes (0: none kept)",
    )
    graceful_timeout: int = Field(
        30,
        validation_alias=_env("GRACEFUL_TIMEOUT"),
        description="seconds in-flight requests may take to finish on SIGTERM before the worker stops",
    )
    metrics_allow: str = Field(
        "127.0.0.1/32,::1/128",
        validation_alias=_env("METRICS_ALLOW"),
        description="addresses or networks that may read /metrics (comma-separated); empty: none",
    )
    metrics_token: str | None = Field(
        None, validation_alias=_env("METRICS_TOKEN"), description="a Bearer token that may read /metrics"
    )
    cors_origins: str = Field(
        "",
        validation_alias=_env("CORS_ORIGINS"),
        description="comma-separated origins whose browser pages may call the API (portals); empty: none",
    )
    justif_dir: str = Field(
        default_factory=lambda: str(_data_home() / "scodoc-api" / "justificatifs"),
        validation_alias=_env("JUSTIF_DIR"),
        description="directory of the justificatifs' files (outside any web root; created if missing)",
    )
    justif_max_bytes: int = Field(
        5 * 1024 * 1024,
        validation_alias=_env("JUSTIF_MAX_BYTES"),
        description="largest justificatif file accepted (413 beyond)",
    )
    gzip_min_bytes: int = Field(
        32 * 1024,
        ge=0,
        validation_alias=_env("GZIP_MIN_BYTES"),
        description="answers at least this large (and every streamed one) are gzipped for clients that accept it; "
        "0: never (a reverse proxy compresses)",
    )
    results_cache_mb: int = Field(
        256,
        ge=8,
        validation_alias=_env("RESULTS_CACHE_MB"),
        description="memory per worker for computed semesters and their rendered bulletins (MB, estimated); "
        "a 600-student semester takes about 12 MB, and 15 to 40 MB more once all its bulletins are rendered",
    )
    no_photo_image: str | None = Field(
        None,
        validation_alias=_env("NO_PHOTO_IMAGE"),
        description="an image file (JPEG or PNG) served for students without a photo; unset: a drawn placeholder",
    )


# Keys that were ever published (this project's old defaults, compose.yaml's old fallback, documentation
# examples): a token signed with one of them could be forged by anyone.
KNOWN_SECRETS = frozenset(
    {
        "change-me-in-production-please-0123456789",
        "please-change-this-secret-key",
        "changeme",
        "secret",
        "test-secret-key-0123456789abcdef",
        "bench-secret-key-0123456789abcdef",
        "multi-process-secret-0123456789",
    }
)
MIN_SECRET_BYTES = 32
GENERATE_HINT = "python -c 'import secrets; print(secrets.token_urlsafe(48))'"


class InsecureSecretKey(ValueError):
    """The configured SECRET_KEY would let anyone forge tokens."""


def check_secret_key(key: str | None) -> str:
    """The key, if it is fit to sign tokens; else InsecureSecretKey with a one-line remedy."""
    if not key:
        problem = "SECRET_KEY is not set"
    elif len(key.encode()) < MIN_SECRET_BYTES:
        problem = f"SECRET_KEY is shorter than {MIN_SECRET_BYTES} bytes"
    elif key in KNOWN_SECRETS or key.lower().startswith(("change-me", "changeme", "please-change")):
        problem = "SECRET_KEY is a published default"
    elif len(set(key)) < 8:
        problem = "SECRET_KEY has too few distinct characters"
    else:
        return key
    raise InsecureSecretKey(f"{problem}: generate one with {GENERATE_HINT} and set it on every worker and host")


def random_secret_key() -> str:
    """A key for one run (demo, tests): tokens die with the process."""
    return secrets.token_urlsafe(48)


@lru_cache
def get_settings() -> Settings:
    return Settings()
