// Unit tests of www/render.js (pure functions; no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  blocks, toCodePoints, summarize, toJsonl, toCsv, toHtml, escapeHtml, toConll, toSpacy, toMarkdown, isoOf,
  valueText, timelineKey, packRecords, unpackRecords, viewIndex, blockAt, ordered,
} from '../../www/render.js';
import {
  validate, upsert, load, save, toFile, parseFile, STORAGE_KEY,
} from '../../www/lexicon.js';

const rec = (start, end, text, type, group, extra = {}) => ({
  start, end, text, type, canonical: text, value: null, source: 'gazetteer', score: 0.8, depth: 0, group, ...extra,
});

test('blocks cut after line breaks and cover the text', () => {
  const t = 'أ\nبب\n\nججج\n' + 'د'.repeat(10) + '\nهه';
  const b = blocks(t, 4);
  assert.deepEqual(b.map(([s, e]) => t.slice(s, e)), ['أ\nبب\n', '\nججج\n', `${'د'.repeat(10)}\n`, 'هه']);
  assert.deepEqual(blocks(''), []);
  assert.deepEqual(blocks('قصير'), [[0, 4]]);
});

test('records packed for a message come back as they were, fields in order', () => {
  const t = 'زار \uD800فاس وللأمم المتحدة 3 ملايين درهم والنمساوية';
  const at = (w) => t.indexOf(w);
  const records = [
    // The analyser saw U+FFFD where the lone surrogate is.
    rec(at('\uD800'), at('\uD800') + 4, '\uFFFDفاس', 'GPE', 0),
    rec(at('للأمم'), at('للأمم') + 12, 'للأمم المتحدة', 'ORG', 1, { canonical: 'الأمم المتحدة', source: 'model', score: 0.937 }),
    rec(at('3'), at('3') + 14, '3 ملايين درهم', 'MONEY', 2, { value: { amount: 3000000, currency: 'MAD' }, source: 'pattern', score: 1 }),
    rec(at('النمساوية'), at('النمساوية') + 9, 'النمساوية', 'NORP', 3, { canonical: 'النمساوي', link: 'النمسا', country: 'النمسا', depth: 1 }),
  ];
  const packed = packRecords(t, records);
  assert.ok(packed.ints instanceof Int32Array && packed.scores instanceof Float64Array);
  assert.deepEqual(packed.names, ['GPE', 'gazetteer', 'ORG', 'model', 'MONEY', 'pattern', 'NORP']);
  const back = unpackRecords(t, structuredClone(packed));
  assert.deepEqual(back, records);
  assert.deepEqual(back.map((r) => Object.keys(r).join()), records.map((r) => Object.keys(r).join()));
  assert.deepEqual(unpackRecords('', packRecords('', [])), []);
});

test('the view index finds each block\'s first record and the block of an offset', () => {
  const t = 'أ ب\nج د\nهـ و\n';
  const records = [rec(4, 5, 'ج', 'PERS', 0), rec(0, 1, 'أ', 'PERS', 1), rec(8, 10, 'هـ', 'GPE', 2)];
  assert.deepEqual(ordered(records).map((r) => r.start), [0, 4, 8]);
  const sorted = [records[1], records[0], records[2]];
  assert.equal(ordered(sorted), sorted, 'records already in order are not copied');
  const index = viewIndex(t, records, 4);
  assert.deepEqual(index.blocks, [[0, 4], [4, 8], [8, 13]]);
  assert.deepEqual([...index.firsts], [0, 1, 2, 3]);
  assert.deepEqual([0, 3, 4, 12, 13].map((at) => blockAt(index, at)), [0, 0, 1, 2, 2]);
});

test('UTF-16 offsets become code points; a lone surrogate is one', () => {
  const t = '😀 \uD800فاس 𝕏 تونس';
  const s = t.indexOf('فاس');
  const s2 = t.indexOf('تونس');
  const out = toCodePoints(t, [rec(s, s + 3, 'فاس', 'GPE', 0), rec(s2, s2 + 4, 'تونس', 'GPE', 1)]);
  const cps = [...t];
  assert.deepEqual(out.map((r) => cps.slice(r.start, r.end).join('')), ['فاس', 'تونس']);
  assert.equal(out[0].start, 3);
});

test('summarize: the core groups — longest canonical name, first kind, count, variants in order', () => {
  const g = summarize([
    rec(0, 5, 'حموشي', 'PERS', 1),
    rec(10, 20, 'عبد اللطيف حموشي', 'PERS', 1),
    rec(30, 35, 'فيينا', 'GPE', 0),
    rec(40, 45, 'حموشي', 'PERS', 1),
    rec(50, 58, 'وحموشي', 'PERS', 1, { canonical: 'حموشي' }),
    rec(60, 90, 'للمديرية العامة', 'ORG', 3, { canonical: 'المديرية العامة' }),
  ]);
  assert.deepEqual(g, [
    { id: 0, name: 'فيينا', type: 'GPE', mentions: 1, variants: ['فيينا'] },
    { id: 1, name: 'عبد اللطيف حموشي', type: 'PERS', mentions: 4, variants: ['حموشي', 'عبد اللطيف حموشي'] },
    { id: 3, name: 'المديرية العامة', type: 'ORG', mentions: 1, variants: ['المديرية العامة'] },
  ]);
  // Equal lengths: the first one keeps the name; code points, not UTF-16 units.
  assert.equal(summarize([rec(0, 2, 'أب', 'GPE', 0), rec(3, 5, 'بت', 'GPE', 0)])[0].name, 'أب');
  assert.equal(summarize([rec(0, 2, '𝕏', 'MISC', 0), rec(3, 5, 'اب', 'MISC', 0)])[0].name, 'اب');
});

test('the JSONL line has the CLI shape', () => {
  const t = '😀 فاس';
  const records = [rec(3, 6, 'فاس', 'GPE', 0)];
  const line = toJsonl(t, records, summarize(records));
  assert.ok(line.endsWith('\n'));
  const j = JSON.parse(line);
  assert.deepEqual(Object.keys(j), ['id', 'entities', 'groups']);
  assert.deepEqual(j.groups, [{ id: 0, name: 'فاس', type: 'GPE', mentions: 1, variants: ['فاس'] }]);
  assert.equal(j.entities[0].start, 2);
  assert.equal(j.entities[0].end, 5);
});

test('CSV: BOM, CRLF, quoting, formula guard, Arabic label', () => {
  // (The Arabic comma "،" is not a separator: no quotes needed.)
  const t = 'هاتف +212 537 00 00 00 و"فاس، المغرب"';
  const csv = toCsv(t, [
    rec(5, 22, '+212 537 00 00 00', 'PHONE', 0),
    rec(25, 36, 'فاس، المغرب', 'GPE', 1, { value: { iso: '2025-05-06', calendar: 'gregorian' }, link: 'x"y' }),
  ], (k) => ({ PHONE: 'هاتف', GPE: 'دولة أو مدينة' })[k]);
  assert.ok(csv.startsWith('\uFEFFstart,end,text,type,label,canonical,value,source,score,depth,group,link\r\n'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines.length, 4);
  assert.equal(lines[3], '');
  assert.equal(lines[1], `5,22,"'+212 537 00 00 00",PHONE,هاتف,"'+212 537 00 00 00",,gazetteer,0.8,0,0,`);
  assert.equal(lines[2], '25,36,فاس، المغرب,GPE,دولة أو مدينة,فاس، المغرب,"{""iso"":""2025-05-06"",""calendar"":""gregorian""}",gazetteer,0.8,0,1,"x""y"');
});

test('HTML: text escaped, marks coloured, line breaks kept', () => {
  const t = '<img src=x onerror="alert(1)">\nفي تونس & "غيرها"';
  const s = t.indexOf('تونس');
  const html = toHtml(t, [rec(s, s + 4, 'تونس', 'GPE', 0), rec(s, s + 2, 'تو', 'GPE', 0, { depth: 1 })], () => '#4cc9f0', () => 'دولة أو مدينة · Country / city');
  assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<br>\n'));
  assert.ok(html.includes('<mark style="background:#4cc9f0;color:#111;border-radius:3px;padding:0 2px" title="دولة أو مدينة · Country / city" data-kind="GPE">تونس</mark> &amp; &quot;غيرها&quot;'));
  assert.equal((html.match(/<mark/g) || []).length, 1, 'nested records are not marked twice');
  assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
});

test('CoNLL: whitespace tokens, B-/I- over top-level records, a blank line between paragraphs', () => {
  const t = 'زار عبد الحق المنصوري فيينا،\n\n  ووصل تركيا.\nانتهى';
  const at = (w) => t.indexOf(w);
  const conll = toConll(t, [
    rec(at('عبد'), at('عبد') + 16, 'عبد الحق المنصوري', 'PERS', 0),
    rec(at('عبد'), at('عبد') + 3, 'عبد', 'PERS', 0, { depth: 1 }),
    rec(at('فيينا'), at('فيينا') + 5, 'فيينا', 'GPE', 1),
    rec(at('تركيا'), at('تركيا') + 5, 'تركيا', 'GPE', 2),
  ]);
  assert.equal(conll, 'زار\tO\nعبد\tB-PERS\nالحق\tI-PERS\nالمنصوري\tI-PERS\nفيينا،\tB-GPE\n\nووصل\tO\nتركيا.\tB-GPE\n\nانتهى\tO\n\n');
  assert.equal(toConll('', []), '');
});

test('spaCy JSON: code point offsets, top-level only, sorted', () => {
  const t = '😀 فاس و𝕏 تونس';
  const s2 = t.indexOf('تونس');
  const j = JSON.parse(toSpacy(t, [rec(s2, s2 + 4, 'تونس', 'GPE', 1), rec(3, 6, 'فاس', 'GPE', 0), rec(3, 5, 'فا', 'GPE', 0, { depth: 1 })]));
  assert.equal(j.text, t);
  const cps = [...t];
  assert.deepEqual(j.ents, [{ start: 2, end: 5, label: 'GPE' }, { start: 9, end: 13, label: 'GPE' }]);
  assert.deepEqual(j.ents.map((e) => cps.slice(e.start, e.end).join('')), ['فاس', 'تونس']);
});

test('Markdown report: kinds with their groups, counts, ISO values and context', () => {
  const t = 'زار *المنصوري* فيينا يوم 6 ماي.\nثم عاد المنصوري.';
  const rs = [
    rec(5, 13, 'المنصوري', 'PERS', 0),
    rec(15, 20, 'فيينا', 'GPE', 1),
    rec(21, 29, 'يوم 6 ماي', 'DATE', 2, { value: { iso: '2025-05-06', calendar: 'gregorian' } }),
    rec(39, 47, 'المنصوري', 'PERS', 0),
  ];
  assert.equal(isoOf(rs[2]), '2025-05-06');
  assert.equal(isoOf(rs[0]), '');
  const md = toMarkdown(t, rs, summarize(rs), {
    kinds: [{ code: 'PERS' }, { code: 'GPE' }, { code: 'DATE' }, { code: 'ORG' }],
    kindName: (c) => ({ PERS: 'شخص', GPE: 'دولة أو مدينة', DATE: 'تاريخ' })[c],
    s: { mdTitle: 'تقرير', mdDate: 'التاريخ', mdSummary: (n, g) => `${g}/${n}`, mentions: (n) => `${n}×` },
    date: '2025-05-02',
  });
  const lines = md.split('\n');
  assert.equal(lines[0], '# تقرير');
  assert.ok(md.includes('التاريخ: 2025-05-02'));
  assert.ok(md.includes('3/4'));
  assert.ok(lines.indexOf('## شخص (1)') < lines.indexOf('## دولة أو مدينة (1)'));
  assert.ok(!md.includes('## ORG'));
  assert.ok(md.includes('- **المنصوري** — 2×'));
  assert.ok(md.includes('`2025-05-06`'));
  // The first mention in context, with the text's own asterisks escaped.
  assert.ok(md.includes('> زار \\***المنصوري**\\* فيينا'), md);
});

test('values for tooltips: Hijri with its Gregorian day, zones, ranges, bounds, ambiguous currencies', () => {
  const r = (value, type = 'DATE') => ({ type, value });
  assert.equal(valueText(r({ iso: '1445-09-15', calendar: 'hijri', gregorian: '2024-03-25' })), '1445-09-15 = 2024-03-25');
  assert.equal(valueText(r({ iso: '-P3D', calendar: 'relative' })), '-P3D');
  assert.equal(valueText(r({ iso: '09:00', zone: '+03:00' }, 'TIME')), '09:00 +03:00');
  assert.equal(valueText(r({ amount: 2e8, max: 3e8, currency: 'USD' }, 'MONEY')), '200000000–300000000 USD');
  assert.equal(valueText(r({ amount: 5000, bound: 'gt', ambiguous: true }, 'MONEY')), '> 5000 ?');
  assert.equal(valueText(r({ amount: 40, unit: 'km' }, 'QUANTITY')), '40 km');
  assert.equal(valueText(r(12, 'PERCENT')), '12');
  assert.equal(valueText(r(null, 'PERS')), '');
  assert.equal(timelineKey(r({ iso: '1445-10-01', calendar: 'hijri', gregorian: '2024-04-10' })), '2024-04-10');
  assert.equal(timelineKey(r({ iso: '-P3D', calendar: 'relative' })), '');
  assert.equal(timelineKey(r({ iso: '--12-25', calendar: 'gregorian' })), '');
  assert.equal(timelineKey(r({ iso: '10:00' }, 'TIME')), '');
  assert.equal(timelineKey(r({ iso: '20:00', date: '2024-03-28' }, 'TIME')), '2024-03-28T20:00');
  assert.equal(valueText(r({ iso: '20:00', zone: 'Z', date: '2024-03-28' }, 'TIME')), '2024-03-28 20:00 Z');
});

test('Markdown report: a timeline of the dated mentions, by Gregorian value', () => {
  const t = 'عيد الفطر ثم قبل ثلاثة أيام ثم 2023 ثم أمس.';
  const at = (w) => t.indexOf(w);
  const rs = [
    rec(at('عيد'), at('عيد') + 9, 'عيد الفطر', 'DATE', 0, { value: { iso: '1445-10-01', calendar: 'hijri', gregorian: '2024-04-10' } }),
    rec(at('قبل'), at('قبل') + 14, 'قبل ثلاثة أيام', 'DATE', 1, { value: { iso: '2024-03-25', calendar: 'gregorian' } }),
    rec(at('2023'), at('2023') + 4, '2023', 'DATE', 2, { value: { iso: '2023', calendar: 'gregorian' } }),
    rec(at('أمس'), at('أمس') + 3, 'أمس', 'DATE', 3, { value: null }),
  ];
  const md = toMarkdown(t, rs, summarize(rs), {
    kinds: [{ code: 'DATE' }],
    kindName: () => 'تاريخ',
    s: { mdTitle: 'تقرير', mdDate: 'التاريخ', mdSummary: (n, g) => `${g}/${n}`, mentions: (n) => `${n}×`, mdTimeline: 'التسلسل الزمني' },
  });
  const tl = md.slice(md.indexOf('## التسلسل الزمني (3)'));
  assert.deepEqual(tl.trim().split('\n').slice(2), [
    '- `2023` — **2023**',
    '- `2024-03-25` — **قبل ثلاثة أيام**',
    '- `2024-04-10` — **عيد الفطر**',
  ]);
});

test('lexicon: validation, never-tag forms, newest entry wins, storage, file form', () => {
  const codes = new Set(['ORG', 'PERS']);
  assert.deepEqual(validate([{ text: ' وكالة الفجر ', type: 'org' }, { text: 'تركيا', never: true }, { text: 'أمس', type: 'O' }], codes),
    [{ text: 'وكالة الفجر', type: 'ORG' }, { text: 'تركيا', never: true }, { text: 'أمس', never: true }]);
  for (const [bad, msg] of [[{}, /array/], [[5], /entry 1/], [[{ text: '' , type: 'ORG' }], /text/], [[{ text: 'س', type: 'NOPE' }], /NOPE/], [[{ text: 'س' }], /type/]]) {
    assert.throws(() => validate(bad, codes), msg);
  }
  let l = upsert([], { text: 'أ', type: 'ORG' });
  l = upsert(l, { text: 'ب', type: 'PERS' });
  l = upsert(l, { text: 'أ', never: true });
  assert.deepEqual(l, [{ text: 'ب', type: 'PERS' }, { text: 'أ', never: true }]);
  const store = new Map();
  const storage = {
    getItem: (k) => store.get(k) ?? null,
    setItem: (k, v) => store.set(k, v),
    key: (i) => [...store.keys()][i] ?? null,
    get length() { return store.size; },
  };
  assert.deepEqual(save(storage, l), { ok: true });
  assert.deepEqual(load(storage, codes), { entries: l });
  // A stored copy that does not read is kept aside as it was, not lost.
  const now = () => new Date('2026-01-02T03:04:05Z');
  store.set(STORAGE_KEY, '{not json');
  const damaged = load(storage, codes, now);
  assert.deepEqual(damaged.entries, []);
  assert.match(damaged.damaged.problem, /not JSON/);
  assert.equal(damaged.damaged.key, 'kashif.lexicon.damaged.2026-01-02T03:04:05.000Z');
  assert.equal(store.get(damaged.damaged.key), '{not json');
  // Read again (a reload): the same copy, not a second one.
  assert.equal(load(storage, codes, () => new Date('2026-01-03T00:00:00Z')).damaged.key, damaged.damaged.key);
  assert.equal([...store.keys()].filter((k) => k.startsWith('kashif.lexicon.damaged.')).length, 1);
  // One bad entry: the others still load, the bad one is named.
  store.set(STORAGE_KEY, JSON.stringify([l[0], { text: 'س', type: 'NOPE' }]));
  const partly = load(storage, codes, now);
  assert.deepEqual(partly.entries, [l[0]]);
  assert.match(partly.damaged.problem, /^entry 2 \(\{"text":"س","type":"NOPE"\}\): unknown type "NOPE"/);
  // A full quota is told apart from storage being off.
  const full = { setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
  assert.equal(save(full, l).quota, true);
  assert.equal(save(null, l).ok, false);
  // A damaged copy the browser refuses to copy aside: reported with key null.
  const refused = { getItem: () => '[', setItem: full.setItem, length: 0 };
  assert.equal(load(refused, codes).damaged.key, null);
  assert.throws(() => parseFile('nope', codes), /^Error: not JSON/);
  assert.throws(() => parseFile('{"text": "س"}', codes), /expected a JSON array .* found an object/);
  assert.deepEqual(JSON.parse(toFile(l)), l);
  assert.deepEqual(JSON.parse(toFile([])), []);
});
