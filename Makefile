# The README's two commands: `make run` and `make test`. Everything else is set-up they call.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test install install-dev system-deps browser-deps lint eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Debian packages: tesseract for OCR of scanned pages (the app uses it), chromium for the
# browser test. Installed only when missing; needs root (as on these machines and CI).
system-deps:
	@command -v tesseract >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq || true) && apt-get install -y -qq tesseract-ocr >/dev/null; \
	  else echo "warning: tesseract-ocr is not installed and this is not root: scanned pages cannot be OCR'd" >&2; fi; }

browser-deps:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq || true) && apt-get install -y -qq chromium >/dev/null; \
	  else echo "warning: chromium is not installed and this is not root: the browser test will be skipped" >&2; fi; }

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	$(BIN)/pip install -q -e '.[llm-local]' || echo "warning: llama-cpp-python could not be installed; the local-model test will be skipped" >&2
	touch $@

install: system-deps $(VENV)/.installed

install-dev: install browser-deps $(VENV)/.installed-dev

run: install
	$(BIN)/chartreview ui --port $(PORT)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: install-dev lint
	OMP_THREAD_LIMIT=1 $(BIN)/pytest -q

eval: install
	$(BIN)/chartreview eval eval_sets/anzupgo/test --extractor offline

bench: install-dev
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
