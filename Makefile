# Connection Hub — everything a fresh machine needs goes through these targets.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: run worker test test-browser install migrate demo lint format messages check-messages bench-search clean mutation serve bench bench-single

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

# Production serving: connection_hub.settings.prod under gunicorn (gunicorn.conf.py:
# gthread workers sized to the machine; WEB_CONCURRENCY, GUNICORN_THREADS override).
# Migrates (SERVE_MIGRATE=0 skips it) and collects the static files first. With SITE_URL
# unset it is a local run: SITE_URL=http://127.0.0.1:$(PORT), no HTTPS redirect, and
# unset DJANGO_SECRET_KEY (one generated into .venv/.serve-secret), DJANGO_ALLOWED_HOSTS
# (127.0.0.1,localhost) and DATABASE_URL (the SQLite file) get local defaults. With
# SITE_URL set nothing is filled in: production settings refuse to start without them.
SERVE_SECRET := $(VENV)/.serve-secret
SERVE_MIGRATE ?= 1
serve: install
	@test -s $(SERVE_SECRET) || { umask 077; $(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $(SERVE_SECRET); }
	@set -e; \
	if [ -z "$$SITE_URL" ]; then \
	  export SITE_URL=http://127.0.0.1:$(PORT) \
	    DJANGO_SECURE_SSL_REDIRECT="$${DJANGO_SECURE_SSL_REDIRECT:-0}" \
	    DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat $(SERVE_SECRET))}" \
	    DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	    DATABASE_URL="$${DATABASE_URL:-sqlite:///$(CURDIR)/db.sqlite3}"; \
	  echo "Local run (SITE_URL unset): $$SITE_URL, plain HTTP, database $${DATABASE_URL%%:*}"; \
	fi; \
	export DJANGO_SETTINGS_MODULE=connection_hub.settings.prod PORT=$(PORT) \
	  DATABASE_CONN_MAX_AGE="$${DATABASE_CONN_MAX_AGE:-60}"; \
	if [ "$(SERVE_MIGRATE)" = 1 ]; then $(PY) manage.py migrate --noinput -v0; fi; \
	$(PY) manage.py collectstatic --noinput -v0; \
	exec $(BIN)/gunicorn -c gunicorn.conf.py

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

# The site against a bare Django view, side by side (bench/run.py; PostgreSQL at
# BENCH_DATABASE_URL, Redis at 127.0.0.1:6379, wrk from apt when missing). Not part of CI.
BENCH_PROGRAMS ?= 2000
bench: install
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }; } || { echo "wrk is required: apt-get install wrk"; exit 1; }
	$(PY) bench/run.py --database-url $(BENCH_DATABASE_URL) --resources $(BENCH_RESOURCES) --programs $(BENCH_PROGRAMS) $(BENCH_ARGS)

# Where one uncached request spends its time (SQL and the rest), page by page, on the
# database `make bench` loaded (run that first). Addresses: BENCH_PAGES="/ /resources/".
bench-single: install
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) bench/single.py $(BENCH_PAGES)
