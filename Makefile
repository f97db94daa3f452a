# Set-up and everyday commands. Needs only Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test bench check clean

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

## make test: set up .venv with the test tools and run the whole test suite
test: $(STAMP_TEST)
	$(BIN)/python -m pytest

## make check: check the shipped content
check: $(STAMP_RUN)
	$(BIN)/gesprekscoach content check

## make bench: print the benchmark figures
bench: $(STAMP_TEST)
	for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) dist build
