"""The OpenAPI document as committed in openapi/ (stable text: sorted keys, 2-space indent), and the Python
client generated from it (clients/python)."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def contract_text() -> str:
    from scodoc_api.core.settings import Settings, random_secret_key
    from scodoc_api.main import create_app

    return (
        json.dumps(
            create_app(Settings(secret_key=random_secret_key())).openapi(), indent=2, sort_keys=True, ensure_ascii=False
        )
        + "\n"
    )


class ClientGenerationError(RuntimeError):
    """openapi-python-client is missing or failed (its message, in one line)."""


def generate_client(contract: Path, config: Path, out: Path) -> None:
    """Generate the Python client of ``contract`` into ``out`` (replaced) with openapi-python-client (a test
    extra) and its ruff formatting. The recursive ``SafeJson`` (free JSON whose texts XML can carry), which the
    generator cannot parse, is given to it as any JSON: the client sends free JSON as it is."""
    doc = json.loads(contract.read_text())
    doc["components"]["schemas"]["SafeJson"] = {"description": "any JSON whose texts XML can carry"}
    with tempfile.TemporaryDirectory() as tmp:
        for_generator = Path(tmp) / "openapi.json"
        for_generator.write_text(json.dumps(doc))
        _generate(for_generator, config, out)


def _generate(contract: Path, config: Path, out: Path) -> None:
    bindir = Path(sys.executable).parent
    exe = shutil.which("openapi-python-client") or str(bindir / "openapi-python-client")
    if not Path(exe).exists():
        raise ClientGenerationError('openapi-python-client is not installed: pip install -e ".[test]"')
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}"}  # its post hooks run ruff
    proc = subprocess.run(
        [exe, "generate", "--path", str(contract), "--config", str(config), "--output-path", str(out), "--overwrite"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    if proc.returncode != 0 or "Warning" in proc.stdout + proc.stderr:
        lines = [ln for ln in (proc.stdout + proc.stderr).splitlines() if ln.strip()]
        raise ClientGenerationError(" / ".join(lines[-5:]) or f"openapi-python-client exited with {proc.returncode}")
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)  # its formatter's cache, not the client
