// Reading files on the page's side: what the worker cannot do.
//
// Most formats are read in the analysis worker by the Rust core
// (`readFile`, src/formats/: text in any of UTF-8, UTF-16 and
// Windows-1256, .docx, .odt, .srt, .vtt). Two need the page:
//
// - HTML: the worker decodes it, and DOMParser (which workers lack) parses
//   it here; the document is never inserted into the page, only its text
//   nodes are read, with the same rules as the CLI's reader
//   (src/formats/html.rs: the same SKIP and BLOCK element lists);
// - PDF: Mozilla's pdf.js (pdfjs-dist, vendored under vendor/pdfjs/ by
//   `make wasm`), imported only when a PDF is opened; it parses in its own
//   worker. Right-to-left runs come back in logical order, the lines of a
//   paragraph are joined with a space, a wider gap between lines starts a
//   new paragraph.

/** The formats the page reads, by extension. */
export const EXTENSIONS = ['txt', 'csv', 'tsv', 'md', 'markdown', 'html', 'htm', 'xhtml', 'srt', 'vtt', 'docx', 'odt', 'pdf'];

/** The lower-case extension of a file name ('' if none). */
export function extension(name) {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

// --------------------------------------------------------------- HTML

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'nav', 'header',
  'footer', 'aside', 'form', 'iframe', 'object', 'button', 'select', 'textarea', 'canvas', 'audio', 'video']);
const BLOCK = new Set(['address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'ul', 'caption', 'details', 'summary']);

/** Collapses white space inside each line, trims lines, drops empty ones. */
export function tidyLines(raw) {
  return raw.split('\n').map((l) => l.split(/\s+/).filter(Boolean).join(' ')).filter(Boolean).join('\n');
}

/** The readable text of an HTML document (scripts, styles, menus, header
 * and footer left out), parsed with DOMParser and never shown. */
export function htmlText(markup) {
  const doc = new DOMParser().parseFromString(markup, 'text/html');
  const parts = [];
  const stack = [doc.body ?? doc.documentElement];
  // An explicit stack: a deeply nested page cannot overflow the call stack.
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    for (let c = node.lastChild; c; c = c.previousSibling) {
      if (c.nodeType === Node.TEXT_NODE) stack.push(c.nodeValue);
      else if (c.nodeType === Node.ELEMENT_NODE && !SKIP.has(c.localName)) {
        const block = BLOCK.has(c.localName);
        if (block) stack.push('\n');
        stack.push(c);
        if (block) stack.push('\n');
      }
    }
  }
  return tidyLines(parts.join(''));
}

// --------------------------------------------------------------- PDF

let pdfjs = null;

/** pdf.js, imported on first use. */
async function loadPdfjs() {
  if (!pdfjs) {
    const lib = await import('./vendor/pdfjs/pdf.min.mjs');
    lib.GlobalWorkerOptions.workerSrc = new URL('./vendor/pdfjs/pdf.worker.min.mjs', import.meta.url).href;
    pdfjs = lib;
  }
  return pdfjs;
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const ALNUM = '0-9A-Za-z\\u00C0-\\u024F\\u0660-\\u0669\\u06F0-\\u06F9';
/** A left-to-right run in a reversed line: numbers, Latin words (with the
 * spaces between Latin words), and the punctuation inside them. */
const LTR_RUN = new RegExp(
  `[${ALNUM}](?:[${ALNUM}.,:/%@_+\\-]*[${ALNUM}])?(?: [A-Za-z](?:[${ALNUM}.,:/%@_+\\-]*[${ALNUM}])?)*`, 'g',
);
const reverse = (s) => [...s].reverse().join('');
/** Arabic presentation forms (what a PDF's glyphs often map to) as normal letters. */
const unfold = (s) => s.replace(/[\uFB50-\uFDFF\uFE70-\uFEFF]+/g, (m) => m.normalize('NFKC'));

/**
 * One line's text in logical order. A PDF draws a right-to-left line's
 * glyphs in visual order (left to right), and pdf.js reverses only the
 * runs it groups into one item: the items are put back in visual order
 * (by x, each right-to-left item re-reversed), the whole line is reversed,
 * and then its left-to-right runs (numbers, Latin words) are turned back.
 */
function lineText(items) {
  if (!items.some((i) => RTL.test(i.str))) return items.map((i) => i.str).join('');
  const visual = [...items]
    .sort((a, b) => (a.transform?.[4] ?? 0) - (b.transform?.[4] ?? 0))
    .map((i) => (i.dir === 'rtl' ? reverse(i.str) : i.str))
    .join('');
  return unfold(reverse(visual).replace(LTR_RUN, reverse));
}

/**
 * The text of one page from pdf.js text items: a line ends at `hasEOL` or
 * where the baseline moves; lines of a paragraph are joined with a space,
 * and a gap clearly wider than the usual line spacing starts a new
 * paragraph.
 * @param {Array<{str:string, dir:string, hasEOL:boolean, transform:number[], height:number}>} items
 */
export function pageText(items) {
  const lines = []; // {items, y}
  let cur = null;
  for (const it of items) {
    if (!('str' in it)) continue;
    const y = it.transform ? it.transform[5] : 0;
    const h = Math.abs(it.height || (it.transform ? it.transform[3] : 0)) || 1;
    if (cur && it.str && Math.abs(y - cur.y) > h * 0.5) {
      lines.push(cur);
      cur = null;
    }
    if (!cur) cur = { items: [], y };
    if (it.str) cur.items.push(it);
    if (it.hasEOL) {
      lines.push(cur);
      cur = null;
    }
  }
  if (cur) lines.push(cur);
  const kept = lines.map((l) => ({ y: l.y, text: lineText(l.items).replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
  const gaps = kept.slice(1).map((l, i) => Math.abs(kept[i].y - l.y)).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps.length ? gaps[Math.floor(gaps.length / 4)] : 0;
  let out = '';
  kept.forEach((l, i) => {
    if (i > 0) {
      const gap = Math.abs(kept[i - 1].y - l.y);
      out += usual && gap > usual * 1.35 ? '\n' : ' ';
    }
    out += l.text;
  });
  return out;
}

/** A PDF file's text (pages separated by a line break). Throws an Error
 * saying why when the PDF cannot be read or has no text layer. */
export async function pdfText(file) {
  const lib = await loadPdfjs();
  const data = new Uint8Array(await file.arrayBuffer());
  const task = lib.getDocument({
    data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    task.destroy();
    if (e && e.name === 'PasswordException') throw new Error('encrypted PDF (it needs a password)');
    throw new Error(`not a readable PDF (${e && e.message ? e.message : e})`);
  }
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(pageText(content.items));
      page.cleanup();
    }
    const text = pages.filter(Boolean).join('\n');
    if (!/\p{L}/u.test(text)) throw new Error('no text layer (a scanned PDF? Kashif does not read images)');
    return text;
  } finally {
    task.destroy();
  }
}
