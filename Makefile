# Set-up and everyday commands. `make run` and `make test` are all a fresh clone needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DEV_ENV := DJANGO_DEBUG=1
# Where `make run` (development) and `make serve` (production) listen.
run: HOST ?= 127.0.0.1:8000
serve: HOST ?= 0.0.0.0:8000

.PHONY: run serve secret-key-set install install-dev migrate load-content questions test lint format requirements clean

# The web server and, beside it, the worker that runs background tasks (question generation
# after an upload); Ctrl-C stops both.
run: install migrate load-content questions
	$(DEV_ENV) $(BIN)/python manage.py create_demo_users
	@echo "Serving on http://$(HOST)/ with a background worker (Ctrl-C stops both)"
	@$(DEV_ENV) $(BIN)/python manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV_ENV) $(BIN)/python manage.py runserver $(HOST)

# Production on one machine (see README, "Production"): migrations, collectstatic, gunicorn
# with workers from the cores (WEB_CONCURRENCY overrides) and the task worker beside it.
# Settings come from the environment; DJANGO_SECRET_KEY is checked before installing anything.
serve: secret-key-set install
	@HOST=$(HOST) BIN=$(BIN) config/serve.sh

secret-key-set:
	@test -n "$$DJANGO_SECRET_KEY" || { \
		echo "make serve: set DJANGO_SECRET_KEY (and DATABASE_URL, DJANGO_ALLOWED_HOSTS); see README, Production" >&2; \
		exit 2; }

install: $(VENV)/.runtime-installed
install-dev: $(VENV)/.dev-installed

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.runtime-installed: requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt -r requirements-dev.txt
	touch $(VENV)/.runtime-installed $@

migrate: install
	$(DEV_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEV_ENV) $(BIN)/python manage.py createcachetable

load-content: install
	@for source in content/sources/*; do \
		$(DEV_ENV) $(BIN)/python manage.py import_document "$$source" || exit 1; \
	done

# Skips documents whose text has not changed since their last run, so a second
# `make run` does not load the language model.
questions: migrate load-content
	$(DEV_ENV) $(BIN)/python manage.py generate_questions --all

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

requirements: install-dev
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
		--no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
