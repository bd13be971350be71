// Files in the page: the file picker and drag-and-drop, one file opened in
// the editor as if pasted, and a collection of files (two or more) with its
// document list, cross-document entity index, who-appears-with-whom and
// exports.
//
// Files are read and analysed one at a time in the analysis worker (the
// Rust core reads their bytes: worker.js, src/formats/); PDFs and HTML
// need the page's pdf.js and DOMParser (files.js). Nothing is uploaded.
// The page keeps each document's text and entity summary (groups, first
// mentions, counts); its entities stay in the worker until it is shown, and
// only the document shown is rendered. A drop while a collection is
// open joins it; "stop" cancels what is still queued.

import { extension, htmlText, pdfText } from './files.js';
import {
  buildIndex, filterIndex, cooccurring, cooccurrenceSvg, indexCsv, indexJson, NAME_KINDS,
} from './collection.js';

const $ = (id) => document.getElementById(id);

/** Index rows shown at most (the filter finds the others). */
const INDEX_MAX = 200;
/** Documents listed in an index row's "in" cell at most. */
const IN_MAX = 6;
/** The collection's view is redrawn at most this often while files come in (ms). */
const REDRAW_MS = 250;

/**
 * Wires the file input, drag-and-drop and the collection section.
 * @param {object} page the page's hooks: worker, t() (strings), kindName(code),
 *   options(), setStatus(s), download(name, data, type), openText(name, text),
 *   showDocument(doc, afterRender), showGroup(group) (focuses its first
 *   mention in the view), flash(mark), view
 * @returns {{handle(msg): boolean, relabel(): void}} `handle` takes the
 *   worker's file messages (true when it was one)
 */
export function setupDocuments(page) {
  const { worker, t } = page;
  const section = $('collection');
  const docList = $('doclist');
  const indexBody = $('index').tBodies[0];
  const kindSel = $('idx-kind');
  const query = $('idx-q');
  const coll = {
    batch: 0,
    docs: [], // {name, format, status, error, text, groups, first, counts, entityCount, ms}
    pdfs: [], // keys of PDFs waiting for pdf.js
    pdfBusy: false,
    index: [],
    dirty: false,
    drawing: 0, // redraws whose index and picture are still to be drawn
    sort: 'docs',
    selected: null, // index key of the entity who-appears-with-whom is about
    shown: -1, // the document in the view
  };
  let askSeq = 0;
  const asks = new Map(); // id -> {resolve, reject}

  /** Asks the worker (`read`, `entities`, `jsonl`); resolves to its answer. */
  function ask(msg) {
    return new Promise((resolve, reject) => {
      askSeq += 1;
      asks.set(askSeq, { resolve, reject });
      worker.postMessage({ ...msg, id: askSeq });
    });
  }

  // ------------------------------------------------------------ intake

  const input = $('file-input');
  input.addEventListener('change', () => {
    const files = [...input.files];
    input.value = '';
    take(files);
  });

  let dragDepth = 0;
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    dragDepth += 1;
    document.body.classList.add('dragging');
  });
  document.addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (!dragDepth) document.body.classList.remove('dragging');
  });
  document.addEventListener('dragover', (e) => {
    if (hasFiles(e)) e.preventDefault();
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dragDepth = 0;
    document.body.classList.remove('dragging');
    take([...e.dataTransfer.files]);
  });

  /** One file opens in the editor; two or more (or any while a
   * collection is open) go to the collection. */
  function take(files) {
    if (!files.length) return;
    if (files.length === 1 && !coll.docs.length) openOne(files[0]);
    else addToCollection(files);
  }

  /** Reads a file as text: PDFs with pdf.js, the rest in the worker. */
  async function readText(file) {
    if (extension(file.name) === 'pdf') return pdfText(file);
    const r = await ask({ type: 'read', file });
    return r.markup ? htmlText(r.text) : r.text;
  }

  async function openOne(file) {
    page.setStatus(t().fileReading(file.name));
    try {
      const text = await readText(file);
      page.openText(file.name, text);
    } catch (e) {
      page.setStatus(t().fileError(file.name, e.message));
      $('file-error').textContent = t().fileError(file.name, e.message);
    }
  }

  // ------------------------------------------------------------ collection

  function addToCollection(files) {
    if (!coll.docs.length) {
      coll.batch += 1;
      coll.selected = null;
      coll.shown = -1;
      section.hidden = false;
    }
    const items = [];
    for (const file of files) {
      const key = coll.docs.length;
      coll.docs.push({ name: file.name, format: extension(file.name), status: 'queued', size: file.size });
      if (extension(file.name) === 'pdf') coll.pdfs.push({ key, file });
      else items.push({ key, name: file.name, file });
    }
    $('coll-stop').disabled = false;
    redraw();
    // The list is laid out before the worker starts (on a busy machine the
    // two compete for a core), then one message for the lot: a hundred
    // Files cost one structured clone.
    const batch = coll.batch;
    const options = page.options();
    requestAnimationFrame(() => setTimeout(() => {
      if (batch !== coll.batch) return;
      if (items.length) worker.postMessage({ type: 'docs', batch, items, options });
      readPdfs();
    }, 0));
  }

  /** PDFs, one at a time (pdf.js parses in its own worker). */
  async function readPdfs() {
    if (coll.pdfBusy) return;
    coll.pdfBusy = true;
    while (coll.pdfs.length) {
      const { key, file } = coll.pdfs.shift();
      const batch = coll.batch;
      const doc = coll.docs[key];
      doc.status = 'reading';
      redrawSoon();
      try {
        const text = await pdfText(file);
        if (batch !== coll.batch || doc.status === 'cancelled') continue;
        worker.postMessage({ type: 'doc', batch, key, name: file.name, text, options: page.options() });
      } catch (e) {
        if (batch !== coll.batch) continue;
        Object.assign(doc, { status: 'failed', error: e.message });
        redrawSoon();
      }
    }
    coll.pdfBusy = false;
  }

  function handle(msg) {
    if (msg.type === 'read' || msg.type === 'entities' || msg.type === 'jsonl') {
      const r = asks.get(msg.id);
      if (!r) return true;
      asks.delete(msg.id);
      if (msg.error) r.reject(new Error(msg.error));
      else r.resolve(msg);
      return true;
    }
    if (msg.type !== 'doc') return false;
    if (msg.batch !== coll.batch) return true;
    const doc = coll.docs[msg.key];
    if (!doc || doc.status === 'cancelled') return true;
    if (msg.error) Object.assign(doc, { status: 'failed', error: msg.error });
    else if (msg.markup !== undefined) {
      doc.status = 'analysing';
      let text;
      try {
        text = htmlText(msg.markup);
      } catch (e) {
        Object.assign(doc, { status: 'failed', error: e.message });
      }
      if (text !== undefined) {
        worker.postMessage({ type: 'doc', batch: msg.batch, key: msg.key, name: doc.name, text, options: page.options() });
      }
    } else if (msg.status) doc.status = msg.status;
    else {
      Object.assign(doc, {
        status: 'done', text: msg.text, groups: msg.groups, first: msg.first, dates: msg.dates, counts: msg.counts,
        entityCount: msg.entityCount, ms: msg.ms,
      });
      if (msg.format) doc.format = msg.format;
      coll.dirty = true;
    }
    redrawSoon();
    return true;
  }

  $('coll-stop').addEventListener('click', () => {
    worker.postMessage({ type: 'cancel', batch: coll.batch });
    coll.pdfs = [];
    for (const d of coll.docs) if (d.status === 'queued' || d.status === 'reading') d.status = 'cancelled';
    redrawSoon();
  });
  $('coll-close').addEventListener('click', () => {
    worker.postMessage({ type: 'cancel', batch: coll.batch });
    worker.postMessage({ type: 'forget', batch: coll.batch });
    coll.batch += 1;
    coll.docs = [];
    coll.pdfs = [];
    coll.index = [];
    coll.selected = null;
    docList.replaceChildren();
    section.hidden = true;
    $('file-input').focus();
  });

  // ------------------------------------------------------------ drawing

  let redrawTimer = 0;
  function redrawSoon() {
    if (redrawTimer) return;
    redrawTimer = setTimeout(() => {
      redrawTimer = 0;
      redraw();
    }, REDRAW_MS);
  }

  function redraw() {
    const total = coll.docs.length;
    const done = coll.docs.filter((d) => d.status === 'done').length;
    const failed = coll.docs.filter((d) => d.status === 'failed' || d.status === 'cancelled').length;
    const progress = $('coll-progress');
    progress.value = total ? (done + failed) / total : 0;
    progress.hidden = done + failed === total;
    $('coll-status').textContent = t().collStatus(done, failed, total);
    $('coll-stop').disabled = done + failed === total;
    drawDocs();
    if (!coll.dirty) {
      settle();
      return;
    }
    coll.index = buildIndex(coll.docs.map((d) => (d.status === 'done' ? d : null)));
    coll.dirty = false;
    drawKinds();
    // The index table and the picture in tasks of their own (with a
    // hundred documents coming in, one task for all took over 100 ms); the
    // section says how far it is once both are drawn.
    coll.drawing += 1;
    setTimeout(() => {
      drawIndex();
      setTimeout(() => {
        drawCooc();
        coll.drawing -= 1;
        settle();
      }, 0);
    }, 0);
  }

  /** data-done (documents analysed) and data-settled (all analysed or
   * failed) on the section, once what is drawn shows it. */
  function settle() {
    if (coll.dirty || coll.drawing) return;
    const done = coll.docs.filter((d) => d.status === 'done').length;
    const failed = coll.docs.filter((d) => d.status === 'failed' || d.status === 'cancelled').length;
    section.dataset.done = String(done);
    section.dataset.settled = String(done + failed === coll.docs.length);
  }

  function chip(code, text) {
    const c = document.createElement('span');
    c.className = 'chip';
    c.dataset.kind = code;
    c.textContent = text;
    return c;
  }

  /** The document list, each item redrawn only when its document changed
   * (a hundred files must not cost a hundred items per redraw). */
  function drawDocs() {
    const items = docList.children;
    coll.docs.forEach((d, i) => {
      const drawn = `${d.status}\u0000${i === coll.shown}\u0000${d.error ?? ''}`;
      const old = items[i];
      if (old && old.dataset.drawn === drawn) return;
      const li = docItem(d, i);
      li.dataset.drawn = drawn;
      if (old) old.replaceWith(li);
      else docList.append(li);
    });
    while (items.length > coll.docs.length) items[items.length - 1].remove();
  }

  function docItem(d, i) {
    const li = document.createElement('li');
    li.dataset.status = d.status;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'doc-open';
    b.dataset.doc = String(i);
    b.disabled = d.status !== 'done';
    b.textContent = d.name;
    b.dir = 'auto';
    if (i === coll.shown) b.setAttribute('aria-current', 'true');
    const st = document.createElement('span');
    st.className = 'doc-status';
    st.textContent = d.status === 'done' ? t().docDone(d.entityCount)
      : d.status === 'failed' ? t().docFailed(d.error) : t().docState[d.status];
    li.append(b, st);
    if (d.counts?.length) {
      const counts = document.createElement('span');
      counts.className = 'kinds';
      for (const [code, n] of d.counts.slice(0, 4)) counts.append(chip(code, `${page.kindName(code)} ${n}`));
      li.append(counts);
    }
    return li;
  }

  function drawKinds() {
    const keep = kindSel.value;
    const present = [...new Set(coll.index.map((r) => r.type))];
    const all = document.createElement('option');
    all.value = '';
    all.textContent = t().idxAllKinds;
    const opts = present.map((code) => {
      const o = document.createElement('option');
      o.value = code;
      o.textContent = page.kindName(code);
      return o;
    });
    kindSel.replaceChildren(all, ...opts);
    kindSel.value = present.includes(keep) ? keep : '';
  }

  function drawIndex() {
    const rows = filterIndex(coll.index, { kind: kindSel.value, query: query.value, sort: coll.sort });
    for (const th of $('index').tHead.querySelectorAll('th[data-sort]')) {
      th.setAttribute('aria-sort', th.dataset.sort === coll.sort ? (['name', 'kind', 'date'].includes(coll.sort) ? 'ascending' : 'descending') : 'none');
    }
    const trs = rows.slice(0, INDEX_MAX).map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.kind = r.type;
      tr.dataset.key = r.key;
      const name = document.createElement('td');
      const pick = document.createElement('button');
      pick.type = 'button';
      pick.className = 'ent';
      pick.dataset.key = r.key;
      pick.lang = 'ar';
      pick.dir = 'auto';
      pick.textContent = r.name;
      pick.setAttribute('aria-pressed', String(r.key === coll.selected));
      pick.title = t().coocPick;
      name.append(pick);
      const kind = document.createElement('td');
      kind.append(chip(r.type, page.kindName(r.type)));
      const nd = document.createElement('td');
      nd.className = 'num';
      nd.textContent = String(r.docs.length);
      const nm = document.createElement('td');
      nm.className = 'num';
      nm.textContent = String(r.mentions);
      const date = document.createElement('td');
      if (r.when) {
        const time = document.createElement('time');
        time.dateTime = r.when;
        time.dir = 'ltr';
        time.textContent = r.when.replace('T', ' ');
        date.append(time);
      }
      const where = document.createElement('td');
      where.className = 'in';
      for (const e of r.docs.slice(0, IN_MAX)) {
        const j = document.createElement('button');
        j.type = 'button';
        j.className = 'jump';
        j.dataset.doc = String(e.doc);
        j.dataset.group = String(e.group);
        const file = document.createElement('bdi');
        file.textContent = coll.docs[e.doc].name;
        j.append(file, ` (${e.mentions})`);
        j.title = t().jumpTo(coll.docs[e.doc].name);
        where.append(j);
      }
      if (r.docs.length > IN_MAX) where.append(` ${t().more(r.docs.length - IN_MAX)}`);
      tr.append(name, kind, nd, nm, date, where);
      return tr;
    });
    indexBody.replaceChildren(...trs);
    $('idx-more').textContent = rows.length > INDEX_MAX ? t().idxMore(rows.length - INDEX_MAX) : '';
  }

  function drawCooc() {
    const named = coll.index.filter((r) => NAME_KINDS.has(r.type));
    let row = coll.index.find((r) => r.key === coll.selected);
    if (!row) row = named[0];
    const title = $('cooc-title');
    const list = $('cooc-list');
    const pic = $('cooc-pic');
    if (!row) {
      title.textContent = coll.docs.some((d) => d.status === 'done') ? t().coocNone : '';
      list.replaceChildren();
      pic.replaceChildren();
      return;
    }
    const pairs = cooccurring(coll.index, row);
    title.replaceChildren(t().coocOf, ' ', chip(row.type, row.name));
    list.replaceChildren(...pairs.slice(0, 30).map((p) => {
      const li = document.createElement('li');
      li.dataset.kind = p.row.type;
      li.dataset.shared = String(p.shared);
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'ent';
      b.dataset.key = p.row.key;
      b.lang = 'ar';
      b.dir = 'auto';
      b.textContent = p.row.name;
      const n = document.createElement('span');
      n.className = 'count';
      n.textContent = t().coocShared(p.shared);
      li.append(b, n);
      return li;
    }));
    if (!pairs.length) {
      const li = document.createElement('li');
      li.className = 'none';
      li.textContent = t().coocAlone;
      list.replaceChildren(li);
    }
    const svg = cooccurrenceSvg(document, row, pairs);
    svg.setAttribute('aria-label', t().coocAria(row.name, pairs.length));
    pic.replaceChildren(svg);
  }

  // ------------------------------------------------------------ actions

  /** Shows document `i` in the view (its entities fetched from the
   * worker); with `group`, at that group's first mention. */
  async function show(i, group) {
    const doc = coll.docs[i];
    if (!doc || doc.status !== 'done') return;
    const batch = coll.batch;
    coll.shown = i;
    drawDocs();
    const { entities, groups } = await ask({ type: 'entities', batch, key: i });
    if (batch !== coll.batch || coll.shown !== i) return;
    page.showDocument({ ...doc, entities, groups }, () => {
      if (group !== undefined) page.showGroup(group);
    });
  }

  section.addEventListener('click', (e) => {
    const open = e.target.closest('button.doc-open');
    if (open) {
      show(Number(open.dataset.doc));
      return;
    }
    const jump = e.target.closest('button.jump');
    if (jump) {
      show(Number(jump.dataset.doc), Number(jump.dataset.group));
      return;
    }
    const ent = e.target.closest('button.ent');
    if (ent) {
      coll.selected = ent.dataset.key;
      drawIndex();
      drawCooc();
      return;
    }
    const sort = e.target.closest('th[data-sort] button');
    if (sort) {
      coll.sort = sort.parentElement.dataset.sort;
      drawIndex();
    }
  });
  kindSel.addEventListener('change', drawIndex);
  query.addEventListener('input', drawIndex);

  const stamp = () => new Date().toISOString().slice(0, 10);
  $('export-index-csv').addEventListener('click', () => {
    page.download(`kashif-index-${stamp()}.csv`, indexCsv(coll.index, coll.docs), 'text/csv;charset=utf-8');
  });
  $('export-index-json').addEventListener('click', () => {
    page.download(`kashif-index-${stamp()}.json`, indexJson(coll.index, coll.docs), 'application/json;charset=utf-8');
  });
  $('export-docs-jsonl').addEventListener('click', async () => {
    const { jsonl } = await ask({ type: 'jsonl', batch: coll.batch });
    page.download(`kashif-documents-${stamp()}.jsonl`, jsonl, 'application/jsonl;charset=utf-8');
  });

  return {
    handle,
    /** Redraws the collection in the interface's language. */
    relabel() {
      if (!section.hidden) {
        docList.replaceChildren();
        coll.dirty = true;
        redraw();
      }
    },
  };
}
