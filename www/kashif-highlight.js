// <kashif-highlight>: highlights the Arabic text it wraps — or the text of
// the element named by for="id" — with Kashif's entities, in any page.
//
//   <script type="module" src="/kashif/kashif-highlight.js"></script>
//   <kashif-highlight kinds="PERS,ORG,GPE" theme="auto" document-date="2025-05-02">
//     <p>نص عربي…</p>
//   </kashif-highlight>
//
// Attributes: kinds (comma-separated kind codes; default all), nested
// (boolean), theme (light | dark | auto; default auto), document-date
// (YYYY-MM-DD), for (id of an element whose text — or, for a textarea or
// an input, whose value as the user types — to highlight instead).
// The highlighted copy lives in the element's shadow root (its styles do
// not leak either way), built from text nodes and <mark data-kind> only —
// the text is never parsed as HTML. After each analysis the element emits
// a bubbling `kashif:entities` CustomEvent, detail {text, entities,
// groups} (UTF-16 offsets into `text`).
//
// Every element of a page shares one worker (worker.js) and one
// WebAssembly module; their URLs resolve against this module's URL, so
// the files may live in any folder. The module defines the tag on import
// unless loaded as kashif-highlight.js?define=false; KashifHighlight.define()
// registers it under another name or in a scoped registry.

import { buildView, valueText } from './render.js';

// ------------------------------------------------------------ shared worker

let shared = null;

/** The page's one analysis worker: {post(msg) → Promise<result>, kinds}. */
function client() {
  if (shared) return shared;
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  const waiting = new Map(); // channel -> {id, resolve, reject}
  let onReady;
  let onFail;
  const ready = new Promise((resolve, reject) => {
    onReady = resolve;
    onFail = reject;
  });
  worker.onmessage = (event) => {
    const msg = event.data;
    if (msg.ready) {
      onReady(msg.kinds);
      return;
    }
    if (msg.fatal) {
      onFail(new Error(msg.fatal));
      return;
    }
    if (msg.progress !== undefined || msg.type === 'lexicon') return;
    const w = waiting.get(msg.channel);
    if (!w || w.id !== msg.id) return; // superseded
    waiting.delete(msg.channel);
    if (msg.error) w.reject(new Error(msg.error));
    else w.resolve(msg);
  };
  let seq = 0;
  shared = {
    ready,
    /** Analyses `text`; a newer call on the same channel supersedes it
     * (its promise then never settles). */
    analyze(channel, text, options) {
      seq += 1;
      const id = seq;
      return new Promise((resolve, reject) => {
        waiting.set(channel, { id, resolve, reject });
        worker.postMessage({ type: 'analyze', channel, id, text, options });
      });
    },
    /** Gives every element of the page a user lexicon. */
    setLexicon(entries) {
      worker.postMessage({ type: 'lexicon', entries });
    },
  };
  return shared;
}

// ------------------------------------------------------------ text

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** The text of `root` as a reader sees it: runs of white space as one
 * space, block elements as paragraphs, <br> as a line break. */
export function textOf(root) {
  const paras = [];
  let cur = '';
  const flush = () => {
    const p = cur.replace(/ +\n/g, '\n').replace(/\n +/g, '\n').trim();
    if (p) paras.push(p);
    cur = '';
  };
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        cur += n.data.replace(/[ \t\r\n\f]+/g, ' ');
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const tag = n.tagName;
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') {
          cur += '\n';
        } else if (BLOCKS.has(tag)) {
          flush();
          walk(n);
          flush();
        } else {
          walk(n);
        }
      }
    }
  };
  walk(root);
  flush();
  return paras.join('\n\n');
}

// ------------------------------------------------------------ styles

const BASE_CSS = `
:host { display: block; --kashif-bg: transparent; --kashif-ink: inherit; --kashif-mark-ink: #111; }
:host([hidden]) { display: none; }
:host([theme="dark"]) { --kashif-bg: #1e2125; --kashif-ink: #ecebe7; }
:host([theme="light"]) { --kashif-bg: #ffffff; --kashif-ink: #1d1d1f; }
@media (prefers-color-scheme: dark) {
  :host(:not([theme])), :host([theme="auto"]) { --kashif-ink: inherit; }
}
.text {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  unicode-bidi: plaintext;
  text-align: start;
  background: var(--kashif-bg);
  color: var(--kashif-ink);
  line-height: 2;
}
:host([theme="dark"]) .text, :host([theme="light"]) .text { padding: 0.5em 0.75em; border-radius: 8px; }
.block { display: contents; }
mark {
  --c: #e0e0e0;
  background: var(--c);
  color: var(--kashif-mark-ink);
  border-radius: 4px;
  padding: 0.05em 0.15em;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
}
mark.nested { background: none; color: inherit; padding: 0; border-bottom: 3px solid var(--c); border-radius: 0; }
mark[data-kind="URL"], mark[data-kind="EMAIL"], mark[data-kind="PHONE"] { unicode-bidi: isolate; direction: ltr; }
.error { color: #b91c1c; font-size: 0.85em; }
`;

let baseSheet = null;
let kindSheet = null;

function sheets(kinds) {
  if (!baseSheet) {
    baseSheet = new CSSStyleSheet();
    baseSheet.replaceSync(BASE_CSS);
  }
  if (!kindSheet && kinds) {
    kindSheet = new CSSStyleSheet();
    kindSheet.replaceSync(kinds
      .filter((k) => /^[A-Z]+$/.test(k.code) && /^#[0-9a-fA-F]{3,8}$/.test(k.colour))
      .map((k) => `[data-kind="${k.code}"] { --c: ${k.colour}; }`)
      .join('\n'));
  }
  return kindSheet ? [baseSheet, kindSheet] : [baseSheet];
}

// ------------------------------------------------------------ element

let channels = 0;

/** The `<kashif-highlight>` element. */
export class KashifHighlight extends HTMLElement {
  static observedAttributes = ['kinds', 'nested', 'document-date', 'for'];

  /** Registers the element as `tag` in `registry` (once). */
  static define(tag = 'kashif-highlight', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, class extends KashifHighlight {});
    return registry.get(tag);
  }

  #channel = `el${++channels}`;
  #root;
  #body;
  #observer = null;
  #queued = false;
  /** The last result: {text, entities, groups}. */
  result = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = sheets(null);
    this.#body = document.createElement('div');
    this.#body.className = 'text';
    this.#body.setAttribute('part', 'text');
    this.#root.append(this.#body);
  }

  connectedCallback() {
    if (!this.hasAttribute('dir')) this.setAttribute('dir', 'rtl');
    if (!this.hasAttribute('lang')) this.setAttribute('lang', 'ar');
    // Until the analysis answers, show the plain text.
    if (!this.#body.firstChild) this.#body.textContent = this.#source();
    this.#watch();
    this.refresh();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#watched?.removeEventListener('input', this.#onInput);
    this.#watched = null;
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'for') this.#watch();
    this.refresh();
  }

  /** The element whose text is highlighted: the one named by `for`, or this. */
  get target() {
    const id = this.getAttribute('for');
    return (id && this.ownerDocument.getElementById(id)) || this;
  }

  #source() {
    const t = this.target;
    // A text field named by `for`: its current value, as typed.
    if (t !== this && (t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement)) return t.value;
    return textOf(t);
  }

  #onInput = () => this.refresh();
  #watched = null;

  #watch() {
    this.#observer?.disconnect();
    this.#watched?.removeEventListener('input', this.#onInput);
    const t = this.target;
    this.#observer = new MutationObserver(() => this.refresh());
    this.#observer.observe(t, { childList: true, characterData: true, subtree: true });
    t.addEventListener('input', this.#onInput);
    this.#watched = t;
  }

  #options() {
    const o = { nested: this.hasAttribute('nested') && this.getAttribute('nested') !== 'false' };
    const kinds = (this.getAttribute('kinds') || '').split(',').map((k) => k.trim().toUpperCase()).filter(Boolean);
    if (kinds.length) o.types = kinds;
    const date = this.getAttribute('document-date');
    if (date) o.documentDate = date;
    return o;
  }

  /** Re-reads the text and highlights it again (batched per task). */
  refresh() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      this.#analyse();
    });
  }

  async #analyse() {
    const text = this.#source();
    const c = client();
    try {
      const kinds = await c.ready;
      this.#root.adoptedStyleSheets = sheets(kinds);
      const { entities, groups } = await c.analyze(this.#channel, text, this.#options());
      const label = (code, r) => {
        const k = kinds.find((x) => x.code === code);
        const name = k ? `${k.ar} · ${k.en}` : code;
        const v = valueText(r);
        return v ? `${name} — ${v}` : name;
      };
      const view = buildView(document, text, entities, label);
      for (const m of view.querySelectorAll('mark')) {
        m.title = m.dataset.label;
        m.removeAttribute('tabindex');
      }
      this.#body.replaceChildren(view);
      this.result = { text, entities, groups };
      this.dataset.entities = String(entities.length);
      this.dispatchEvent(new CustomEvent('kashif:entities', {
        bubbles: true, composed: true, detail: this.result,
      }));
    } catch (e) {
      const err = document.createElement('p');
      err.className = 'error';
      err.textContent = `kashif: ${e.message}`;
      this.#body.replaceChildren(document.createTextNode(text), err);
    }
  }
}

/** Gives every <kashif-highlight> of the page a user lexicon
 * (`[{text, type}, {text, never: true}]`); call refresh() on them after. */
export function setLexicon(entries) {
  client().setLexicon(entries);
}

if (new URL(import.meta.url).searchParams.get('define') !== 'false') KashifHighlight.define();
