// The page: sends the text to the worker as the user types (debounced),
// drops stale answers, and renders the highlighted view, the legend, the
// entity panel (the core's mention groups) and the user's lexicon. User
// text reaches the DOM only as text nodes. A service worker (sw.js) keeps
// the page usable offline after one visit. Files (the picker and
// drag-and-drop, one file or a collection) are documents.js's.

import { SAMPLE, SAMPLE_DATE } from './sample.js';
import { STRINGS, apply, isolate } from './i18n.js';
import {
  viewIndex, fillBlock, plainBlock, blockAt, unpackRecords, summarize, valueText, toJsonl, toCsv, toHtml, toConll,
  toSpacy, toMarkdown,
} from './render.js';
import * as lexicon from './lexicon.js';
import { setupDocuments } from './documents.js';
import { BUILD } from './pkg/build.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const view = $('view');
const legendEl = $('legend');
const entitiesEl = $('entities');
const statusEl = $('status');
const progressEl = $('progress');
const nestedEl = $('nested');
const dateEl = $('docdate');
const lexList = $('lexicon');
const lexTerm = $('lex-term');
const lexKind = $('lex-kind');
const menu = $('markmenu');

/** Entities shown in the panel at most (a 1 MB paste can have thousands). */
const PANEL_MAX = 400;

/** Longer pasted or opened texts (UTF-16 units) stay out of the textarea:
 * Chromium's layout of one grows faster than its text (measured here: 60 ms
 * for 100K units, 0.5 s for 260K, 8 s for 5 MB, 35 s for 20 MB). The
 * editor then shows the text's beginning, read-only, with a note; the view
 * shows all of it. */
const EDIT_MAX = 100 * 1024;
/** How much of such a text the editor shows (UTF-16 units, about). */
const PREVIEW_UNITS = 4000;
/** Texts up to this length (UTF-16 units) are drawn whole, marks and all.
 * Longer ones are drawn as plain-text blocks, and only the blocks near the
 * view's scroll position get their marks (an IntersectionObserver draws
 * them as they come near and undraws them as they go), so the DOM holds a
 * few thousand marks, not a 20 MB text's hundreds of thousands. */
const EAGER_MAX = 256 * 1024;
/** Above this many UTF-8 bytes the text is not drawn at all: its entities
 * are still listed and exported. */
const VIEW_MAX_BYTES = 50 * 1000 * 1000;

const state = {
  lang: 'ar',
  kinds: [], // [{code, ar, en, colour}]
  kindInfo: new Map(),
  hidden: new Set(),
  seq: 0, // id of the newest request
  text: '', // the text of the shown records
  shownId: 0, // the request they answer
  records: [],
  groups: [], // the core's groups of `records`
  tally: null, // tally(records): mentions per kind and per group and kind
  ms: 0,
  lexicon: [], // [{text, type} | {text, never: true}]
  lexiconReadOnly: false, // a damaged stored copy could not be set aside
  edited: false, // the user typed or pasted into the editor since it was last filled
  dateAuto: 'sample', // who set the date: 'sample', 'today' or null (the user)
  ready: false,
  cursor: new Map(), // group -> index of the mention shown last
  big: null, // the text when it is too long for the textarea (EDIT_MAX)
  bigBytes: 0, // its UTF-8 size
  bytes: 0, // UTF-8 size of the shown text (for long texts; else 0)
  panelShown: PANEL_MAX, // groups listed in the panel (a page more on request)
  incoming: null, // {entities, groups, tally}: the newest result so far, as its slices arrive
};

/** Mentions per kind (`kinds`: type → count) and per group and kind
 * (`groups`: id → type → {n, first offset}), which the legend and the
 * panel show: counted once per result (a long one slice by slice, as the
 * slices arrive), not from every record at each drawing. */
function tally(records, into = { kinds: new Map(), groups: new Map() }) {
  for (const r of records) {
    into.kinds.set(r.type, (into.kinds.get(r.type) ?? 0) + 1);
    let g = into.groups.get(r.group);
    if (!g) into.groups.set(r.group, (g = new Map()));
    const k = g.get(r.type);
    if (!k) g.set(r.type, { n: 1, first: r.start });
    else {
      k.n += 1;
      k.first = Math.min(k.first, r.start);
    }
  }
  return into;
}
state.tally = tally([]);

const t = () => STRINGS[state.lang];
const setStatus = (s) => {
  statusEl.textContent = s;
};

// ---------------------------------------------------------------- worker

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (event) => {
  const msg = event.data;
  if (['read', 'doc', 'entities', 'jsonl'].includes(msg.type)) {
    documents.handle(msg);
    return;
  }
  if (msg.ready) {
    state.ready = true;
    state.kinds = msg.kinds;
    state.kindInfo = new Map(msg.kinds.map((k) => [k.code, k]));
    $('version').textContent = `v${msg.version}`;
    installKindStyles(msg.kinds);
    renderLegend();
    renderKindChoice();
    loadLexicon();
    if (state.lexicon.length) worker.postMessage({ type: 'lexicon', entries: state.lexicon });
    request();
    return;
  }
  if (msg.type === 'lexicon') {
    if (msg.error) setStatus(t().error(msg.error));
    return;
  }
  if (msg.fatal) {
    setStatus(t().fatal(msg.fatal));
    return;
  }
  if (msg.id !== state.seq) return; // stale
  if (msg.more) {
    // One slice per task: appended (not kept as slices to flatten in one
    // long task at the end) and counted.
    const into = state.incoming?.[msg.more];
    if (!into) return;
    const items = msg.packed ? unpackRecords(state.pendingText, msg.packed) : msg.items;
    for (const item of items) into.push(item);
    if (msg.more === 'entities') tally(items, state.incoming.tally);
    return;
  }
  if (msg.bytes && state.big !== null && state.bigBytes !== msg.bytes) {
    state.bigBytes = msg.bytes;
    describeBig();
  }
  if (msg.progress !== undefined) {
    progressEl.hidden = false;
    progressEl.value = msg.progress;
    setStatus(t().progress(Math.round(msg.progress * 100)));
    return;
  }
  progressEl.hidden = true;
  if (msg.error) {
    setStatus(t().error(msg.error));
    return;
  }
  const parts = state.incoming;
  state.incoming = null;
  const sliced = msg.sliced && parts;
  state.records = sliced ? parts.entities : msg.entities;
  state.groups = sliced ? parts.groups : msg.groups;
  state.tally = sliced ? parts.tally : tally(state.records);
  state.bytes = msg.bytes ?? 0;
  state.shownId = msg.id;
  state.ms = msg.ms;
  state.text = state.pendingText;
  render();
};

function options() {
  const o = { nested: nestedEl.checked };
  if (dateEl.value) o.documentDate = dateEl.value;
  return o;
}

/** Sends the current text to the worker (if it is ready). */
function request() {
  if (!state.ready) {
    setStatus(t().loading);
    return;
  }
  const text = currentText();
  state.seq += 1;
  state.pendingText = text;
  state.incoming = { entities: [], groups: [], tally: tally([]) };
  view.dataset.pending = String(state.seq);
  // A newer request stops the worker's running analysis between chunks;
  // a long result comes back in slices (one message per few thousand).
  worker.postMessage({ type: 'analyze', id: state.seq, text, options: options(), slices: true });
  if (text.length > 64 * 1024) {
    setStatus(t().analysing);
    progressEl.hidden = false;
    progressEl.value = 0;
  }
}

// ---------------------------------------------------------------- long texts

const bigNote = document.createElement('p');
bigNote.id = 'bignote';
bigNote.className = 'bignote';
bigNote.hidden = true;
input.after(bigNote);

/** The text to analyse: the long one held aside, else the editor's. */
function currentText() {
  return state.big ?? input.value;
}

const megabytes = (bytes) => (bytes / 1e6).toFixed(1);

/** Puts `text` in the editor, or, above EDIT_MAX, holds it aside and shows
 * its beginning read-only with a note saying why. */
function setText(text) {
  if (text.length <= EDIT_MAX) {
    state.big = null;
    input.value = text;
    input.removeAttribute('aria-readonly');
    input.removeAttribute('aria-describedby');
    bigNote.hidden = true;
    return;
  }
  state.big = text;
  state.bigBytes = 0; // the worker tells (its progress messages carry it)
  const cut = text.lastIndexOf('\n', PREVIEW_UNITS);
  input.value = text.slice(0, cut > 0 ? cut : PREVIEW_UNITS);
  input.setAttribute('aria-readonly', 'true');
  input.setAttribute('aria-describedby', 'bignote');
  bigNote.hidden = false;
  describeBig();
}

function describeBig() {
  if (state.big !== null) {
    bigNote.textContent = t().bigText(state.bigBytes ? megabytes(state.bigBytes) : '', state.big.length);
  }
}

// A paste that would make the editor's text longer than EDIT_MAX (or any
// paste into a long text, which it replaces) skips the textarea.
input.addEventListener('paste', (e) => {
  const pasted = e.clipboardData?.getData('text/plain');
  if (typeof pasted !== 'string') return;
  let text = pasted;
  if (state.big === null) {
    const { value, selectionStart: a, selectionEnd: b } = input;
    if (value.length - (b - a) + pasted.length <= EDIT_MAX) return; // the browser pastes
    text = value.slice(0, a) + pasted + value.slice(b);
  }
  e.preventDefault();
  showName('');
  setText(text);
  state.edited = true; // no input event follows a paste cancelled here
  setAutoDate();
  request();
});
// A long text's beginning in the editor is not editable (a paste replaces
// the whole text; "Clear" empties it).
input.addEventListener('beforeinput', (e) => {
  if (state.big !== null) e.preventDefault();
});

let timer = 0;
function requestSoon() {
  clearTimeout(timer);
  // Longer texts wait a little longer for the typist to pause.
  const wait = Math.min(1000, 150 + input.value.length / 2000);
  timer = setTimeout(request, wait);
}

// ---------------------------------------------------------------- styles

/** Per-kind colours and hide rules, from kinds(), in a constructed sheet
 * (CSSOM: allowed by the page's `style-src 'self'`). */
function installKindStyles(kinds) {
  const sheet = new CSSStyleSheet();
  const rules = [];
  for (const k of kinds) {
    if (!/^[A-Z]+$/.test(k.code) || !/^#[0-9a-fA-F]{3,8}$/.test(k.colour)) continue;
    rules.push(`[data-kind="${k.code}"] { --c: ${k.colour}; }`);
    rules.push(`.view.hide-${k.code} mark[data-kind="${k.code}"] { --c: transparent; background: none; box-shadow: none; border-bottom-color: transparent; color: inherit; }`);
  }
  sheet.replaceSync(rules.join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

// ---------------------------------------------------------------- render

const kindLabel = (code) => {
  const k = state.kindInfo.get(code);
  if (!k) return code;
  return state.lang === 'ar' ? `${k.ar} · ${k.en}` : `${k.en} · ${k.ar}`;
};
const kindName = (code) => {
  const k = state.kindInfo.get(code);
  return k ? (state.lang === 'ar' ? k.ar : k.en) : code;
};
/** A mark's tooltip: its kind, and its value (a date's ISO value with its
 * Gregorian day, a time with its zone, an amount with its currency). */
const markLabel = (code, r) => {
  const v = valueText(r);
  return v ? `${kindLabel(code)} — ${v}` : kindLabel(code);
};
const codes = () => new Set(state.kinds.map((k) => k.code));

/** Main-thread time one rendering slice may take before yielding (ms). */
const SLICE_MS = 25;
let renderToken = 0;

/** The drawn view: `index` (render.js's viewIndex of the shown records),
 * the block elements, which blocks have their marks (`drawn`), each mark's
 * record index in `index.sorted`, and whether the view's tab stop (the one
 * mark with tabindex 0) is still to be given. */
const live = {
  index: null, els: [], drawn: new Set(), markIndex: new WeakMap(), first: true, observer: null,
};

/** Renders the shown records: the view in slices of blocks (yielding to
 * input between slices, so a long result never freezes typing), then the
 * legend, the panel and the status. A newer result cancels an older one.
 * A short text gets all its marks; a long one gets plain-text blocks whose
 * marks are drawn as they come near the screen. */
function render() {
  hideTip();
  const token = ++renderToken;
  closeMenu();
  live.observer?.disconnect();
  live.observer = null;
  live.index = null;
  live.els = [];
  live.drawn.clear();
  live.first = true;
  view.replaceChildren();
  for (const code of state.kinds.map((k) => k.code)) {
    view.classList.toggle(`hide-${code}`, state.hidden.has(code));
  }
  if (state.bytes > VIEW_MAX_BYTES) {
    const p = document.createElement('p');
    p.className = 'toolong';
    p.textContent = t().tooBig(megabytes(state.bytes), String(VIEW_MAX_BYTES / 1e6));
    view.append(p);
    finish();
    return;
  }
  const lazy = state.text.length > EAGER_MAX;
  let b = 0;
  let blocks = [];
  const start = () => {
    if (token !== renderToken) return;
    live.index = viewIndex(state.text, state.records);
    ({ blocks } = live.index);
    if (lazy) live.observer = new IntersectionObserver(onSight, { root: view, rootMargin: '100% 0px' });
    // A long text's index (an ordering check of every record) takes a
    // task of its own.
    if (lazy) setTimeout(step, 0);
    else step();
  };
  const step = () => {
    if (token !== renderToken) return;
    const t0 = performance.now();
    const frag = document.createDocumentFragment();
    while (b < blocks.length) {
      const el = document.createElement('div');
      el.className = 'block';
      live.els.push(el);
      if (lazy) {
        el.dataset.block = String(b);
        plainBlock(document, el, state.text, live.index, b);
        live.observer.observe(el);
      } else {
        draw(b);
      }
      frag.appendChild(el);
      b += 1;
      if (performance.now() - t0 > SLICE_MS) {
        view.appendChild(frag);
        setTimeout(step, 0);
        return;
      }
    }
    view.appendChild(frag);
    finish(token);
  };
  if (lazy) setTimeout(start, 0);
  else start();
}

/** Gives block `b` its marks (once). */
function draw(b) {
  if (live.drawn.has(b)) return;
  live.first = fillBlock(document, live.els[b], state.text, live.index, b, markLabel, live.first,
    (m, i) => live.markIndex.set(m, i));
  live.drawn.add(b);
}

/** Takes block `b`'s marks away (plain text again), unless it holds the
 * focus or the open menu's mark. */
function undraw(b) {
  const el = live.els[b];
  if (!live.drawn.has(b) || el.contains(document.activeElement) || (menuMark && el.contains(menuMark))) return;
  if (el.querySelector('mark[tabindex="0"]')) live.first = true;
  plainBlock(document, el, state.text, live.index, b);
  live.drawn.delete(b);
}

function onSight(entries) {
  for (const e of entries) {
    const b = Number(e.target.dataset.block);
    if (e.isIntersecting) draw(b);
    else undraw(b);
  }
}

/** The mark of record `i` of the view (its block drawn first if need be),
 * or null (not drawn yet, or a record the view leaves out). */
function markOfRecord(i) {
  const r = live.index?.sorted[i];
  if (!r) return null;
  const b = blockAt(live.index, r.start);
  if (b < 0 || !live.els[b]) return null;
  draw(b);
  for (const m of live.els[b].querySelectorAll('mark')) if (live.markIndex.get(m) === i) return m;
  return null;
}

/** Focuses the first mention of `group` (a collection's "jump to"). */
function showGroup(group) {
  const i = live.index?.sorted.findIndex((r) => r.group === group) ?? -1;
  const mark = i >= 0 ? markOfRecord(i) : null;
  if (!mark) return;
  for (const m of view.querySelectorAll('mark[tabindex="0"]')) m.tabIndex = -1;
  mark.tabIndex = 0;
  mark.focus({ preventScroll: true });
  flash(mark);
}

/** After the view: the legend, the panel, the status. For a long text
 * each in a task of its own (`token`: the render they belong to). */
function finish(token = renderToken) {
  const later = (f) => (state.records.length > PANEL_MAX * 10 ? setTimeout(() => token === renderToken && f(), 0) : f());
  state.cursor.clear();
  state.panelShown = PANEL_MAX;
  later(renderLegend);
  later(renderPanel);
  later(finished);
}

function finished() {
  view.dataset.done = String(state.shownId);
  const after = state.afterRender;
  state.afterRender = null;
  if (after) setTimeout(after, 0);
  view.dataset.ms = String(Math.round(state.ms));
  const done = state.text ? t().done(state.records.length, Math.round(state.ms)) : t().empty;
  setStatus(pendingStatus ? `${pendingStatus} ${done}` : done);
  pendingStatus = '';
  if (!document.documentElement.dataset.firstHighlight && state.records.length) {
    document.documentElement.dataset.firstHighlight = String(Math.round(performance.now()));
  }
}

function renderLegend() {
  const counts = state.tally.kinds;
  const items = state.kinds.map((k) => {
    const n = counts.get(k.code) || 0;
    const on = !state.hidden.has(k.code);
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.kind = k.code;
    // Its name is what it shows ("Place 3"), its state aria-pressed.
    b.setAttribute('aria-pressed', String(on));
    b.title = kindLabel(k.code);
    if (!n) b.classList.add('zero');
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = kindName(k.code);
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = String(n);
    b.append(sw, name, ' ', count);
    li.append(b);
    return li;
  });
  legendEl.replaceChildren(...items);
}

function visible(r) {
  return !state.hidden.has(r.type);
}

/** The core's groups with the mentions of shown kinds: `shown` counts
 * them, `first` is the first one's offset. Most mentioned first. */
function shownGroups() {
  const out = [];
  for (const g of state.groups) {
    let shown = 0;
    let first = Infinity;
    const kinds = [];
    for (const [type, k] of state.tally.groups.get(g.id) ?? []) {
      if (state.hidden.has(type)) continue;
      shown += k.n;
      first = Math.min(first, k.first);
      kinds.push(type);
    }
    if (shown) out.push({ ...g, shown, first, kinds });
  }
  return out.sort((a, b) => b.shown - a.shown || a.first - b.first);
}

function renderPanel() {
  const all = shownGroups();
  if (!all.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = state.text ? t().none : t().empty;
    entitiesEl.replaceChildren(li);
    return;
  }
  const items = all.slice(0, state.panelShown).map((g) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.group = String(g.id);
    b.dataset.kind = g.kinds.includes(g.type) ? g.type : g.kinds[0];
    const name = document.createElement('span');
    name.className = 'name';
    name.lang = 'ar';
    name.dir = 'auto';
    name.textContent = g.name;
    const kinds = document.createElement('span');
    kinds.className = 'kinds';
    for (const k of g.kinds) {
      const chip = document.createElement('span');
      chip.className = 'chip';
      chip.dataset.kind = k;
      chip.textContent = kindName(k);
      kinds.append(chip);
    }
    const count = document.createElement('span');
    count.className = 'count';
    count.textContent = t().mentions(g.shown);
    // Its name is what it shows: the name, the kinds, the count (spaces
    // between them for screen readers; a flex row shows none).
    b.append(name, ' ', kinds, ' ', count);
    const others = g.variants.filter((v) => v !== g.name);
    if (others.length) {
      const v = document.createElement('span');
      v.className = 'variants';
      v.lang = 'ar';
      v.textContent = `${t().variants}${others.map(isolate).join('، ')}`;
      b.append(' ', v);
    }
    li.append(b);
    return li;
  });
  if (all.length > state.panelShown) {
    // The list grows a page at a time, when asked: a long text's thousands
    // of entities never fill the DOM at once.
    const li = document.createElement('li');
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = t().showMore(Math.min(PANEL_MAX, all.length - state.panelShown), all.length - state.panelShown);
    li.append(more);
    items.push(li);
  }
  entitiesEl.replaceChildren(...items);
}

// ---------------------------------------------------------------- lexicon

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled
  }
}

/** The kind <select> of the lexicon form: every kind, then "not an entity". */
function renderKindChoice() {
  const keep = lexKind.value || 'ORG';
  const opts = state.kinds.map((k) => {
    const o = document.createElement('option');
    o.value = k.code;
    o.textContent = kindName(k.code);
    return o;
  });
  const never = document.createElement('option');
  never.value = 'NEVER';
  never.textContent = t().lexNever;
  lexKind.replaceChildren(...opts, never);
  lexKind.value = keep;
}

function renderLexicon() {
  if (!state.lexicon.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = t().lexEmpty;
    lexList.replaceChildren(li);
    return;
  }
  const items = state.lexicon.map((e, i) => {
    const li = document.createElement('li');
    li.dataset.kind = e.never ? 'NEVER' : e.type;
    if (e.never) li.className = 'never';
    const term = document.createElement('span');
    term.className = 'term';
    term.lang = 'ar';
    term.dir = 'auto';
    term.textContent = e.text;
    const kind = document.createElement('span');
    kind.className = 'chip';
    kind.textContent = e.never ? t().lexNever : kindName(e.type);
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'del';
    del.dataset.index = String(i);
    del.setAttribute('aria-label', t().lexDelete(e.text));
    del.title = t().lexDelete(e.text);
    del.textContent = '×';
    li.append(term, kind, del);
    return li;
  });
  lexList.replaceChildren(...items);
}

// What the user should know about the lexicon's storage: a stored copy
// that did not read (kept aside, downloadable), a full quota, an import
// refused. Stays until closed or replaced.
const lexNotice = $('lex-notice');
let damagedCopy = null; // {raw, problem, key} of a stored lexicon that did not read

/** Shows a notice of `kind` ('damaged', 'storage' or 'import'). */
function showLexNotice(kind, message) {
  $('lex-notice-text').textContent = message;
  $('lex-damaged-save').hidden = kind !== 'damaged';
  lexNotice.dataset.kind = kind;
  lexNotice.hidden = false;
}

/** Reads the stored lexicon at start; a damaged one is kept aside and
 * reported with a way to download it. */
function loadLexicon() {
  const { entries, damaged } = lexicon.load(storage(), codes());
  state.lexicon = entries;
  if (damaged) {
    damagedCopy = damaged;
    // The stored copy could not be set aside: do not write over it.
    state.lexiconReadOnly = damaged.key === null;
    showLexNotice('damaged', t().lexDamaged(damaged.problem, damaged.key));
  }
  renderLexicon();
}

$('lex-damaged-save').addEventListener('click', () => {
  if (damagedCopy) download('kashif-lexicon-stored-copy.json', damagedCopy.raw, 'application/json;charset=utf-8');
});
$('lex-notice-close').addEventListener('click', () => {
  lexNotice.hidden = true;
  lexTerm.focus();
});

/** Stores the lexicon; a refusal (full quota, storage disabled) is said
 * plainly, and the lexicon in memory goes on working. */
function storeLexicon() {
  if (state.lexiconReadOnly) return;
  const saved = lexicon.save(storage(), state.lexicon);
  if (!saved.ok) showLexNotice('storage', saved.quota ? t().lexQuota : t().lexNoStorage);
  else if (lexNotice.dataset.kind === 'storage') lexNotice.hidden = true;
}

/** Stores the lexicon, gives it to the worker (compiled once there) and
 * re-analyses the text. */
function lexiconChanged(status) {
  storeLexicon();
  renderLexicon();
  worker.postMessage({ type: 'lexicon', entries: state.lexicon });
  request();
  if (status) setStatus(status);
  pendingStatus = status;
}
let pendingStatus = '';

function addTerm(text, type) {
  const term = text.replace(/\s+/g, ' ').trim();
  if (!term) {
    setStatus(t().lexNeedTerm);
    lexTerm.focus();
    return;
  }
  const entry = type === 'NEVER' ? { text: term, never: true } : { text: term, type };
  hideUndo();
  state.lexicon = lexicon.upsert(state.lexicon, entry);
  lexiconChanged(entry.never ? t().lexDismissed(term) : t().lexAdded(term));
}

$('lex-add').addEventListener('click', () => {
  addTerm(lexTerm.value, lexKind.value);
  if (lexTerm.value.trim()) lexTerm.value = '';
});
lexTerm.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    $('lex-add').click();
  }
});

// A deleted term can be brought back: the Undo bar after the list (the
// next Tab stop) holds the last deletion until the lexicon changes again.
const undoBar = $('lex-undo');
let undo = null; // {entry, index} of the last deletion

function hideUndo() {
  undo = null;
  undoBar.hidden = true;
}

lexList.addEventListener('click', (e) => {
  const b = e.target.closest('button.del');
  if (!b) return;
  const i = Number(b.dataset.index);
  const [gone] = state.lexicon.splice(i, 1);
  if (!gone) return;
  lexiconChanged(t().lexRemoved(gone.text));
  undo = { entry: gone, index: i };
  $('lex-undo-text').textContent = t().lexRemoved(gone.text);
  undoBar.hidden = false;
  (lexList.querySelector('button.del') ?? $('lex-undo-btn')).focus();
});

$('lex-undo-btn').addEventListener('click', () => {
  if (!undo) return;
  const { entry, index } = undo;
  hideUndo();
  // Back in its place, unless the term has been added again since.
  if (!state.lexicon.some((e) => e.text === entry.text)) {
    state.lexicon.splice(Math.min(index, state.lexicon.length), 0, entry);
  }
  lexiconChanged(entry.never ? t().lexDismissed(entry.text) : t().lexAdded(entry.text));
  lexList.querySelectorAll('button.del')[state.lexicon.indexOf(entry)]?.focus();
});

$('lex-export').addEventListener('click', () => {
  download('kashif-lexicon.json', lexicon.toFile(state.lexicon), 'application/json;charset=utf-8');
});
$('lex-import').addEventListener('click', () => $('lex-file').click());
$('lex-file').addEventListener('change', async (e) => {
  const file = e.target.files?.[0];
  e.target.value = '';
  if (!file) return;
  // The whole file is checked before anything changes.
  const mb = (n) => (n / 1048576).toFixed(1);
  let entries;
  try {
    if (file.size > lexicon.MAX_FILE_BYTES) throw new Error(t().lexTooBig(mb(file.size), mb(lexicon.MAX_FILE_BYTES)));
    entries = lexicon.parseFile(await file.text(), codes());
  } catch (err) {
    const message = t().lexBad(`${file.name}: ${err.message}`);
    setStatus(message);
    showLexNotice('import', message);
    return;
  }
  hideUndo();
  state.lexicon = lexicon.merge(state.lexicon, entries);
  lexiconChanged(t().lexImported(entries.length));
});

// Selecting text in the highlighted view puts it in the lexicon's term box.
document.addEventListener('selectionchange', () => {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return;
  const range = sel.getRangeAt(0);
  if (!view.contains(range.commonAncestorContainer)) return;
  const text = sel.toString().replace(/\s+/g, ' ').trim();
  if (!text || text.length > 120) return;
  lexTerm.value = text;
  lexTerm.dataset.fromSelection = 'true';
});
view.addEventListener('mouseup', () => {
  if (lexTerm.dataset.fromSelection && !document.getSelection()?.isCollapsed) {
    setStatus(t().lexSelected(lexTerm.value));
  }
  delete lexTerm.dataset.fromSelection;
});

// ---------------------------------------------------------------- mark menu

let menuMark = null;

/** Opens the small menu of a mark: its kind, text, value, source, and
 * "not an entity". */
function openMenu(mark) {
  hideTip();
  menuMark = mark;
  const source = t().source[mark.dataset.source] ?? mark.dataset.source ?? '';
  $('mm-label').textContent = source ? `${mark.dataset.label} · ${source}` : mark.dataset.label;
  $('mm-text').textContent = mark.dataset.canonical || mark.textContent;
  const value = mark.dataset.label.split(' — ')[1];
  $('mm-value').hidden = !value;
  $('mm-value').textContent = value ?? '';
  menu.hidden = false;
  const r = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const w = menu.offsetWidth;
  const h = menu.offsetHeight;
  const left = Math.max(4, Math.min(window.innerWidth - w - 4, (r.left + r.right) / 2 - w / 2));
  const top = r.bottom + 6 + h <= window.innerHeight ? r.bottom + 6 : Math.max(4, r.top - h - 6);
  menu.style.left = `${Math.round(left)}px`;
  menu.style.top = `${Math.round(top)}px`;
  $('dismiss').focus();
}

function closeMenu(refocus = false) {
  if (menu.hidden) return;
  menu.hidden = true;
  if (refocus && menuMark?.isConnected) menuMark.focus();
  menuMark = null;
}

/** "Not an entity": the mark's canonical text joins the never-tag list. */
function dismiss(mark) {
  const term = mark.dataset.canonical || mark.textContent;
  closeMenu();
  addTerm(term, 'NEVER');
  view.focus();
}

view.addEventListener('click', (e) => {
  const m = e.target.closest('mark');
  if (!m || !document.getSelection()?.isCollapsed) return;
  // One click: Shift+click dismisses at once; a plain click opens the menu.
  if (e.shiftKey) dismiss(m);
  else openMenu(m);
});
view.addEventListener('keydown', (e) => {
  if (!e.target.matches('mark')) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    openMenu(e.target);
  } else if (e.key === 'Delete') {
    e.preventDefault();
    dismiss(e.target);
  }
});
$('dismiss').addEventListener('click', () => {
  if (menuMark) dismiss(menuMark);
});
$('mm-close').addEventListener('click', () => closeMenu(true));
menu.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') closeMenu(true);
});
document.addEventListener('pointerdown', (e) => {
  if (!menu.hidden && !menu.contains(e.target) && !e.target.closest?.('#view mark')) closeMenu();
});
window.addEventListener('resize', () => closeMenu());

// ---------------------------------------------------------------- actions

function flash(mark) {
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1600);
}

entitiesEl.addEventListener('click', (e) => {
  if (e.target.closest('button.more')) {
    const next = state.panelShown;
    state.panelShown += PANEL_MAX;
    renderPanel();
    entitiesEl.querySelectorAll('button[data-group]')[next]?.focus();
    return;
  }
  const b = e.target.closest('button[data-group]');
  if (!b) return;
  // The group's shown mentions, as record indices (a long text's marks
  // are not all drawn: the one to show is drawn on demand).
  const group = Number(b.dataset.group);
  const sorted = live.index?.sorted ?? [];
  const mentions = [];
  for (let i = 0; i < sorted.length; i++) if (sorted[i].group === group && visible(sorted[i])) mentions.push(i);
  const g = b.dataset.group;
  let n = state.cursor.has(g) ? state.cursor.get(g) : -1;
  for (let tries = 0; tries < mentions.length; tries++) {
    n = (n + 1) % mentions.length;
    const mark = markOfRecord(mentions[n]);
    if (mark) {
      state.cursor.set(g, n);
      flash(mark);
      return;
    }
  }
});

legendEl.addEventListener('click', (e) => {
  const b = e.target.closest('button[data-kind]');
  if (!b) return;
  const code = b.dataset.kind;
  if (state.hidden.has(code)) state.hidden.delete(code);
  else state.hidden.add(code);
  view.classList.toggle(`hide-${code}`, state.hidden.has(code));
  renderLegend();
  renderPanel();
  legendEl.querySelector(`button[data-kind="${code}"]`)?.focus();
});

// The kind's label floats above the mark under the pointer or in focus.
const tip = $('tip');
function showTip(mark) {
  tip.textContent = mark.dataset.label;
  tip.hidden = false;
  const r = mark.getClientRects()[0] ?? mark.getBoundingClientRect();
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const left = Math.max(4, Math.min(window.innerWidth - w - 4, (r.left + r.right) / 2 - w / 2));
  const top = r.top - h - 6 >= 0 ? r.top - h - 6 : r.bottom + 6;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}
function hideTip() {
  tip.hidden = true;
}
view.addEventListener('mouseover', (e) => {
  const m = e.target.closest('mark');
  if (m) showTip(m);
});
view.addEventListener('mouseout', (e) => {
  const m = e.target.closest('mark');
  if (m && !m.contains(e.relatedTarget)) {
    const inner = e.relatedTarget?.closest?.('mark');
    if (inner && view.contains(inner)) showTip(inner);
    else hideTip();
  }
});
view.addEventListener('focusin', (e) => {
  if (e.target.matches('mark')) {
    e.target.setAttribute('aria-describedby', 'tip');
    showTip(e.target);
  }
});
view.addEventListener('focusout', (e) => {
  if (e.target.matches('mark')) e.target.removeAttribute('aria-describedby');
  hideTip();
});
// On a scroll the tooltip follows the mark in focus while it is in sight
// (focusing a mark can scroll the view, as lazily drawn blocks settle);
// a tooltip shown by the pointer goes.
function followScroll() {
  const a = document.activeElement;
  if (a instanceof HTMLElement && a.matches('mark') && view.contains(a)) {
    const r = a.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    if (r.bottom > v.top && r.top < v.bottom) {
      showTip(a);
      return;
    }
  }
  hideTip();
}
view.addEventListener('scroll', followScroll, { passive: true });
window.addEventListener('scroll', followScroll, { passive: true });

// Arrow keys move between marks in the view (one tab stop: roving tabindex).
view.addEventListener('keydown', (e) => {
  const keys = {
    ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity,
    ArrowLeft: document.dir === 'rtl' ? 1 : -1, ArrowRight: document.dir === 'rtl' ? -1 : 1,
  };
  if (!(e.key in keys)) return;
  const sorted = live.index?.sorted ?? [];
  if (!sorted.some(visible)) return;
  e.preventDefault();
  // Records in view order; the next shown one that has a mark (drawn on
  // demand in a long text). At either end the focus stays.
  const cur = live.markIndex.get(document.activeElement);
  const step = keys[e.key];
  let i;
  let dir = step < 0 ? -1 : 1;
  if (step === -Infinity) i = 0;
  else if (step === Infinity) i = sorted.length - 1;
  else if (cur === undefined) {
    i = live.markIndex.get(view.querySelector('mark')) ?? 0;
    dir = 1;
  } else i = cur + step;
  for (; i >= 0 && i < sorted.length; i += dir) {
    if (!visible(sorted[i])) continue;
    const mark = markOfRecord(i);
    if (!mark) continue;
    for (const m of view.querySelectorAll('mark[tabindex="0"]')) m.tabIndex = -1;
    mark.tabIndex = 0;
    mark.focus();
    return;
  }
});

function shownRecords() {
  return state.records.filter(visible);
}

function download(name, data, type) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  setStatus(t().saved(name));
}

/** The groups of the shown records: the core's when every kind is shown,
 * else the same summary of the shown mentions only. */
function exportGroups() {
  return state.hidden.size ? summarize(shownRecords()) : state.groups;
}

$('export-json').addEventListener('click', () => {
  download('kashif.jsonl', toJsonl(state.text, shownRecords(), exportGroups()), 'application/jsonl;charset=utf-8');
});

$('export-conll').addEventListener('click', () => {
  download('kashif.conll', toConll(state.text, shownRecords()), 'text/plain;charset=utf-8');
});

$('export-spacy').addEventListener('click', () => {
  download('kashif-spacy.json', toSpacy(state.text, shownRecords()), 'application/json;charset=utf-8');
});

$('export-md').addEventListener('click', () => {
  const md = toMarkdown(state.text, shownRecords(), exportGroups(), {
    kinds: state.kinds, kindName, s: t(), date: dateEl.value,
  });
  download('kashif-report.md', md, 'text/markdown;charset=utf-8');
});

$('export-csv').addEventListener('click', () => {
  const ar = (code) => state.kindInfo.get(code)?.ar ?? code;
  download('kashif.csv', toCsv(state.text, shownRecords(), ar), 'text/csv;charset=utf-8');
});

$('copy-html').addEventListener('click', async () => {
  const colour = (code) => {
    const c = state.kindInfo.get(code)?.colour ?? '#eee';
    return /^#[0-9a-fA-F]{3,8}$/.test(c) ? c : '#eee';
  };
  const html = toHtml(state.text, shownRecords(), colour, kindLabel);
  // A copy event's setData puts the HTML on the clipboard as it is;
  // navigator.clipboard.write would parse it in this page first, where the
  // CSP (rightly) refuses the inline styles meant for the paste target.
  let copied = false;
  const onCopy = (e) => {
    e.clipboardData.setData('text/html', html);
    e.clipboardData.setData('text/plain', state.text);
    e.preventDefault();
    copied = true;
  };
  document.addEventListener('copy', onCopy);
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
  if (!copied) {
    try {
      await navigator.clipboard.writeText(state.text);
    } catch {
      // reported below
    }
  }
  setStatus(copied ? t().copied : t().copyFailed);
});

$('sample').addEventListener('click', () => {
  loadSample();
  input.focus();
});

$('clear').addEventListener('click', () => {
  setText('');
  state.edited = false;
  showName('');
  if (state.dateAuto) {
    state.dateAuto = 'today';
    dateEl.value = today();
  }
  request();
  input.focus();
});

$('lang').addEventListener('click', () => {
  state.lang = state.lang === 'ar' ? 'en' : 'ar';
  apply(document, state.lang);
  if (state.ready) {
    renderKindChoice();
    renderLexicon();
    describeBig();
    render();
    documents.relabel();
  }
});

/** Today's date where the user is, YYYY-MM-DD. */
function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The sample article sets its own date; the user's own text is dated
 * today unless the user picks a date. */
function setAutoDate() {
  if (state.dateAuto === 'sample' && !input.value.includes(SAMPLE.slice(0, 40))) {
    state.dateAuto = 'today';
    dateEl.value = today();
  }
}

input.addEventListener('input', () => {
  state.edited = true;
  setAutoDate();
  requestSoon();
});

// The text is never stored (not in localStorage, nor anywhere else), so
// leaving the page with text the user typed or pasted asks first. The
// sample, a cleared editor and an opened file (still on disk) do not.
window.addEventListener('beforeunload', (e) => {
  // A long text is held outside the editor (state.big), which shows only its beginning.
  const text = state.big ?? input.value;
  if (!state.edited || !text.trim() || text === SAMPLE) return;
  e.preventDefault();
  e.returnValue = t().leave; // older browsers want a value; none shows it
});
nestedEl.addEventListener('change', request);
dateEl.addEventListener('change', () => {
  state.dateAuto = null;
  request();
});

function loadSample() {
  showName('');
  setText(SAMPLE);
  state.edited = false;
  dateEl.value = SAMPLE_DATE;
  state.dateAuto = 'sample';
  request();
}

// ---------------------------------------------------------------- files

/** Shows the name of the file in the editor ('' hides it). */
function showName(name) {
  const el = $('docname');
  el.hidden = !name;
  $('docname-text').textContent = name;
  $('file-error').textContent = '';
}

/** One file's text opens in the editor as if pasted, dated today unless
 * the user picked a date. */
function openText(name, text) {
  setText(text);
  state.edited = false;
  showName(name);
  if (state.dateAuto) {
    state.dateAuto = 'today';
    dateEl.value = today();
  }
  request();
}

/** A collection's document, already analysed, shown as if its text had
 * been pasted; `afterRender` runs once its view is drawn. */
function showDocument(doc, afterRender) {
  setText(doc.text);
  state.edited = false;
  showName(doc.name);
  state.seq += 1;
  state.pendingText = doc.text;
  view.dataset.pending = String(state.seq);
  state.records = doc.entities;
  state.groups = doc.groups;
  state.tally = tally(doc.entities);
  state.bytes = 0;
  state.shownId = state.seq;
  state.ms = doc.ms;
  state.text = doc.text;
  state.afterRender = afterRender;
  progressEl.hidden = true;
  render();
}

const documents = setupDocuments({
  worker, t, kindName, options, setStatus, download, openText, showDocument, showGroup, flash, view,
});

// ---------------------------------------------------------------- offline

/** Registers the service worker (sw.js: the page and the WASM cached for
 * offline use) and says so once it is active. */
function registerOffline() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register(`sw.js?build=${encodeURIComponent(BUILD)}`).catch(() => {});
  navigator.serviceWorker.ready.then(() => {
    $('offline').hidden = false;
    document.documentElement.dataset.offline = 'ready';
  });
}

// The page opens with the sample article.
dateEl.value = today();
loadSample();
registerOffline();
