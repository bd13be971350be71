// Unit tests (node --test, no browser) of the collection's pure functions
// (www/collection.js) and of the PDF page text assembly (www/files.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildIndex, filterIndex, cooccurring, indexCsv, indexJson, collectionJsonl,
} from '../../www/collection.js';
import { pageText, tidyLines, extension } from '../../www/files.js';

const ent = (start, text, type, group) => ({ start, end: start + text.length, text, type, canonical: text, depth: 0, group, value: null, source: 'model', score: 1 });
const doc = (name, text, list) => {
  const entities = list.map(([t, type, group]) => ent(text.indexOf(t), t, type, group));
  const groups = [];
  for (const e of entities) {
    const g = groups.find((x) => x.id === e.group);
    if (g) g.mentions += 1;
    else groups.push({ id: e.group, name: e.text, type: e.type, mentions: 1, variants: [e.text] });
  }
  return { name, text, entities, groups };
};

const docs = [
  doc('a.txt', 'زار سامي فاس ثم فاس', [['سامي', 'PERS', 0], ['فاس', 'GPE', 1]]),
  doc('b.txt', 'سامي في مكناس', [['سامي', 'PERS', 0], ['مكناس', 'GPE', 1]]),
  null, // a failed document
  doc('c.txt', 'فاس يوم 3 ماي', [['فاس', 'GPE', 0], ['يوم 3 ماي', 'DATE', 1]]),
];
docs[0].entities.push({ ...docs[0].entities[1], start: 16, end: 19 });
docs[0].groups[1].mentions = 2;

test('the index merges groups across documents by kind and name', () => {
  const rows = buildIndex(docs);
  const fes = rows.find((r) => r.key === 'GPE\tفاس');
  assert.deepEqual(fes.docs.map((d) => [d.doc, d.mentions, d.first]), [[0, 2, 9], [3, 1, 0]]);
  assert.equal(fes.mentions, 3);
  assert.equal(rows[0].docs.length, 2);
  assert.deepEqual(filterIndex(rows, { kind: 'GPE', sort: 'name' }).map((r) => r.name), ['فاس', 'مكناس']);
  assert.deepEqual(filterIndex(rows, { query: 'مك' }).map((r) => r.name), ['مكناس']);
});

test('who appears with whom counts shared documents, names only', () => {
  const rows = buildIndex(docs);
  const sami = rows.find((r) => r.key === 'PERS\tسامي');
  const pairs = cooccurring(rows, sami).map((p) => [p.row.name, p.shared]);
  assert.deepEqual(pairs, [['فاس', 1], ['مكناس', 1]]);
  const fes = rows.find((r) => r.key === 'GPE\tفاس');
  assert.ok(!cooccurring(rows, fes).some((p) => p.row.type === 'DATE'));
});

test('the timeline: dated rows only, by date; one row per date for a relative word', () => {
  const dated = (name, text, when) => {
    const d = doc(name, text, [['أمس', 'DATE', 0], ['سامي', 'PERS', 1]]);
    d.entities[0].value = { calendar: 'gregorian', iso: when };
    return d;
  };
  const set = [dated('x.txt', 'قال سامي أمس', '2024-05-02'), dated('y.txt', 'أمس قال سامي', '2023-01-09'), docs[3]];
  const rows = buildIndex(set);
  const line = filterIndex(rows, { sort: 'date' }).map((r) => [r.name, r.when, r.docs.map((e) => e.doc)]);
  assert.deepEqual(line, [['أمس', '2023-01-09', [1]], ['أمس', '2024-05-02', [0]]]);
  assert.equal(rows.find((r) => r.name === 'سامي').docs.length, 2);
  assert.ok(indexCsv(rows, set).includes('أمس,DATE,1,1,x.txt (1),2024-05-02\r\n'));
  assert.deepEqual(JSON.parse(indexJson(rows, set)).filter((r) => r.entity === 'أمس').map((r) => r.date).sort(), ['2023-01-09', '2024-05-02']);
});

test('exports: CSV with BOM, JSON, JSON Lines with file names as ids', () => {
  const rows = buildIndex(docs);
  const csv = indexCsv(rows, docs);
  assert.ok(csv.startsWith('\uFEFFentity,type,documents,mentions,in,date\r\n'));
  assert.ok(csv.includes('فاس,GPE,2,3,a.txt (2); c.txt (1),\r\n'));
  assert.equal(JSON.parse(indexJson(rows, docs))[0].in.length, 2);
  const lines = collectionJsonl(docs).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a.txt', 'b.txt', 'c.txt']);
  assert.equal(lines[0].entities[1].start, 9);
});

test('PDF lines: joined within a paragraph, a wide gap starts another, visual runs reversed', () => {
  const item = (str, y, extra = {}) => ({ str, dir: 'rtl', hasEOL: false, transform: [1, 0, 0, 10, 0, y], height: 10, ...extra });
  const items = [
    item('السطر الأول', 700, { hasEOL: true }),
    item('يكمل الفقرة', 688, { hasEOL: true }),
    item('وهنا', 676, { hasEOL: true }),
    item('فقرة ثانية', 640),
    item('سافر', 628, { dir: 'ltr' }),
  ];
  assert.equal(pageText(items), 'السطر الأول يكمل الفقرة وهنا\nفقرة ثانية رفاس');
  // Glyphs in visual order (left to right), presentation forms, a number and Latin words.
  const at = (str, x, dir = 'rtl') => ({ str, dir, hasEOL: false, transform: [1, 0, 0, 10, x, 500], height: 10 });
  const visual = [at('2025', 0, 'ltr'), at(' ', 20, 'ltr'), at('New York', 25, 'ltr'), at(' ', 60, 'ltr'),
    at('\uFEE9', 70), at('\uFEF4', 75), at('\uFEE3', 80), at(' ', 85, 'ltr'), at('في', 90)];
  assert.equal(pageText(visual), 'في ميه New York 2025');
  assert.equal(tidyLines('  أ   ب \n\n ج '), 'أ ب\nج');
  assert.equal(extension('تقرير.PDF'), 'pdf');
});
