//! What the fuzz targets share: the invariants (the same file the tests in
//! `tests/` check them with) and one extractor per process, built once,
//! because building one loads the gazetteers and the model.

use kashif::{Extractor, Options};
use std::sync::LazyLock;

#[path = "../../tests/support/invariants.rs"]
mod invariants;

pub use invariants::{check_entities, check_offset_map, check_value};

/// The extractor every target uses.
pub static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Fuzz input as text: invalid UTF-8 becomes U+FFFD, as a decoder would
/// give it to the library.
pub fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Extracts from `text` with `opts` and checks every invariant.
pub fn extract_checked(extractor: &Extractor, text: &str, opts: &Options) -> Vec<kashif::Entity> {
    let found = extractor.extract(text, opts);
    check_entities(text, &found, opts.nested);
    found
}
