// The analysis worker (a module worker): loads the WebAssembly analyser
// once, then answers messages:
//
//   {type: 'analyze', channel?, id, text, options}
//       → {channel, id, entities, groups, ms}, or {channel, id, error};
//         for long texts also {channel, id, progress} between chunks.
//   {type: 'lexicon', entries}
//       → {type: 'lexicon', ok: true, count} or {type: 'lexicon', error}.
//         The lexicon is compiled once here, not per analysis; analyses
//         asked for after it use it.
//
// Analysis requests that arrive while one runs are coalesced per channel
// (the page is one channel, each <kashif-highlight> another): only the
// newest request of a channel is analysed next, so a burst of keystrokes
// costs one analysis and no element's request is lost to another's.

import init, { Analyzer } from './pkg/kashif.js';

/** Above this length (UTF-16 units) progress is reported. */
const PROGRESS_FROM = 64 * 1024;

let analyzer = null;
let pendingLexicon = null; // entries received before the analyser was ready
const latest = new Map(); // channel -> newest analysis request
let scheduled = false;

const message = (e) => String(e && e.message ? e.message : e);

const ready = init()
  .then(() => {
    analyzer = new Analyzer();
    if (pendingLexicon) setLexicon(pendingLexicon);
    postMessage({ ready: true, kinds: analyzer.kinds(), version: analyzer.version });
  })
  .catch((e) => {
    postMessage({ fatal: message(e) });
  });

function setLexicon(entries) {
  try {
    analyzer.setLexicon(entries);
    postMessage({ type: 'lexicon', ok: true, count: entries.length });
  } catch (e) {
    postMessage({ type: 'lexicon', error: message(e) });
  }
}

self.onmessage = (event) => {
  const msg = event.data;
  if (msg && msg.type === 'lexicon') {
    const entries = Array.isArray(msg.entries) ? msg.entries : [];
    if (analyzer) setLexicon(entries);
    else pendingLexicon = entries;
    return;
  }
  latest.set(msg.channel ?? '', msg);
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};

async function run() {
  await ready;
  scheduled = false;
  const jobs = [...latest.values()];
  latest.clear();
  if (!analyzer) return;
  for (const job of jobs) analyse(job);
}

function analyse({ channel, id, text, options }) {
  const t0 = performance.now();
  try {
    const progress = text.length > PROGRESS_FROM
      ? (done, total) => postMessage({ channel, id, progress: total > 0 ? done / total : 1 })
      : undefined;
    const { entities, groups } = analyzer.analyzeDocument(text, options, progress);
    postMessage({ channel, id, entities, groups, ms: performance.now() - t0 });
  } catch (e) {
    postMessage({ channel, id, error: message(e) });
  }
}
