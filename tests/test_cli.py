"""The console command, run as a user runs it (subprocesses, on a scratch SQLite database)."""

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.cli import run
from tests.paths import SCODOC_EXPORTS as EXPORTS

pytestmark = pytest.mark.slow  # real processes: left out of make test-fast

ROOT = Path(__file__).parents[1]


def test_upgrade_demo_data_users_and_import(cli_env, tmp_path):
    run(cli_env, "db", "upgrade")
    out = tmp_path / "demo.json"
    run(cli_env, "demo-data", "--students", "20", "--seed", "2", "--out", str(out))
    assert json.loads(out.read_text())["etudiants"][0]["code_nip"] == "00000001"
    assert "loaded" in run(cli_env, "load", str(out)).stdout
    run(cli_env, "user", "add", "jdoe", "--password", "pw", "--dept", "RT", "--role", "Ens")
    run(cli_env, "user", "grant", "jdoe", "--role", "Secr", "--dept", "RT")
    listing = run(cli_env, "user", "list").stdout
    assert "jdoe" in listing and "Ens_RT" in listing and "Secr_RT" in listing and "SuperAdmin_" in listing
    assert "admin\tinactive" in listing  # demo-data opens no account outside the demo (no --demo-logins)
    run(cli_env, "user", "revoke", "jdoe", "--role", "Secr", "--dept", "RT")
    run(cli_env, "user", "passwd", "jdoe", "--password", "pw2")
    assert "Secr_RT" not in run(cli_env, "user", "list").stdout.split("jdoe")[1].split("\n")[0]
    fail = run(cli_env, "user", "grant", "jdoe", "--role", "Nope", "--dept", "RT", check=False)
    assert fail.returncode == 1 and "rôle inconnu" in fail.stderr
    # department roles need a department: no accidental grant everywhere
    for args in (
        ("user", "add", "jdoe2", "--password", "pw", "--role", "Ens"),
        ("user", "grant", "jdoe", "--role", "Ens"),
    ):
        refused = run(cli_env, *args, check=False)
        assert refused.returncode == 1 and "--dept" in refused.stderr, refused.stderr
    assert "jdoe2" not in run(cli_env, "user", "list").stdout
    assert "deactivated" in run(cli_env, "user", "deactivate", "jdoe").stdout
    assert "jdoe\tinactive" in run(cli_env, "user", "list").stdout
    if EXPORTS.is_dir():  # a real ScoDoc export (../shared only; the rest of this test runs anywhere)
        said = run(cli_env, "import-formation", str(EXPORTS / "formation-exemple-1.xml"), "--dept", "RT").stdout
        assert re.search(r"formation imported: .+ version \d+ \(id \d+\) in RT", said), said
    from PIL import Image

    photo = tmp_path / "p.png"
    Image.new("RGB", (120, 160), (200, 10, 10)).save(photo)
    assert "photo stored" in run(cli_env, "photo", "set", "1", str(photo)).stdout
    not_image = tmp_path / "x.png"
    not_image.write_text("nope")
    assert run(cli_env, "photo", "set", "1", str(not_image), check=False).returncode == 1


def test_bad_file_is_refused_with_the_field(cli_env, tmp_path):
    run(cli_env, "db", "upgrade")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"departements": [{"acronym": "X"}], "etudiants": [{"ref": 1, "dept": "X", "nom": "A"}]}))
    proc = run(cli_env, "load", str(bad), check=False)
    assert proc.returncode == 1 and "$.etudiants[0]" in proc.stderr and "prenom" in proc.stderr
    listing = run(cli_env, "user", "list").stdout
    assert listing.strip() == ""  # nothing written
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert "JSON invalide" in run(cli_env, "load", str(broken), check=False).stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_container_entrypoint_migrates_then_serves(cli_env):
    port = _free_port()
    env = {
        **cli_env,
        "PORT": str(port),
        "HOST": "127.0.0.1",
        "WORKERS": "1",
        "PATH": f"{Path(sys.executable).parent}:{cli_env['PATH']}",
    }
    proc = subprocess.Popen(
        ["sh", str(ROOT / "docker" / "entrypoint.sh")],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/ScoDoc/api/ready", timeout=2) as resp:
                    assert resp.status == 200 and json.load(resp)["database"] == "ok"
                    break
            except OSError as exc:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise AssertionError(proc.stdout.read().decode() if proc.poll() is not None else "timeout") from exc
                time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _one_line_error(proc) -> str:
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("erreur: "), proc.stderr
    return lines[0]


def test_database_problems_are_one_line(cli_env, tmp_path):
    """A closed port, an unknown host, a missing database or folder, an unmigrated database: what is wrong and
    what to do, in one line, exit status 1."""
    closed = _free_port()
    cases = {
        f"postgresql://postgres@127.0.0.1:{closed}/x": "port",
        "postgresql://postgres@nohost.invalid/x": "hôte",
        "postgresql://postgres@127.0.0.1:5432/scodoc_no_such_database": "createdb",
        f"sqlite:///{tmp_path / 'missing' / 'x.db'}": "dossier",
        f"sqlite:///{tmp_path / 'empty.db'}": "db upgrade",
    }
    for url, hint in cases.items():
        line = _one_line_error(run({**cli_env, "DATABASE_URL": url}, "user", "list", check=False))
        assert hint in line, (url, line)


def test_demo_data_into_a_loaded_database_says_so(cli_env):
    run(cli_env, "db", "upgrade")
    run(cli_env, "demo-data", "--students", "3", "--load")
    line = _one_line_error(run(cli_env, "demo-data", "--students", "3", "--load", check=False))
    assert "base vide" in line and "RT existe déjà" in line


def test_version_and_postgresql_urls(cli_env):
    from scodoc_api import __version__
    from scodoc_api.core.settings import Settings

    assert run(cli_env, "--version").stdout.strip() == f"scodoc-api {__version__}"
    assert Settings(database_url="postgresql://u@h/db").database_url == "postgresql+asyncpg://u@h/db"
    assert Settings(database_url="sqlite:///x.db").database_url == "sqlite+aiosqlite:///x.db"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_audit_command(cli_env, tmp_path):
    import sqlite3

    run(cli_env, "db", "upgrade")
    with sqlite3.connect(tmp_path / "cli.db") as conn:
        conn.execute(
            "INSERT INTO audit_log (date, user_name, remote_addr, method, route, params, status, request_id) "
            "VALUES ('2026-11-30 10:00:00.000000', 'chef', '10.0.0.1', 'POST', '/ScoDoc/{dept}/api/eval_set_notes', "
            "'{\"dept\": \"RT\"}', 200, 'abc')"
        )
    out = run(cli_env, "audit", "--since", "2026-11-01", "--user", "chef").stdout.splitlines()
    assert len(out) == 1 and out[0].split("\t")[1:] == [
        "chef",
        "10.0.0.1",
        "POST",
        "/ScoDoc/{dept}/api/eval_set_notes",
        "dept=RT",
        "200",
        "abc",
    ]
    assert run(cli_env, "audit", "--user", "nobody").stdout == ""
    assert "--since" in _one_line_error(run(cli_env, "audit", "--since", "hier", check=False))
