"""Where the tests find their data. Our own vectors and examples ship with the repository (tests/data/,
the package's data/examples); real ScoDoc exports live only in ../shared, which is not ours to commit:
tests reading them carry the ``needs_shared`` mark and are deselected, with a notice, where it is absent."""

from pathlib import Path

ROOT = Path(__file__).parents[1]
VECTORS = ROOT / "tests" / "data" / "vectors"
EXAMPLES = ROOT / "src" / "scodoc_api" / "data" / "examples"
SHARED_SPEC = ROOT.parent / "shared" / "spec"
SCODOC_EXPORTS = SHARED_SPEC / "examples" / "scodoc-exports"
REAL_EXAMPLES = SHARED_SPEC / "examples" / "real"


def shared_present() -> bool:
    return SCODOC_EXPORTS.is_dir()
