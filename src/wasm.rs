//! The WebAssembly face: the `Analyzer` class the page's worker calls.
//!
//! A thin shell over [`Extractor`]: it parses the JS options object, runs
//! the extractor and returns [`interop::records`] with **UTF-16** offsets,
//! so `text.slice(start, end)` in JavaScript is the entity text. Every
//! conversion of substance lives in [`crate::interop`], which is tested
//! natively; `tests/wasm.rs` pins this shell under Node.
//!
//! Besides `analyze` (the entity array), `analyzeDocument` returns
//! `{entities, groups}` (the mention groups of [`crate::group`]) and
//! `setLexicon(entries)` replaces the user lexicon ([`crate::lexicon`]).
//! A long text can be analysed in steps instead: `begin` makes a [`Job`],
//! `step(job)` analyses one chunk (so the worker can notice a newer request
//! between chunks and drop the job), `finish(job)` groups the mentions, and
//! the job hands out its entities and groups in slices (so no one message
//! carries hundreds of thousands of objects).
//!
//! Text arrives as a JS string and is decoded with `TextEncoder` (as
//! wasm-bindgen does for every string): a lone surrogate becomes U+FFFD,
//! which is one UTF-16 unit like the surrogate it replaces, so offsets
//! still index the caller's original string.

use crate::interop::{self, Record, Unit};
use crate::{group, Convention, Extraction, Extractor, Group, Kind, LexiconEntry, Options, Ymd};
use js_sys::{Function, JsString};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// Finds entities in Arabic text. Build once (it compiles its patterns and
/// maps its gazetteers), then call [`Analyzer::analyze`] for each text.
#[wasm_bindgen]
pub struct Analyzer {
    extractor: Extractor,
}

/// The options object: `{types?: string[], nested?: bool, documentDate?: "YYYY-MM-DD",
/// convention?: "kashif" | "anercorp" | "aqmar"}`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    #[serde(default)]
    types: Option<Types>,
    #[serde(default)]
    nested: Option<bool>,
    #[serde(default)]
    document_date: Option<String>,
    #[serde(default)]
    convention: Option<String>,
}

/// `types`: a list of kind codes, or one string of them comma-separated
/// (as on the command line).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Types {
    List(Vec<String>),
    Joined(String),
}

/// What `analyzeDocument` returns (the CLI's JSON without `id`).
#[derive(Serialize)]
struct Document {
    entities: Vec<Record>,
    groups: Vec<Group>,
}

/// A text being analysed in steps: made by `Analyzer.begin`, advanced by
/// `Analyzer.step`, completed by `Analyzer.finish`; then `entities(from,
/// to)` and `groups(from, to)` give slices of what `analyzeDocument`
/// returns. Call `free()` when done with it (or dropping it early).
#[wasm_bindgen]
pub struct Job {
    text: String,
    opts: Options,
    /// `None` once finished.
    state: Option<Extraction>,
    /// The finished job's entities (byte offsets): converted to records a
    /// slice at a time, so that the whole result is never held twice.
    entities: Vec<crate::Entity>,
    /// Where the last slice started: a byte offset and its UTF-16 offset.
    cursor: (usize, usize),
    groups: Vec<Group>,
}

#[wasm_bindgen]
impl Job {
    /// UTF-8 bytes of the text analysed so far.
    #[wasm_bindgen(getter)]
    pub fn done(&self) -> f64 {
        self.state
            .as_ref()
            .map_or(self.text.len(), Extraction::done) as f64
    }

    /// UTF-8 bytes of the whole text (`done / total` is the fraction done).
    #[wasm_bindgen(getter)]
    pub fn total(&self) -> f64 {
        self.text.len() as f64
    }

    /// How many entities the finished job found.
    #[wasm_bindgen(getter, js_name = entityCount)]
    pub fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// How many mention groups the finished job made.
    #[wasm_bindgen(getter, js_name = groupCount)]
    pub fn group_count(&self) -> usize {
        self.groups.len()
    }

    /// Entities `from..to` (clamped) of the finished job, as `analyze`
    /// returns them (UTF-16 offsets into the whole text). Slices asked for
    /// in order cost one walk of the text in all.
    pub fn entities(&mut self, from: usize, to: usize) -> Result<JsValue, JsError> {
        let part = slice(&self.entities, from, to);
        // Entities are sorted by start: the first starts first.
        let start = part.first().map_or(self.cursor.0, |e| e.start);
        if start < self.cursor.0 {
            self.cursor = (0, 0);
        }
        let (byte, units) = self.cursor;
        let walked = self
            .text
            .get(byte..start)
            .map_or(0, |s| s.encode_utf16().count());
        self.cursor = (start, units + walked);
        to_js(&interop::records_from(
            &self.text,
            self.cursor,
            part,
            Unit::Utf16,
        ))
    }

    /// Groups `from..to` (clamped) of the finished job, as
    /// `analyzeDocument` returns them.
    pub fn groups(&self, from: usize, to: usize) -> Result<JsValue, JsError> {
        to_js(slice(&self.groups, from, to))
    }
}

/// `items[from..to]`, both ends clamped to the slice.
fn slice<T>(items: &[T], from: usize, to: usize) -> &[T] {
    let to = to.min(items.len());
    &items[from.min(to)..to]
}

/// One kind, as `kinds()` lists it.
#[derive(Serialize)]
struct KindInfo {
    code: &'static str,
    ar: &'static str,
    en: &'static str,
    colour: &'static str,
}

#[wasm_bindgen]
impl Analyzer {
    /// Builds the extractor. Installs the panic hook (once per module) so
    /// a Rust panic shows its message in the console.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Analyzer, JsError> {
        console_error_panic_hook::set_once();
        let extractor = Extractor::builder()
            .build()
            .map_err(|e| JsError::new(&format!("kashif: {e}")))?;
        Ok(Analyzer { extractor })
    }

    /// The entities of `text` as plain objects (the CLI's fields), with
    /// UTF-16 offsets. Throws an `Error` for a bad options object.
    pub fn analyze(&self, text: &JsString, options: JsValue) -> Result<JsValue, JsError> {
        self.run(text, options, None)
    }

    /// Like `analyze`, calling `progress(done, total)` after each chunk of
    /// a long text (`done` and `total` count UTF-8 bytes; their ratio is
    /// the fraction done).
    #[wasm_bindgen(js_name = analyzeWithProgress)]
    pub fn analyze_with_progress(
        &self,
        text: &JsString,
        options: JsValue,
        progress: &Function,
    ) -> Result<JsValue, JsError> {
        self.run(text, options, Some(progress))
    }

    /// The entities and their mention groups: `{entities, groups}`, the
    /// entities as `analyze` returns them (UTF-16 offsets), each group
    /// `{id, name, type, mentions, variants}` (entities carry its `id` in
    /// `group`). `progress(done, total)`, if given, is called between chunks
    /// of a long text, as in `analyzeWithProgress`.
    #[wasm_bindgen(js_name = analyzeDocument)]
    pub fn analyze_document(
        &self,
        text: &JsString,
        options: JsValue,
        progress: Option<Function>,
    ) -> Result<JsValue, JsError> {
        let (text, entities) = self.entities(text, options, progress.as_ref())?;
        let groups = group::summarize(&entities);
        to_js(&Document {
            entities: interop::records(&text, &entities, Unit::Utf16),
            groups,
        })
    }

    /// Starts analysing `text` in steps (see [`Job`]). Throws an `Error`
    /// for a bad options object, as `analyze` does.
    pub fn begin(&self, text: &JsString, options: JsValue) -> Result<Job, JsError> {
        Ok(Job {
            opts: parse_options(options)?,
            text: text_of(text),
            state: Some(Extraction::default()),
            entities: Vec::new(),
            cursor: (0, 0),
            groups: Vec::new(),
        })
    }

    /// Analyses the next chunk (about 64 KB) of the job's text; `false`
    /// once the whole text is analysed (or the job is finished).
    pub fn step(&self, job: &mut Job) -> bool {
        match job.state.as_mut() {
            Some(state) => self.extractor.step(&job.text, &job.opts, state),
            None => false,
        }
    }

    /// Analyses what is left of the job's text, groups the mentions and
    /// keeps the entities and groups for the job's `entities` and
    /// `groups`. Finishing twice changes nothing.
    pub fn finish(&self, job: &mut Job) {
        let Some(mut state) = job.state.take() else {
            return;
        };
        while self.extractor.step(&job.text, &job.opts, &mut state) {}
        job.entities = self.extractor.finish(state);
        job.groups = group::summarize(&job.entities);
    }

    /// Replaces the user lexicon: an array of `{text, type}` (a term and
    /// its kind code) and `{text, never: true}` (a term never to tag; the
    /// type `"NEVER"`, `"NONE"` or `"O"` means the same). An empty array
    /// removes it. Throws an `Error` naming a bad entry, and then keeps the
    /// lexicon it had.
    #[wasm_bindgen(js_name = setLexicon)]
    pub fn set_lexicon(&mut self, entries: JsValue) -> Result<(), JsError> {
        let entries: Vec<LexiconEntry> = if entries.is_undefined() || entries.is_null() {
            Vec::new()
        } else {
            serde_wasm_bindgen::from_value(entries).map_err(|e| {
                JsError::new(&format!(
                    "kashif: bad lexicon: {e} (expected [{{text, type}} or {{text, never: true}}, …])"
                ))
            })?
        };
        self.extractor
            .set_lexicon(&entries)
            .map_err(|e| JsError::new(&format!("kashif: {e}")))
    }

    /// Every kind in display order: `{code, ar, en, colour}`.
    pub fn kinds(&self) -> Result<JsValue, JsError> {
        let kinds: Vec<KindInfo> = Kind::ALL
            .iter()
            .map(|&k| KindInfo {
                code: k.code(),
                ar: k.label_ar(),
                en: k.label_en(),
                colour: k.colour(),
            })
            .collect();
        to_js(&kinds)
    }

    /// The crate version, e.g. `"0.1.0"`.
    #[wasm_bindgen(getter)]
    pub fn version(&self) -> String {
        env!("CARGO_PKG_VERSION").to_string()
    }
}

impl Analyzer {
    fn run(
        &self,
        text: &JsString,
        options: JsValue,
        progress: Option<&Function>,
    ) -> Result<JsValue, JsError> {
        let (text, entities) = self.entities(text, options, progress)?;
        to_js(&interop::records(&text, &entities, Unit::Utf16))
    }

    /// The text (as Rust sees it) and its entities.
    fn entities(
        &self,
        text: &JsString,
        options: JsValue,
        progress: Option<&Function>,
    ) -> Result<(String, Vec<crate::Entity>), JsError> {
        let opts = parse_options(options)?;
        let text = text_of(text);
        let mut report = |done: usize, total: usize| {
            if let Some(f) = progress {
                // A throwing callback must not stop the analysis.
                let _ = f.call2(
                    &JsValue::NULL,
                    &(done as f64).into(),
                    &(total as f64).into(),
                );
            }
        };
        let entities = self
            .extractor
            .extract_with_progress(&text, &opts, &mut report);
        Ok((text, entities))
    }
}

/// The text of a JS string, lone surrogates replaced by U+FFFD (one UTF-16
/// unit each, so UTF-16 offsets into the result are offsets into `js`).
/// Public for `tests/wasm.rs`, which feeds it a lone surrogate.
#[doc(hidden)]
pub fn text_of(js: &JsString) -> String {
    String::from(js)
}

/// The options `analyze` understands.
const OPTION_NAMES: [&str; 4] = ["types", "nested", "documentDate", "convention"];

/// Parses the options object (`undefined` and `null` mean the defaults).
fn parse_options(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    // serde-wasm-bindgen reads only the fields it knows: catch typos here.
    if value.is_object() {
        let obj: &js_sys::Object = value.unchecked_ref();
        for key in js_sys::Object::keys(obj).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "kashif: bad options: unknown option {key:?} (expected one of {})",
                    OPTION_NAMES.join(", ")
                )));
            }
        }
    }
    let js: JsOptions = serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("kashif: bad options: {e}")))?;
    let kinds = match js.types {
        None => None,
        Some(types) => Some(
            match &types {
                Types::List(list) => list.iter().map(String::as_str).collect::<Vec<_>>(),
                Types::Joined(s) => s.split(',').filter(|t| !t.trim().is_empty()).collect(),
            }
            .into_iter()
            .map(str::parse::<Kind>)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| JsError::new(&format!("kashif: {e}")))?,
        ),
    };
    let document_date = match js.document_date.as_deref() {
        None | Some("") => None,
        Some(d) => Some(
            d.parse::<Ymd>()
                .map_err(|e| JsError::new(&format!("kashif: documentDate: {e}")))?,
        ),
    };
    let convention = match js.convention.as_deref() {
        None | Some("") => Convention::default(),
        Some(c) => c
            .parse::<Convention>()
            .map_err(|e| JsError::new(&format!("kashif: convention: {e}")))?,
    };
    Ok(Options {
        kinds,
        nested: js.nested.unwrap_or(false),
        document_date,
        convention,
    })
}

/// Serialises to plain JS objects; `None` becomes `null`, as in the CLI's
/// JSON.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value
        .serialize(&ser)
        .map_err(|e| JsError::new(&format!("kashif: {e}")))
}
