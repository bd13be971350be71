//! The CLI's JSON Lines reader (`kashif::jsonl`, what `kashif extract
//! --jsonl` runs on each batch) on arbitrary bytes: no panic; line numbers
//! increase and stay within the batch; a broken line gives a message; a
//! good line's text goes through the extractor with every offset
//! invariant, and the same id and text written back as a line read the
//! same.

#![no_main]

use kashif::jsonl::{parse_line, read, Input};
use kashif::Options;
use kashif_fuzz::{extract_checked, EXTRACTOR};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let total = data.split_inclusive(|&b| b == b'\n').count();
    let mut last = 0;
    for (n, parsed) in read(1, data) {
        assert!(n > last && n <= total, "line {n} after {last} of {total}");
        last = n;
        match parsed {
            Ok(input) => {
                extract_checked(&EXTRACTOR, &input.text, &Options::default());
                let line = match &input.id {
                    Some(id) => serde_json::json!({"id": id, "text": input.text}),
                    None => serde_json::Value::String(input.text.clone()),
                };
                let again: Input = parse_line(line.to_string().as_bytes())
                    .unwrap_or_else(|e| panic!("{line} does not read back: {e}"));
                assert_eq!(again, input);
            }
            Err(message) => assert!(!message.is_empty()),
        }
    }
});
