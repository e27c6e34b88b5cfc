"""Finding 1: no token can be signed with a published key, because no server starts with one."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scodoc_api.core.security import encode_token, new_jti, new_token_times
from scodoc_api.core.settings import InsecureSecretKey, Settings, check_secret_key, random_secret_key
from scodoc_api.main import create_app

ROOT = Path(__file__).parents[2]
OLD_DEFAULT = "change-me-in-production-please-0123456789"
COMPOSE_FALLBACK = "please-change-this-secret-key"


@pytest.mark.parametrize("key", [None, "", "short-key", OLD_DEFAULT, COMPOSE_FALLBACK, "s" * 40])
def test_unfit_keys_are_refused(key):
    with pytest.raises(InsecureSecretKey, match="secrets.token_urlsafe"):
        check_secret_key(key)
    with pytest.raises(InsecureSecretKey):
        create_app(Settings(secret_key=key))


def test_a_random_key_is_accepted():
    assert check_secret_key(key := random_secret_key()) == key
    assert random_secret_key() != key


def _serve(env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scodoc_api", "serve", "--port", "1"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.slow
@pytest.mark.parametrize("key", [None, OLD_DEFAULT, "0123456789abcdef"])
def test_serve_refuses_to_start_with_one_line(key, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "SCODOC_SECRET_KEY")}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"
    if key is not None:
        env["SECRET_KEY"] = key
    proc = _serve(env)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "SECRET_KEY" in lines[0] and "secrets.token_urlsafe" in lines[0]


async def test_token_signed_with_the_old_default_is_refused(client, user_ids):
    iat, exp = new_token_times(3600)
    forged = encode_token(user_id=user_ids["admin"], jti=new_jti(), issued_at=iat, expires_at=exp, secret=OLD_DEFAULT)
    resp = await client.get("/ScoDoc/api/departements", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status_code == 401


def test_compose_requires_the_key():
    text = (ROOT / "compose.yaml").read_text()
    assert re.search(r"SECRET_KEY: \$\{SECRET_KEY:\?", text)
    assert COMPOSE_FALLBACK not in text and ":-" not in text.split("SECRET_KEY:")[1].splitlines()[0]
