"""The console command run as a user runs it: a subprocess on a scratch SQLite database (``cli_env`` fixture,
in conftest)."""

import os
import subprocess
import sys
from pathlib import Path

from scodoc_api.core.settings import random_secret_key

ROOT = Path(__file__).parents[1]


def cli_environment(tmp_path: Path) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}",
        "SECRET_KEY": random_secret_key(),
    }
    env.pop("REDIS_URL", None)
    return env


def run(env, *args, check=True):
    proc = subprocess.run(
        [sys.executable, "-m", "scodoc_api", *args], env=env, capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    if check and proc.returncode:
        raise AssertionError(f"{args}: {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc
