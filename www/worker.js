// The analysis worker (a module worker): loads the WebAssembly analyser
// once, then answers {id, text, options} with {id, entities, ms} — or
// {id, error} — and, for long texts, {id, progress} between chunks.
//
// Messages that arrive while an analysis runs are coalesced: only the
// newest is analysed next, so a burst of keystrokes costs one analysis.

import init, { Analyzer } from './pkg/kashif.js';

/** Above this length (UTF-16 units) progress is reported. */
const PROGRESS_FROM = 64 * 1024;

let analyzer = null;
let latest = null;
let scheduled = false;

const ready = init()
  .then(() => {
    analyzer = new Analyzer();
    postMessage({ ready: true, kinds: analyzer.kinds(), version: analyzer.version });
  })
  .catch((e) => {
    postMessage({ fatal: String(e && e.message ? e.message : e) });
  });

self.onmessage = (event) => {
  latest = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};

async function run() {
  await ready;
  scheduled = false;
  const job = latest;
  latest = null;
  if (!job || !analyzer) return;
  const { id, text, options } = job;
  const t0 = performance.now();
  try {
    let entities;
    if (text.length > PROGRESS_FROM) {
      entities = analyzer.analyzeWithProgress(text, options, (done, total) => {
        postMessage({ id, progress: total > 0 ? done / total : 1 });
      });
    } else {
      entities = analyzer.analyze(text, options);
    }
    postMessage({ id, entities, ms: performance.now() - t0 });
  } catch (e) {
    postMessage({ id, error: String(e && e.message ? e.message : e) });
  }
}
