# Kashif: build, serve and test.
#
#   make serve   build the WASM and serve the page on http://127.0.0.1:8080
#   make test    set up and run every test (lint, native, wasm, browser)
#   make wasm    (re)build www/pkg/ and print the module's size
#   make test-python   build the Python package into target/venv and test it
#   make fuzz    run every fuzz target FUZZ_SECONDS (default 600) seconds

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
WASM := www/pkg/kashif_bg.wasm
VENDOR := www/vendor/pdfjs/pdf.min.mjs
WASM_INPUTS := $(shell find src data www/pkg-template -type f 2>/dev/null) Cargo.toml Cargo.lock build.rs scripts/wasm.sh
KASHIF := target/debug/kashif
FIXTURE_DATE := 2025-05-02
WASM_RUNNER := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# The Python package's tests run in a venv under target/, not the system Python.
VENV := target/venv
PY := $(VENV)/bin/python
PY_DEPS := maturin>=1.5,<2 pytest>=7 spacy>=3.5,<4 pyspark>=3.4 pandas>=1.5,<3 pyarrow>=10
# Fuzzing (fuzz/, scripts/fuzz.sh): seconds per target for `make fuzz`, and
# for the short run of each target in `make test`.
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS := 10
CARGO_DENY_VERSION := 0.20.2

.PHONY: wasm serve test lint test-native fixtures test-wasm test-e2e test-python test-fuzz test-deps fuzz deps e2e-deps python-deps wasm-tools fuzz-tools deny-tools screenshot clean

wasm:
	scripts/wasm.sh

$(WASM): $(WASM_INPUTS)
	scripts/wasm.sh

$(VENDOR): tests/e2e/package-lock.json scripts/vendor.sh
	scripts/vendor.sh

serve: $(WASM) $(VENDOR)
	@echo
	@echo "Kashif: http://127.0.0.1:$(PORT)/   (Ctrl-C stops the server)"
	@echo
	cd www && exec python3 -m http.server $(PORT) --bind 127.0.0.1

test: deps lint test-deps test-native test-fuzz test-wasm test-e2e test-python
	@echo "make test: all passed"

# --- set-up -------------------------------------------------------------------

deps: wasm-tools e2e-deps python-deps fuzz-tools deny-tools

# The nightly toolchain and cargo-fuzz (pinned in scripts/fuzz.sh).
fuzz-tools:
	scripts/fuzz.sh --tools

deny-tools:
	@if [ "$$(cargo deny --version 2>/dev/null)" != "cargo-deny $(CARGO_DENY_VERSION)" ]; then \
	    cargo install cargo-deny --version $(CARGO_DENY_VERSION) --locked; \
	fi

wasm-tools:
	scripts/wasm.sh --tools

e2e-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-core; \
	fi
	@if [ ! -d tests/e2e/node_modules/playwright-core ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then \
	    cd tests/e2e && npm ci --no-audit --no-fund; \
	fi

# Python: a venv with maturin, pytest, spaCy and PySpark; Spark needs a Java
# runtime.
python-deps:
	@if ! command -v java >/dev/null; then \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless; \
	fi
	@if [ ! -x $(PY) ]; then \
	    python3 -m venv $(VENV) || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv && python3 -m venv $(VENV); }; \
	fi
	@if [ "$$(cat $(VENV)/.deps 2>/dev/null)" != '$(PY_DEPS)' ]; then \
	    $(PY) -m pip install -q --disable-pip-version-check $(foreach d,$(PY_DEPS),'$(d)') && echo '$(PY_DEPS)' > $(VENV)/.deps; \
	fi

# --- tests --------------------------------------------------------------------

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --lib --test wasm -- -D warnings
	cargo fmt --check --manifest-path python/Cargo.toml
	cargo clippy --manifest-path python/Cargo.toml --all-targets -- -D warnings

test-native:
	cargo test

# Dependencies: licences, bans and sources of both crates' lockfiles
# against deny.toml (advisories need a database from the network: not
# checked), and no npm package of the e2e tests runs an install script
# unless it is on the allow-list. cargo-deny reads every locked crate's
# manifest, Windows-only ones too: `cargo fetch` brings them from crates.io
# once, then the checks run offline (--frozen).
test-deps: deny-tools
	cargo fetch --locked
	cd python && cargo fetch --locked
	cargo deny --frozen check licenses bans sources
	cargo deny --frozen --manifest-path python/Cargo.toml check licenses bans sources
	node scripts/npm-scripts-check.mjs tests/e2e/package-lock.json

# Each fuzz target for a few seconds from its seeds, so that they keep
# building and their seeds keep passing; `make fuzz` is the real run.
test-fuzz: fuzz-tools
	scripts/fuzz.sh --smoke $(FUZZ_SMOKE_SECONDS)

fuzz: fuzz-tools
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The parity fixtures: what the current native CLI says about the inputs.
fixtures:
	cargo build --bin kashif
	$(KASHIF) extract --jsonl --date $(FIXTURE_DATE) tests/fixtures/parity-input.jsonl > tests/fixtures/parity.jsonl
	$(KASHIF) extract --jsonl --date $(FIXTURE_DATE) --nested tests/fixtures/parity-input.jsonl > tests/fixtures/parity-nested.jsonl

test-wasm: fixtures
	$(WASM_RUNNER) cargo test --target wasm32-unknown-unknown --no-default-features --test wasm

test-e2e: $(WASM) $(VENDOR) e2e-deps
	cargo build --bin kashif
	cd tests/e2e && KASHIF_BIN=$(CURDIR)/$(KASHIF) node --test --test-concurrency=1 render.test.mjs pkg.test.mjs page.test.mjs collection.test.mjs files.test.mjs bigpaste.test.mjs security.test.mjs a11y.test.mjs

# The package as users install it (`pip install ./python`), then its tests,
# run from the repository root so that `import kashif` is the installed one.
test-python: python-deps
	cargo build --bin kashif
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH $(PY) -m pip install -q --disable-pip-version-check --no-build-isolation --force-reinstall --no-deps ./python
	KASHIF_BIN=$(CURDIR)/$(KASHIF) $(PY) -m pytest -q -p no:cacheprovider python/tests

# The README's screenshots (need pngquant and optipng).
screenshot: $(WASM) $(VENDOR) e2e-deps
	mkdir -p docs
	cd tests/e2e && node screenshot.mjs $(CURDIR)/docs/screenshot.png $(CURDIR)/docs/collection.png
	for f in docs/screenshot.png docs/collection.png; do \
	    pngquant --force --quality 60-85 --strip --output $$f $$f && optipng -quiet -o5 $$f; \
	done
	@ls -l docs/screenshot.png docs/collection.png

clean:
	rm -rf www/pkg www/vendor target/e2e
