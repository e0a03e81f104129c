# MTM Studio: `make run` starts the studio, `make test` runs the whole suite.
# Both create .venv in the repo root if missing and (re)install the project with its test
# extras whenever pyproject.toml changed (tracked by a stamp file inside .venv), and compile
# the cloth simulator's and the body fit's numba kernels into their cache (__pycache__ next to
# the sources) then, not at the first drape.

PYTHON ?= python3
PYTEST_ARGS ?=  # e.g. make test PYTEST_ARGS="-k gui -x"
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.mtm-installed

.PHONY: run test lint venv clean-venv

run: $(STAMP)
	$(BIN)/mtm-studio

test: $(STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check app core patterns bodies render resources tests benchmarks scripts

venv: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	$(BIN)/python -m mtm.core.drape.warmup
	$(BIN)/python -m mtm.bodies.warmup
	touch $(STAMP)

clean-venv:
	rm -rf $(VENV)
