"""Swagger UI and ReDoc work without internet: every script, stylesheet and icon they load is served here."""

import re

import pytest


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_docs_load_nothing_from_elsewhere(client, page):
    html = await client.get(page)
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]
    assets = re.findall(r"""(?:src|href)\s*[:=]\s*['"]([^'"]+)['"]""", html.text)
    assets += re.findall(r"""url\s*:\s*['"]([^'"]+)['"]""", html.text)
    loaded = [a for a in assets if a.endswith((".js", ".css", ".png", ".ico")) or "fonts" in a]
    assert loaded, html.text
    for asset in loaded:
        assert asset.startswith("/") and not asset.startswith("//"), asset
        got = await client.get(asset)
        assert got.status_code == 200 and len(got.content) > 1000, asset
