"""The OpenAPI document as committed in openapi/ (stable text: sorted keys, 2-space indent)."""

import json


def contract_text() -> str:
    from scodoc_api.core.settings import Settings
    from scodoc_api.main import create_app

    return json.dumps(create_app(Settings()).openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
