"""The service's Prometheus metrics (read at ``GET /metrics``, api/metrics.py): requests by route template and
status, their durations and SQL statements (recorded by the access log middleware), how semester results were
served and what the results cache holds (services/results.py), logins (services/auth.py) and the database
connections in use (db/engine.py). Gauges add up over live workers in multiprocess mode."""

from prometheus_client import Counter, Gauge, Histogram

REQUESTS = Counter("scodoc_requests_total", "HTTP requests", ["method", "route", "status"])
DURATION = Histogram(
    "scodoc_request_duration_seconds",
    "HTTP request duration",
    ["route"],
    buckets=(0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5),
)
STATEMENTS = Counter("scodoc_sql_statements_total", "SQL statements run by requests", ["route"])
RESULTS = Counter("scodoc_results_total", "Semester results asked for, by how they were served", ["outcome"])
RESULTS_SECONDS = Histogram(
    "scodoc_results_compute_seconds",
    "Time to load and compute a semester's results (outcome: computed, or notes_reloaded after a notes write)",
    ["outcome"],
    buckets=(0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5),
)
CACHE_BYTES = Gauge(
    "scodoc_results_cache_bytes",
    "Estimated memory of the results cache (bounded by RESULTS_CACHE_MB)",
    multiprocess_mode="livesum",
)
CACHE_EVICTIONS = Counter("scodoc_results_cache_evictions_total", "Semesters dropped from the cache to fit its bound")
LOGINS = Counter("scodoc_logins_total", "Password checks (tokens, legacy Basic), by outcome", ["outcome"])
DB_CONNECTIONS = Gauge(
    "scodoc_db_connections_in_use", "Database connections checked out of the pool", multiprocess_mode="livesum"
)


def observe(method: str, route: str, status: int, seconds: float, statements: int) -> None:
    REQUESTS.labels(method, route, str(status)).inc()
    DURATION.labels(route).observe(seconds)
    STATEMENTS.labels(route).inc(statements)
