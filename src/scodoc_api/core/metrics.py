"""The service's Prometheus metrics (read at ``GET /metrics``, api/metrics.py): requests by route template and
status, their durations and SQL statements (recorded by the access log middleware), and how semester results
were served (services/results.py)."""

from prometheus_client import Counter, Histogram

REQUESTS = Counter("scodoc_requests_total", "HTTP requests", ["method", "route", "status"])
DURATION = Histogram(
    "scodoc_request_duration_seconds",
    "HTTP request duration",
    ["route"],
    buckets=(0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5),
)
STATEMENTS = Counter("scodoc_sql_statements_total", "SQL statements run by requests", ["route"])
RESULTS = Counter("scodoc_results_total", "Semester results asked for, by how they were served", ["outcome"])


def observe(method: str, route: str, status: int, seconds: float, statements: int) -> None:
    REQUESTS.labels(method, route, str(status)).inc()
    DURATION.labels(route).observe(seconds)
    STATEMENTS.labels(route).inc(statements)
