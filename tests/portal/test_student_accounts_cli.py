"""Students' portal accounts made by an administrator with the console command."""

import csv
import sqlite3
import stat

import pytest

from scodoc_api.core.security import verify_password
from tests.cli import run

pytestmark = pytest.mark.slow  # real processes: left out of make test-fast


def _db_path(env) -> str:
    return env["DATABASE_URL"].split("///", 1)[1]


def test_student_accounts_one_by_one_and_for_a_semester(cli_env, tmp_path):
    run(cli_env, "db", "upgrade")
    run(cli_env, "demo-data", "--students", "12", "--seed", "3", "--load")
    assert "created" in run(cli_env, "user", "add", "etu1", "--password", "pw-etu1", "--etudid", "1").stdout
    for args, said in (
        (("user", "add", "etu1b", "--password", "pw", "--etudid", "1", "--role", "Ens", "--dept", "RT"), "aucun rôle"),
        (("user", "add", "etu9", "--password", "pw", "--etudid", "999999"), "inconnu"),
        (("user", "grant", "etu1", "--role", "Ens", "--dept", "RT"), "compte étudiant"),
    ):
        refused = run(cli_env, *args, check=False)
        assert refused.returncode == 1 and said in refused.stderr, refused.stderr
    out = tmp_path / "accounts.csv"
    said = run(cli_env, "students", "accounts", "--formsemestre", "1", "--out", str(out)).stdout
    assert "11 account(s) created, 1 existing" in said, said
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # it holds passwords
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 12 and len({r["login"] for r in rows}) == 12
    existing = [r for r in rows if r["etudid"] == "1"]
    assert existing[0]["login"] == "etu1" and existing[0]["password"] == ""
    made = [r for r in rows if r["password"]]
    with sqlite3.connect(_db_path(cli_env)) as conn:
        hashes = dict(conn.execute("SELECT user_name, password_hash FROM users WHERE etudid IS NOT NULL"))
        assert conn.execute(
            "SELECT count(*) FROM user_role ur JOIN users u ON u.id = ur.user_id WHERE u.etudid IS NOT NULL"
        ).fetchone() == (0,)
    assert all(verify_password(r["password"], hashes[r["login"]]) for r in made[:2])
    assert all(r["password"] not in hashes[r["login"]] for r in made)  # only a hash is stored
    again = run(cli_env, "students", "accounts", "--formsemestre", "1", "--out", str(out)).stdout
    assert "0 account(s) created, 12 existing" in again
    missing = run(cli_env, "students", "accounts", "--formsemestre", "99", "--out", str(out), check=False)
    assert missing.returncode == 1 and "inconnu" in missing.stderr
