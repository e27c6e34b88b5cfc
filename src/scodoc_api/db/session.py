"""The unit of work's types, for the layers above repositories: they name a session, they build no statement
(an import contract in pyproject.toml keeps sqlalchemy out of them)."""

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

__all__ = ["AsyncSession", "async_sessionmaker"]
