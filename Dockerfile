FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    SCODOC_ALEMBIC_DIR=/app/alembic DATABASE_URL=sqlite+aiosqlite:////data/scodoc.db

WORKDIR /app
COPY pyproject.toml README.md alembic.ini constraints.txt ./
COPY src ./src
COPY alembic ./alembic
COPY docker/entrypoint.sh /usr/local/bin/scodoc-entrypoint
RUN pip install -c constraints.txt . \
 && useradd --system --uid 10001 --home-dir /app scodoc \
 && mkdir -p /data && chown scodoc /data

USER scodoc
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/ScoDoc/api/ready', timeout=4).status == 200 else 1)"
ENTRYPOINT ["scodoc-entrypoint"]
