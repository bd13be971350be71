// The analysis worker (a module worker): loads the WebAssembly analyser
// once, then answers messages:
//
//   {type: 'analyze', channel?, id, text, options, slices?}
//       → {channel, id, entities, groups, ms, bytes?} (bytes: the text's
//         UTF-8 size, for long texts), or {channel, id, error};
//         for long texts also {channel, id, progress, bytes} between chunks.
//         A long text is analysed one chunk at a time (a Job of the core),
//         and a newer request of the same channel stops it between chunks:
//         nothing more is sent for the old id. With `slices: true` its
//         entities and groups come in slices first — {channel, id, more:
//         'entities', packed} (render.js's packRecords: typed arrays, not
//         objects) and {channel, id, more: 'groups', items} — and the final
//         message then has `sliced: true` and empty arrays, so that no one
//         message makes the page clone hundreds of thousands of objects in
//         one task.
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
import { packRecords } from './render.js';

/** From this length (UTF-16 units) a text is analysed in steps, with
 * progress reported and a newer request noticed between chunks. */
const STEPWISE_FROM = 64 * 1024;
/** Worker time between two looks at the message queue (ms): how long a
 * newer request waits, at most, for an older one to stop. */
const TURN_MS = 30;
/** Progress is posted at most this often (ms): each one redraws the
 * page's progress bar and status. */
const PROGRESS_MS = 250;
/** Entities (or groups) per message of a sliced result. */
const SLICE = 2000;

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
      for (const job of jobs) {
        if (typeof job.text === 'string' && job.text.length >= STEPWISE_FROM) await analyseInSteps(job);
        else analyse(job);
      }
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
    const { entities, groups } = analyzer.analyzeDocument(text, options);
    postMessage({ channel, id, entities, groups, ms: performance.now() - t0 });
  } catch (e) {
    postMessage({ channel, id, error: message(e) });
  }
}

/** Lets the messages that arrived meanwhile in (a MessageChannel round
 * trip: a task, without the clamp of nested timers). */
const turn = new MessageChannel();
function nextTurn() {
  return new Promise((resolve) => {
    turn.port1.onmessage = () => resolve();
    turn.port2.postMessage(null);
  });
}

/** Analyses a long text a chunk at a time, yielding every TURN_MS; gives up
 * as soon as a newer request of its channel is waiting. */
async function analyseInSteps({ channel, id, text, options, slices }) {
  const t0 = performance.now();
  const stale = () => latest.has(channel ?? '');
  let job = null;
  try {
    job = analyzer.begin(text, options);
    let since = performance.now();
    let told = -Infinity;
    while (analyzer.step(job)) {
      const now = performance.now();
      if (now - since < TURN_MS) continue;
      if (now - told >= PROGRESS_MS) {
        postMessage({ channel, id, progress: job.total > 0 ? job.done / job.total : 1, bytes: job.total });
        told = now;
      }
      await nextTurn();
      if (stale()) return;
      since = performance.now();
    }
    analyzer.finish(job);
    if (!slices) {
      postMessage({
        channel, id, ms: performance.now() - t0, bytes: job.total,
        entities: job.entities(0, job.entityCount), groups: job.groups(0, job.groupCount),
      });
      return;
    }
    for (const [more, count] of [['entities', job.entityCount], ['groups', job.groupCount]]) {
      for (let from = 0; from < count; from += SLICE) {
        if (more === 'entities') {
          const packed = packRecords(text, job.entities(from, from + SLICE));
          postMessage({ channel, id, more, packed }, [packed.ints.buffer, packed.scores.buffer]);
        } else {
          postMessage({ channel, id, more, items: job.groups(from, from + SLICE) });
        }
        await nextTurn();
        if (stale()) return;
      }
    }
    postMessage({ channel, id, entities: [], groups: [], sliced: true, bytes: job.total, ms: performance.now() - t0 });
  } catch (e) {
    postMessage({ channel, id, error: message(e) });
  } finally {
    try {
      job?.free();
    } catch {
      // the module panicked: the error above says so
    }
  }
}
