import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from './server.mjs';
const server = await serve('/work/wt-docs/www');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForFunction(() => { const v = document.getElementById('view'); return v.dataset.pending && v.dataset.done === v.dataset.pending; });
await new Promise(r => setTimeout(r, 2000));
const paths = []; for (let i = 0; i < 100; i++) paths.push(path.join('/tmp/bulk', `b${i}.txt`));
await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
await page.setInputFiles('#file-input', paths);
await page.waitForFunction(() => document.getElementById('collection').dataset.settled === 'true', null, { timeout: 120000 });
await browser.stopTracing();
await browser.close(); await server.close();
const tr = JSON.parse(fs.readFileSync('/tmp/trace.json', 'utf8'));
const ev = tr.traceEvents ?? tr;
const main = ev.filter(e => e.name === 'RunTask' && e.dur > 40000);
for (const t of main) {
  const inside = ev.filter(e => e.tid === t.tid && e.pid === t.pid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 5000 && e.name !== 'RunTask');
  console.log(t.tid, Math.round(t.dur/1000), inside.map(e => `${e.name}:${Math.round(e.dur/1000)}${e.args?.beginData ? JSON.stringify({d: e.args.beginData.dirtyObjects, t: e.args.beginData.totalObjects, p: e.args.beginData.partialLayout}) : ''}`).join(' '));
}
