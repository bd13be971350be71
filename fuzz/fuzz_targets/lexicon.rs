//! The user lexicon from arbitrary bytes, as the CLI (`--lexicon FILE`)
//! and the Python package read it: JSON into `Vec<LexiconEntry>`, then
//! compiled. A lexicon never panics; one that reads writes back to the
//! same entries (an export loses nothing); one that compiles finds its
//! terms in a text made of them with every offset invariant, and every
//! entity it adds has a kind the lexicon gave. Input that is not JSON is
//! read as lines `term|TYPE` (or `term` for never-tag), so the compiler and
//! matcher also see terms no JSON seed would reach.

#![no_main]

use kashif::{Extractor, Kind, LexiconEntry, Options, Source};
use kashif_fuzz::extract_checked;
use libfuzzer_sys::fuzz_target;
use std::sync::{LazyLock, Mutex};

/// An extractor of its own: its lexicon changes with every input.
static EXTRACTOR: LazyLock<Mutex<Extractor>> = LazyLock::new(|| Mutex::new(Extractor::new()));

fn from_lines(data: &[u8]) -> Vec<LexiconEntry> {
    String::from_utf8_lossy(data)
        .lines()
        .map(|line| match line.rsplit_once('|') {
            Some((term, kind)) => LexiconEntry {
                text: term.to_string(),
                kind: Some(kind.to_string()),
                never: false,
            },
            None => LexiconEntry {
                text: line.to_string(),
                kind: None,
                never: true,
            },
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let entries = match serde_json::from_slice::<Vec<LexiconEntry>>(data) {
        Ok(entries) => {
            let back = serde_json::to_string(&entries).expect("entries serialise");
            let again: Vec<LexiconEntry> = serde_json::from_str(&back).expect("export reads back");
            assert_eq!(again, entries, "export lost something");
            entries
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            from_lines(data)
        }
    };
    let Ok(mut ex) = EXTRACTOR.lock() else {
        return;
    };
    if let Err(e) = ex.set_lexicon(&entries) {
        assert!(e.to_string().contains("lexicon"), "unclear error: {e}");
        return;
    }
    let kinds: Vec<Kind> = entries
        .iter()
        .filter_map(|e| e.kind.as_deref()?.parse().ok())
        .collect();
    let text: String = entries
        .iter()
        .enumerate()
        .map(|(i, e)| format!("{}{} ", ["", "و", "بال", "لل"][i % 4], e.text))
        .collect();
    for nested in [false, true] {
        let opts = Options {
            nested,
            ..Options::default()
        };
        for e in extract_checked(&ex, &text, &opts) {
            if e.source == Source::User {
                assert!(kinds.contains(&e.kind), "{e:?}: a kind no entry gave");
            }
        }
    }
});
