// Accessibility checked by a real tool: axe-core (npm, pinned in
// package.json), injected from node_modules into the page, over the page
// in light and dark, Arabic and English, with highlights, the entity
// panel, the mark menu, a tooltip, the lexicon's notices and the
// collection view open, and over the embed demo. Every rule runs; a
// serious or critical violation, or content outside landmarks, fails the
// test.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  browserHooks, reanalysed, addTerm, outDir,
} from './browser.mjs';

// axe's source, read from node_modules (no URL), evaluated in the page by
// the DevTools protocol: page.addScriptTag would insert an inline script,
// which the page's CSP rightly refuses, and the CSP stays on here.
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const hooks = browserHooks();
const open = async (options) => (await hooks.open(options)).page;

/**
 * Runs axe over the page as it is now; fails on serious or critical
 * violations, and on content outside landmarks (axe's "region", moderate),
 * naming the rule, the elements and axe's own summary. AXE_ALL=1 prints
 * every violation, minor ones included.
 */
async function check(page, what) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'region');
  if (process.env.AXE_ALL) console.log(what, result.violations.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 6).join(', ')}`));
  const report = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n')}`);
  assert.deepEqual(report, [], `${what}: axe found violations`);
  return result;
}

/** The page with everything a reader sees open: highlights (with a kind
 * hidden), the panel, a lexicon with an undo bar, the mark menu, a tooltip. */
async function everythingOpen(page) {
  await addTerm(page, 'مؤسسة النخلة الزرقاء', 'ORG');
  await addTerm(page, 'تركيا', 'NEVER');
  await reanalysed(page, () => page.click('#lexicon li:first-child button.del'));
  await page.click('#legend button[data-kind="GPE"]');
  await check(page, 'highlights, panel, lexicon, undo, a hidden kind');
  await page.focus('#view');
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector('#tip:not([hidden])');
  await check(page, 'a tooltip');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#markmenu:not([hidden])');
  await check(page, 'the mark menu');
  await page.click('#mm-close');
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe: the page in Arabic and in English, ${colorScheme}, with highlights, panel, menu and tooltip`, async () => {
    const page = await open({ contextOptions: { colorScheme } });
    await check(page, `${colorScheme}, Arabic, on load`);
    await everythingOpen(page);
    await page.click('#lang');
    await check(page, `${colorScheme}, English`);
    await page.focus('#view');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#markmenu:not([hidden])');
    await check(page, `${colorScheme}, English, the mark menu`);
  });
}

test('axe: the lexicon\'s notice and the collection view', async () => {
  const page = await open();
  await page.setInputFiles('#lex-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('[{"text": 1}]') });
  await page.waitForSelector('#lex-notice:not([hidden])');
  await check(page, 'the lexicon notice');
  const files = ['أ', 'ب'].map((n, i) => ({
    name: `${n}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`زار الوزير سليم الحداد مدينة صفاقس يوم ${i + 3} أبريل، ثم التقى ممثلين عن المنظمة العربية للتربية والثقافة والعلوم في تونس.`),
  }));
  await page.setInputFiles('#file-input', files);
  await page.waitForSelector('#collection:not([hidden]) #index tbody tr', { timeout: 60000 });
  await page.click('#index tbody button.ent');
  await check(page, 'the collection view');
  await page.emulateMedia({ colorScheme: 'dark' });
  await check(page, 'the collection view, dark');
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe: the embed demo, ${colorScheme}`, async () => {
    const page = await open({ pagePath: 'embed.html', contextOptions: { colorScheme } });
    await page.waitForFunction(() => document.getElementById('count').textContent.length > 0, null, { timeout: 60000 });
    await page.waitForFunction(() => document.getElementById('preview').shadowRoot?.querySelector('mark'), null, { timeout: 60000 });
    await check(page, `the embed demo, ${colorScheme}`);
    await page.screenshot({ path: path.join(outDir, `a11y-embed-${colorScheme}.png`) });
  });
}
