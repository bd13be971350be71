// End-to-end tests of the page in Debian's headless Chromium, driven by
// playwright-core (`node --test`). Each test starts from a fresh page on a
// static server of www/ at a free 127.0.0.1 port. Every request the page or
// its worker makes is recorded, and any that would leave that origin is
// aborted and fails the run.
//
// Environment: CHROMIUM (default /usr/bin/chromium), KASHIF_BIN (the native
// CLI, default target/debug/kashif) for the export parity test.

import { test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const www = path.join(root, 'www');
const outDir = path.join(root, 'target/e2e');
const kashifBin = process.env.KASHIF_BIN ?? path.join(root, 'target/debug/kashif');

let server;
let browser;
let context;
let page;
let requests; // every URL requested in the current test
let violations; // CSP violations and page errors in the current test

before(async () => {
  assert.ok(fs.existsSync(path.join(www, 'pkg/kashif_bg.wasm')), 'www/pkg is missing: run `make wasm` first');
  fs.mkdirSync(outDir, { recursive: true });
  server = await serve(www);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(contextOptions = {}) {
  context = await browser.newContext({ acceptDownloads: true, locale: 'ar', ...contextOptions });
  requests = [];
  violations = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort();
  });
  page = await context.newPage();
  page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(server.url);
  await analysed();
  return page;
}

beforeEach(() => {
  context = null;
});

afterEach(async () => {
  if (page) {
    const csp = await page.evaluate(() => window.__csp ?? []).catch(() => []);
    violations.push(...csp.map((c) => `csp: ${c}`));
  }
  const foreign = requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
  await context?.close();
  page = null;
  assert.deepEqual(foreign, [], 'a request left 127.0.0.1');
  assert.deepEqual(violations, [], 'page errors or CSP violations');
});

/** Waits until the newest request to the worker has been rendered. */
async function analysed() {
  await page.waitForFunction(() => {
    const v = document.getElementById('view');
    return v.dataset.pending && v.dataset.done === v.dataset.pending;
  }, null, { timeout: 60000 });
}

/** Replaces the text as a paste would (one input event), then waits for
 * the debounced analysis of it to be rendered. */
async function paste(text) {
  const prev = Number(await page.getAttribute('#view', 'data-pending'));
  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
  }, text);
  await page.waitForFunction((p) => {
    const v = document.getElementById('view');
    return Number(v.dataset.pending) > p && v.dataset.done === v.dataset.pending;
  }, prev, { timeout: 60000 });
}

const marks = () => page.$$eval('#view mark', (ms) => ms.map((m) => ({
  text: m.textContent, kind: m.dataset.kind, group: m.dataset.group, nested: m.classList.contains('nested'),
})));

/** `kashif extract --jsonl` on one text: its id and entities (document-level
 * keys the CLI may add beside them are not part of the page's export). */
function native(text, flags = []) {
  const r = spawnSync(kashifBin, ['extract', '--jsonl', ...flags], {
    input: `${JSON.stringify({ id: 1, text })}\n`,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `kashif failed: ${r.stderr}`);
  const { id, entities } = JSON.parse(r.stdout);
  return { id, entities };
}

async function exportJson() {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'kashif.jsonl');
  const body = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(body.endsWith('\n') && body.split('\n').length === 2, 'one JSONL line');
  return JSON.parse(body);
}

test('the page opens with the sample article highlighted', async () => {
  await open({ viewport: { width: 1440, height: 1000 } });
  const found = await marks();
  const kinds = new Set(found.map((m) => m.kind));
  for (const k of ['GPE', 'URL', 'EMAIL', 'PHONE', 'HASHTAG']) assert.ok(kinds.has(k), `no ${k} in the sample`);
  assert.ok(found.some((m) => m.kind === 'GPE' && m.text === 'فيينا'));
  assert.ok(found.some((m) => m.kind === 'URL' && m.text === 'https://www.example.ma/ar/communiques'));
  // The view's text is the input's, character for character.
  const [input, view] = await page.evaluate(() => [document.getElementById('input').value, document.getElementById('view').textContent]);
  assert.equal(view, input);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // Kind colours are applied (constructed stylesheet, allowed by the CSP).
  const bg = await page.$eval('#view mark[data-kind="GPE"]', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, 'rgb(76, 201, 240)');
  const first = Number(await page.getAttribute('html', 'data-first-highlight'));
  console.log(`# first highlight of the sample: ${first} ms after navigation start`);
  await page.screenshot({ path: path.join(outDir, 'page.png') });
});

test('pasted text is highlighted with UTF-16 offsets after emoji', async () => {
  await open();
  await paste('😀👍🏽 زار الوفد تركيا والسعودية، ثم عاد إلى فيينا 𝕏.');
  const found = (await marks()).filter((m) => m.kind === 'GPE').map((m) => m.text);
  assert.deepEqual(found, ['تركيا', 'السعودية', 'فيينا']);
  const [input, view] = await page.evaluate(() => [document.getElementById('input').value, document.getElementById('view').textContent]);
  assert.equal(view, input);
});

test('a kind toggles off and on from the legend', async () => {
  await open();
  const gpe = '#legend button[data-kind="GPE"]';
  assert.equal(await page.getAttribute(gpe, 'aria-pressed'), 'true');
  const count = Number(await page.textContent(`${gpe} .count`));
  assert.equal(count, (await marks()).filter((m) => m.kind === 'GPE').length);
  const bg = () => page.$eval('#view mark[data-kind="GPE"]', (m) => getComputedStyle(m).backgroundColor);
  await page.click(gpe);
  assert.equal(await page.getAttribute(gpe, 'aria-pressed'), 'false');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)');
  assert.equal(await page.$$eval('#entities button[data-kind="GPE"]', (b) => b.length), 0);
  await page.click(gpe);
  assert.equal(await page.getAttribute(gpe, 'aria-pressed'), 'true');
  assert.equal(await bg(), 'rgb(76, 201, 240)');
});

test('clicking an entity in the panel flashes its mentions in turn', async () => {
  await open();
  // The panel lists the most mentioned entity first.
  const entry = page.locator('#entities button').first();
  const group = await entry.getAttribute('data-group');
  const mentions = page.locator(`#view mark[data-group="${group}"]`);
  assert.ok((await mentions.count()) >= 2);
  await entry.click();
  await page.waitForFunction((g) => document.querySelector(`#view mark[data-group="${g}"]`).classList.contains('flash'), group);
  await entry.click();
  await page.waitForFunction((g) => document.querySelectorAll(`#view mark[data-group="${g}"]`)[1].classList.contains('flash'), group);
});

test('the JSON export equals `kashif extract --jsonl` on the same text', async () => {
  await open();
  const text = await page.inputValue('#input');
  const date = await page.inputValue('#docdate');
  assert.deepEqual(await exportJson(), native(text, ['--date', date]));
  // With nesting, and after astral characters.
  await page.check('#nested');
  await paste(`🇲🇦 ${text}\n𝕏 مُحَمَّد في فيينا`);
  assert.deepEqual(await exportJson(), native(await page.inputValue('#input'), ['--date', date, '--nested']));
});

test('the CSV export has a BOM and Arabic labels', async () => {
  await open();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const body = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(body.startsWith('\uFEFFstart,end,text,type,label'));
  assert.match(body, /,فيينا,GPE,دولة أو مدينة,/);
  assert.match(body, /,'\+212 537 00 00 00,PHONE,/);
});

test('markup in the text is shown as text and never runs', async () => {
  await open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const evil = `<img src=x onerror="window.__pwned='img'"> <script>window.__pwned='script'</script> <b onmouseover="window.__pwned='hover'">تركيا</b> "&amp;"`;
  await paste(evil);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.$$eval('#view img, #view script, #view b, #entities img', (e) => e.length), 0);
  assert.equal(await page.textContent('#view'), evil);
  await page.hover('#view mark[data-kind="GPE"]');
  assert.equal(await page.textContent('#tip'), 'دولة أو مدينة · Country / city');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The copied HTML escapes the text too.
  await page.click('#copy-html');
  const html = await page.evaluate(async () => {
    // Unsanitised: sanitising would parse the HTML in this page and trip
    // its own CSP on the style attributes meant for the paste target.
    const [item] = await navigator.clipboard.read({ unsanitized: ['text/html'] });
    return (await item.getType('text/html')).text();
  });
  assert.ok(html.includes('&lt;img src=x onerror=&quot;window.__pwned=&#39;img&#39;&quot;&gt;'), html);
  assert.ok(!html.includes('<img') && !html.includes('<script'), html);
  assert.match(html, /<mark style="background:#4cc9f0[^"]*" title="[^"]*" data-kind="GPE">تركيا<\/mark>/);
});

test('nothing is requested after load', async () => {
  await open();
  const before = requests.length;
  await paste('زار الوفد تركيا');
  await page.check('#nested');
  await analysed();
  await page.click('#lang');
  await page.click('#sample');
  await analysed();
  await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const after = requests.slice(before).filter((u) => !u.startsWith('blob:'));
  assert.deepEqual(after, []);
  assert.ok(requests.every((u) => u.startsWith(server.url) || u.startsWith('blob:')), requests.join('\n'));
});

test('keyboard: tab into the view, arrows move between marks with a tooltip', async () => {
  await open();
  await page.focus('#view');
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.textContent]);
  assert.equal(second[0], 'MARK');
  assert.notEqual(second[1], first);
  // The label shows on focus, Arabic first, English too.
  const label = await page.evaluate(() => document.activeElement.dataset.label);
  assert.match(label, /^[\u0600-\u06FF].* · [A-Za-z]/);
  assert.equal(await page.isVisible('#tip'), true);
  assert.equal(await page.textContent('#tip'), label);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'tip');
  assert.equal(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle), 'solid');
});

test('the interface switches to English and back', async () => {
  await open();
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.textContent('#legend button[data-kind="GPE"] .name'), 'Country / city');
  // The text stays Arabic, right to left.
  assert.equal(await page.getAttribute('#view', 'dir'), 'rtl');
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.textContent('#legend button[data-kind="GPE"] .name'), 'دولة أو مدينة');
});

test('usable on a 360 px phone, and in dark mode', async () => {
  await open({ viewport: { width: 360, height: 760 }, colorScheme: 'dark', deviceScaleFactor: 1 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(21, 23, 26)');
  await page.screenshot({ path: path.join(outDir, 'phone-dark.png'), fullPage: false });
});

test('a 20 KB article is analysed quickly; a 1 MB paste shows progress and does not freeze typing', async () => {
  await open();
  const sample = await page.inputValue('#input');
  let article = '';
  while (new TextEncoder().encode(article).length < 20 * 1024) article += `${sample}\n`;
  await paste(article);
  const ms = Number(await page.getAttribute('#view', 'data-ms'));
  console.log(`# 20 KB article (${new TextEncoder().encode(article).length} bytes): ${ms} ms in the worker`);
  let big = '';
  while (big.length < 1024 * 1024) big += `${sample}\n`;
  // The paste itself: the browser lays out a 1 MB textarea once (not ours).
  await page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    void input.scrollHeight;
  }, big);
  await page.evaluate(() => {
    window.__progress = [];
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ entryTypes: ['longtask'] });
    const p = document.getElementById('progress');
    new MutationObserver(() => window.__progress.push(p.value)).observe(p, { attributes: true });
    document.getElementById('input').dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
  });
  // Typing stays responsive while the worker works.
  await page.waitForFunction(() => document.getElementById('view').dataset.pending !== document.getElementById('view').dataset.done);
  await page.evaluate(() => document.getElementById('input').setSelectionRange(0, 0));
  const t0 = Date.now();
  await page.keyboard.type('ا');
  const typing = Date.now() - t0;
  await analysed();
  const { progress, longest } = await page.evaluate(() => ({ progress: window.__progress.length, longest: Math.round(window.__longest) }));
  const bigMs = Number(await page.getAttribute('#view', 'data-ms'));
  const n = await page.$$eval('#view mark', (m) => m.length);
  console.log(`# 1 MB paste: ${bigMs} ms in the worker, ${n} marks, ${progress} progress updates; a keystroke meanwhile took ${typing} ms; longest main-thread task ${longest} ms`);
  assert.ok(progress > 0, 'no progress shown');
  assert.ok(n > 1000);
  // Generous bounds for a loaded 2-core CI machine; a frozen page takes seconds.
  assert.ok(typing < 1500, `a keystroke took ${typing} ms`);
  assert.ok(longest < 1000, `the main thread was busy for ${longest} ms`);
});
