// WASM throughput under Node: prints numbers, asserts nothing.
//
//   make wasm && node benches/wasm-node.mjs
//
// Loads the page's module (www/pkg) from bytes, times module instantiation,
// `new Analyzer()`, the first `analyze` of about 20 KB right after it (what
// the page's first paste waits for), and the full pipeline on
// at least 1 MB of mixed Arabic news text (testdata/mixed.txt repeated with
// varied numbers, as in benches/throughput.rs).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const root = new URL('../', import.meta.url);
const { default: init, Analyzer } = await import(new URL('www/pkg/kashif.js', root));
const bytes = readFileSync(new URL('www/pkg/kashif_bg.wasm', root));

let t = performance.now();
await init({ module_or_path: bytes });
const instantiate = performance.now() - t;
t = performance.now();
const analyzer = new Analyzer();
const construct = performance.now() - t;

const sample = readFileSync(new URL('testdata/mixed.txt', root), 'utf8');
// Real news text instead of the repeated sample (which has few distinct
// words and so flatters the tagger's word memo):
//   KASHIF_BENCH_TEXT=/tmp/aner.txt node benches/wasm-node.mjs
const given = process.env.KASHIF_BENCH_TEXT;
let small = '';
for (let i = 0; Buffer.byteLength(small) < 20_000; i++) {
  small += sample.replaceAll('12', String(10 + (i % 17))) + '\n';
}
t = performance.now();
analyzer.analyze(small, {});
const first = performance.now() - t;
let text = given ? readFileSync(given, 'utf8') : '';
for (let i = 0; !given && Buffer.byteLength(text) < 1 << 20; i++) {
  text += sample.replaceAll('12', String(10 + (i % 17))) + '\n';
}
const mb = Buffer.byteLength(text) / 1e6;
analyzer.analyze(text, {}); // warm-up
// Each timed run has a fresh Analyzer: the tagger's word memo would
// otherwise start warm with the very text it is timed on.
let best = Infinity;
let n = 0;
for (let i = 0; i < 3; i++) {
  const fresh = new Analyzer();
  t = performance.now();
  n = fresh.analyze(text, {}).length;
  best = Math.min(best, performance.now() - t);
  fresh.free();
}
console.log(`wasm: ${bytes.length} bytes`);
console.log(`instantiate: ${instantiate.toFixed(1)} ms; new Analyzer(): ${construct.toFixed(1)} ms; first analyze of ${(Buffer.byteLength(small) / 1e3).toFixed(0)} KB: ${first.toFixed(1)} ms`);
console.log(`analyze: ${mb.toFixed(2)} MB, ${n} entities, best of 3: ${(best / 1e3).toFixed(3)} s = ${(mb / (best / 1e3)).toFixed(2)} MB/s`);
