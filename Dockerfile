FROM python:3.11-slim

# The migrations ship inside the installed package (scodoc_api/migrations): no path to set.
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PORT=8000 \
    DATABASE_URL=sqlite+aiosqlite:////data/scodoc.db JUSTIF_DIR=/data/justificatifs

WORKDIR /app
COPY pyproject.toml README.md constraints.txt ./
COPY src ./src
COPY alembic ./alembic
COPY docker/entrypoint.sh /usr/local/bin/scodoc-entrypoint
# constraints.txt pins every dependency: the image is built from the same versions as CI
RUN pip install --no-cache-dir -c constraints.txt . \
 && useradd --system --no-log-init -l --uid 10001 --user-group --home-dir /app scodoc \
 && mkdir -p /data && chown 10001:10001 /data

USER 10001:10001
# The embedded SQLite database and the justificatifs' files
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import os, sys, urllib.request as u; url = 'http://127.0.0.1:%s/ScoDoc/api/ready' % os.environ.get('PORT', '8000'); sys.exit(0 if u.urlopen(url, timeout=4).status == 200 else 1)"]
ENTRYPOINT ["scodoc-entrypoint"]
