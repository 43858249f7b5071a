# Set-up is automatic: `make run` and `make test` create .venv and install
# the project into it when pyproject.toml changes.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: run test lint demo clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# PySide6-Pdf (the 6.12 QtPdf wheel) is gone from the pins: a venv made before would mix
# two Qt versions in one PySide6 folder, so it is removed first.
$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip uninstall --quiet -y PySide6-Pdf 2>/dev/null || true
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip uninstall --quiet -y PySide6-Pdf 2>/dev/null || true
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
# lupdate comes from PySide6 6.12 in its own venv: the 6.11 parser the app runs on misses
# translate(ctx, text, None, n) calls with a computed n and drops their plural forms.
TS_LANGS := en es fr de ja zh_CN
UI_SOURCES = $(shell find sistercity_desktop -name "*.py" | sort)
TOOLS    := .venv-tools
$(TOOLS)/.installed:
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet PySide6-Essentials==6.12.0
	touch $@
translations: $(VENV)/.installed-test $(TOOLS)/.installed
	mkdir -p resources/translations
	for lang in $(TS_LANGS); do \
	  $(TOOLS)/bin/pyside6-lupdate $(UI_SOURCES) -ts translations/sistercity_$$lang.ts -no-obsolete; \
	  $(BIN)/pyside6-lrelease translations/sistercity_$$lang.ts \
	    -qm resources/translations/sistercity_$$lang.qm; \
	done

# --- packaging and benchmarks (not part of `make test`) ---------------------------------
.PHONY: package package-check icons bench

DIST     := dist/sistercity-desktop
SHARE    := $(DIST)/share
APP_ID   := org.sistercitydesktop.SisterCityDesktop
# Rebuild when the app, its resources or the packaging change.
PACKAGE_INPUTS := pyproject.toml $(wildcard packaging/*.spec packaging/launch_*.py) \
	$(shell find sistercity_desktop resources -type f ! -name '*.pyc' 2>/dev/null)

$(BIN)/pyinstaller: | $(VENV)/.installed-app
	$(BIN)/python -m pip install --quiet pyinstaller

$(DIST)/sistercity-desktop: $(PACKAGE_INPUTS) | $(VENV)/.installed-app $(BIN)/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/sistercity-desktop.spec
	# Desktop integration files, laid out as under /usr (copy share/ into a prefix).
	install -Dm644 packaging/sistercity-desktop.desktop \
		$(SHARE)/applications/sistercity-desktop.desktop
	install -Dm644 packaging/$(APP_ID).metainfo.xml $(SHARE)/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 packaging/icons/sistercity-desktop.svg \
		$(SHARE)/icons/hicolor/scalable/apps/sistercity-desktop.svg
	cd packaging/icons && find hicolor -name '*.png' \
		-exec install -Dm644 {} ../../$(SHARE)/icons/{} \;
	touch $@

package: $(DIST)/sistercity-desktop

package-check: $(DIST)/sistercity-desktop
	$(BIN)/python packaging/check_package.py $(DIST)
	du -sh $(DIST)

icons: $(VENV)/.installed-app
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/render_icons.py

bench: $(VENV)/.installed-app
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py
