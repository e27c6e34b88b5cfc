"""What one request carries across layers without passing it around: its id, and the count of the SQL
statements it runs (for its access log line, api/access_log.py)."""

from contextvars import ContextVar

# A list, so that the tasks and greenlets a request spawns add to the same count.
SQL_COUNT: ContextVar[list[int] | None] = ContextVar("sql_count", default=None)
REQUEST_ID: ContextVar[str | None] = ContextVar("request_id", default=None)


def count_statement() -> None:
    counter = SQL_COUNT.get()
    if counter is not None:
        counter[0] += 1
