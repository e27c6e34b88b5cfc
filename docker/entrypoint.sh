#!/bin/sh
# Container entrypoint: apply the migrations, then serve. Any argument replaces the serve command.
set -eu
scodoc-api db upgrade
if [ "$#" -gt 0 ]; then
  exec "$@"
fi
exec scodoc-api serve --host "${HOST:-0.0.0.0}" --port "${PORT:-8000}" --workers "${WORKERS:-2}"
