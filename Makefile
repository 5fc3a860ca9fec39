# Two commands matter: `make demo` (set up and run the product on the embedded default) and
# `make test` (the whole test suite, as CI runs it). Both create the virtualenv when needed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test lint serve accuracy bench clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

demo: $(VENV)/.installed
	$(PY) scripts/demo.py

test: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(PY) -m pytest
	TF_PYTHON=$(PY) bash scripts/check_terraform.sh

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m mypy

accuracy: $(VENV)/.installed
	$(PY) -m bench.real_accuracy
	$(PY) -m bench.accuracy --check
	$(PY) -m bench.accuracy --scans --check

bench: $(VENV)/.installed
	$(PY) -m bench --write-docs

serve: $(VENV)/.installed
	$(VENV)/bin/functions-framework --target=process_invoice --host=127.0.0.1 --port=8080

clean:
	rm -rf $(VENV) .cache samples .pytest_cache .hypothesis
