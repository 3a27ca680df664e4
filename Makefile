# `make demo` and `make test` work on a fresh machine: they create .venv and install the locked
# dependencies (hash-checked, the spaCy model included) before running.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel
	$(BIN)/pip install -q --require-hashes -r requirements.lock
	$(BIN)/pip install -q --no-deps --no-build-isolation -e .
	$(BIN)/python -m newsgraph.places.gazetteer >/dev/null  # build the place-name index once, here
	touch $(STAMP)

demo: install
	$(BIN)/newsgraph analyze examples/*.txt --format text

test: install
	$(BIN)/ruff check newsgraph tests benchmarks
	$(BIN)/pytest

bench: install
	for b in benchmarks/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) newsgraph.db .pytest_cache
