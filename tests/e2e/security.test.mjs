// Security and privacy of the page (issue 12, items 3–5), in headless
// Chromium: classic XSS payloads in the text, in lexicon terms and in file
// names are shown as text everywhere and never run; the exports neutralise
// spreadsheet formulas and escape markup; bidi override characters do not
// reorder the interface; the Content-Security-Policy holds through a whole
// session and blocks an injected inline script; the service worker caches
// only the site's own files; no user text is stored; leaving with edited
// text asks first; the lexicon survives bad imports, a damaged stored
// copy and a full storage quota, and a deleted term can be brought back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  browserHooks, closePage, analysed, reanalysed, paste, exported, addTerm, copiedHtml, parseCsv, www, outDir,
} from './browser.mjs';
import { isolate } from '../../www/i18n.js';
import { csvField } from '../../www/render.js';

const hooks = browserHooks();
let s; // the current test's session
let page;

async function open(options) {
  s = await hooks.open(options);
  page = s.page;
  return page;
}

/** Classic XSS payloads: each sets window.__pwned if it ever runs. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=\'img\'">',
  '<script>window.__pwned=\'script\'</script>',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
  '<a href="javascript:window.__pwned=\'link\'">انقر هنا</a>',
  '"><iframe srcdoc="<script>parent.__pwned=\'iframe\'</script>"></iframe>',
  '<details open ontoggle="window.__pwned=\'toggle\'">',
  '<style>*{display:none}</style>',
  '[انقر](javascript:window.__pwned=\'md\')',
  '![صورة](javascript:window.__pwned=\'mdimg\')',
  'javascript:window.__pwned=\'bare\'',
];

/** Cells a spreadsheet would run as formulas. */
const FORMULAS = ['=HYPERLINK("http://127.0.0.1/x","انقر")', '+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0'];

/** Bidi controls: RIGHT-TO-LEFT OVERRIDE, LEFT-TO-RIGHT OVERRIDE, the isolates. */
const BIDI = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069'];

/** Elements a payload would create, anywhere in the page (light DOM). */
const PAYLOAD_ELEMENTS = 'img, iframe, details, style:not(head style), script:not([src]), a[href^="javascript" i], [onerror], [onload], [ontoggle], [onclick], [onmouseover], svg:not(.lock):not(.cooc-svg)';

/** What the page itself holds of what `sel` matches, to compare with a
 * fresh page: payload elements, and whether anything ran. */
async function noPayloadRan() {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a payload ran');
  assert.deepEqual(await page.$$eval(PAYLOAD_ELEMENTS, (es) => es.map((e) => e.outerHTML.slice(0, 80))), [], 'an element from a payload');
  assert.deepEqual(s.dialogs, [], 'a dialog opened');
}

// An Arabic sentence of our own around each payload: a name, a city, a date.
const around = (p, i) => `${p} استقبل الوزير سليم الحداد في مدينة صفاقس وفدا من المنظمة ${i + 1} يوم 3 أبريل. ${p}`;

test('XSS payloads in the text and in lexicon terms are shown as text in the view, panel, tooltips, menu, statuses and lexicon, and never run', async () => {
  await open();
  const text = PAYLOADS.map(around).join('\n');
  await paste(page, text);
  // The payloads as the user's own terms: lexicon rows, statuses, labels.
  for (const p of PAYLOADS) await addTerm(page, p, 'ORG');
  assert.equal(await page.textContent('#view'), text, 'the view holds the text as it is');
  assert.deepEqual(await page.$$eval('#lexicon .term', (ts) => ts.map((t) => t.textContent)), PAYLOADS);
  assert.deepEqual(await page.$$eval('#lexicon .del', (ds) => ds.map((d) => d.title.includes(d.closest('li').querySelector('.term').textContent))), PAYLOADS.map(() => true));
  assert.ok((await page.$$eval('#view mark', (ms) => ms.length)) >= 3 * PAYLOADS.length, 'the entities around the payloads are marked');
  assert.ok((await page.$$eval('#entities button', (bs) => bs.length)) >= 3);
  // The tooltip and the menu of the marks next to the payloads.
  for (let i = 0; i < 6; i++) {
    const mark = page.locator('#view mark').nth(i);
    await mark.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await mark.hover();
    await page.waitForSelector('#tip:not([hidden])', { timeout: 5000 });
    assert.equal(await page.$$eval('#tip *', (e) => e.length), 0);
    await mark.click();
    assert.equal(await page.textContent('#mm-text'), await mark.textContent());
    assert.equal(await page.$$eval('#markmenu p *', (e) => e.length), 0);
    await page.click('#mm-close');
  }
  // The statuses that quote a term (removed, added back) hold it as text.
  await reanalysed(page, () => page.click('#lexicon li:first-child button.del'));
  assert.ok((await page.textContent('#status')).includes(PAYLOADS[0]));
  assert.ok((await page.textContent('#lex-undo-text')).includes(PAYLOADS[0]));
  await reanalysed(page, () => page.click('#lex-undo-btn'));
  assert.equal(await page.$$eval('#status *, #lex-undo-text *', (e) => e.length), 0);
  await noPayloadRan();
  await page.screenshot({ path: path.join(outDir, 'security-xss.png') });
});

test('exports: CSV cells cannot be formulas, Markdown and the HTML copy escape every payload', async () => {
  await open();
  // Formula-like text the analyser marks: a phone number, a mention, a
  // negative amount next to a spreadsheet function.
  const formulas = 'اتصلوا على +212 537 00 00 00 أو راسلوا @SUM على الحساب، والرصيد -2+3 دينار =HYPERLINK("http://127.0.0.1/x")';
  const text = [...PAYLOADS.map(around), formulas].join('\n');
  await paste(page, text);

  const csv = await exported(page, '#export-csv');
  const rows = parseCsv(csv.body.replace(/^\uFEFF/, ''));
  const cells = rows.slice(1).flat();
  for (const c of cells) assert.ok(!/^[=+\-@\t\r\0]/.test(c), `a formula cell: ${c}`);
  const texts = rows.slice(1).map((r) => r[2]);
  for (const f of ["'+212 537 00 00 00", "'@SUM"]) {
    assert.ok(texts.includes(f), `${f} is not neutralised in ${texts.join(' | ')}`);
    // Neutralised cells are quoted as well (OWASP).
    assert.ok(csv.body.includes(`"${f}"`), `${f} is not quoted`);
  }

  const md = (await exported(page, '#export-md')).body;
  assert.ok(md.includes('\\<img src=x onerror="window.\\_\\_pwned=\'img\'"\\>'), 'the payload before the first mention is escaped');
  assert.ok(!/(^|[^\\])<[a-z/!?]/i.test(md), 'raw HTML in the Markdown');
  assert.ok(!/(^|[^\\])\]\(/.test(md), 'a Markdown link or image');
  assert.ok(!/(^|[^\\])&[#a-z]/i.test(md), 'an HTML entity in the Markdown');

  const html = await copiedHtml(page);
  // Parsed (not run) by DOMParser in a blank page (in this one the CSP
  // would report the export's inline styles): only the export's own
  // elements and attributes, and the text unchanged.
  const blank = await s.context.newPage();
  const parsed = await blank.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    const els = [...doc.body.querySelectorAll('*')];
    return {
      tags: [...new Set(els.map((e) => e.localName))].sort(),
      attrs: [...new Set(els.flatMap((e) => e.getAttributeNames()))].sort(),
      text: doc.body.textContent,
    };
  }, html);
  await blank.close();
  assert.deepEqual(parsed.tags, ['br', 'div', 'mark']);
  assert.deepEqual(parsed.attrs, ['data-kind', 'dir', 'lang', 'style', 'title']);
  assert.equal(parsed.text, text);
  await noPayloadRan();
});

test('the collection: payload file names are text in the list and the index; its CSV neutralises formulas', async () => {
  await open();
  const body = (i) => Buffer.from(`${around('<img src=x onerror="window.__pwned=\'file\'">', i)} اتصلوا على +212 537 00 00 00`, 'utf8');
  const files = [
    { name: '=cmd|\' calc\'!A0.txt', mimeType: 'text/plain', buffer: body(0) },
    { name: '<img src=x onerror="window.__pwned=\'name\'">.txt', mimeType: 'text/plain', buffer: body(1) },
    { name: '\u202Etxt.exe', mimeType: 'text/plain', buffer: body(2) },
  ];
  await page.setInputFiles('#file-input', files);
  await page.waitForSelector('#collection:not([hidden])');
  await page.waitForFunction(() => document.querySelectorAll('#doclist .doc-open').length === 3
    && /3/.test(document.getElementById('coll-status').textContent)
    && document.querySelectorAll('#index tbody tr').length > 0, null, { timeout: 60000 });
  const names = await page.$$eval('#doclist .doc-open', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(names.sort(), files.map((f) => f.name).sort());
  const where = await page.$$eval('#index tbody td.in button.jump', (bs) => bs.map((b) => b.textContent));
  assert.ok(where.some((w) => w.includes(files[1].name)), where.join(' | '));
  const csv = await exported(page, '#export-index-csv');
  const rows = parseCsv(csv.body.replace(/^\uFEFF/, ''));
  for (const c of rows.slice(1).flat()) assert.ok(!/^[=+\-@\t\r\0]/.test(c), `a formula cell: ${c}`);
  assert.ok(rows.some((r) => r[0] === "'+212 537 00 00 00"), 'the phone number is not neutralised');
  assert.ok(rows.some((r) => r[4].startsWith("'=cmd|")), 'the file name is not neutralised');
  await noPayloadRan();
});

test('CSV cells: formulas get an apostrophe and quotes; numbers and plain text are untouched', () => {
  assert.equal(csvField('=1+1'), '"\'=1+1"');
  assert.equal(csvField('+212 537'), '"\'+212 537"');
  assert.equal(csvField('-x'), '"\'-x"');
  assert.equal(csvField('@x'), '"\'@x"');
  assert.equal(csvField('\t=1'), '"\'\t=1"');
  assert.equal(csvField('\r=1'), '"\'\r=1"');
  assert.equal(csvField('\0=1'), '"\'\0=1"');
  assert.equal(csvField('=A1,"x"'), '"\'=A1,""x"""');
  assert.equal(csvField(-3), '-3');
  assert.equal(csvField('فاس'), 'فاس');
  assert.equal(csvField('a,b'), '"a,b"');
});

test('bidi overrides in user text cannot reorder the interface: lists keep their order, messages isolate the text', async () => {
  // In a message, the user's text is isolated; its own stray closing
  // isolate is dropped so it cannot end the wrapper early.
  assert.equal(isolate('abc'), '\u2068abc\u2069');
  assert.equal(isolate('\u2069\u202Eabc'), '\u2068\u202Eabc\u2069');
  assert.equal(isolate('\u2067abc'), '\u2068\u2067abc\u2069\u2069');
  await open();
  const tricky = ['\u202Eمنظمة النور\u202C', '\u2069\u202Dمؤسسة الفجر', '\u2066\u202Eجمعية الأمل'];
  await paste(page, `${tricky.join(' و')} في صفاقس.`);
  for (const term of tricky) await addTerm(page, term, 'ORG');
  await addTerm(page, 'صفاقس', 'GPE');
  // In the right-to-left page each lexicon row reads term, kind, delete
  // from right to left, whatever the term holds.
  const rows = await page.$$eval('#lexicon li', (lis) => lis.map((li) => ['.term', '.chip', '.del']
    .map((c) => li.querySelector(c).getBoundingClientRect().right)));
  assert.equal(rows.length, 4);
  for (const [term, chip, del] of rows) assert.ok(term > chip && chip > del, `a row out of order: ${term} ${chip} ${del}`);
  // The panel's entries: the name first (rightmost), then its kinds.
  const entries = await page.$$eval('#entities button', (bs) => bs.map((b) => [b.querySelector('.name').getBoundingClientRect().right, b.querySelector('.kinds').getBoundingClientRect().right]));
  for (const [name, kinds] of entries) assert.ok(name > kinds, 'a panel entry out of order');
  assert.ok(entries.length >= 3, 'the panel lists the entities');
  // The status quoting a term puts it in an isolate, so the sentence's
  // own words keep their order.
  await page.click('#lexicon li:first-child button.del');
  const status = await page.textContent('#status');
  assert.ok(status.includes(isolate(tricky[0])), JSON.stringify(status));
  await page.screenshot({ path: path.join(outDir, 'security-bidi.png') });
});

test('the CSP holds through a whole session: load, paste, exports, lexicon, files, the embed demo', async () => {
  await open();
  await paste(page, PAYLOADS.map(around).join('\n'));
  for (const b of ['#export-json', '#export-csv', '#export-conll', '#export-spacy', '#export-md']) await exported(page, b);
  await copiedHtml(page);
  await addTerm(page, 'سليم الحداد', 'PERS');
  await addTerm(page, 'صفاقس', 'NEVER');
  await reanalysed(page, () => page.click('#lexicon li:first-child button.del'));
  await reanalysed(page, () => page.click('#lex-undo-btn'));
  const lex = await exported(page, '#lex-export');
  const tmp = path.join(outDir, 'security-lexicon.json');
  fs.writeFileSync(tmp, lex.body);
  await page.setInputFiles('#lex-file', tmp);
  await page.click('#view mark');
  await page.click('#mm-close');
  await page.click('#legend button[data-kind="GPE"]');
  await page.click('#lang');
  await page.check('#nested');
  await analysed(page);
  // Opening a file: one (the editor), then two (the collection view).
  await reanalysed(page, () => page.setInputFiles('#file-input', { name: 'خبر.txt', mimeType: 'text/plain', buffer: Buffer.from(around('', 0)) }));
  await page.setInputFiles('#file-input', [1, 2].map((i) => ({ name: `خبر${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(around('', i)) })));
  await page.waitForSelector('#index tbody tr', { timeout: 60000 });
  await exported(page, '#export-index-csv');
  await exported(page, '#export-docs-jsonl');
  // The embed demo, with its live preview.
  await page.goto(new URL('embed.html', hooks.env.server.url).href);
  await page.waitForFunction(() => document.getElementById('count').textContent.length > 0, null, { timeout: 60000 });
  // The live preview of <kashif-highlight for=…> with payloads typed in.
  await page.fill('#draft', PAYLOADS.map(around).join('\n'));
  await page.waitForFunction(() => document.getElementById('preview').shadowRoot?.textContent.includes('onerror'), null, { timeout: 60000 });
  await page.waitForFunction(() => document.getElementById('preview').shadowRoot.querySelectorAll('mark').length > 10, null, { timeout: 60000 });
  assert.deepEqual(await page.evaluate((sel) => [...document.getElementById('preview').shadowRoot.querySelectorAll(sel)].map((e) => e.localName), PAYLOAD_ELEMENTS.replace(/, svg:.*$/, '')), []);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(s.csp(), [], 'CSP violations');
});

test('the CSP blocks a script injected into the page, and an inline event handler', async () => {
  await open();
  const blocked = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
  }));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "inline"';
    document.body.append(script);
  });
  assert.match(await blocked, /^script-src/);
  const attr = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
  }));
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.setAttribute('onclick', 'window.__pwned = "handler"');
    document.body.append(b);
    b.click();
    b.remove();
  });
  assert.match(await attr, /^script-src/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(s.csp().length, 2, s.csp().join('\n'));
  // Chromium logs each refusal to the console: expected here, and only those.
  assert.equal(s.errors.length, 2, s.errors.join('\n'));
  assert.ok(s.errors.every((e) => e.includes('violates the following Content Security Policy directive')), s.errors.join('\n'));
  s.errors.length = 0;
});

/** The site's files: what the service worker may cache (www/ as served). */
function siteFile(url) {
  const u = new URL(url);
  if (u.origin !== new URL(hooks.env.server.url).origin || u.search || u.hash) return false;
  const rel = decodeURIComponent(u.pathname).replace(/^\//, '') || 'index.html';
  const file = path.resolve(www, rel);
  return file.startsWith(www + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
}

test('the service worker caches only the site\'s own files, never the user\'s text; nothing of the text is stored', async () => {
  await open();
  await page.waitForSelector('html[data-offline="ready"]', { timeout: 30000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 }).catch(async () => {
    await page.reload();
    await analysed(page);
  });
  // A sentence of our own with a word found nowhere else.
  const secret = 'سرّب المصدر أن لقاء الوزير سليم الحداد بالمستثمرين في بنزرت كان بشأن مشروع زمرّدستان.';
  await paste(page, secret);
  await addTerm(page, 'سليم الحداد', 'PERS');
  for (const b of ['#export-json', '#export-csv', '#export-md']) await exported(page, b);
  await reanalysed(page, () => page.setInputFiles('#file-input', { name: 'سر.txt', mimeType: 'text/plain', buffer: Buffer.from(secret) }));
  await paste(page, `${secret} ثم عاد.`);
  // Same-origin requests that are not the site's files: not cached.
  await page.evaluate(async (t) => {
    await fetch(`sample.js?q=${encodeURIComponent(t)}`);
    await fetch(`not-a-file?q=${encodeURIComponent(t)}`);
    await fetch('main.js', { method: 'HEAD' });
  }, secret);
  await page.waitForTimeout(300);
  // The one error of the session is that 404, asked for above.
  assert.deepEqual(s.errors, ['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
  s.errors.length = 0;
  const stored = await page.evaluate(async () => {
    const cached = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        cached.push({ cache: name, url: req.url, body: await res.text() });
      }
    }
    return {
      cached,
      local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
      cookie: document.cookie,
    };
  });
  assert.ok(stored.cached.length >= 19, `the site is cached: ${stored.cached.map((c) => c.url).join(' ')}`);
  for (const c of stored.cached) {
    assert.ok(c.cache.startsWith('kashif-'), c.cache);
    assert.ok(siteFile(c.url), `not one of the site's files: ${c.url}`);
    assert.ok(!c.body.includes('زمرّدستان'), `the user's text is in the cache: ${c.url}`);
  }
  // localStorage holds the lexicon the user asked to keep, nothing else.
  assert.deepEqual(Object.keys(stored.local), ['kashif.lexicon']);
  assert.deepEqual(JSON.parse(stored.local['kashif.lexicon']), [{ text: 'سليم الحداد', type: 'PERS' }]);
  assert.equal(stored.session, 0);
  assert.deepEqual(stored.databases, []);
  assert.equal(stored.cookie, '');
});

test('the service worker\'s list is the site: every page, script and style of www/ and nothing else', () => {
  const sw = fs.readFileSync(path.join(www, 'sw.js'), 'utf8');
  const list = (name) => [...sw.match(new RegExp(`const ${name} = \\[([^\\]]*)\\]`))[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const listed = [...list('FILES'), ...list('LAZY')].filter((f) => f !== './').sort();
  // What a visit can load: the top-level pages, scripts and styles (sw.js
  // itself is the worker), the WebAssembly package, the PDF reader.
  const site = [
    ...fs.readdirSync(www).filter((f) => /\.(html|js|css)$/.test(f) && f !== 'sw.js'),
    ...['kashif.js', 'kashif_bg.wasm', 'build.js'].map((f) => `pkg/${f}`),
    ...fs.readdirSync(path.join(www, 'vendor/pdfjs')).filter((f) => f.endsWith('.mjs')).map((f) => `vendor/pdfjs/${f}`),
  ].sort();
  assert.deepEqual(listed, site);
});

/** Whether leaving the page now would ask (a beforeunload the page cancels). */
const wouldAsk = () => page.evaluate(() => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
});

test('leaving with typed or pasted text (a long paste too) asks first; the sample, a cleared editor and an opened file do not', async () => {
  await open();
  assert.equal(await wouldAsk(), false, 'the sample');
  await page.click('#input');
  await page.keyboard.press('End');
  await page.keyboard.type(' وأضاف الوزير.');
  await analysed(page);
  assert.equal(await wouldAsk(), true, 'the sample, edited');
  await reanalysed(page, () => page.click('#clear'));
  assert.equal(await wouldAsk(), false, 'cleared');
  await page.keyboard.type('نص كتبته بنفسي.');
  assert.equal(await wouldAsk(), true, 'typed');
  await reanalysed(page, () => page.click('#sample'));
  assert.equal(await wouldAsk(), false, 'the sample again');
  await paste(page, 'نص ملصوق.');
  assert.equal(await wouldAsk(), true, 'pasted');
  await reanalysed(page, () => page.setInputFiles('#file-input', { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from('نص من ملف.') }));
  assert.equal(await wouldAsk(), false, 'a file');
  // A long paste is held outside the editor (which shows its beginning):
  // it is the user's text all the same.
  await reanalysed(page, () => page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'نص طويل ملصوق من تقرير.\n'.repeat(8000));
    const input = document.getElementById('input');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }));
  assert.equal(await page.getAttribute('#input', 'aria-readonly'), 'true', 'the long text is outside the editor');
  assert.equal(await wouldAsk(), true, 'a long paste');
  await reanalysed(page, () => page.click('#clear'));
  // And the browser really asks: closing the page with typed text.
  await page.click('#input');
  await page.keyboard.type(' وزيادة.');
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(s.dialogs.map((d) => d.type), ['beforeunload']);
  s.dialogs.length = 0; // seen: not a payload's
});

// ------------------------------------------------------------- the lexicon

const KEY = 'kashif.lexicon';
const GOOD = [{ text: 'مصرف النور', type: 'ORG' }, { text: 'صفاقس', never: true }];

/** Opens the page with `raw` as the stored lexicon. */
async function openWithStored(raw) {
  await open();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw]);
  await page.reload();
  await analysed(page);
}

const storedKeys = () => page.evaluate(() => Object.keys(localStorage).sort());
const lexTerms = () => page.$$eval('#lexicon li .term', (ts) => ts.map((t) => t.textContent));

test('a bad lexicon import changes nothing and says what is wrong', async () => {
  await open();
  const tmp = path.join(outDir, 'lexicon-bad.json');
  fs.writeFileSync(tmp, JSON.stringify(GOOD));
  await reanalysed(page, () => page.setInputFiles('#lex-file', tmp));
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.deepEqual(JSON.parse(before), GOOD);
  const cases = [
    ['not JSON', 'هذا ليس JSON', /not JSON/],
    ['an object', JSON.stringify({ text: 'س', type: 'ORG' }), /expected a JSON array.*found an object/],
    ['a bad entry', JSON.stringify([{ text: 'أ', type: 'ORG' }, { text: 'ب', type: 'PERS' }, { text: 'ج', type: 'NOPE' }]), /entry 3 \(\{"text":"ج","type":"NOPE"\}\): unknown type "NOPE"/],
    ['an empty term', JSON.stringify([{ text: '  ', type: 'ORG' }]), /entry 1 .*"text" must be a non-empty string/],
    // A large file of good entries with one bad one near the end.
    ['a bad entry among 60 000', JSON.stringify([...Array.from({ length: 60000 }, (_, i) => ({ text: `مؤسسة رقم ${i}`, type: 'ORG' })), { text: 'آخر', type: 'ORG', never: 'yes' }, { text: 'س' }]), /entry 60002 \(\{"text":"س"\}\): no "type"/],
    ['10 MB of junk', Buffer.alloc(10 * 1024 * 1024, 'x{[').toString(), /(too large|كبير جدًّا) \(10\.0 (MB|م\.ب)\)/],
  ];
  for (const [what, body, message] of cases) {
    fs.writeFileSync(tmp, body);
    await page.setInputFiles('#lex-file', tmp);
    await page.waitForSelector('#lex-notice:not([hidden])');
    const notice = await page.textContent('#lex-notice-text');
    assert.match(notice, message, what);
    assert.ok(notice.includes('lexicon-bad.json'), `${what}: the file is not named`);
    assert.deepEqual(await lexTerms(), GOOD.map((e) => e.text), `${what}: the lexicon changed`);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), before, `${what}: the stored lexicon changed`);
    await page.click('#lex-notice-close');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lex-term');
});

test('a damaged stored lexicon is kept aside, reported, downloadable; the entries that read still work', async () => {
  // Truncated JSON: nothing reads.
  const truncated = JSON.stringify(GOOD).slice(0, -5);
  await openWithStored(truncated);
  assert.match(await page.textContent('#lex-notice-text'), /not JSON/);
  let keys = await storedKeys();
  const aside = keys.find((k) => k.startsWith('kashif.lexicon.damaged.'));
  assert.ok(aside, keys.join(' '));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside), truncated, 'kept aside as it was');
  // A reload reports it again, without a second copy.
  await page.reload();
  await analysed(page);
  assert.match(await page.textContent('#lex-notice-text'), /not JSON/);
  assert.deepEqual(await storedKeys(), keys);
  const copy = await exported(page, '#lex-damaged-save');
  assert.equal(copy.body, truncated);
  // New work is stored; the copy aside stays.
  await addTerm(page, 'مصرف النور', 'ORG');
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)), [GOOD[0]]);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside), truncated);
  await closePage(hooks.env, s);
  hooks.session = null;

  // One bad entry among good ones: the good ones load, the bad is named.
  const partly = JSON.stringify([GOOD[0], { text: 'س', type: 'NOPE' }, GOOD[1]]);
  await openWithStored(partly);
  assert.match(await page.textContent('#lex-notice-text'), /entry 2 .*unknown type "NOPE"/);
  assert.deepEqual(await lexTerms(), GOOD.map((e) => e.text));
  keys = await storedKeys();
  const aside2 = keys.find((k) => k.startsWith('kashif.lexicon.damaged.'));
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), aside2), partly);
  assert.equal(await page.isVisible('#lex-damaged-save'), true);
});

test('a full storage quota is said plainly and the lexicon goes on working in the page', async () => {
  await open({ init: () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function full(key, value) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  } });
  await addTerm(page, 'مصرف النور', 'ORG');
  await page.evaluate(() => { window.__full = true; });
  await paste(page, 'أعلن مصرف الواحة عن فرع جديد في صفاقس، وقال مصرف النور إنه سيتبعه.');
  await addTerm(page, 'مصرف الواحة', 'ORG');
  await page.waitForSelector('#lex-notice:not([hidden])');
  assert.match(await page.textContent('#lex-notice-text'), /storage is full|ممتلئة/);
  assert.deepEqual(await lexTerms(), ['مصرف النور', 'مصرف الواحة']);
  const user = await page.$$eval('#view mark[data-source="user"]', (ms) => ms.map((m) => m.textContent));
  assert.ok(user.includes('مصرف الواحة'), `the new term is used: ${user}`);
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)), [{ text: 'مصرف النور', type: 'ORG' }]);
  // The export still has all of it.
  const file = await exported(page, '#lex-export');
  assert.deepEqual(JSON.parse(file.body).map((e) => e.text), ['مصرف النور', 'مصرف الواحة']);
  // Room again: the next change is stored and the notice goes.
  await page.evaluate(() => { window.__full = false; });
  await addTerm(page, 'صفاقس', 'GPE');
  assert.equal(await page.isHidden('#lex-notice'), true);
  assert.equal(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).length, 3);
});

test('a deleted term comes back with Undo, from the keyboard, in its place', async () => {
  await open();
  await addTerm(page, 'مصرف النور', 'ORG');
  await addTerm(page, 'مصرف الواحة', 'ORG');
  await addTerm(page, 'صفاقس', 'NEVER');
  // Delete the middle one from the keyboard.
  await page.focus('#lexicon li:nth-child(2) button.del');
  await reanalysed(page, () => page.keyboard.press('Enter'));
  assert.deepEqual(await lexTerms(), ['مصرف النور', 'صفاقس']);
  assert.equal(await page.isVisible('#lex-undo-btn'), true);
  // Undo is the next Tab stop after the list.
  await page.focus('#lexicon li:last-child button.del');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lex-undo-btn');
  await reanalysed(page, () => page.keyboard.press('Enter'));
  assert.deepEqual(await lexTerms(), ['مصرف النور', 'مصرف الواحة', 'صفاقس']);
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).map((e) => e.text), ['مصرف النور', 'مصرف الواحة', 'صفاقس']);
  assert.equal(await page.isHidden('#lex-undo'), true);
  assert.equal(await page.evaluate(() => document.activeElement.closest('#lexicon') !== null), true, 'focus stays in the list');
});
