// The user's lexicon on the page: entries `{text, type}` (a term and its
// kind) and `{text, never: true}` (a term never to tag), kept in
// localStorage and in files of the same JSON form the CLI reads
// (`kashif extract --lexicon FILE`). The worker compiles them (setLexicon).
//
// A lexicon is weeks of a newsroom's work, so nothing here loses it: an
// import is checked whole before anything changes; a stored copy that no
// longer reads is kept aside under another key (never deleted) for the
// user to download; a refused write (a full quota) is reported and the
// lexicon in memory goes on working.

/** The localStorage key. */
export const STORAGE_KEY = 'kashif.lexicon';

/** Where a stored lexicon that failed to read is kept aside, with the time
 * it was found (`kashif.lexicon.damaged.<ISO time>`). */
export const DAMAGED_PREFIX = 'kashif.lexicon.damaged.';

/** An imported file larger than this is refused before it is read (the
 * browser's storage holds about 5 MB of text per site in any case). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** A term longer than this (UTF-16 units) is not a name. */
export const MAX_TERM = 200;

const NEVER_CODES = new Set(['NEVER', 'NONE', 'O']);

/** At most this much of a bad entry is quoted in a message. */
const QUOTE = 60;

/** A short JSON rendering of a bad entry for a message. */
function quote(e) {
  let s;
  try {
    s = JSON.stringify(e) ?? String(e);
  } catch {
    s = String(e);
  }
  return s.length > QUOTE ? `${s.slice(0, QUOTE)}…` : s;
}

/**
 * One entry checked and cleaned, or an Error saying what is wrong with it.
 * @param {unknown} e
 * @param {number} i its index
 * @param {Set<string>} codes the known kind codes
 */
function entry(e, i, codes) {
  const bad = (why) => new Error(`entry ${i + 1} (${quote(e)}): ${why}`);
  if (!e || typeof e !== 'object' || Array.isArray(e)) return bad('not an object {"text": …, "type": …}');
  if (typeof e.text !== 'string' || !e.text.trim()) return bad('"text" must be a non-empty string');
  const text = e.text.trim();
  if (text.length > MAX_TERM) return bad(`"text" is longer than ${MAX_TERM} characters`);
  if (e.type !== undefined && typeof e.type !== 'string') return bad('"type" must be a string');
  const type = typeof e.type === 'string' ? e.type.trim().toUpperCase() : undefined;
  if (e.never === true || (type && NEVER_CODES.has(type))) return { text, never: true };
  if (!type) return bad('no "type" (or "never": true)');
  if (!codes.has(type)) return bad(`unknown type "${e.type}" (known: ${[...codes].join(', ')}, NEVER)`);
  return { text, type };
}

/**
 * Checks and cleans a parsed lexicon: an array of `{text, type}` or
 * `{text, never: true}` objects (`type` "NEVER"/"NONE"/"O" is never-tag
 * too). Throws an Error naming the first bad entry, its text and why.
 * @param {unknown} value
 * @param {Set<string>} codes the known kind codes
 * @returns {Array<{text:string,type?:string,never?:true}>}
 */
export function validate(value, codes) {
  if (!Array.isArray(value)) throw new Error(`expected a JSON array [{"text": …, "type": …}, …], found ${kindOf(value)}`);
  return value.map((e, i) => {
    const out = entry(e, i, codes);
    if (out instanceof Error) throw out;
    return out;
  });
}

/** "an object", "a string", … for a message. */
function kindOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return { object: 'an object', string: 'a string', number: 'a number', boolean: 'a boolean' }[typeof value] ?? typeof value;
}

/**
 * Reads a lexicon file's text: the checked entries, or an Error saying
 * what is wrong (not JSON, and where; not an array; which entry and why).
 * @param {string} raw
 * @param {Set<string>} codes
 */
export function parseFile(raw, codes) {
  let value;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new Error(`not JSON (${e.message})`);
  }
  return validate(value, codes);
}

/**
 * `entries` with `entry` added: an earlier entry for the same text is
 * replaced (the newest decision wins), and the new one goes last.
 */
export function upsert(entries, e) {
  return [...entries.filter((x) => x.text !== e.text), e];
}

/** `entries` with every one of `more` upserted in order. */
export function merge(entries, more) {
  let out = entries;
  for (const e of more) out = upsert(out, e);
  return out;
}

/**
 * Reads the stored lexicon.
 *
 * Returns `{entries}`; when a stored copy exists but does not read (not
 * JSON, not an array, bad entries), also `damaged: {raw, problem, key}`:
 * `entries` are the entries that still read (none if the whole is
 * unreadable), `raw` is the stored text as it was, and `key` is where it
 * has been copied aside (null if the browser refused the copy: then the
 * page must not overwrite the stored copy in this session).
 * @param {Storage|null} storage
 * @param {Set<string>} codes
 * @param {() => Date} [now]
 */
export function load(storage, codes, now = () => new Date()) {
  let raw;
  try {
    raw = storage?.getItem(STORAGE_KEY);
  } catch {
    return { entries: [] };
  }
  if (!raw) return { entries: [] };
  let value;
  let problem = '';
  try {
    value = JSON.parse(raw);
  } catch (e) {
    problem = `not JSON (${e.message})`;
  }
  const entries = [];
  if (!problem && !Array.isArray(value)) problem = `not a JSON array (found ${kindOf(value)})`;
  if (!problem) {
    const bad = [];
    value.forEach((e, i) => {
      const out = entry(e, i, codes);
      if (out instanceof Error) bad.push(out.message);
      else entries.push(out);
    });
    if (!bad.length) return { entries };
    problem = bad.length === 1 ? bad[0] : `${bad[0]} (and ${bad.length - 1} more bad entries)`;
  }
  return { entries, damaged: { raw, problem, key: keepAside(storage, raw, now) } };
}

/** Copies `raw` to a key of its own (the one already holding it, if an
 * earlier visit set it aside: reloading makes no second copy); null if
 * the browser refused. */
function keepAside(storage, raw, now) {
  try {
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(DAMAGED_PREFIX) && storage.getItem(k) === raw) return k;
    }
    const key = `${DAMAGED_PREFIX}${now().toISOString()}`;
    storage.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** Whether an exception is the browser's "storage full". */
export function isQuota(e) {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22 || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

/**
 * Stores the lexicon. Returns `{ok: true}`, or `{ok: false, quota, error}`
 * when the browser refused (`quota`: its storage is full; otherwise
 * storage is disabled, as in some private modes).
 */
export function save(storage, entries) {
  if (!storage) return { ok: false, quota: false, error: 'storage is disabled' };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(entries));
    return { ok: true };
  } catch (e) {
    return { ok: false, quota: isQuota(e), error: e?.message ?? String(e) };
  }
}

/** The lexicon file's contents: pretty JSON, one entry per line. */
export function toFile(entries) {
  return `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n`;
}
