//! The normaliser's offset map on arbitrary bytes (lossy UTF-8): every
//! normalised position maps back inside the original, on char boundaries,
//! monotonically, to original text that normalises to what was matched.

#![no_main]

use kashif_fuzz::{check_offset_map, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    check_offset_map(&text);
    // Tokens are what recognisers match on: each maps back the same way.
    let n = kashif::normalize::Normalized::new(&text);
    for t in kashif::tokenize::tokenize(&n.text) {
        let (s, e) = n.to_original(t.start, t.end);
        assert!(s <= e && e <= text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
    }
});
