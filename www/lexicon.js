// The user's lexicon on the page: entries `{text, type}` (a term and its
// kind) and `{text, never: true}` (a term never to tag), kept in
// localStorage and in files of the same JSON form the CLI reads
// (`kashif extract --lexicon FILE`). The worker compiles them (setLexicon).

/** The localStorage key. */
export const STORAGE_KEY = 'kashif.lexicon';

const NEVER_CODES = new Set(['NEVER', 'NONE', 'O']);

/**
 * Checks and cleans a parsed lexicon: an array of `{text, type}` or
 * `{text, never: true}` objects (`type` "NEVER"/"NONE"/"O" is never-tag
 * too). Throws an Error naming the first bad entry.
 * @param {unknown} value
 * @param {Set<string>} codes the known kind codes
 * @returns {Array<{text:string,type?:string,never?:true}>}
 */
export function validate(value, codes) {
  if (!Array.isArray(value)) throw new Error('expected a JSON array [{"text": …, "type": …}, …]');
  return value.map((e, i) => {
    const where = `entry ${i + 1}`;
    if (!e || typeof e !== 'object' || Array.isArray(e)) throw new Error(`${where}: not an object`);
    if (typeof e.text !== 'string' || !e.text.trim()) throw new Error(`${where}: "text" must be a non-empty string`);
    const text = e.text.trim();
    const type = typeof e.type === 'string' ? e.type.trim().toUpperCase() : undefined;
    if (e.never === true || (type && NEVER_CODES.has(type))) return { text, never: true };
    if (e.type !== undefined && typeof e.type !== 'string') throw new Error(`${where}: "type" must be a string`);
    if (!type) throw new Error(`${where}: no "type" (or "never": true)`);
    if (!codes.has(type)) throw new Error(`${where}: unknown type "${e.type}"`);
    return { text, type };
  });
}

/**
 * `entries` with `entry` added: an earlier entry for the same text is
 * replaced (the newest decision wins), and the new one goes last.
 */
export function upsert(entries, entry) {
  return [...entries.filter((e) => e.text !== entry.text), entry];
}

/** Reads the stored lexicon (an empty one if absent, unreadable or bad). */
export function load(storage, codes) {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    return raw ? validate(JSON.parse(raw), codes) : [];
  } catch {
    return [];
  }
}

/** Stores the lexicon; false if the browser refused (private mode, quota). */
export function save(storage, entries) {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

/** The lexicon file's contents: pretty JSON, one entry per line. */
export function toFile(entries) {
  return `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`;
}
