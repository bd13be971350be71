// The page: sends the text to the worker as the user types (debounced),
// drops stale answers, and renders the highlighted view, the legend and the
// entity panel. User text reaches the DOM only as text nodes.

import { SAMPLE, SAMPLE_DATE } from './sample.js';
import { STRINGS, apply } from './i18n.js';
import { viewBlocks, groups, toJsonl, toCsv, toHtml } from './render.js';

const $ = (id) => document.getElementById(id);
const input = $('input');
const view = $('view');
const legendEl = $('legend');
const entitiesEl = $('entities');
const statusEl = $('status');
const progressEl = $('progress');
const nestedEl = $('nested');
const dateEl = $('docdate');

/** Entities shown in the panel at most (a 1 MB paste can have thousands). */
const PANEL_MAX = 400;

const state = {
  lang: 'ar',
  kinds: [], // [{code, ar, en, colour}]
  kindInfo: new Map(),
  hidden: new Set(),
  seq: 0, // id of the newest request
  text: '', // the text of the shown records
  shownId: 0, // the request they answer
  records: [],
  ms: 0,
  ready: false,
  cursor: new Map(), // group -> index of the mention shown last
};

const t = () => STRINGS[state.lang];
const setStatus = (s) => {
  statusEl.textContent = s;
};

// ---------------------------------------------------------------- worker

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.onmessage = (event) => {
  const msg = event.data;
  if (msg.ready) {
    state.ready = true;
    state.kinds = msg.kinds;
    state.kindInfo = new Map(msg.kinds.map((k) => [k.code, k]));
    $('version').textContent = `v${msg.version}`;
    installKindStyles(msg.kinds);
    renderLegend();
    request();
    return;
  }
  if (msg.fatal) {
    setStatus(t().fatal(msg.fatal));
    return;
  }
  if (msg.id !== state.seq) return; // stale
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
  state.records = msg.entities;
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
  const text = input.value;
  state.seq += 1;
  state.pendingText = text;
  view.dataset.pending = String(state.seq);
  worker.postMessage({ id: state.seq, text, options: options() });
  if (text.length > 64 * 1024) setStatus(t().analysing);
}

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

/** Main-thread time one rendering slice may take before yielding (ms). */
const SLICE_MS = 25;
let renderToken = 0;

/** Renders the shown records: the view in slices of blocks (yielding to
 * input between slices, so a 1 MB result never freezes typing), then the
 * legend, the panel and the status. A newer result cancels an older one. */
function render() {
  hideTip();
  const token = ++renderToken;
  const blocks = viewBlocks(document, state.text, state.records, kindLabel);
  view.replaceChildren();
  for (const code of state.kinds.map((k) => k.code)) {
    view.classList.toggle(`hide-${code}`, state.hidden.has(code));
  }
  const step = () => {
    if (token !== renderToken) return;
    const t0 = performance.now();
    const frag = document.createDocumentFragment();
    for (let b = blocks.next(); !b.done; b = blocks.next()) {
      frag.appendChild(b.value);
      if (performance.now() - t0 > SLICE_MS) {
        view.appendChild(frag);
        setTimeout(step, 0);
        return;
      }
    }
    view.appendChild(frag);
    finish();
  };
  step();
}

function finish() {
  view.dataset.done = String(state.shownId);
  view.dataset.ms = String(Math.round(state.ms));
  state.cursor.clear();
  renderLegend();
  renderPanel();
  setStatus(state.text ? t().done(state.records.length, Math.round(state.ms)) : t().empty);
  if (!document.documentElement.dataset.firstHighlight && state.records.length) {
    document.documentElement.dataset.firstHighlight = String(Math.round(performance.now()));
  }
}

function renderLegend() {
  const counts = new Map();
  for (const r of state.records) counts.set(r.type, (counts.get(r.type) || 0) + 1);
  const items = state.kinds.map((k) => {
    const n = counts.get(k.code) || 0;
    const on = !state.hidden.has(k.code);
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.kind = k.code;
    b.setAttribute('aria-pressed', String(on));
    b.setAttribute('aria-label', t().legendAria(kindName(k.code), n, on));
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
    b.append(sw, name, count);
    li.append(b);
    return li;
  });
  legendEl.replaceChildren(...items);
}

function visible(r) {
  return !state.hidden.has(r.type);
}

function renderPanel() {
  const all = groups(state.records.filter(visible));
  if (!all.length) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = state.text ? t().none : t().empty;
    entitiesEl.replaceChildren(li);
    return;
  }
  const items = all.slice(0, PANEL_MAX).map((g) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.group = String(g.group);
    b.dataset.kind = g.kinds[0];
    b.setAttribute('aria-label', t().mentionsAria(g.name, g.count, g.kinds.map(kindName).join('، ')));
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
    count.textContent = t().mentions(g.count);
    b.append(name, kinds, count);
    li.append(b);
    return li;
  });
  if (all.length > PANEL_MAX) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = t().more(all.length - PANEL_MAX);
    items.push(li);
  }
  entitiesEl.replaceChildren(...items);
}

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
  const b = e.target.closest('button[data-group]');
  if (!b) return;
  const marks = [...view.querySelectorAll(`mark[data-group="${CSS.escape(b.dataset.group)}"]`)]
    .filter((m) => !state.hidden.has(m.dataset.kind));
  if (!marks.length) return;
  const g = b.dataset.group;
  const i = ((state.cursor.has(g) ? state.cursor.get(g) : -1) + 1) % marks.length;
  state.cursor.set(g, i);
  flash(marks[i]);
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
view.addEventListener('scroll', hideTip, { passive: true });
window.addEventListener('scroll', hideTip, { passive: true });

// Arrow keys move between marks in the view (one tab stop: roving tabindex).
view.addEventListener('keydown', (e) => {
  const keys = {
    ArrowDown: 1, ArrowUp: -1, Home: -Infinity, End: Infinity,
    ArrowLeft: document.dir === 'rtl' ? 1 : -1, ArrowRight: document.dir === 'rtl' ? -1 : 1,
  };
  if (!(e.key in keys)) return;
  const marks = [...view.querySelectorAll('mark')].filter((m) => !state.hidden.has(m.dataset.kind));
  if (!marks.length) return;
  e.preventDefault();
  const cur = marks.indexOf(document.activeElement);
  const step = keys[e.key];
  let i;
  if (step === -Infinity) i = 0;
  else if (step === Infinity) i = marks.length - 1;
  else i = cur < 0 ? 0 : Math.max(0, Math.min(marks.length - 1, cur + step));
  for (const m of view.querySelectorAll('mark[tabindex="0"]')) m.tabIndex = -1;
  marks[i].tabIndex = 0;
  marks[i].focus();
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

$('export-json').addEventListener('click', () => {
  download('kashif.jsonl', toJsonl(state.text, shownRecords()), 'application/jsonl;charset=utf-8');
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
  input.value = '';
  request();
  input.focus();
});

$('lang').addEventListener('click', () => {
  state.lang = state.lang === 'ar' ? 'en' : 'ar';
  apply(document, state.lang);
  if (state.ready) render();
});

input.addEventListener('input', requestSoon);
nestedEl.addEventListener('change', request);
dateEl.addEventListener('change', request);

function loadSample() {
  input.value = SAMPLE;
  dateEl.value = SAMPLE_DATE;
  request();
}

// The page opens with the sample article.
loadSample();
