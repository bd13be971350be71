// Writes the README's screenshots (before optimising): the page with its
// sample article, 1280×800 (docs/screenshot.png), and — given a second
// path — a collection of three files written here (fixtures.mjs), Nasser
// Bourita selected in who-appears-with-whom (docs/collection.png), in
// Debian's Chromium. Run through `make screenshot`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { docx, html, srt } from './fixtures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = process.argv[2] ?? path.join(root, 'docs/screenshot.png');
const collectionOut = process.argv[3];
const server = await serve(path.join(root, 'www'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A page of the site, analysed; nothing leaves 127.0.0.1. */
async function open(viewport) {
  const page = await browser.newPage({ viewport, colorScheme: 'light' });
  await page.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
  await page.goto(server.url);
  await page.waitForFunction(() => {
    const v = document.getElementById('view');
    return v.dataset.pending && v.dataset.done === v.dataset.pending;
  });
  return page;
}

try {
  const page = await open({ width: 1280, height: 800 });
  // Show a tooltip, as a reader hovering a name would see it.
  await page.hover('#view mark[data-kind="GPE"] >> nth=1');
  await page.screenshot({ path: out });
  if (collectionOut) await collection(collectionOut);
} finally {
  await browser.close();
  await server.close();
}

async function collection(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-shot-'));
  try {
    const files = { 'تقرير.docx': docx(), 'article.html': html(), 'clip.srt': srt() };
    for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
    const page = await open({ width: 1280, height: 900 });
    await page.setInputFiles('#file-input', Object.keys(files).map((n) => path.join(dir, n)));
    await page.waitForFunction(() => document.getElementById('collection').dataset.settled === 'true');
    await page.click('#index tbody tr[data-key="PERS\tناصر بوريطة"] button.ent');
    await (await page.$('#collection')).screenshot({ path: file });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
