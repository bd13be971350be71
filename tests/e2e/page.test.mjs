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
import * as harness from './browser.mjs';

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

async function open(contextOptions = {}, pagePath = '') {
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
  await page.goto(new URL(pagePath, server.url).href);
  if (pagePath === '') {
    await analysed();
    // The service worker has cached the site (every request of a visit is made).
    await page.waitForSelector('html[data-offline="ready"]', { timeout: 30000 });
  }
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

// The shared helpers of browser.mjs, on this file's current page.
const analysed = () => harness.analysed(page);
const paste = (text) => harness.paste(page, text);
const exported = (button) => harness.exported(page, button);
const reanalysed = (action) => harness.reanalysed(page, action);

const marks = () => page.$$eval('#view mark', (ms) => ms.map((m) => ({
  text: m.textContent, kind: m.dataset.kind, group: m.dataset.group, nested: m.classList.contains('nested'),
})));

/** `kashif extract --jsonl` on one text: {id, entities, groups}. */
function native(text, flags = []) {
  const r = spawnSync(kashifBin, ['extract', '--jsonl', ...flags], {
    input: `${JSON.stringify({ id: 1, text })}\n`,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `kashif failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function exportJson() {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.equal(download.suggestedFilename(), 'kashif.jsonl');
  const body = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(body.endsWith('\n') && body.split('\n').length === 2, 'one JSONL line');
  return JSON.parse(body);
}

/** Selects `needle` (its `nth` occurrence) in the highlighted view, as a
 * mouse would (the selection may cross marks). */
async function selectInView(needle, nth = 0) {
  await page.evaluate(([needle, nth]) => {
    const view = document.getElementById('view');
    let at = -1;
    for (let i = 0; i <= nth; i++) at = view.textContent.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} is not in the view`);
    const end = at + needle.length;
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    const r = document.createRange();
    let pos = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const next = pos + n.data.length;
      if (at >= pos && at < next) r.setStart(n, at - pos);
      if (end > pos && end <= next) r.setEnd(n, end - pos);
      pos = next;
    }
    const sel = document.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    view.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, [needle, nth]);
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

test('the JSON export (entities and groups) equals `kashif extract --jsonl` on the same text', async () => {
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
  assert.match(body, /,"'\+212 537 00 00 00",PHONE,/);
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

test('the tooltip follows the mark in focus when the view scrolls, and goes when it is out of sight', async () => {
  await open();
  await paste('زار الوفد تركيا والسعودية ثم عاد إلى الرباط.\n'.repeat(200));
  await analysed();
  await page.focus('#view');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.isVisible('#tip'), true);
  const gap = () => page.evaluate(() => {
    const m = document.activeElement.getBoundingClientRect();
    const t = document.getElementById('tip').getBoundingClientRect();
    return Math.min(Math.abs(t.bottom - m.top), Math.abs(t.top - m.bottom));
  });
  // A small scroll keeps the mark in sight: the tooltip moves with it.
  await page.$eval('#view', (v) => { v.scrollTop += 12; v.dispatchEvent(new Event('scroll')); });
  assert.equal(await page.isVisible('#tip'), true);
  assert.ok(await gap() <= 8, `tooltip ${await gap()} px from its mark`);
  // Scrolled out of sight, it goes.
  await page.$eval('#view', (v) => { v.scrollTop = v.scrollHeight; v.dispatchEvent(new Event('scroll')); });
  assert.equal(await page.isVisible('#tip'), false);
  // A tooltip shown by the pointer, no mark in focus, goes on a scroll.
  await page.$eval('#view', (v) => { v.scrollTop = 0; });
  await page.focus('#input');
  await page.hover('#view mark');
  assert.equal(await page.isVisible('#tip'), true);
  await page.$eval('#view', (v) => { v.scrollTop += 12; v.dispatchEvent(new Event('scroll')); });
  assert.equal(await page.isVisible('#tip'), false);
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
  // A text this long is drawn as plain text with marks only near the
  // screen (bigpaste.test.mjs checks them at the end of 5 and 20 MB).
  assert.ok(n > 20 && n < 5000, `${n} marks in the view`);
  // Generous bounds for a loaded 2-core CI machine; a frozen page takes seconds.
  assert.ok(typing < 1500, `a keystroke took ${typing} ms`);
  assert.ok(longest < 1000, `the main thread was busy for ${longest} ms`);
});

// ------------------------------------------------------------ the journalist's workflow

/** Today where the browser is, YYYY-MM-DD. */
const todayIn = () => page.evaluate(() => {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
});

test('the entity panel lists the core groups: one entry per person however named, with variants', async () => {
  await open();
  const entry = page.locator('#entities button', { hasText: 'عبد الحق المنصوري' });
  assert.equal(await entry.count(), 1);
  const group = await entry.getAttribute('data-group');
  const mentions = await page.$$eval(`#view mark[data-group="${group}"]`, (ms) => ms.map((m) => m.textContent));
  assert.ok(mentions.includes('عبد الحق المنصوري') && mentions.includes('المنصوري'), mentions.join('|'));
  assert.match(await entry.textContent(), /المنصوري/);
  assert.equal(await entry.locator('.variants').count(), 1);
  // Each group is listed once.
  const groups = await page.$$eval('#entities button', (bs) => bs.map((b) => b.dataset.group));
  assert.equal(new Set(groups).size, groups.length);
});

test('a term selected in the view is added with a kind, marked as the user\'s, and kept', async () => {
  await open();
  await paste('أعلنت مؤسسة النخلة الزرقاء للتنمية عن برنامج جديد، وقالت مؤسسة النخلة الزرقاء للتنمية إنه يبدأ غدا.');
  assert.equal(await page.$$eval('#view mark[data-source="user"]', (m) => m.length), 0);
  await selectInView('مؤسسة النخلة الزرقاء للتنمية');
  assert.equal(await page.inputValue('#lex-term'), 'مؤسسة النخلة الزرقاء للتنمية');
  await page.selectOption('#lex-kind', 'ORG');
  await reanalysed(() => page.click('#lex-add'));
  const user = await page.$$eval('#view mark[data-source="user"]', (ms) => ms.map((m) => [m.textContent, m.dataset.kind, m.dataset.group]));
  assert.deepEqual(user.map((u) => u.slice(0, 2)), [['مؤسسة النخلة الزرقاء للتنمية', 'ORG'], ['مؤسسة النخلة الزرقاء للتنمية', 'ORG']]);
  assert.equal(user[0][2], user[1][2], 'one group');
  assert.deepEqual(await page.$$eval('#lexicon li .term', (t) => t.map((x) => x.textContent)), ['مؤسسة النخلة الزرقاء للتنمية']);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kashif.lexicon')));
  assert.deepEqual(stored, [{ text: 'مؤسسة النخلة الزرقاء للتنمية', type: 'ORG' }]);
  // A typed term, matched with a proclitic; deleting it removes the marks.
  await page.fill('#lex-term', 'برنامج جديد');
  await page.selectOption('#lex-kind', 'EVENT');
  await reanalysed(() => page.click('#lex-add'));
  assert.ok(await page.$('#view mark[data-source="user"][data-kind="EVENT"]'));
  await reanalysed(() => page.click('#lexicon li:last-child button.del'));
  assert.equal(await page.$('#view mark[data-kind="EVENT"]'), null);
  assert.equal(await page.$$eval('#lexicon li .term', (t) => t.length), 1);
  await page.screenshot({ path: path.join(outDir, 'lexicon.png') });
});

test('"not an entity" dismisses a false positive, which stays dismissed after a reload', async () => {
  await open();
  const count = () => page.$$eval('#view mark', (ms) => ms.filter((m) => m.textContent.endsWith('تركيا')).length);
  assert.ok((await count()) >= 1);
  await page.click('#view mark[data-kind="GPE"] >> text=تركيا');
  assert.equal(await page.isVisible('#markmenu'), true);
  assert.equal(await page.textContent('#mm-text'), 'تركيا');
  await page.screenshot({ path: path.join(outDir, 'mark-menu.png') });
  await reanalysed(() => page.click('#dismiss'));
  assert.equal(await count(), 0);
  assert.equal(await page.isVisible('#markmenu'), false);
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('kashif.lexicon'))), [{ text: 'تركيا', never: true }]);
  await page.reload();
  await analysed();
  assert.equal(await count(), 0, 'still dismissed after reload');
  assert.equal(await page.textContent('#lexicon li.never .term'), 'تركيا');
  // The lexicon file: exported, then imported into a fresh browser.
  const file = await exported('#lex-export');
  assert.equal(file.name, 'kashif-lexicon.json');
  const entries = JSON.parse(file.body);
  assert.deepEqual(entries, [{ text: 'تركيا', never: true }]);
  const tmp = path.join(outDir, 'lexicon-import.json');
  fs.writeFileSync(tmp, JSON.stringify([...entries, { text: 'خلية التواصل', type: 'ORG' }]));
  await context.close();
  await open();
  assert.ok((await count()) >= 1, 'a fresh browser has no lexicon');
  await reanalysed(() => page.setInputFiles('#lex-file', tmp));
  assert.equal(await count(), 0);
  assert.ok(await page.$('#view mark[data-source="user"] >> text=خلية التواصل'));
  // A bad file is refused with a message, the lexicon unchanged.
  fs.writeFileSync(tmp, JSON.stringify([{ text: 'س', type: 'NOPE' }]));
  await page.setInputFiles('#lex-file', tmp);
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('NOPE'));
  assert.equal(await page.$$eval('#lexicon li', (l) => l.length), 2);
});

test('one click: Shift+click or Delete on a mark dismisses it without the menu', async () => {
  await open();
  const count = (w) => page.$$eval('#view mark', (ms, w) => ms.filter((m) => m.textContent.endsWith(w)).length, w);
  assert.ok((await count('النمسا')) >= 1);
  await reanalysed(() => page.click('#view mark >> text=النمسا', { modifiers: ['Shift'] }));
  assert.equal(await count('النمسا'), 0);
  assert.equal(await page.isVisible('#markmenu'), false);
  assert.ok((await count('قطر')) >= 1);
  await page.focus('#view mark >> text=قطر');
  await reanalysed(() => page.keyboard.press('Delete'));
  assert.equal(await count('قطر'), 0);
  assert.deepEqual(await page.evaluate(() => JSON.parse(localStorage.getItem('kashif.lexicon'))),
    [{ text: 'النمسا', never: true }, { text: 'قطر', never: true }]);
});

test('dates resolve against the article date: the sample\'s, then today for the user\'s own text', async () => {
  await open();
  assert.equal(await page.inputValue('#docdate'), '2025-05-02');
  await page.hover('#view mark[data-kind="DATE"] >> text=يومي 6 و7 ماي الجاري');
  assert.match(await page.textContent('#tip'), /2025-05-06\/2025-05-07$/);
  await page.click('#clear');
  const today = await todayIn();
  assert.equal(await page.inputValue('#docdate'), today);
  await paste('عقد المجلس اجتماعه يوم أمس في الرباط.');
  assert.equal(await page.inputValue('#docdate'), today);
  const [y, m, d] = today.split('-').map(Number);
  const yesterday = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  const label = await page.getAttribute('#view mark[data-kind="DATE"]', 'data-label');
  assert.ok(label.endsWith(yesterday), `${label} (today ${today})`);
  // The user's date wins.
  await page.fill('#docdate', '2024-02-29');
  await reanalysed(() => page.dispatchEvent('#docdate', 'change'));
  assert.ok((await page.getAttribute('#view mark[data-kind="DATE"]', 'data-label')).endsWith('2024-02-28'));
  const json = await exportJson();
  assert.equal(json.entities.find((e) => e.type === 'DATE').value.iso, '2024-02-28');
});

test('every export parses back: JSON = CLI, CSV, CoNLL, spaCy code points, Markdown', async () => {
  await open();
  const text = `𝕏 ${await page.inputValue('#input')}`;
  await paste(text);
  const date = await page.inputValue('#docdate');
  const cli = native(text, ['--date', date]);
  const json = await exportJson();
  assert.deepEqual(json, cli);
  assert.ok(json.groups.length > 5 && json.groups.some((g) => g.name === 'عبد الحق المنصوري' && g.mentions >= 2));
  const cps = [...text];
  const top = cli.entities.filter((e) => e.depth === 0);

  const csv = await exported('#export-csv');
  const rows = harness.parseCsv(csv.body.replace(/^\uFEFF/, ''));
  assert.deepEqual(rows[0], ['start', 'end', 'text', 'type', 'label', 'canonical', 'value', 'source', 'score', 'depth', 'group', 'link']);
  assert.equal(rows.length - 1, cli.entities.length);
  for (const [i, r] of rows.slice(1).entries()) {
    const e = cli.entities[i];
    assert.equal(Number(r[0]), e.start);
    assert.equal(r[2].replace(/^'/, ''), e.text);
    assert.equal(cps.slice(Number(r[0]), Number(r[1])).join(''), e.text);
    assert.equal(r[3], e.type);
  }

  const conll = await exported('#export-conll');
  assert.equal(conll.name, 'kashif.conll');
  const paras = conll.body.trimEnd().split('\n\n');
  const lines = text.split('\n').filter((l) => l.trim());
  assert.equal(paras.length, lines.length, 'a blank line between paragraphs');
  const tokens = paras.flatMap((p) => p.split('\n').map((l) => l.split('\t')));
  assert.deepEqual(tokens.map((t) => t[0]), text.split(/\s+/).filter(Boolean));
  assert.ok(tokens.every((t) => /^(O|[BI]-[A-Z]+)$/.test(t[1])));
  // Every top-level entity starts one B- token of its kind (two entities
  // glued in one whitespace token, like «6 و7», count once).
  const bs = tokens.filter((t) => t[1].startsWith('B-'));
  assert.ok(bs.length <= top.length && bs.length >= top.length - 3, `${bs.length} B- for ${top.length} entities`);
  for (const t of tokens) {
    if (t[1].startsWith('I-')) assert.ok(tokens[tokens.indexOf(t) - 1][1].slice(2) === t[1].slice(2));
  }

  const spacy = await exported('#export-spacy');
  const sp = JSON.parse(spacy.body);
  assert.equal(sp.text, text);
  assert.equal(sp.ents.length, top.length);
  for (const [i, e] of sp.ents.entries()) {
    assert.deepEqual(e, { start: top[i].start, end: top[i].end, label: top[i].type });
    assert.equal(cps.slice(e.start, e.end).join(''), top[i].text, 'code point offsets');
  }

  const md = await exported('#export-md');
  assert.equal(md.name, 'kashif-report.md');
  assert.ok(md.body.startsWith('# '));
  assert.ok(md.body.includes(`تاريخ المقال: ${date}`));
  for (const g of cli.groups) {
    const escaped = g.name.replace(/[\\`*_[\]<>#|&!~]/g, (c) => `\\${c}`);
    assert.ok(md.body.includes(`**${escaped}**`), `no ${g.name} in the report`);
  }
  assert.match(md.body, /`2025-05-06\/2025-05-07`/);
  // Hiding a kind: the exports keep the shown kinds, groups included.
  await page.click('#legend button[data-kind="GPE"]');
  const hidden = await exportJson();
  assert.ok(hidden.entities.every((e) => e.type !== 'GPE'));
  assert.ok(hidden.groups.every((g) => hidden.entities.some((e) => e.group === g.id)));
});

test('<kashif-highlight> on an ordinary article page: marks in its shadow root, events, for=', async () => {
  await open({}, 'embed.html');
  await page.waitForSelector('kashif-highlight#story[data-entities]', { timeout: 60000 });
  const inShadow = await page.$eval('#story', (el) => ({
    marks: [...el.shadowRoot.querySelectorAll('mark')].map((m) => [m.textContent, m.dataset.kind, m.title]),
    light: el.querySelectorAll('mark').length,
    text: el.shadowRoot.textContent,
    other: el.shadowRoot.querySelectorAll('*:not(div):not(mark)').length,
  }));
  const kinds = new Set(inShadow.marks.map((m) => m[1]));
  for (const k of ['PERS', 'GPE', 'ORG', 'DATE', 'MONEY', 'URL', 'HASHTAG']) assert.ok(kinds.has(k), `no ${k}: ${JSON.stringify(inShadow.marks)}`);
  // «في مدينة صفاقس»: Kashif's convention (Wojood's) keeps the common noun in the place.
  assert.ok(inShadow.marks.some((m) => m[0].endsWith('صفاقس') && m[1] === 'GPE'));
  assert.equal(inShadow.light, 0, 'the light DOM is untouched');
  assert.equal(inShadow.other, 0, 'only text nodes, blocks and marks');
  // «أمس» resolved against document-date="2025-03-14".
  const yesterday = inShadow.marks.find((m) => m[1] === 'DATE' && m[0].includes('أمس'));
  assert.ok(yesterday && yesterday[2].endsWith('2025-03-13'), JSON.stringify(inShadow.marks));
  const mark = await page.$eval('#story', (el) => getComputedStyle(el.shadowRoot.querySelector('mark[data-kind="GPE"]')).backgroundColor);
  assert.equal(mark, 'rgb(76, 201, 240)');
  // The page learnt the results from the bubbling event.
  await page.waitForFunction(() => document.getElementById('count').textContent.length > 0);
  assert.match(await page.textContent('#count'), /الكيانات: \d+/);
  // The preview follows its textarea (for="draft"), limited to its kinds.
  await page.waitForSelector('#preview[data-entities]');
  const got = page.evaluate(() => new Promise((resolve) => {
    document.getElementById('preview').addEventListener('kashif:entities', (e) => resolve(e.detail), { once: true });
  }));
  await page.fill('#draft', 'زار الوفد تونس وتركيا و<b>فيينا</b> https://example.org');
  const detail = await got;
  assert.deepEqual(detail.entities.map((e) => e.text), ['تونس', 'تركيا', 'فيينا']);
  assert.equal(await page.$eval('#preview', (el) => el.shadowRoot.querySelectorAll('b').length), 0);
  // One worker for the whole page.
  const workers = page.workers().length;
  assert.equal(workers, 1);
  await page.screenshot({ path: path.join(outDir, 'embed.png'), fullPage: true });
});

test('offline: after one visit the page reloads and highlights with the network cut', async () => {
  await open();
  assert.equal(await page.isVisible('#offline'), true);
  assert.match(await page.textContent('#offline'), /جاهز للعمل دون اتصال/);
  // Let the service worker take control of this page, then cut the network.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 }).catch(async () => {
    await page.reload();
    await analysed();
  });
  await context.setOffline(true);
  await page.reload();
  await analysed();
  assert.ok((await marks()).some((m) => m.kind === 'GPE' && m.text === 'فيينا'));
  await paste('وصل الوفد إلى القاهرة قادما من الإسكندرية.');
  assert.deepEqual((await marks()).filter((m) => m.kind === 'GPE').map((m) => m.text), ['القاهرة', 'الإسكندرية']);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  await context.setOffline(false);
});
