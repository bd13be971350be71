// Unit tests of www/render.js (pure functions; no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocks, toCodePoints, groups, toJsonl, toCsv, toHtml, escapeHtml } from '../../www/render.js';

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

test('UTF-16 offsets become code points; a lone surrogate is one', () => {
  const t = '😀 \uD800فاس 𝕏 تونس';
  const s = t.indexOf('فاس');
  const s2 = t.indexOf('تونس');
  const out = toCodePoints(t, [rec(s, s + 3, 'فاس', 'GPE', 0), rec(s2, s2 + 4, 'تونس', 'GPE', 1)]);
  const cps = [...t];
  assert.deepEqual(out.map((r) => cps.slice(r.start, r.end).join('')), ['فاس', 'تونس']);
  assert.equal(out[0].start, 3);
});

test('groups: the longest canonical mention names the group, counted and ordered', () => {
  const g = groups([
    rec(0, 5, 'حموشي', 'PERS', 1),
    rec(10, 20, 'عبد اللطيف حموشي', 'PERS', 1),
    rec(30, 35, 'فيينا', 'GPE', 2),
    rec(40, 45, 'حموشي', 'PERS', 1),
    rec(50, 58, 'وحموشي', 'PERS', 1, { canonical: 'حموشي' }),
    rec(60, 90, 'للمديرية العامة', 'ORG', 3, { canonical: 'المديرية العامة' }),
  ]);
  assert.deepEqual(g.map((x) => [x.name, x.count, x.kinds]), [['عبد اللطيف حموشي', 4, ['PERS']], ['فيينا', 1, ['GPE']], ['المديرية العامة', 1, ['ORG']]]);
});

test('the JSONL line has the CLI shape', () => {
  const t = '😀 فاس';
  const line = toJsonl(t, [rec(3, 6, 'فاس', 'GPE', 0)]);
  assert.ok(line.endsWith('\n'));
  const j = JSON.parse(line);
  assert.deepEqual(Object.keys(j), ['id', 'entities']);
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
  assert.equal(lines[1], "5,22,'+212 537 00 00 00,PHONE,هاتف,'+212 537 00 00 00,,gazetteer,0.8,0,0,");
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
