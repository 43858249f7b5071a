# Set-up is automatic: `make run` and `make test` create .venv and install
# the project into it when pyproject.toml changes.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint demo clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(BIN)/sistercity-desktop $(ARGS)

demo: $(VENV)/.installed-app
	$(BIN)/sistercity demo

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

test: $(VENV)/.installed-test
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache

# Interface translations: refresh the .ts sources from the code, compile .qm files.
TS_LANGS := es fr de ja zh_CN
UI_SOURCES = $(wildcard sistercity_desktop/ui/*.py) sistercity_desktop/app.py
translations: $(VENV)/.installed-test
	mkdir -p resources/translations
	for lang in $(TS_LANGS); do \
	  $(BIN)/pyside6-lupdate $(UI_SOURCES) -ts translations/sistercity_$$lang.ts -no-obsolete; \
	  $(BIN)/pyside6-lrelease translations/sistercity_$$lang.ts \
	    -qm resources/translations/sistercity_$$lang.qm; \
	done
