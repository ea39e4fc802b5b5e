# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: run test fuzz bench eval lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m tui $(ARGS)

# Two passes: the model, Pilot, snapshot and process tests in two workers; then, one at a
# time, the tests that time a real terminal, a browser or an install (tests marked pty,
# browser, install: load from a parallel worker would only make them slower).
# Compiled modules are kept (PYTHONDONTWRITEBYTECODE emptied, were it set): otherwise each
# worker, and each of the hundred programs the tests start, compiles the package again, and
# pytest rewrites every test module's asserts again on every run.
test: $(STAMP)
	$(PY) -m ruff check tui tests benchmarks
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -n 2 -m "not pty and not browser and not install"
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -m "pty or browser or install"

# The storm test over 20 seeds of 2,000 events in two shards at once; CI runs it after make test.
fuzz: $(STAMP)
	STORM_SEEDS=20 STORM_SHARD=0/2 $(PY) -m pytest tests/test_storm.py & \
	STORM_SEEDS=20 STORM_SHARD=1/2 $(PY) -m pytest tests/test_storm.py; one=$$?; \
	wait $$!; other=$$?; test $$one = 0 && test $$other = 0

# The package byte-compiled first, as an installed one is (an editable install writes no .pyc
# when PYTHONDONTWRITEBYTECODE is set, and every start would compile the sources again).
bench: $(STAMP)
	$(PY) -m compileall -q tui
	$(PY) benchmarks/run.py

# The development corpus (tests/corpus): handle, date, chrome and title figures. ARGS=--verbose
eval: $(STAMP)
	$(PY) benchmarks/eval.py $(ARGS)

lint: $(STAMP)
	$(PY) -m ruff check tui tests benchmarks

clean:
	rm -rf $(VENV)
