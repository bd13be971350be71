// Files for the browser tests of files.test.mjs, written by the tests
// themselves (nothing downloaded): a DOCX (zip of WordprocessingML, made
// here with node:zlib), an HTML page with scripts and menus, subtitles, a
// Windows-1256 text, a corrupt DOCX. The PDF is printed by Chromium in the
// test. The Arabic sentences are our own.
import zlib from 'node:zlib';

/** The sentences, one per fixture; each names Nasser Bourita and places. */
export const SENTENCES = {
  docx: 'التقى وزير الخارجية ناصر بوريطة في الرباط يوم الاثنين نظيره الإسباني.',
  docxCell: 'وقالت وكالة المغرب العربي للأنباء إن الاجتماع تناول التعاون بين المغرب وإسبانيا.',
  docxNote: 'نقلا عن مصدر في مدريد يوم 12 مارس 2024.',
  html: 'وصل ناصر بوريطة إلى القاهرة في 3 فبراير 2024 قادما من الرباط، حيث استقبله وزير الخارجية المصري سامح شكري.',
  srt: ['قال ناصر بوريطة في مدريد', 'إن المغرب يريد شراكة أقوى مع إسبانيا.'],
  odt: ['اجتماع في الجزائر', 'استقبل الرئيس عبد المجيد تبون في الجزائر العاصمة وفدا من تونس.', 'وحضر اللقاء ممثلون عن وزارة الخارجية.'],
  vtt: ['تحدثت ليلى بن علي عن مهرجان قرطاج', 'الذي يقام كل صيف في تونس.'],
  legacy: 'وصل الوزير إلى القاهرة مساء أمس قادما من تونس.',
  pdf: 'أعلنت وزارة الصحة في الرباط أن ناصر بوريطة سيزور القاهرة الأسبوع المقبل لبحث التعاون الصحي بين البلدين، وأن الزيارة ستشمل لقاءات مع مسؤولين في مدينة الإسكندرية وفي العاصمة المصرية.',
};

/** A zip archive of `parts` ({name: text}), deflated. */
export function zip(parts) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, body] of Object.entries(parts)) {
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = Buffer.from(body, 'utf8');
    const data = zlib.deflateRawSync(raw);
    const crc = zlib.crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const n = Object.keys(parts).length;
  end.writeUInt16LE(n, 8);
  end.writeUInt16LE(n, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text) => `<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A Word document: a paragraph, a one-row table, a footnote. */
export function docx() {
  return zip({
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${para(SENTENCES.docx)}<w:tbl><w:tr><w:tc>${para(SENTENCES.docxCell)}</w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>`,
    'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W}><w:footnote w:id="1">${para(SENTENCES.docxNote)}</w:footnote></w:footnotes>`,
  });
}

/** An OpenDocument text: a heading, a paragraph with a run of spaces, a
 * one-cell table. */
export function odt() {
  const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
  const [h, p, cell] = SENTENCES.odt;
  return zip({
    mimetype: 'application/vnd.oasis.opendocument.text',
    'META-INF/manifest.xml': '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    'content.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS} office:version="1.2"><office:body><office:text><text:h text:outline-level="1">${h}</text:h><text:p>${p.replace(' ', '<text:s text:c="1"/>')}</text:p><table:table><table:table-row><table:table-cell><text:p>${cell}</text:p></table:table-cell></table:table-row></table:table></office:text></office:body></office:document-content>`,
  });
}

/** WebVTT subtitles: a header, a note, cue settings, a voice tag. */
export function vtt() {
  return `WEBVTT\n\nNOTE مثال من الاختبار\n\nc1\n00:01.000 --> 00:04.000 align:start\n<v ليلى>${SENTENCES.vtt[0]}\n\nc2\n00:04.200 --> 00:07.000\n${SENTENCES.vtt[1]}\n`;
}

/** A saved article: head, scripts, a menu, a header and a footer around it. */
export function html() {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>موقع إخباري</title>
<style>body { color: red }</style><script>var menu = "<p>نص من شيفرة في بغداد</p>"; fetch('https://example.org/track');</script></head>
<body><header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة في دمشق</a></li></ul></nav></header>
<main><article><h1>زيارة رسمية</h1><p>${SENTENCES.html}</p><img src="https://example.org/x.png" alt=""></article></main>
<aside>الأكثر قراءة: بيروت</aside><footer>جميع الحقوق محفوظة &copy; 2025</footer>
<script src="https://example.org/ads.js"></script></body></html>`;
}

/** Subtitles, CRLF line ends, a formatting tag. */
export function srt() {
  return `1\r\n00:00:01,000 --> 00:00:03,500\r\n<i>${SENTENCES.srt[0]}</i>\r\n\r\n2\r\n00:00:03,600 --> 00:00:06,000\r\n${SENTENCES.srt[1]}\r\n`;
}

/** `text` in Windows-1256 (the encoder is the decoder's table reversed). */
export function windows1256(text) {
  const dec = new TextDecoder('windows-1256');
  const table = new Map();
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => {
    if (!table.has(c)) throw new Error(`not in Windows-1256: ${c}`);
    return table.get(c);
  }));
}

/** The HTML page Chromium prints to PDF: the sentence in one wrapped paragraph. */
export function pdfSource() {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<style>body { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', serif; font-size: 16pt; width: 12cm; margin: 2cm; }</style></head>
<body><h1>تقرير</h1><p>${SENTENCES.pdf}</p></body></html>`;
}
