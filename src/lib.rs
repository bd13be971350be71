//! # Kashif (كاشف): Arabic named entities with exact offsets
//!
//! Kashif finds people, organisations, places, facilities, events, dates,
//! times, amounts, titles and digital identifiers in Arabic text, in every
//! regional way of writing months, numbers and names, and reports each as
//! an exact span of the text it was given — whatever diacritics, tatweel,
//! alef forms, digit systems or invisible controls the text contains.
//!
//! The same core serves every face: this library, a command-line tool
//! (`kashif`, feature `cli`), a WebAssembly module for the browser
//! (`src/wasm.rs`) and a Python package (`python/`, a crate of its own), so
//! all of them return the same entities for the same text.
//!
//! ```
//! use kashif::{Extractor, Kind, Options};
//!
//! let extractor = Extractor::new();
//! let text = "وصل الوفد إلى فيينا قادما من وتركيا";
//! for e in extractor.extract(text, &Options::default()) {
//!     assert_eq!(&text[e.start..e.end], e.text);
//!     println!("{} {} {}", e.kind, e.text, e.canonical);
//! }
//! ```
//!
//! # Overview
//!
//! Data flows one way:
//!
//! | stage | module | owns |
//! |---|---|---|
//! | text → normalised view | [`normalize`] | folds and the [`normalize::OffsetMap`] back to the original |
//! | → tokens | [`tokenize`], [`tokenize::clitics`] | words, numbers, whole URLs; proclitic readings |
//! | → candidates | [`recognize`], [`gazetteer`] | one recogniser per family of kinds |
//! | → entities | [`resolve`] | overlap policy, nesting |
//! | → faces | [`extractor`], `wasm`, the `kashif` binary | offsets in bytes / code points / UTF-16 |
//!
//! Beside the flow: [`tagger`] (the statistical model the model recogniser
//! runs, and its training), [`group`] (mentions of the same entity),
//! [`lexicon`] (the user's own terms), [`convention`] (which corpus's
//! idea of a name the output follows), [`formats`] (files read as text:
//! Word, OpenDocument, web pages, subtitles, legacy encodings), `jsonl` (the
//! CLI's JSON Lines input, feature `cli`) and [`hash`] (the hasher of the word
//! tables every stage looks up per token).
//!
//! Kinds are listed in [`Kind`]; the README has an example of each.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod calendar;
pub mod conll;
pub mod convention;
mod error;
pub mod extractor;
pub mod formats;
pub mod gazetteer;
pub mod group;
pub mod hash;
pub mod interop;
#[cfg(feature = "cli")]
pub mod jsonl;
pub mod lexicon;
pub mod normalize;
pub mod recognize;
pub mod resolve;
mod span;
pub mod tagger;
pub mod tokenize;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use calendar::Ymd;
pub use convention::Convention;
pub use error::{Error, ErrorKind};
pub use extractor::{Analysis, Extraction, Extractor, ExtractorBuilder, Options};
pub use group::Group;
pub use lexicon::LexiconEntry;
pub use span::{Entity, Kind, Source, Value};
