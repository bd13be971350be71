// Writes the README's screenshot (docs/screenshot.png, before optimising):
// the page with its sample article, 1280×800, in Debian's Chromium.
// Run through `make screenshot`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = process.argv[2] ?? path.join(root, 'docs/screenshot.png');
const server = await serve(path.join(root, 'www'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await page.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
  await page.goto(server.url);
  await page.waitForFunction(() => {
    const v = document.getElementById('view');
    return v.dataset.pending && v.dataset.done === v.dataset.pending;
  });
  // Show a tooltip, as a reader hovering a name would see it.
  await page.hover('#view mark[data-kind="GPE"] >> nth=1');
  await page.screenshot({ path: out });
} finally {
  await browser.close();
  await server.close();
}
