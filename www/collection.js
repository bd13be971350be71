// A collection of documents (pure functions, no DOM but the SVG builder):
// the cross-document entity index, who appears with whom, and the exports.
//
// A document is {name, text, entities, groups} as the analyser returns it
// (UTF-16 offsets, the core's mention groups); in the page the entities
// stay in the worker and a document carries `first` instead (each group's
// first mention, by group id: see firstMentions). The index has one row
// per entity across documents: the core's groups of each document merged
// by kind and name (the group's fullest canonical form).

import { toJsonl, timelineKey, csvField } from './render.js';

/** Kinds that name someone or something: the ones who-appears-with-whom
 * is about (dates and amounts co-occur with everything). */
export const NAME_KINDS = new Set(['PERS', 'ORG', 'GPE', 'LOC', 'FAC', 'EVENT', 'NORP', 'MISC']);

/** The index key of a group: its kind and name, and for a dated group its
 * date too (`أمس` in two documents written on different days are two
 * rows; `25 مارس 2024` in both is one). */
export const keyOf = (g, when = '') => (when ? `${g.type}\t${g.name}\t${when}` : `${g.type}\t${g.name}`);

/** The offset of each group's first mention, indexed by group id. */
export function firstMentions(entities) {
  const first = [];
  for (const e of entities) {
    if (!(first[e.group] <= e.start)) first[e.group] = e.start;
  }
  return first;
}

/** The timeline date of each dated group (see render.js's timelineKey:
 * the Gregorian value, a TIME with its date), indexed by group id: the
 * earliest of its mentions'. Groups with no such value have none. */
export function groupDates(entities) {
  const when = [];
  for (const e of entities) {
    const k = timelineKey(e);
    if (k && !(when[e.group] <= k)) when[e.group] = k;
  }
  return when;
}

/** Top-level mentions per kind, most first: [[kind, count], …]. */
export function kindCounts(entities) {
  const c = new Map();
  for (const e of entities) if (e.depth === 0) c.set(e.type, (c.get(e.type) || 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]);
}

/**
 * The cross-document index of `docs` (those with entities).
 * @returns {Array<{key:string, name:string, type:string, when:string, mentions:number,
 *   docs:Array<{doc:number, mentions:number, group:number, first:number}>}>}
 *   rows, in the most documents, then most mentions, order; `doc` indexes
 *   `docs`, `group` is the document's group of the first mention, `first`
 *   its offset; `when` is a dated row's timeline date ("" for the others).
 */
export function buildIndex(docs) {
  const rows = new Map();
  docs.forEach((doc, d) => {
    if (!doc || !doc.groups) return;
    const first = doc.first ?? firstMentions(doc.entities);
    const dates = doc.dates ?? groupDates(doc.entities);
    for (const g of doc.groups) {
      const when = dates[g.id] || '';
      const key = keyOf(g, when);
      let row = rows.get(key);
      if (!row) {
        row = { key, name: g.name, type: g.type, when, mentions: 0, byDoc: new Map() };
        rows.set(key, row);
      }
      const at = first[g.id] ?? 0;
      const entry = row.byDoc.get(d);
      if (!entry) row.byDoc.set(d, { doc: d, mentions: g.mentions, group: g.id, first: at });
      else {
        entry.mentions += g.mentions;
        if (at < entry.first) Object.assign(entry, { group: g.id, first: at });
      }
      row.mentions += g.mentions;
    }
  });
  return [...rows.values()]
    .map(({ byDoc, ...r }) => ({ ...r, docs: [...byDoc.values()] }))
    .sort((a, b) => b.docs.length - a.docs.length || b.mentions - a.mentions || a.name.localeCompare(b.name, 'ar'));
}

/**
 * The index rows shown: of kind `kind` ('' for all) whose name contains
 * `query`, sorted by `sort` ('docs', 'mentions', 'name' or 'kind'), or
 * the timeline: 'date' keeps the dated rows only, earliest first.
 */
export function filterIndex(rows, { kind = '', query = '', sort = 'docs' } = {}) {
  const q = query.trim();
  const out = rows.filter((r) => (!kind || r.type === kind) && (!q || r.name.includes(q))
    && (sort !== 'date' || r.when));
  const by = {
    docs: (a, b) => b.docs.length - a.docs.length || b.mentions - a.mentions,
    mentions: (a, b) => b.mentions - a.mentions || b.docs.length - a.docs.length,
    name: (a, b) => a.name.localeCompare(b.name, 'ar'),
    kind: (a, b) => a.type.localeCompare(b.type) || b.docs.length - a.docs.length,
    date: (a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : a.name.localeCompare(b.name, 'ar')),
  }[sort];
  return by ? out.sort(by) : out;
}

/**
 * Who appears with the entity of `row`: the other named entities that
 * share documents with it, with the number of shared documents and their
 * mentions there, most shared first.
 * @returns {Array<{row:object, shared:number, mentions:number}>}
 */
export function cooccurring(rows, row) {
  const mine = new Set(row.docs.map((e) => e.doc));
  const out = [];
  for (const other of rows) {
    if (other === row || !NAME_KINDS.has(other.type)) continue;
    let shared = 0;
    let mentions = 0;
    for (const e of other.docs) {
      if (mine.has(e.doc)) {
        shared += 1;
        mentions += e.mentions;
      }
    }
    if (shared) out.push({ row: other, shared, mentions });
  }
  return out.sort((a, b) => b.shared - a.shared || b.mentions - a.mentions || a.row.name.localeCompare(b.row.name, 'ar'));
}

/** The index as CSV: UTF-8 with a BOM (Excel reads the Arabic), CRLF. */
export function indexCsv(rows, docs) {
  const lines = [['entity', 'type', 'documents', 'mentions', 'in', 'date'].join(',')];
  for (const r of rows) {
    const where = r.docs.map((e) => `${docs[e.doc].name} (${e.mentions})`).join('; ');
    lines.push([r.name, r.type, r.docs.length, r.mentions, where, r.when].map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The index as JSON: `[{entity, type, documents, mentions, in: [{id, mentions}], date?}]`
 * (`id` the file name; `date` the timeline date of a dated row). */
export function indexJson(rows, docs) {
  return `${JSON.stringify(rows.map((r) => ({
    entity: r.name,
    type: r.type,
    documents: r.docs.length,
    mentions: r.mentions,
    in: r.docs.map((e) => ({ id: docs[e.doc].name, mentions: e.mentions })),
    ...(r.when ? { date: r.when } : {}),
  })), null, 1)}\n`;
}

/** Every analysed document's entities as JSON Lines in the schema of
 * `kashif extract --jsonl` (code point offsets), the file name as `id`. */
export function collectionJsonl(docs) {
  return docs.filter((d) => d && d.groups).map((d) => toJsonl(d.text, d.entities, d.groups, d.name)).join('');
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A small picture of who appears with whom: the selected entity in the
 * middle, up to `max` others around it, each line as thick as the number
 * of shared documents. Nodes carry data-kind (coloured by the page's kind
 * styles); text and lines use currentColor, so it reads in both themes.
 * Built with DOM nodes (names go in as text nodes).
 */
export function cooccurrenceSvg(doc, row, pairs, max = 10) {
  const W = 360;
  const H = 260;
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'cooc-svg');
  svg.setAttribute('role', 'img');
  const el = (name, attrs, parent = svg) => {
    const e = doc.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    parent.appendChild(e);
    return e;
  };
  const shown = pairs.slice(0, max);
  const most = Math.max(1, ...shown.map((p) => p.shared));
  const cx = W / 2;
  const cy = H / 2;
  const label = (x, y, text, anchor) => {
    const t = el('text', { x, y, 'text-anchor': anchor, class: 'cooc-label' });
    t.textContent = text.length > 22 ? `${text.slice(0, 21)}…` : text;
  };
  shown.forEach((p, i) => {
    const a = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    const x = cx + Math.cos(a) * 120;
    const y = cy + Math.sin(a) * 95;
    el('line', {
      x1: cx, y1: cy, x2: x, y2: y, class: 'cooc-edge', 'stroke-width': (1 + (4 * p.shared) / most).toFixed(1),
    });
    const g = el('g', { 'data-kind': p.row.type, class: 'cooc-node' });
    el('circle', { cx: x, cy: y, r: 7 }, g);
    const title = el('title', {}, g);
    title.textContent = `${p.row.name} (${p.shared})`;
    label(x, y + (Math.sin(a) < -0.3 ? -11 : 19), p.row.name, 'middle');
  });
  const g = el('g', { 'data-kind': row.type, class: 'cooc-node cooc-centre' });
  el('circle', { cx, cy, r: 11 }, g);
  label(cx, cy + 26, row.name, 'middle');
  return svg;
}
