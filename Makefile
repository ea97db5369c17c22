# Connection Hub — everything a fresh machine needs goes through these targets.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run worker test test-browser install migrate demo lint format messages check-messages bench-search clean mutation

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: demo
	SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)} $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The background task queue (emails, daily jobs): runs queued tasks until stopped.
worker: migrate
	$(PY) manage.py db_worker

test: install
	$(BIN)/pytest -m "not browser" $(PYTEST_ARGS)

test-browser: install
	$(BIN)/pytest -m browser -rs $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

messages: install
	$(PY) manage.py makemessages -l es --no-obsolete --no-location --ignore=.venv --ignore=staticfiles
	msgfmt --check -o locale/es/LC_MESSAGES/django.mo locale/es/LC_MESSAGES/django.po

clean:
	rm -rf $(VENV) staticfiles db.sqlite3

# Fails when a translatable string is missing from locale/es or the compiled .mo is stale.
check-messages: install
	@command -v msgfmt >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq gettext >/dev/null; } || { echo "gettext (msgfmt) is required: apt-get install gettext"; exit 1; }
	$(PY) manage.py makemessages -l es --no-obsolete --no-location --ignore=.venv --ignore=staticfiles -v0
	git diff --quiet -I '^"POT-Creation-Date' -- locale || { git --no-pager diff --stat -- locale; echo "locale/ is out of date: run 'make messages' and commit"; exit 1; }
	msgfmt --check -o /tmp/connection-hub-es.mo locale/es/LC_MESSAGES/django.po
	cmp -s /tmp/connection-hub-es.mo locale/es/LC_MESSAGES/django.mo || { echo "django.mo is stale: run 'make messages' and commit"; exit 1; }

# Search latency on PostgreSQL with 100,000 resources (generated once, reused).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/connection_hub_bench
BENCH_RESOURCES ?= 100000
bench-search: install
	$(PY) -c "import psycopg, sys; c = psycopg.connect('postgresql://postgres@127.0.0.1:5432/postgres', autocommit=True); c.execute('SELECT 1 FROM pg_database WHERE datname = %s', ['connection_hub_bench']).fetchone() or c.execute('CREATE DATABASE connection_hub_bench')"
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_DEBUG=0 $(PY) manage.py migrate --noinput -v0
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_DEBUG=0 $(PY) manage.py load_demo
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_DEBUG=0 $(PY) manage.py load_scale_data --resources $(BENCH_RESOURCES)
	DATABASE_URL=$(BENCH_DATABASE_URL) DJANGO_DEBUG=0 $(PY) manage.py bench_search

# Mutation testing (mutmut, configured in pyproject.toml) of the sanitizer, the search
# ranking, schedule recurrence and the fallback marker, on SQLite; a fresh run each time
# (mutants/ is git-ignored). Not part of CI.
MUTATION_SCOPE := \
	'connection_hub.core.text.*' \
	'connection_hub.core.search.*SearchableQuerySet*search__mutmut_*' \
	'connection_hub.core.search.*SearchableQuerySet*_search_simple__mutmut_*' \
	'connection_hub.core.i18n.x_is_translated__mutmut_*' \
	'programs.models.*Schedule*rule__mutmut_*' \
	'programs.models.*Schedule*occurrences__mutmut_*'
mutation: install
	rm -rf mutants
	$(BIN)/mutmut run --max-children $${MUTATION_JOBS:-2} $(MUTATION_SCOPE)
