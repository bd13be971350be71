#!/usr/bin/env bash
# Builds the page's WebAssembly module into www/pkg/ (what `make wasm` runs);
# with --tools, only installs the tools.
#
# Installs what is missing: the wasm32 target, wasm-bindgen-cli at exactly
# the wasm-bindgen version locked in Cargo.lock (the CLI and the crate must
# match), and binaryen's wasm-opt from tests/e2e's lockfile. Then:
# cargo build (profile `wasm`) → wasm-bindgen --target web →
# wasm-opt -O2, then the npm-ready package files from www/pkg-template/
# (package.json with the crate's version, the hand-written kashif.d.ts) and
# www/pkg/build.js (the build id the service worker names its cache by),
# pdf.js into www/vendor/ (scripts/vendor.sh), and prints the size raw /
# gzip / brotli.
set -euo pipefail
cd "$(dirname "$0")/.."

# --- tools -----------------------------------------------------------------
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    rustup target add wasm32-unknown-unknown
fi

want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
    echo "wasm.sh: no wasm-bindgen in Cargo.lock" >&2
    exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
    echo "wasm.sh: installing wasm-bindgen-cli $want (found: ${have:-none}); this takes a few minutes"
    cargo install wasm-bindgen-cli --version "$want"
fi

wasm_opt=tests/e2e/node_modules/.bin/wasm-opt
if [ ! -x "$wasm_opt" ]; then
    (cd tests/e2e && npm ci --no-audit --no-fund)
fi

[ "${1:-}" = "--tools" ] && exit 0

# --- build -----------------------------------------------------------------
cargo build --lib --target wasm32-unknown-unknown --profile wasm --no-default-features
mkdir -p www/pkg
wasm-bindgen --target web --no-typescript --out-dir www/pkg \
    target/wasm32-unknown-unknown/wasm/kashif.wasm
"$wasm_opt" -O2 --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types \
    --enable-multivalue \
    www/pkg/kashif_bg.wasm -o www/pkg/kashif_bg.wasm.opt
mv www/pkg/kashif_bg.wasm.opt www/pkg/kashif_bg.wasm

# --- package files ------------------------------------------------------------
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
sed "s/@VERSION@/$version/" www/pkg-template/package.json >www/pkg/package.json
cp www/pkg-template/kashif.d.ts www/pkg/kashif.d.ts
# The build id: the crate version and a hash of the module and the page's
# files. The service worker's cache is named by it (sw.js?build=…).
hash=$(cat www/pkg/kashif.js www/pkg/kashif_bg.wasm www/*.html www/*.js www/*.css | sha256sum | cut -c1-12)
printf '// Written by scripts/wasm.sh: the build id (service worker cache name).\nexport const BUILD = %s;\n' \
    "\"$version-$hash\"" >www/pkg/build.js

# --- vendored browser code (pdf.js) -----------------------------------------
scripts/vendor.sh

# --- size ------------------------------------------------------------------
f=www/pkg/kashif_bg.wasm
raw=$(wc -c <"$f")
gz=$(gzip -9 -c "$f" | wc -c)
if command -v brotli >/dev/null; then br=$(brotli -q 11 -c "$f" | wc -c); else br="(no brotli)"; fi
printf 'www/pkg/kashif_bg.wasm: %s bytes raw, %s gzip, %s brotli\n' "$raw" "$gz" "$br"
