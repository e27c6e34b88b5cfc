#!/usr/bin/env bash
# An installed wheel can migrate and serve (issue 20): build it, install it into a fresh venv, migrate a new
# PostgreSQL database from an unrelated directory, start the server and ask it for its health.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
WORK=$(mktemp -d)
DB="scodoc_wheel_$$"
PORT=$("$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
"$PY" -m pip wheel --quiet --no-deps -w "$WORK/dist" .
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet -c constraints.txt "$WORK"/dist/*.whl
psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE \"$DB\""
export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB"
SECRET_KEY=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(48))')
export SECRET_KEY
unset SCODOC_ALEMBIC_DIR
cd "$WORK"
"$WORK/venv/bin/scodoc-api" --version
"$WORK/venv/bin/scodoc-api" db upgrade
"$WORK/venv/bin/scodoc-api" serve --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do
  if "$PY" -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$PORT/ScoDoc/api/ready', timeout=1)" 2>/dev/null; then
    echo "wheel: installed, migrated from $WORK, server ready on port $PORT"
    exit 0
  fi
  sleep 0.5
done
cat "$WORK/server.log"
echo "wheel: the server did not become ready" >&2
exit 1
