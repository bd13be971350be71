// The analysis worker (a module worker): loads the WebAssembly analyser
// once, then answers messages:
//
//   {type: 'analyze', channel?, id, text, options}
//       → {channel, id, entities, groups, ms}, or {channel, id, error};
//         for long texts also {channel, id, progress} between chunks.
//   {type: 'read', id, file}
//       → {type: 'read', id, format, text, markup} or {type: 'read', id, error}:
//         a File read as text by the Rust core (readFile, through web-sys);
//         `markup` says `text` is HTML for the page's DOMParser.
//   {type: 'doc', batch, key, name, file | text, options}
//       → {type: 'doc', batch, key, status: 'analysing'}, then
//         {type: 'doc', batch, key, format, text, groups, first, dates, counts,
//         entityCount, ms} (first: each group's first mention; dates: each
//         dated group's timeline date; counts: per
//         kind), or {…, markup} (HTML: the page extracts the text and sends
//         it back as `text`), or {…, error}. Documents queue and are
//         analysed one per task, after any waiting page analysis. Their
//         entities stay here (a collection's would weigh on the page):
//   {type: 'entities', id, batch, key} → {type: 'entities', id, entities, groups}
//   {type: 'jsonl', id, batch} → {type: 'jsonl', id, jsonl}: every analysed
//         document of the batch as `kashif extract --jsonl` lines.
//   {type: 'forget', batch} → drops the results of that batch and earlier ones.
//   {type: 'docs', batch, items: [{key, name, file | text}], options}
//       → the same as a 'doc' message for each item.
//   {type: 'cancel', batch}
//       → drops the queued documents of that batch and earlier ones.
//   {type: 'lexicon', entries}
//       → {type: 'lexicon', ok: true, count} or {type: 'lexicon', error}.
//         The lexicon is compiled once here, not per analysis; analyses
//         asked for after it use it.
//
// Analysis requests that arrive while one runs are coalesced per channel
// (the page is one channel, each <kashif-highlight> another): only the
// newest request of a channel is analysed next, so a burst of keystrokes
// costs one analysis and no element's request is lost to another's.

import init, { Analyzer, readFile } from './pkg/kashif.js';
import { firstMentions, groupDates, kindCounts, collectionJsonl } from './collection.js';

/** Above this length (UTF-16 units) progress is reported. */
const PROGRESS_FROM = 64 * 1024;

let analyzer = null;
let pendingLexicon = null; // entries received before the analyser was ready
const latest = new Map(); // channel -> newest analysis request
const docs = []; // queued document jobs
const results = new Map(); // `${batch}:${key}` -> {batch, key, name, text, entities, groups}
let scheduled = false;
let busy = false;

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
  if (msg && msg.type === 'read') {
    readFile(msg.file).then(
      (r) => postMessage({ type: 'read', id: msg.id, ...r }),
      (e) => postMessage({ type: 'read', id: msg.id, error: message(e) }),
    );
    return;
  }
  if (msg && msg.type === 'entities') {
    const r = results.get(`${msg.batch}:${msg.key}`);
    postMessage({ type: 'entities', id: msg.id, entities: r?.entities ?? [], groups: r?.groups ?? [] });
    return;
  }
  if (msg && msg.type === 'jsonl') {
    const batch = [...results.values()].filter((r) => r.batch === msg.batch).sort((a, b) => a.key - b.key);
    postMessage({ type: 'jsonl', id: msg.id, jsonl: collectionJsonl(batch) });
    return;
  }
  if (msg && msg.type === 'forget') {
    for (const [k, r] of results) if (r.batch <= msg.batch) results.delete(k);
    return;
  }
  if (msg && msg.type === 'cancel') {
    for (let i = docs.length - 1; i >= 0; i--) if (docs[i].batch <= msg.batch) docs.splice(i, 1);
    return;
  }
  if (msg && msg.type === 'doc') docs.push(msg);
  else if (msg && msg.type === 'docs') {
    for (const item of msg.items) docs.push({ ...item, batch: msg.batch, options: msg.options });
  }
  else latest.set(msg.channel ?? '', msg);
  schedule();
};

function schedule() {
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
}

/** One turn: the page's waiting analyses if any, else one document. */
async function run() {
  scheduled = false;
  await ready;
  if (!analyzer || busy) return;
  busy = true;
  try {
    if (latest.size) {
      const jobs = [...latest.values()];
      latest.clear();
      for (const job of jobs) analyse(job);
    } else if (docs.length) {
      await analyseDoc(docs.shift());
    }
  } finally {
    busy = false;
  }
  if (latest.size || docs.length) schedule();
}

/** Reads (unless the page sent the text) and analyses one document. */
async function analyseDoc({ batch, key, name, file, text, options }) {
  const reply = (m) => postMessage({ type: 'doc', batch, key, ...m });
  try {
    let format = null;
    if (typeof text !== 'string') {
      const r = await readFile(file);
      if (r.markup) {
        reply({ format: r.format, markup: r.text });
        return;
      }
      ({ format, text } = r);
    }
    reply({ status: 'analysing' });
    const t0 = performance.now();
    const { entities, groups } = analyzer.analyzeDocument(text, options);
    results.set(`${batch}:${key}`, { batch, key, name, text, entities, groups });
    reply({
      format, text, groups, first: firstMentions(entities), dates: groupDates(entities), counts: kindCounts(entities),
      entityCount: entities.length, ms: performance.now() - t0,
    });
  } catch (e) {
    reply({ error: message(e) });
  }
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
