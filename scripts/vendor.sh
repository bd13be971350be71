#!/usr/bin/env bash
# Vendors the page's third-party browser code into www/vendor/ (what
# `make wasm` and `make serve` run): pdf.js (pdfjs-dist, Apache-2.0, pinned
# in tests/e2e/package-lock.json), which the page imports only when a PDF
# is opened. Installs the lockfile's packages if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

src=tests/e2e/node_modules/pdfjs-dist
if [ ! -f "$src/build/pdf.min.mjs" ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    (cd tests/e2e && npm ci --no-audit --no-fund)
fi
mkdir -p www/vendor/pdfjs
cp "$src/build/pdf.min.mjs" "$src/build/pdf.worker.min.mjs" www/vendor/pdfjs/
cp "$src/LICENSE" www/vendor/pdfjs/LICENSE
version=$(node -p "require('./$src/package.json').version")
printf 'pdf.js %s (pdfjs-dist from npm, Apache-2.0): copied by scripts/vendor.sh.\n' "$version" >www/vendor/pdfjs/README
echo "www/vendor/pdfjs: pdf.js $version"
