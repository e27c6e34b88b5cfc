"""No credential reaches a log line: every record (ours, uvicorn's access and error logs, libraries') is
redacted where it is made. Passwords and tokens in query strings or forms (ScoDoc 7 clients send
``__ac_password`` in the URL) and Basic or Bearer credentials become ``***``."""

import logging
import re
from typing import Any

_SECRET_FIELD = re.compile(r"((?:__ac_password|password|passwd|pwd|token|secret(?:_key)?)=)[^&\s\"';,]*", re.IGNORECASE)
_AUTH_VALUE = re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
MASK = "***"


def redact(text: str) -> str:
    if "=" in text:
        text = _SECRET_FIELD.sub(r"\1" + MASK, text)
    text = _AUTH_VALUE.sub(r"\1 " + MASK, text)
    return _JWT.sub(MASK, text)


def _redact_arg(value: object) -> object:
    return redact(value) if isinstance(value, str) else value


_installed = False


def install_redaction() -> None:
    """Wrap the log record factory once per process."""
    global _installed
    if _installed:
        return
    make_record = logging.getLogRecordFactory()

    def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redact_arg(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: _redact_arg(v) for k, v in record.args.items()}
        return record

    logging.setLogRecordFactory(redacting_factory)
    _installed = True
