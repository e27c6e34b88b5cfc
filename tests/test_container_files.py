"""The image and compose files, as an administrator deploys them (no container engine here: their content is
checked; docker/entrypoint.sh is run in test_cli)."""

import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).parents[1]


def _instructions() -> list[tuple[str, str]]:
    text = re.sub(r"\\\n\s*", " ", (ROOT / "Dockerfile").read_text())
    rows = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return [(r.split(None, 1)[0].upper(), r.split(None, 1)[1] if " " in r else "") for r in rows]


def test_dockerfile():
    ins = _instructions()
    health = next(arg for kind, arg in ins if kind == "HEALTHCHECK")
    cmd = json.loads(health.split("CMD", 1)[1])  # the JSON (exec) form
    assert cmd[0] == "python" and "os.environ.get('PORT'" in cmd[-1] and "/ScoDoc/api/ready" in cmd[-1]
    user = next(arg for kind, arg in ins if kind == "USER")
    assert re.fullmatch(r"\d+(:\d+)?", user), user
    assert any(kind == "VOLUME" and "/data" in arg for kind, arg in ins)
    run = " ".join(arg for kind, arg in ins if kind == "RUN")
    assert "pip install --no-cache-dir -c constraints.txt ." in run
    assert not any("SCODOC_ALEMBIC_DIR" in arg for _, arg in ins)  # the package carries its migrations


def test_compose():
    doc = yaml.safe_load((ROOT / "compose.yaml").read_text())
    services = doc["services"]
    assert all(s.get("restart") == "unless-stopped" for s in services.values())
    assert all("healthcheck" in services[name] for name in ("db", "redis"))
    assert services["api"]["depends_on"] == {
        "db": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }
    assert services["api"]["environment"]["SECRET_KEY"].startswith("${SECRET_KEY:?")
