// Pure helpers of the page and of <kashif-highlight>: the highlighted DOM
// (text nodes + <mark>s, never innerHTML with user data), offset
// conversion, the core's group summary, and the exports (JSON Lines, CSV,
// CoNLL/BIO, spaCy, Markdown, HTML).

const byPosition = (a, b) => a.start - b.start || b.end - a.end || a.depth - b.depth;

/**
 * Orders records for rendering: by start, the longer (outer) first. The
 * extractor's order already is this one: then `records` itself is returned
 * (no copy, no sort of a few hundred thousand records).
 * @param {Array<{start:number,end:number,depth:number}>} records
 */
export function ordered(records) {
  for (let i = 1; i < records.length; i++) {
    if (byPosition(records[i - 1], records[i]) > 0) return [...records].sort(byPosition);
  }
  return records;
}

/** Blocks of the view hold about this many UTF-16 units, cut after a line
 * break (entities never span one), so the browser can skip laying out the
 * blocks that are off screen (`content-visibility: auto`). */
export const BLOCK_UNITS = 4000;

/**
 * Cuts `text` into blocks [start, end) of about `size` units, each ending
 * just after a line break (or at the end of the text). A line longer than
 * `size` stays whole.
 */
export function blocks(text, size = BLOCK_UNITS) {
  const out = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (end - start > size) {
      const nl = text.indexOf('\n', start + size);
      const back = text.lastIndexOf('\n', start + size);
      if (back >= start) end = back + 1;
      else if (nl >= 0) end = nl + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/**
 * Builds the highlighted view of `text` as a DocumentFragment of
 * `<div class="block">`s. Each record becomes `<mark data-kind data-group
 * data-source data-canonical data-label>`; a record inside another becomes
 * a nested mark (class "nested"). A record that crosses another or a block
 * boundary is left out (the extractor never returns one). Text goes in as
 * text nodes only.
 * @param {Document} doc
 * @param {string} text
 * @param {Array} records entities with UTF-16 offsets
 * @param {(kind:string, record:object) => string} label tooltip text of a record
 */
export function buildView(doc, text, records, label) {
  const frag = doc.createDocumentFragment();
  for (const block of viewBlocks(doc, text, records, label)) frag.appendChild(block);
  return frag;
}

/** The blocks of {@link buildView} one at a time, so a long text can be
 * rendered over several tasks. */
export function* viewBlocks(doc, text, records, label) {
  const index = viewIndex(text, records);
  let first = true;
  for (let b = 0; b < index.blocks.length; b++) {
    const block = doc.createElement('div');
    block.className = 'block';
    first = fillBlock(doc, block, text, index, b, label, first);
    yield block;
  }
}

/**
 * What drawing one block of the view needs: the records in order
 * (`sorted`), the blocks (`blocks`, [start, end) pairs) and, per block, the
 * index in `sorted` of its first record (`firsts`), so that any block can
 * be drawn alone, in any order (a long text draws only the blocks near the
 * screen).
 */
export function viewIndex(text, records, size = BLOCK_UNITS) {
  const sorted = ordered(records);
  const spans = blocks(text, size);
  const firsts = new Uint32Array(spans.length + 1);
  let i = 0;
  for (let b = 0; b < spans.length; b++) {
    while (i < sorted.length && sorted[i].start < spans[b][0]) i++;
    firsts[b] = i;
  }
  firsts[spans.length] = sorted.length;
  return { sorted, blocks: spans, firsts };
}

/** The block of `index` that holds UTF-16 offset `at` (the last block for
 * the end of the text), or -1 for an empty text. */
export function blockAt(index, at) {
  let lo = 0;
  let hi = index.blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.blocks[mid][0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return hi;
}

/** Puts block `b` of `index` in `el` as plain text (no marks). */
export function plainBlock(doc, el, text, index, b) {
  const [bs, be] = index.blocks[b];
  el.replaceChildren(doc.createTextNode(text.slice(bs, be)));
}

/**
 * Puts block `b` of `index` in `el`: text nodes and a `<mark>` per record
 * (see {@link buildView}). The first mark takes tabindex 0 when `first`
 * (the view's one tab stop), the others -1. `onMark(mark, i)`, if given,
 * learns each mark's record index in `index.sorted`. Returns `first` if
 * no mark took it.
 */
export function fillBlock(doc, el, text, index, b, label, first = false, onMark = undefined) {
  const { sorted } = index;
  const [bs, be] = index.blocks[b];
  const stack = []; // open marks: {end, el}
  let pos = bs;
  const parent = () => (stack.length ? stack[stack.length - 1].el : el);
  const emit = (upto) => {
    if (upto > pos) {
      parent().appendChild(doc.createTextNode(text.slice(pos, upto)));
      pos = upto;
    }
  };
  el.replaceChildren();
  for (let i = index.firsts[b]; i < sorted.length && sorted[i].start < be; i++) {
    const r = sorted[i];
    if (!(r.start >= bs && r.end <= be && r.start < r.end)) continue;
    while (stack.length && stack[stack.length - 1].end <= r.start) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
    if (r.start < pos) continue; // overlaps an entity already closed
    if (stack.length && r.end > stack[stack.length - 1].end) continue; // crosses
    emit(r.start);
    const m = doc.createElement('mark');
    m.dataset.kind = r.type;
    m.dataset.group = String(r.group);
    if (r.source) m.dataset.source = r.source;
    if (r.canonical) m.dataset.canonical = r.canonical;
    m.dataset.label = label(r.type, r);
    if (stack.length) m.className = 'nested';
    m.tabIndex = first ? 0 : -1;
    first = false;
    onMark?.(m, i);
    parent().appendChild(m);
    stack.push({ end: r.end, el: m });
  }
  while (stack.length) {
    emit(stack[stack.length - 1].end);
    stack.pop();
  }
  emit(be);
  return first;
}

/**
 * Packs records (entities with UTF-16 offsets into `text`) for a message:
 * numbers in typed arrays, kinds and sources as indices into `names`, and
 * only what cannot be rebuilt — a text that is not `text.slice(start,
 * end)` (a lone surrogate the analyser saw as U+FFFD), a canonical form
 * other than the text, a value, a link, a country — as `rare` [index, key,
 * value] triples. Cloning this costs a fraction of cloning the objects
 * (four strings each), and makes no garbage of repeated "GPE"s.
 */
export function packRecords(text, records) {
  const n = records.length;
  const ints = new Int32Array(n * 5);
  const scores = new Float64Array(n);
  const names = [];
  const code = new Map();
  const nameOf = (s) => {
    if (!code.has(s)) {
      code.set(s, names.length);
      names.push(s);
    }
    return code.get(s);
  };
  const rare = [];
  for (let i = 0; i < n; i++) {
    const r = records[i];
    const k = i * 5;
    ints[k] = r.start;
    ints[k + 1] = r.end;
    ints[k + 2] = r.depth;
    ints[k + 3] = r.group;
    ints[k + 4] = nameOf(r.type) | (nameOf(r.source) << 8);
    scores[i] = r.score;
    if (r.text !== text.slice(r.start, r.end)) rare.push([i, 'text', r.text]);
    if (r.canonical !== r.text) rare.push([i, 'canonical', r.canonical]);
    if (r.value !== null && r.value !== undefined) rare.push([i, 'value', r.value]);
    if (r.link !== undefined) rare.push([i, 'link', r.link]);
    if (r.country !== undefined) rare.push([i, 'country', r.country]);
  }
  return { n, ints, scores, names, rare };
}

/** The records of {@link packRecords}, as they were (the same fields in
 * the same order). */
export function unpackRecords(text, { n, ints, scores, names, rare }) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const k = i * 5;
    const start = ints[k];
    const end = ints[k + 1];
    const t = text.slice(start, end);
    out[i] = {
      start, end, text: t, type: names[ints[k + 4] & 0xff], canonical: t, value: null,
      source: names[ints[k + 4] >> 8], score: scores[i], depth: ints[k + 2], group: ints[k + 3],
    };
  }
  for (const [i, key, value] of rare) {
    if (key === 'text' && out[i].canonical === out[i].text) out[i].canonical = value;
    out[i][key] = value;
  }
  return out;
}

/**
 * Converts UTF-16 offsets (JavaScript's) to code point offsets (the CLI's,
 * Python's). A lone surrogate counts as one code point, as the U+FFFD the
 * analyser saw in its place does.
 * @param {string} text
 * @param {Array} records
 * @returns {Array} copies of the records with code point offsets
 */
export function toCodePoints(text, records) {
  const wanted = [...new Set(records.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const table = new Map();
  let unit = 0;
  let cp = 0;
  for (const w of wanted) {
    while (unit < w && unit < text.length) {
      const c = text.charCodeAt(unit);
      const pair = c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length
        && (text.charCodeAt(unit + 1) & 0xfc00) === 0xdc00;
      unit += pair ? 2 : 1;
      cp += 1;
    }
    table.set(w, cp);
  }
  return records.map((r) => ({ ...r, start: table.get(r.start), end: table.get(r.end) }));
}

/**
 * The groups of `records` exactly as the core's `group::summarize` makes
 * them: by id, named by the longest canonical mention (the first of equal
 * length), the kind of the first mention, the mention count and the
 * distinct canonical forms in order. `records` in the extractor's order.
 * @returns {Array<{id:number,name:string,type:string,mentions:number,variants:string[]}>}
 */
export function summarize(records) {
  const by = new Map();
  for (const r of records) {
    let g = by.get(r.group);
    if (!g) {
      g = { id: r.group, name: '', type: r.type, mentions: 0, variants: [] };
      by.set(r.group, g);
    }
    g.mentions += 1;
    if (!g.variants.includes(r.canonical)) g.variants.push(r.canonical);
    if ([...r.canonical].length > [...g.name].length) g.name = r.canonical;
  }
  return [...by.values()].sort((a, b) => a.id - b.id);
}

/** The ISO value of a date or a time record, or "". */
export function isoOf(record) {
  const v = record && record.value;
  return v && typeof v === 'object' && typeof v.iso === 'string' ? v.iso : '';
}

const BOUND_SIGN = { lt: '<', gt: '>', le: '≤', ge: '≥', approx: '≈' };

/** A record's value as text for a tooltip: a date's ISO value (a Hijri one
 * with `= its Gregorian day`), a time with its zone, an amount with its
 * range, bound and currency (`?` when the currency word is ambiguous), a
 * number; "" when there is none. */
export function valueText(record) {
  const v = record && record.value;
  if (typeof v === 'number') return String(v);
  if (!v || typeof v !== 'object') return '';
  if (typeof v.iso === 'string') {
    if (v.gregorian) return `${v.iso} = ${v.gregorian}`;
    const t = v.zone ? `${v.iso} ${v.zone}` : v.iso;
    return v.date ? `${v.date} ${t}` : t;
  }
  if (typeof v.unit === 'string') return `${v.amount} ${v.unit}`;
  if (typeof v.amount === 'number') {
    const amount = typeof v.max === 'number' ? `${v.amount}–${v.max}` : String(v.amount);
    const bound = BOUND_SIGN[v.bound] ? `${BOUND_SIGN[v.bound]} ` : '';
    return `${bound}${amount} ${v.currency || (v.ambiguous ? '?' : '')}`.trim();
  }
  return typeof v.currency === 'string' ? v.currency : '';
}

/** The Gregorian start (`YYYY…`) by which a DATE record sorts on a
 * timeline, or "" when it has none (no value, a relative or a yearless
 * one); a TIME said with a date sorts as `YYYY-MM-DDTHH:MM`. */
export function timelineKey(record) {
  const v = record && record.value;
  if (record && record.type === 'TIME' && v && v.date) return `${v.date}T${v.iso}`;
  if (!record || record.type !== 'DATE' || !v || typeof v.iso !== 'string') return '';
  const g = v.calendar === 'hijri' ? v.gregorian : v.calendar === 'gregorian' ? v.iso : '';
  return g && /^\d{4}/.test(g) ? g : '';
}

/** The JSONL line `kashif extract --jsonl` writes:
 * `{"id":…,"entities":[…],"groups":[…]}` + "\n" (code point offsets). */
export function toJsonl(text, records, groupList, id = 1) {
  return `${JSON.stringify({ id, entities: toCodePoints(text, records), groups: groupList })}\n`;
}

/**
 * CoNLL with BIO tags: one whitespace-separated token of the text per line,
 * `token<TAB>tag`, a blank line after each paragraph (non-empty line of
 * the text). A token takes the kind of the top-level record it overlaps:
 * B- on the record's first token, I- on the others, O elsewhere.
 */
export function toConll(text, records) {
  const top = ordered(records).filter((r) => r.depth === 0);
  const out = [];
  let k = 0;
  const lineRe = /[^\r\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const tokRe = /\S+/g;
    let any = false;
    for (let m = tokRe.exec(line[0]); m; m = tokRe.exec(line[0])) {
      const s = line.index + m.index;
      const e = s + m[0].length;
      while (k < top.length && top[k].end <= s) k++;
      const r = top[k];
      let tag = 'O';
      if (r && r.start < e) tag = `${r.start >= s ? 'B' : 'I'}-${r.type}`;
      out.push(`${m[0]}\t${tag}`);
      any = true;
    }
    if (any) out.push('');
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/**
 * spaCy's displaCy / `Doc` JSON: `{"text", "ents": [{start, end, label}]}`,
 * top-level records only (spaCy's entities do not overlap), with CODE POINT
 * offsets (Python's `text[start:end]`).
 */
export function toSpacy(text, records) {
  const top = ordered(records).filter((r) => r.depth === 0);
  const ents = toCodePoints(text, top).map((r) => ({ start: r.start, end: r.end, label: r.type }));
  return `${JSON.stringify({ text, ents }, null, 2)}\n`;
}

/** Escapes what Markdown would read as markup: emphasis, code, links and
 * images ([ ] !), raw HTML and autolinks (< >), entities (&), headings,
 * tables, strikethrough; line breaks become spaces, so no line of the
 * user's text can start a block (a list, a quote, a heading). */
function md(s) {
  return s.replace(/[\\`*_[\]<>#|&!~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

/**
 * A short Markdown report for a newsroom note: per kind (in `kinds` order),
 * its groups by mention count with their other forms, the ISO value of
 * dates and times, and the first mention in its sentence's context.
 * @param {string} text
 * @param {Array} records shown records (UTF-16 offsets)
 * @param {Array} groupList their groups (`summarize`)
 * @param {{kinds: Array<{code:string}>, kindName: (code:string)=>string, s: object, date?: string}} ui
 */
export function toMarkdown(text, records, groupList, ui) {
  const { s } = ui;
  const first = new Map();
  for (const r of ordered(records)) if (!first.has(r.group)) first.set(r.group, r);
  const lines = [`# ${s.mdTitle}`, ''];
  if (ui.date) lines.push(`${s.mdDate}: ${ui.date}`);
  lines.push(s.mdSummary(records.length, groupList.length), '');
  for (const { code } of ui.kinds) {
    const gs = groupList.filter((g) => g.type === code)
      .sort((a, b) => b.mentions - a.mentions || (first.get(a.id)?.start ?? 0) - (first.get(b.id)?.start ?? 0));
    if (!gs.length) continue;
    lines.push(`## ${ui.kindName(code)} (${gs.length})`, '');
    for (const g of gs) {
      const r = first.get(g.id);
      let item = `- **${md(g.name)}** — ${s.mentions(g.mentions)}`;
      const others = g.variants.filter((v) => v !== g.name);
      if (others.length) item += ` (${others.map(md).join('، ')})`;
      if (r && isoOf(r)) item += ` — \`${isoOf(r)}\``;
      if (r) {
        const lineStart = Math.max(text.lastIndexOf('\n', r.start - 1) + 1, r.start - 60);
        let lineEnd = text.indexOf('\n', r.end);
        if (lineEnd < 0) lineEnd = text.length;
        lineEnd = Math.min(lineEnd, r.end + 60);
        const before = text.slice(lineStart, r.start);
        const after = text.slice(r.end, lineEnd);
        item += `\n  > ${lineStart > 0 && text[lineStart - 1] !== '\n' ? '…' : ''}${md(before)}**${md(text.slice(r.start, r.end))}**${md(after)}${lineEnd < text.length && text[lineEnd] !== '\n' ? '…' : ''}`;
      }
      lines.push(item);
    }
    lines.push('');
  }
  // The timeline: every dated mention, by its Gregorian value.
  const dated = ordered(records).filter((r) => timelineKey(r))
    .sort((a, b) => (timelineKey(a) < timelineKey(b) ? -1 : timelineKey(a) > timelineKey(b) ? 1 : a.start - b.start));
  if (dated.length) {
    lines.push(`## ${s.mdTimeline || 'Timeline'} (${dated.length})`, '');
    for (const r of dated) {
      lines.push(`- \`${timelineKey(r)}\` — **${md(text.slice(r.start, r.end))}**`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS = ['start', 'end', 'text', 'type', 'label', 'canonical', 'value', 'source', 'score', 'depth', 'group', 'link'];

/** What a spreadsheet may read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * One CSV cell (RFC 4180 quoting), safe to open in a spreadsheet: text
 * that starts with = + - @, a tab, a carriage return or a NUL (a formula
 * to Excel or LibreOffice, a phone number "+212…" too) gets a leading
 * apostrophe and is always quoted, as OWASP's CSV injection advice (and
 * ASVS 1.2.10, which adds NUL) says.
 * Numbers stay numbers; objects are written as JSON.
 */
export function csvField(v) {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v !== 'number' && FORMULA_START.test(s)) return `"'${s.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads Arabic),
 * CRLF line ends, code point offsets, `label` the kind's Arabic label.
 */
export function toCsv(text, records, labelAr) {
  const rows = [CSV_COLUMNS.join(',')];
  for (const r of toCodePoints(text, records)) {
    const row = { ...r, label: labelAr(r.type) };
    rows.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/**
 * Standalone HTML of the highlighted text (for pasting into an editor):
 * escaped text, `<mark>`s with inline colours, line breaks as `<br>`.
 * Only top-level records are marked; `colour` and `title` come from kinds().
 */
export function toHtml(text, records, colour, title) {
  const top = ordered(records).filter((r) => r.depth === 0);
  const esc = (s) => escapeHtml(s).replace(/\r?\n/g, '<br>\n');
  let out = '';
  let pos = 0;
  for (const r of top) {
    if (r.start < pos || r.end > text.length) continue;
    out += esc(text.slice(pos, r.start));
    out += `<mark style="background:${colour(r.type)};color:#111;border-radius:3px;padding:0 2px" title="${escapeHtml(title(r.type))}" data-kind="${escapeHtml(r.type)}">${esc(text.slice(r.start, r.end))}</mark>`;
    pos = r.end;
  }
  out += esc(text.slice(pos));
  return `<div dir="rtl" lang="ar" style="font-family:'Noto Naskh Arabic','Noto Sans Arabic',Amiri,'Geeza Pro',Tahoma,serif;line-height:1.9">${out}</div>`;
}
