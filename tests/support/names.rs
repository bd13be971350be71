//! What the tests of names ask of an extraction: the texts of the entities
//! of one kind, in order. Included by the test files that need it
//! (`#[path = "support/names.rs"] mod names;`).

use kashif::{Extractor, Kind, Options};

/// The texts of the top-level entities of `kind` that `extractor` finds in
/// `text` with `opts`.
pub fn texts_of(extractor: &Extractor, text: &str, opts: &Options, kind: Kind) -> Vec<String> {
    extractor
        .extract(text, opts)
        .into_iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.text)
        .collect()
}
