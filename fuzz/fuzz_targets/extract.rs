//! `Extractor::extract` on arbitrary bytes (read as lossy UTF-8): no panic,
//! and every offset promise of `tests/support/invariants.rs`. Also: the
//! nested run keeps the same top-level entities, hiding kinds never moves
//! the others, under each convention (picked by the input's length); every
//! entity's group is listed; and the chunks long texts are cut into cover the text exactly.

#![no_main]

use kashif::{Convention, Options};
use kashif_fuzz::{extract_checked, text_of, EXTRACTOR};
use libfuzzer_sys::fuzz_target;

type Spans = Vec<(usize, usize, kashif::Kind)>;

fn spans<'a>(found: impl IntoIterator<Item = &'a kashif::Entity>) -> Spans {
    found
        .into_iter()
        .map(|e| (e.start, e.end, e.kind))
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let ex = &*EXTRACTOR;
    let convention = Convention::ALL[data.len() % Convention::ALL.len()];
    let opts = Options {
        convention,
        ..Options::default()
    };
    let plain = extract_checked(ex, &text, &opts);

    let nested = Options {
        nested: true,
        ..opts.clone()
    };
    let with_nested = extract_checked(ex, &text, &nested);
    assert_eq!(
        spans(with_nested.iter().filter(|e| e.depth == 0)),
        spans(&plain),
        "nesting changed the top level"
    );

    if let Some(pick) = plain.get(data.len() % plain.len().max(1)) {
        let only = Options {
            kinds: Some(vec![pick.kind]),
            ..opts.clone()
        };
        let found = extract_checked(ex, &text, &only);
        assert_eq!(
            spans(&found),
            spans(plain.iter().filter(|e| e.kind == pick.kind)),
            "hiding kinds moved {}",
            pick.kind
        );
    }

    let groups = kashif::group::summarize(&plain);
    for e in &plain {
        assert!(
            groups.iter().any(|g| g.id == e.group),
            "group {} of {e:?} not listed",
            e.group
        );
    }

    let max = 1 + usize::from(data.first().copied().unwrap_or(0));
    let mut pos = 0;
    for (offset, piece) in kashif::extractor::chunks(&text, max) {
        assert_eq!(offset, pos, "chunks leave a gap");
        assert!(!piece.is_empty());
        assert_eq!(&text[offset..offset + piece.len()], piece);
        pos += piece.len();
    }
    assert_eq!(pos, text.len(), "chunks stop short");
});
