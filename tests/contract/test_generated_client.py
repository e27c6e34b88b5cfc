"""A Python client generated from the committed contract (openapi-python-client) reads a bulletin: the
contract is usable as is."""

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.api.world import world_ids

CONTRACT = Path(__file__).parents[2] / "openapi" / "openapi.json"


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    if (
        shutil.which("openapi-python-client") is None
        and not (Path(sys.executable).parent / "openapi-python-client").exists()
    ):
        pytest.fail("openapi-python-client is not installed (test extras)")
    out = tmp_path_factory.mktemp("client")
    exe = shutil.which("openapi-python-client") or str(Path(sys.executable).parent / "openapi-python-client")
    proc = subprocess.run(
        [exe, "generate", "--path", str(CONTRACT), "--output-path", str(out / "pkg"), "--meta", "none", "--overwrite"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    sys.path.insert(0, str(out))
    yield importlib.import_module("pkg")
    sys.path.remove(str(out))


async def test_generated_client_reads_a_bulletin(generated, app, db, mint_token):
    w = await world_ids(db)
    client_mod = importlib.import_module("pkg.client")
    api = importlib.import_module("pkg.api.bulletins.get_etud_bulletin")
    client = client_mod.AuthenticatedClient(base_url="http://testserver", token=mint_token("chef"))
    client.set_async_httpx_client(
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            headers={"Authorization": f"Bearer {mint_token('chef')}"},
        )
    )
    resp = await api.asyncio_detailed(etudid=w["etudid"], formsemestre_id=w["formsemestre_id"], client=client)
    assert resp.status_code == 200
    import json

    bul = json.loads(resp.content)
    assert bul["etudid"] == w["etudid"] and bul["note"]["value"]
    etud_api = importlib.import_module("pkg.api.etudiants.get_etud")
    parsed = await etud_api.asyncio(etudid=w["etudid"], client=client)
    assert parsed.etudid == w["etudid"] and parsed.nom
