// Writes the README's collection screenshot (docs/collection.png, before
// optimising): three files written here (fixtures.mjs) opened as a
// collection, Nasser Bourita selected in who-appears-with-whom, 1280 wide,
// in Debian's Chromium. Run through `make screenshot`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { docx, html, srt } from './fixtures.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = process.argv[2] ?? path.join(root, 'docs/collection.png');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kashif-shot-'));
const files = { 'تقرير.docx': docx(), 'article.html': html(), 'clip.srt': srt() };
for (const [name, data] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), data);
const server = await serve(path.join(root, 'www'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await page.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
  await page.goto(server.url);
  await page.waitForFunction(() => {
    const v = document.getElementById('view');
    return v.dataset.pending && v.dataset.done === v.dataset.pending;
  });
  await page.setInputFiles('#file-input', Object.keys(files).map((n) => path.join(dir, n)));
  await page.waitForFunction(() => document.getElementById('collection').dataset.settled === 'true');
  await page.click('#index tbody tr[data-key="PERS\tناصر بوريطة"] button.ent');
  const box = await page.$eval('#collection', (s) => {
    const r = s.getBoundingClientRect();
    return { x: 0, y: Math.max(0, r.top + window.scrollY - 8), width: 1280, height: Math.min(900, r.height + 16) };
  });
  await page.screenshot({ path: out, clip: box, fullPage: true });
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
