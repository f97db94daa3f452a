# Set-up and everyday commands. Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test gates bench check clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

## make run: set up .venv and start the coach
run: $(STAMP_RUN)
	$(BIN)/gesprekscoach

## make gates: lint, format, types and import contracts (part of make test)
gates: $(STAMP_TEST)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

## make test: set up .venv with the test tools, run the gates and the whole test suite
test: gates
	$(BIN)/python -m pytest

## make check: check the shipped content
check: $(STAMP_RUN)
	$(BIN)/gesprekscoach content check

## make bench: run every benchmark and print its figures; fails at the end when any missed its target
bench: $(STAMP_TEST)
	@failed=""; for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || failed="$$failed $$f"; done; \
	if [ -n "$$failed" ]; then echo "target missed or failed:$$failed"; exit 1; fi

clean:
	rm -rf $(VENV) dist build
