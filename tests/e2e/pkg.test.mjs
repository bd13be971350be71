// The npm-ready package `make wasm` writes into www/pkg/: package.json from
// www/pkg-template/ (the crate's version), the hand-written kashif.d.ts
// (every method the generated kashif.js exports is declared), and the
// module loads and works in Node from the package's own files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = path.join(root, 'www/pkg');

test('package.json: name, version from Cargo.toml, ESM, exports, files, types', () => {
  const json = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
  const cargo = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const version = /^version = "([^"]+)"/m.exec(cargo)[1];
  assert.equal(json.name, 'kashif');
  assert.equal(json.version, version);
  assert.equal(json.type, 'module');
  assert.equal(json.types, './kashif.d.ts');
  assert.equal(json.exports['.'].types, './kashif.d.ts');
  assert.equal(json.exports['.'].default, './kashif.js');
  for (const f of json.files) assert.ok(fs.existsSync(path.join(pkg, f)), `missing ${f}`);
  assert.deepEqual(json.files.sort(), ['kashif.d.ts', 'kashif.js', 'kashif_bg.wasm']);
  const build = fs.readFileSync(path.join(pkg, 'build.js'), 'utf8');
  assert.match(build, new RegExp(`BUILD = "${version.replace(/\./g, '\\.')}-[0-9a-f]{12}"`));
});

test('kashif.d.ts declares every method of the generated Analyzer', () => {
  const js = fs.readFileSync(path.join(pkg, 'kashif.js'), 'utf8');
  const dts = fs.readFileSync(path.join(pkg, 'kashif.d.ts'), 'utf8');
  const cls = js.slice(js.indexOf('export class Analyzer'));
  const body = cls.slice(0, cls.indexOf('\n}\n'));
  const methods = [...body.matchAll(/^ {4}(?:get |static )?([A-Za-z_]\w*)\(/gm)].map((m) => m[1])
    .filter((m) => !m.startsWith('__') && m !== 'constructor');
  for (const m of ['analyze', 'analyzeWithProgress', 'analyzeDocument', 'setLexicon', 'kinds', 'version']) {
    assert.ok(methods.includes(m), `kashif.js has no ${m}: ${methods}`);
  }
  for (const m of methods) assert.match(dts, new RegExp(`\\b${m}\\b`), `kashif.d.ts does not declare ${m}`);
  for (const t of ['interface Record', 'interface Group', 'interface KindInfo', 'interface Options', 'type LexiconEntry']) {
    assert.ok(dts.includes(t), `kashif.d.ts has no ${t}`);
  }
});

test('the package works in Node from its own files', async () => {
  const { initSync, Analyzer } = await import(path.join(pkg, 'kashif.js'));
  initSync({ module: fs.readFileSync(path.join(pkg, 'kashif_bg.wasm')) });
  const a = new Analyzer();
  a.setLexicon([{ text: 'وكالة الفجر', type: 'ORG' }]);
  const text = 'قالت وكالة الفجر إن الوفد زار تركيا.';
  const doc = a.analyzeDocument(text, { documentDate: '2025-05-02' });
  assert.deepEqual(doc.entities.map((e) => [e.type, text.slice(e.start, e.end)]),
    [['ORG', 'وكالة الفجر'], ['GPE', 'تركيا']]);
  assert.equal(doc.entities[0].source, 'user');
  assert.deepEqual(doc.groups.map((g) => g.name), ['وكالة الفجر', 'تركيا']);
  assert.throws(() => a.setLexicon([{ text: 'س', type: 'NOPE' }]), /NOPE/);
});
