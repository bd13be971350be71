// The browser session of security.test.mjs and a11y.test.mjs: a static
// server of www/ on a free 127.0.0.1 port, Debian's headless Chromium
// (playwright-core), and a page whose every request, dialog, page error
// and Content-Security-Policy violation is recorded. Requests that would
// leave that origin are aborted.
//
// Environment: CHROMIUM (default /usr/bin/chromium).

import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve, launch as launchChromium } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const www = path.join(root, 'www');
export const outDir = path.join(root, 'target/e2e');

/** Starts the server and the browser; `close()` stops both. */
export async function launch() {
  assert.ok(fs.existsSync(path.join(www, 'pkg/kashif_bg.wasm')), 'www/pkg is missing: run `make wasm` first');
  fs.mkdirSync(outDir, { recursive: true });
  const server = await serve(www);
  const browser = await launchChromium(chromium);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh context and page on `pagePath` of the server. The returned
 * session records `requests` (URLs), `dialogs` (type and message),
 * `errors` (page errors, console errors) and, through `csp()`, the
 * securitypolicyviolation events of every document it loaded.
 * `init` runs in the page before any of its scripts (page.addInitScript).
 */
export async function openPage(env, { pagePath = '', contextOptions = {}, init, waitAnalysed = true } = {}) {
  const { server, browser } = env;
  const context = await browser.newContext({ acceptDownloads: true, locale: 'ar', ...contextOptions });
  const s = { context, requests: [], dialogs: [], errors: [] };
  context.on('request', (r) => s.requests.push(r.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  s.page = page;
  page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') s.errors.push(`console: ${m.text()}`);
  });
  page.on('dialog', async (d) => {
    s.dialogs.push({ type: d.type(), message: d.message() });
    await d.dismiss().catch(() => {});
  });
  // Every violation of every document this page loads, kept across
  // navigations in the test's own list.
  s.cspSeen = [];
  await page.exposeFunction('__reportCsp', (v) => s.cspSeen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = `${e.violatedDirective} ${e.blockedURI} ${e.sample ?? ''}`.trim();
      (window.__csp ??= []).push(v);
      window.__reportCsp?.(`${location.pathname}: ${v}`);
    });
  });
  if (init) await page.addInitScript(init);
  s.csp = () => s.cspSeen;
  await page.goto(new URL(pagePath, server.url).href);
  if (waitAnalysed && pagePath === '') await analysed(page);
  return s;
}

/** Closes a session's context; fails on requests that left 127.0.0.1
 * and on page errors. */
export async function closePage(env, s) {
  const foreign = s.requests.filter((u) => !u.startsWith(env.server.url) && !u.startsWith('data:') && !u.startsWith('blob:'));
  await s.context.close();
  assert.deepEqual(foreign, [], 'a request left 127.0.0.1');
  assert.deepEqual(s.errors, [], 'page errors');
}

/**
 * Registers a test file's hooks: the server and the browser start before
 * its tests and stop after them, and each test's session is checked and
 * closed after the test. `open(options)` starts the current test's session
 * (see openPage) and returns it; `env` is {server, browser}.
 */
export function browserHooks() {
  const h = { env: null, session: null };
  before(async () => {
    h.env = await launch();
  });
  after(async () => {
    await h.env?.close();
  });
  afterEach(async () => {
    if (h.session) await closePage(h.env, h.session);
    h.session = null;
  });
  h.open = async (options) => {
    h.session = await openPage(h.env, options);
    return h.session;
  };
  return h;
}

/** Waits until the newest analysis the page asked for has been rendered. */
export async function analysed(page) {
  await page.waitForFunction(() => {
    const v = document.getElementById('view');
    return v.dataset.pending && v.dataset.done === v.dataset.pending;
  }, null, { timeout: 60000 });
}

/** Runs `action`, then waits for the analysis it caused to be rendered. */
export async function reanalysed(page, action) {
  const prev = Number(await page.getAttribute('#view', 'data-pending'));
  await action();
  await page.waitForFunction((p) => {
    const v = document.getElementById('view');
    return Number(v.dataset.pending) > p && v.dataset.done === v.dataset.pending;
  }, prev, { timeout: 60000 });
}

/** Replaces the editor's text as a paste does (one input event) and waits
 * for its analysis to be rendered. */
export async function paste(page, text) {
  await reanalysed(page, () => page.evaluate((t) => {
    const input = document.getElementById('input');
    input.value = t;
    input.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
  }, text));
}

/** Clicks a download button: the file's name and text. */
export async function exported(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return { name: download.suggestedFilename(), body: fs.readFileSync(await download.path(), 'utf8') };
}

/** Adds a lexicon term of `kind` from the form, and waits for the
 * re-analysis. */
export async function addTerm(page, term, kind) {
  await page.fill('#lex-term', term);
  await page.selectOption('#lex-kind', kind);
  await reanalysed(page, () => page.click('#lex-add'));
}

/** The HTML that "Copy HTML" put on the clipboard. */
export async function copiedHtml(page) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.click('#copy-html');
  return page.evaluate(async () => {
    // Unsanitised: sanitising would parse it in this page, whose CSP
    // refuses the inline styles meant for the paste target.
    const [item] = await navigator.clipboard.read({ unsanitized: ['text/html'] });
    return (await item.getType('text/html')).text();
  });
}

/** A CSV file's rows (RFC 4180: quoted cells, doubled quotes, CRLF). */
export function parseCsv(body) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
