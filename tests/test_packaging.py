"""What a wheel carries: every package of src/ (the list in pyproject.toml is explicit, because the migrations
are mapped into the package from alembic/), and the migrations themselves."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_the_package_list_is_complete():
    setup = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    src = {".".join(p.parent.relative_to(ROOT / "src").parts) for p in (ROOT / "src").rglob("__init__.py")}
    listed = set(setup["packages"])
    assert src <= listed, src - listed
    assert {"scodoc_api.migrations", "scodoc_api.migrations.versions"} <= listed
    assert setup["package-dir"]["scodoc_api.migrations"] == "alembic"
    assert listed - src == {"scodoc_api.migrations", "scodoc_api.migrations.versions"}
