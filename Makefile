# Every target that needs the virtualenv depends on it, so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup regen test lint demo bench peers clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

regen: $(STAMP)
	$(BIN)/python scripts/regen.py

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check replicate tests scripts
	$(BIN)/ruff format --check replicate tests scripts
	$(BIN)/mypy

demo: $(STAMP)
	$(BIN)/python scripts/demo.py

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

peers: $(STAMP)
	$(BIN)/python scripts/peers.py

clean:
	rm -rf $(VENV) .bench .peers
