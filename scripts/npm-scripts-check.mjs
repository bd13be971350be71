// Fails when an npm lockfile holds a package that runs an install script
// (preinstall, install or postinstall: npm marks it `hasInstallScript`)
// and that package is not on the allow-list below. An install script is
// code a registry package runs on the developer's and CI's machine at
// `npm ci`, before any test; the e2e tests need none.
//
//   node scripts/npm-scripts-check.mjs tests/e2e/package-lock.json
//
// Part of `make test` (target test-deps). Offline: it reads only the
// lockfile.

import { readFileSync } from 'node:fs';

// Package name → why its install script is acceptable. Empty: none of the
// e2e tests' packages (playwright-core, binaryen, pdfjs-dist and what they
// pull in) has one. Add a package here only with the reason, after reading
// what its script does.
const ALLOWED = new Map([]);

const path = process.argv[2];
if (!path) {
  console.error('usage: node scripts/npm-scripts-check.mjs PACKAGE-LOCK.JSON');
  process.exit(2);
}

const lock = JSON.parse(readFileSync(path, 'utf8'));
if (!lock.packages || typeof lock.packages !== 'object') {
  console.error(`${path}: no "packages" map (lockfileVersion 2 or 3 is needed)`);
  process.exit(2);
}

const entries = Object.entries(lock.packages).filter(([key]) => key !== '');
const nameOf = (key, meta) => meta.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
const scripted = entries.filter(([, meta]) => meta.hasInstallScript).map(([key, meta]) => nameOf(key, meta));
const unexpected = scripted.filter((name) => !ALLOWED.has(name));

for (const name of scripted.filter((n) => ALLOWED.has(n))) {
  console.log(`allowed install script: ${name} (${ALLOWED.get(name)})`);
}
if (unexpected.length > 0) {
  console.error(`${path}: packages with install scripts not on the allow-list in scripts/npm-scripts-check.mjs:`);
  for (const name of unexpected) console.error(`  ${name}`);
  process.exit(1);
}
console.log(`${path}: ${entries.length} packages, ${scripted.length} with an install script, none unexpected`);
