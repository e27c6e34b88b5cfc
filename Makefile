# Developer commands; CI runs `make check` and the README's test command (.ci/run).
PYTHON ?= python
PYTEST = $(PYTHON) -m pytest -p no:cacheprovider

.PHONY: check lint format test test-fast test-sqlite bench openapi fuzz lock

check: lint  ## ruff, the formatting, mypy (strict on domain, core, db, models, schemas, formats), the import contracts, hadolint
	$(PYTHON) -m mypy
	lint-imports
	hadolint Dockerfile

lint:
	$(PYTHON) -m ruff check src tests bench
	$(PYTHON) -m ruff format --check src tests bench

format:
	$(PYTHON) -m ruff check --fix src tests bench
	$(PYTHON) -m ruff format src tests bench

test:  ## the whole suite on PostgreSQL (127.0.0.1:5432 or TEST_DATABASE_URL)
	$(PYTEST)

test-sqlite:  ## the same suite on the embedded database
	$(PYTEST) --db sqlite

test-fast:  ## in-process tests only (no server processes, no CLI): the edit-test loop
	$(PYTEST) -q -m "not slow"

bench:  ## benchmarks over real HTTP; figures in bench/results/
	$(PYTHON) -m bench

fuzz:  ## schemathesis on PostgreSQL with a token, every check (longer than CI's run)
	$(PYTHON) -m tests.contract.fuzz --max-examples 100

openapi:  ## rewrite the committed contract from what the app serves
	scodoc-api openapi export

lock:  ## pin every dependency (constraints.txt, used by CI and the Dockerfile) from the current environment
	(echo '# Every dependency pinned (make lock): CI and the Dockerfile install with -c constraints.txt'; \
	 $(PYTHON) -m pip freeze --exclude-editable | grep -v '^-e \|^#') > constraints.txt
