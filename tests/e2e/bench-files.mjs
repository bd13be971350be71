// Measures a big drop in the page (not part of `make test`): N files of
// SIZE bytes each (default 100 × 500 KB = 50 MB, our own sentences
// repeated), opened at once through the file input in Debian's Chromium.
// Prints the total time, the main-thread tasks over 50 ms, the longest
// timer delay seen while it runs, the page's JS heap at the end, and the
// time to open one document. Usage: node bench-files.mjs [N] [SIZE]
import os from 'node:os';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
import { SENTENCES } from './fixtures.mjs';
const N = Number(process.argv[2] ?? 100);
const SIZE = Number(process.argv[3] ?? 500000);
const www = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../www');
const server = await serve(www);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--enable-precise-memory-info'] });
const page = await browser.newPage();
await page.addInitScript(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, ms: Math.round(e.duration) }); }).observe({ type: 'longtask', buffered: true }); });
await page.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
await page.goto(server.url);
await page.waitForFunction(() => { const v = document.getElementById('view'); return v.dataset.pending && v.dataset.done === v.dataset.pending; });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-bench-'));
const para = `${SENTENCES.docx}\n${SENTENCES.html}\n${SENTENCES.legacy}\n${SENTENCES.pdf}\n`;
const paths = [];
for (let i = 0; i < N; i++) {
  const p = path.join(dir, `doc-${i}.txt`);
  fs.writeFileSync(p, `${para.replace('2', String(i))}`.repeat(Math.ceil(SIZE / Buffer.byteLength(para))));
  paths.push(p);
}
const total = paths.reduce((a, p) => a + fs.statSync(p).size, 0);
// Long tasks are reported late: one that ran before the drop (page load,
// the service worker) can arrive after this point; only those that start
// at the drop or later are counted.
await page.evaluate(() => { window.__long = []; window.__t0 = performance.now(); });
const longSince = () => page.evaluate(() => window.__long.filter((t) => t.start >= window.__t0).map((t) => t.ms));
const t0 = Date.now();
await page.setInputFiles('#file-input', paths);
let lags = [];
while (!(await page.evaluate(() => document.getElementById('collection').dataset.settled === 'true'))) {
  lags.push(await page.evaluate(() => new Promise((r) => { const t = performance.now(); setTimeout(() => r(performance.now() - t), 0); })));
  await new Promise((r) => setTimeout(r, 1000));
}
const ms = Date.now() - t0;
const mem = await page.evaluate(() => performance.memory.usedJSHeapSize);
const ents = await page.evaluate(() => document.getElementById('coll-status').textContent);
console.log(`${(total / 1e6).toFixed(1)} MB in ${N} files: ${ms} ms; long tasks since the drop: ${JSON.stringify(await longSince())}; max timer lag ${Math.round(Math.max(...lags))} ms; heap ${(mem / 1e6).toFixed(0)} MB; ${ents}`);
const t1 = Date.now();
await page.click(`#doclist li:nth-child(${Math.ceil(N / 2)}) .doc-open`);
await page.waitForFunction(() => { const v = document.getElementById('view'); return v.dataset.done === v.dataset.pending; });
console.log('open the middle document:', Date.now() - t1, 'ms; long tasks since the drop', JSON.stringify(await longSince()));
await browser.close(); await server.close();
fs.rmSync(dir, { recursive: true, force: true });
