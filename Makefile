# Two entry points for people (the README starts with them):
#   make all    build .venv from requirements-lock.txt, execute every notebooks/[0-9]*.ipynb in place
#               (outputs stored, charts saved under outputs/<text-id>/), run the stage notebooks on two
#               more texts (the gallery, build/gallery/), render the site to _site/
#   make test   the same environment, then the test suite, offline (NLTK_DATA unset, HOME empty); fails
#               if the run changed any file of the checkout (tests write only to temporary folders)
# Helpers: make venv | notebooks | site | lock | lint | check-determinism | fuzz | mutate | clean
#   PYTEST_ARGS="--full"   corpus-wide tests read every file of ../shared, not every 5th (HELPERS_TEST_FULL=1)
#   HELPERS_OUTPUT_DIR=DIR charts, corpus folder and screenshots go to DIR instead of outputs/

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := all

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check --quiet
# the lock file the venv was last installed from; a newer lock or pyproject makes the venv stale
STAMP := $(VENV)/.installed-from-lock
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9]*.ipynb))
PYTEST_ARGS ?=
FUZZ_ROUNDS ?= 5
MUTATE_ARGS ?=
# Every file of the checkout with its hash, minus git's own folder, the venv and Python's bytecode caches:
# taken before and after `make test`, the two lists must be equal.
SNAPSHOT = find . \( -path ./.git -o -path ./$(VENV) -o -name __pycache__ \) -prune -o -type f -print0 \
           | LC_ALL=C sort -z | xargs -0 -r sha256sum

export PYTHONHASHSEED := 0

.PHONY: all test venv notebooks gallery site lock lint check-determinism fuzz mutate clean

all: notebooks gallery site

venv: $(STAMP)

$(STAMP): requirements-lock.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null && $(PYTHON) -c 'import sys' 2>/dev/null \
	  || { echo "make: no working '$(PYTHON)'; install Python 3.10+ or pass PYTHON=/path/to/python3" >&2; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
	  || { echo "make: Python 3.10+ is needed ($(PYTHON) is older); try make PYTHON=python3.11" >&2; exit 1; }
	@test -x $(PY) || { echo "creating $(VENV) with $(PYTHON)"; $(PYTHON) -m venv $(VENV); }
	@if $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then \
	  echo "installing requirements-lock.txt into $(VENV)"; \
	  $(PIP) install -r requirements-lock.txt; \
	else \
	  echo "note: requirements-lock.txt is resolved for Python 3.11+; installing pyproject's ranges instead," \
	       "so outputs may differ from the committed ones" >&2; \
	  $(PIP) install -e '.[dev]'; \
	fi
	$(PIP) install --no-deps -e .
	@cp requirements-lock.txt $(STAMP)

notebooks: $(STAMP)
	$(PY) tools/notebooks.py run $(NOTEBOOKS)

# every stage notebook executed on a briefing transcript and a readout (build/gallery/, not committed)
gallery: $(STAMP)
	$(PY) tools/gallery.py run

site: $(STAMP)
	$(PY) tools/build_site.py --out _site --gallery build/gallery $(NOTEBOOKS)
	@echo "open _site/index.html"

# The suite runs with no NLTK data path and an empty HOME, so a hidden dependency on downloaded data
# (nltk_data, textblob corpora, user config) fails here instead of on a newcomer's machine. Hypothesis
# runs derandomized (the same examples every time; `make fuzz` searches at random), pytest keeps no cache,
# and the checkout must be byte-identical afterwards: the tests write only to temporary folders.
test: $(STAMP)
	@home=$$(mktemp -d); trap 'rm -rf "$$home"' EXIT; \
	$(SNAPSHOT) > "$$home/.checkout-before"; status=0; \
	env -u NLTK_DATA -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME -u MPLCONFIGDIR \
	    -u JUPYTER_CONFIG_DIR -u JUPYTER_DATA_DIR -u JUPYTER_PATH -u IPYTHONDIR \
	    HOME="$$home" HYPOTHESIS_PROFILE="$${HYPOTHESIS_PROFILE:-derandomized}" \
	    HYPOTHESIS_STORAGE_DIRECTORY="$$home/.hypothesis" \
	    $(PY) -m pytest -p no:cacheprovider $(PYTEST_ARGS) || status=$$?; \
	$(SNAPSHOT) > "$$home/.checkout-after"; \
	if ! cmp -s "$$home/.checkout-before" "$$home/.checkout-after"; then \
	  echo "make test: the test run changed the checkout (tests must write to temporary folders only):" >&2; \
	  diff "$$home/.checkout-before" "$$home/.checkout-after" | sed -n 's/^[<>] [0-9a-f]*  / /p' | sort -u >&2; \
	  exit 1; \
	fi; \
	exit $$status

# Open-ended search for inputs that break a property: every Hypothesis test, FUZZ_ROUNDS rounds with a new
# random seed each, the property tests of tests/test_properties.py with 5000 examples. A failure is saved
# in .hypothesis/ (replayed by a plain `pytest`) and printed; pin it with @example in the test.
fuzz: $(STAMP)
	@for round in $$(seq 1 $(FUZZ_ROUNDS)); do \
	  seed=$$($(PY) -c 'import random; print(random.SystemRandom().randrange(2**32))'); \
	  echo "fuzz: round $$round of $(FUZZ_ROUNDS), --hypothesis-seed=$$seed"; \
	  HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -p no:cacheprovider -q -m hypothesis \
	      --hypothesis-seed=$$seed $(PYTEST_ARGS) tests || exit $$?; \
	done

# Mutation testing of the rule modules (attribution, sentiment, topics) with mutmut, in a copy of the
# project under build/mutmut: by hand from time to time, not in CI (hours on two cores). Prints the share
# of mutants killed; see tools/mutate.py for a smaller run (MUTATE_ARGS="--modules ... --tests ...").
mutate: $(STAMP)
	$(PY) tools/mutate.py $(MUTATE_ARGS)

# Regenerate the lock from the venv: the runtime + dev closure of pyproject.toml at the installed versions.
lock:
	$(PY) tools/lock.py

lint: $(STAMP)
	$(PY) -m ruff check .

# `make all` twice must give byte-identical notebooks, tables and figures (outputs/) and pages (_site/).
check-determinism: $(STAMP)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	snapshot() { find notebooks outputs _site -type f ! -path 'outputs/screenshots/*' -print0 2>/dev/null \
	             | sort -z | xargs -0 -r sha256sum; }; \
	$(MAKE) --no-print-directory all; snapshot > "$$tmp/first"; \
	$(MAKE) --no-print-directory all; snapshot > "$$tmp/second"; \
	if diff "$$tmp/first" "$$tmp/second"; then echo "deterministic: $$(wc -l < "$$tmp/first") files identical"; \
	else echo "NOT deterministic: the files above differ between two runs" >&2; exit 1; fi

clean:
	rm -rf _site outputs/screenshots .pytest_cache
