// Types of Kashif's WebAssembly module (hand-written; wasm-bindgen runs with
// --no-typescript). Offsets are UTF-16 code units: text.slice(e.start, e.end) === e.text.

/** A kind code. */
export type KindCode =
  | 'PERS' | 'NORP' | 'OCC' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'EVENT'
  | 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'CARDINAL' | 'ORDINAL' | 'QUANTITY' | 'CURR'
  | 'URL' | 'EMAIL' | 'PHONE' | 'HASHTAG' | 'MENTION' | 'MISC';

/** One kind, as `Analyzer.kinds()` lists it. */
export interface KindInfo {
  code: KindCode;
  /** Arabic label. */
  ar: string;
  /** English label. */
  en: string;
  /** Highlight colour, `#rrggbb`. */
  colour: string;
}

/** Options of `analyze`, `analyzeWithProgress` and `analyzeDocument`; all optional. */
export interface Options {
  /** Kinds to keep: a list of codes, or one comma-separated string. Default: all. */
  types?: KindCode[] | string;
  /** Also return entities nested inside others (`depth` 1, and 2 for one inside that, up to 3). Default: false. */
  nested?: boolean;
  /** The article's date, `YYYY-MM-DD`: relative dates («أمس», «ماي الجاري») resolve against it. */
  documentDate?: string;
  /**
   * Whose idea of a name to follow: `'kashif'` (Wojood's, the default: ministries,
   * governments and forces are organisations), `'anercorp'` or `'aqmar'`.
   */
  convention?: 'kashif' | 'anercorp' | 'aqmar';
}

/** The typed value of an entity (untagged: tell them apart by their fields). */
export type Value =
  // DATE: "2025-05-06", "2025-05", "2025-W13", "2025-05-06/2025-05-07"; a Hijri
  // value with its Gregorian day or interval; "relative": a signed ISO-8601
  // duration from the document date ("-P3D", "-P2W/P0D") when none was given.
  | { iso: string; calendar: 'gregorian' | 'hijri' | 'relative'; gregorian?: string }
  // TIME: "10:00"; zone "Z", "+03:00", "local" or a place; date: the day said with it.
  | { iso: string; zone?: string; date?: string }
  // MONEY (ISO-4217 code): max, the upper end of a range; bound "lt" | "gt" |
  // "le" | "ge" | "approx"; ambiguous, a currency word several countries use.
  | { amount: number; currency?: string; max?: number; bound?: 'lt' | 'gt' | 'le' | 'ge' | 'approx'; ambiguous?: true }
  | { amount: number; unit: string } // QUANTITY
  | { currency: string } // CURR
  | number; // CARDINAL, ORDINAL, PERCENT

/** One entity: the CLI's record, with UTF-16 offsets. */
export interface Record {
  /** Start offset (UTF-16 units). */
  start: number;
  /** End offset, exclusive (UTF-16 units). */
  end: number;
  /** The exact text, `text.slice(start, end)`. */
  text: string;
  type: KindCode;
  /** Display form: diacritics, tatweel and the proclitic removed. */
  canonical: string;
  value: Value | null;
  source: 'pattern' | 'gazetteer' | 'model' | 'user';
  /** Confidence in 0..1. */
  score: number;
  /** 0 for top-level entities, 1 for nested ones. */
  depth: number;
  /** Id of the mention group (see `Group`). */
  group: number;
  /** Country of a demonym, or the full name of an alias. */
  link?: string;
  /** For NORP, the country it refers to. */
  country?: string;
}

/** The mentions of one entity, however they are written. */
export interface Group {
  /** The id the group's entities carry in `group`. */
  id: number;
  /** Display name: the longest canonical mention. */
  name: string;
  /** Kind of the first mention. */
  type: KindCode;
  /** How many mentions. */
  mentions: number;
  /** Distinct canonical forms, in order of first appearance. */
  variants: string[];
}

/** What `analyzeDocument` returns. */
export interface Document {
  entities: Record[];
  groups: Group[];
}

/** A user lexicon entry: a term with its kind, or a term never to tag. */
export type LexiconEntry =
  | { text: string; type: KindCode }
  | { text: string; never: true }
  | { text: string; type: 'NEVER' | 'NONE' | 'O' };

/** Called between chunks of a long text; `done / total` is the fraction done. */
export type Progress = (done: number, total: number) => void;

/** Finds entities in Arabic text. Build once, reuse; run it in a worker for long texts. */
export class Analyzer {
  constructor();
  free(): void;
  /** The entities of `text`. Throws an `Error` for a bad options object. */
  analyze(text: string, options?: Options | null): Record[];
  /** Like `analyze`, calling `progress` between chunks. */
  analyzeWithProgress(text: string, options: Options | null | undefined, progress: Progress): Record[];
  /** Entities and their mention groups. */
  analyzeDocument(text: string, options?: Options | null, progress?: Progress): Document;
  /** Starts analysing `text` in steps (see `Job`). Throws an `Error` for a bad options object. */
  begin(text: string, options?: Options | null): Job;
  /** Analyses the job's next chunk (about 64 KB); false once the text is done. */
  step(job: Job): boolean;
  /** Analyses what is left, groups the mentions; then `job.entities` and `job.groups` give the result. */
  finish(job: Job): void;
  /** Replaces the user lexicon (`[]` removes it). Throws an `Error` naming a bad entry (the old lexicon stays). */
  setLexicon(entries: LexiconEntry[] | null): void;
  /** Every kind, in display order. */
  kinds(): KindInfo[];
  /** The crate version, e.g. "0.1.0". */
  readonly version: string;
}

/**
 * A text analysed in steps, so the caller can stop between chunks (drop it
 * and call `free()`): `begin`, `step` until false, `finish`; then the
 * result in slices, as `analyzeDocument` returns it.
 */
export class Job {
  free(): void;
  /** UTF-8 bytes of the text analysed so far. */
  readonly done: number;
  /** UTF-8 bytes of the whole text. */
  readonly total: number;
  /** Entities found (after `finish`). */
  readonly entityCount: number;
  /** Mention groups made (after `finish`). */
  readonly groupCount: number;
  /** Entities `from`..`to` (clamped), UTF-16 offsets into the whole text. */
  entities(from: number, to: number): Record[];
  /** Groups `from`..`to` (clamped). */
  groups(from: number, to: number): Group[];
}

/** A file read as text: `text` is the document (entity offsets point into
 * it), or, when `markup` is true, an HTML file's decoded markup for the
 * caller's DOMParser. */
export interface FileText {
  format: 'txt' | 'csv' | 'md' | 'html' | 'srt' | 'vtt' | 'docx' | 'odt';
  text: string;
  markup: boolean;
}

/** Reads a File (.txt .csv .md in UTF-8, UTF-16 or Windows-1256; .docx
 * .odt .srt .vtt; .html as markup). Rejects with an `Error` saying why a
 * file cannot be read (unknown type, corrupt or encrypted, a PDF). */
export function readFile(file: File): Promise<FileText>;

/** What `init` accepts: the .wasm's URL (default: next to kashif.js), a Response, bytes or a module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads and instantiates the WebAssembly module; call once before `new Analyzer()`. */
export default function init(
  module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<unknown>;

/** Instantiates synchronously from bytes or a compiled module (e.g. in Node). */
export function initSync(module: { module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): unknown;
