"""An app dropped is freed: nothing process-wide keeps it (FastAPI caches the dependency analysis of every
endpoint for the whole process, so an endpoint closing over its app would keep it, and the test process, which
makes hundreds of apps, would grow without bound)."""

import gc
import weakref

from scodoc_api.main import create_app


def test_a_dropped_app_is_freed(settings):
    app = create_app(settings)
    app.openapi()
    dropped = weakref.ref(app)
    del app
    gc.collect()
    assert dropped() is None
