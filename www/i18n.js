// Interface strings, Arabic first. Elements carry data-i18n (text),
// data-i18n-placeholder and data-i18n-aria (aria-label); apply() fills them.

export const STRINGS = {
  ar: {
    skip: 'انتقل إلى النص',
    title: 'كاشف',
    pageTitle: 'كاشف — الكيانات المسماة في النصوص العربية',
    tagline: 'الصق نصًّا عربيًّا لترى الأشخاص والمؤسسات والأماكن والتواريخ والمبالغ مُعلَّمةً فيه.',
    privacy: 'يُحلَّل نصّك داخل متصفحك فقط: لا يُرسَل أي حرف إلى أي خادم، ولا يطلب هذا الموقع شيئًا من الشبكة بعد تحميله.',
    inputLabel: 'النص',
    sample: 'مقال نموذجي',
    clear: 'مسح',
    placeholder: 'الصق هنا مقالًا أو أي نص عربي…',
    nested: 'إظهار الكيانات المتداخلة',
    docDate: 'تاريخ المقال',
    viewLabel: 'النص مُعلَّمًا',
    viewAria: 'النص مع الكيانات المُعلَّمة؛ استعمل الأسهم للتنقل بين الكيانات',
    exports: 'تصدير',
    exportJson: 'JSON',
    exportCsv: 'CSV',
    copyHtml: 'نسخ HTML',
    legend: 'الأنواع',
    legendHint: 'اضغط نوعًا لإخفائه أو إظهاره.',
    entities: 'الكيانات',
    entitiesHint: 'اضغط كيانًا للانتقال إلى مواضع ذكره واحدًا تلو الآخر.',
    footer: 'كاشف: محرك Rust مُترجَم إلى WebAssembly يعمل كاملًا في متصفحك.',
    lang: 'English',
    langAria: 'Switch the interface to English',
    loading: 'جارٍ تحميل المحلل…',
    analysing: 'جارٍ التحليل…',
    progress: (p) => `جارٍ التحليل… ${p}٪`,
    done: (n, ms) => `الكيانات: ${n} · زمن التحليل: ${ms} ملّي ثانية`,
    empty: 'لا نص بعد.',
    error: (m) => `خطأ: ${m}`,
    fatal: (m) => `تعذّر تحميل المحلل: ${m}`,
    copied: 'نُسخ النص المُعلَّم بصيغة HTML.',
    copyFailed: 'تعذّر النسخ إلى الحافظة.',
    saved: (f) => `حُفظ الملف ${f}.`,
    mentions: (n) => (n === 1 ? 'ذِكر واحد' : `${n} مرات`),
    mentionsAria: (name, n, kinds) => `${name}، ${kinds}، عدد مرات الذكر ${n}`,
    legendAria: (label, n, on) => `${label}: ${n}، ${on ? 'ظاهر' : 'مخفي'}`,
    more: (n) => `و${n} غيرها…`,
    none: 'لم يُعثر على كيانات.',
  },
  en: {
    skip: 'Skip to the text',
    title: 'Kashif',
    pageTitle: 'Kashif — named entities in Arabic text',
    tagline: 'Paste Arabic text to see its people, organisations, places, dates and amounts highlighted.',
    privacy: 'Your text is analysed inside your browser only: not one character is sent to any server, and this site makes no network request after it has loaded.',
    inputLabel: 'Text',
    sample: 'Sample article',
    clear: 'Clear',
    placeholder: 'Paste an article or any Arabic text here…',
    nested: 'Show nested entities',
    docDate: 'Article date',
    viewLabel: 'Highlighted text',
    viewAria: 'The text with its entities highlighted; use the arrow keys to move between entities',
    exports: 'Export',
    exportJson: 'JSON',
    exportCsv: 'CSV',
    copyHtml: 'Copy HTML',
    legend: 'Kinds',
    legendHint: 'Press a kind to hide or show it.',
    entities: 'Entities',
    entitiesHint: 'Press an entity to go to its mentions one after another.',
    footer: 'Kashif: a Rust engine compiled to WebAssembly, running entirely in your browser.',
    lang: 'عربي',
    langAria: 'حوّل الواجهة إلى العربية',
    loading: 'Loading the analyser…',
    analysing: 'Analysing…',
    progress: (p) => `Analysing… ${p}%`,
    done: (n, ms) => `Entities: ${n} · analysis time: ${ms} ms`,
    empty: 'No text yet.',
    error: (m) => `Error: ${m}`,
    fatal: (m) => `Could not load the analyser: ${m}`,
    copied: 'The highlighted text was copied as HTML.',
    copyFailed: 'Could not copy to the clipboard.',
    saved: (f) => `Saved ${f}.`,
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    mentionsAria: (name, n, kinds) => `${name}, ${kinds}, ${n} mentions`,
    legendAria: (label, n, on) => `${label}: ${n}, ${on ? 'shown' : 'hidden'}`,
    more: (n) => `and ${n} more…`,
    none: 'No entities found.',
  },
};

/** Fills every data-i18n* element of `root` with the strings of `lang`. */
export function apply(root, lang) {
  const s = STRINGS[lang];
  const html = root.documentElement;
  html.lang = lang;
  html.dir = lang === 'ar' ? 'rtl' : 'ltr';
  root.title = s.pageTitle;
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = s[el.dataset.i18n];
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.placeholder = s[el.dataset.i18nPlaceholder];
  }
  for (const el of root.querySelectorAll('[data-i18n-aria]')) {
    el.setAttribute('aria-label', s[el.dataset.i18nAria]);
  }
  const btn = root.getElementById('lang');
  btn.textContent = s.lang;
  btn.lang = lang === 'ar' ? 'en' : 'ar';
  btn.setAttribute('aria-label', s.langAria);
}
