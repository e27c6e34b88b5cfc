"""Run Alembic from code (CLI, tests, container entrypoint)."""

import os
from pathlib import Path

from alembic.config import Config

from alembic import command


def find_alembic_dir() -> Path:
    """The migrations folder: $SCODOC_ALEMBIC_DIR, the repository's (a checkout), or the package's own copy
    (an installed wheel: scodoc_api/migrations)."""
    candidates = [
        os.environ.get("SCODOC_ALEMBIC_DIR"),
        Path(__file__).parents[3] / "alembic",
        Path(__file__).parents[1] / "migrations",
    ]
    for cand in candidates:
        if cand and (Path(cand) / "env.py").is_file():
            return Path(cand)
    raise FileNotFoundError("alembic migrations folder not found (set SCODOC_ALEMBIC_DIR)")


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(find_alembic_dir()))
    cfg.set_main_option("file_template", "%%(year)d-%%(month).2d-%%(day).2d_%%(slug)s")
    cfg.attributes["database_url"] = database_url
    return cfg


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)
