"""The OpenAPI document as committed in openapi/ (stable text: sorted keys, 2-space indent)."""

import json


def contract_text() -> str:
    from scodoc_api.core.settings import Settings, random_secret_key
    from scodoc_api.main import create_app

    return (
        json.dumps(
            create_app(Settings(secret_key=random_secret_key())).openapi(), indent=2, sort_keys=True, ensure_ascii=False
        )
        + "\n"
    )
