"""Service settings, read from the environment (prefix ``SCODOC_`` optional) and an optional ``.env`` file."""

from functools import lru_cache

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _env(name: str) -> AliasChoices:
    """Accept both ``NAME`` and ``SCODOC_NAME`` for every setting."""
    return AliasChoices(name, f"SCODOC_{name}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(
        "sqlite+aiosqlite:///./scodoc.db",
        validation_alias=_env("DATABASE_URL"),
        description="SQLAlchemy async URL; postgresql+asyncpg://... in production",
    )
    secret_key: str = Field(
        "change-me-in-production-please-0123456789",
        validation_alias=_env("SECRET_KEY"),
        description="HS256 key signing the API tokens",
    )
    token_lifetime: int = Field(3600, validation_alias=_env("TOKEN_LIFETIME"), description="token life (s)")
    token_reuse_margin: int = Field(
        60, validation_alias=_env("TOKEN_REUSE_MARGIN"), description="reuse a token living longer than this (s)"
    )
    redis_url: str | None = Field(None, validation_alias=_env("REDIS_URL"))
    login_max_failures: int = Field(
        5, validation_alias=_env("LOGIN_MAX_FAILURES"), description="failed logins per window before 429"
    )
    login_window: int = Field(300, validation_alias=_env("LOGIN_WINDOW"), description="failure window (s)")
    token_rate_limit: int = Field(
        60, validation_alias=_env("TOKEN_RATE_LIMIT"), description="token requests per address per minute"
    )
    timezone: str = Field("Europe/Paris", validation_alias=_env("TIMEZONE"))
    db_pool_size: int = Field(10, validation_alias=_env("DB_POOL_SIZE"))
    db_connect_timeout: float = Field(5.0, validation_alias=_env("DB_CONNECT_TIMEOUT"))
    log_level: str = Field("info", validation_alias=_env("LOG_LEVEL"))


@lru_cache
def get_settings() -> Settings:
    return Settings()
