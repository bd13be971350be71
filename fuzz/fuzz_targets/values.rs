//! The value parsers: the date and number recognisers, which turn text
//! into ISO dates, times, amounts and numbers, on arbitrary text and an
//! arbitrary document date (any `Ymd` a library user can build), plus the
//! `YYYY-MM-DD` parser of `--date` / `date=` and the calendar arithmetic
//! the relative dates use. No panic, no overflow; every value well-formed
//! (`check_value`); every span inside the normalised text on char
//! boundaries.
//!
//! Input: 6 bytes of document date (year as a big-endian i32, month, day;
//! an impossible day means no date), then the text.

#![no_main]

use kashif::calendar::Hijri;
use kashif::recognize::date::DateRecognizer;
use kashif::recognize::number::NumberRecognizer;
use kashif::recognize::{Doc, Recognizer};
use kashif::{Options, Ymd};
use kashif_fuzz::{check_value, extract_checked, text_of, EXTRACTOR};
use libfuzzer_sys::fuzz_target;

fn calendar(d: Ymd) {
    assert_eq!(d.to_string().parse::<Ymd>().ok(), Some(d), "{d:?}");
    assert!(d.weekday() < 7);
    let (_, week) = d.iso_week();
    assert!((1..=53).contains(&week), "{d}: week {week}");
    assert_eq!(Ymd::from_days(d.to_days()), d);
    let h = Hijri::from_gregorian(d);
    assert!(
        (1..=12).contains(&h.month) && (1..=30).contains(&h.day),
        "{d} → {h:?}"
    );
    assert_eq!(h.to_gregorian(), d, "{d} → {h:?} → back");
}

fuzz_target!(|data: &[u8]| {
    let (date, rest) = match data {
        [a, b, c, d, m, day, rest @ ..] => (
            Ymd::new(
                i32::from_be_bytes([*a, *b, *c, *d]),
                u32::from(*m % 13),
                u32::from(*day % 32),
            ),
            rest,
        ),
        _ => (None, data),
    };
    let text = text_of(rest);
    // The calendar is checked over the years it is used for (see
    // `Ymd::is_supported`); the recognisers ignore any other date.
    if let Some(d) = date.filter(|d| d.is_supported()) {
        calendar(d);
    }
    if let Ok(d) = text.parse::<Ymd>() {
        assert!(d.is_supported(), "{d:?} parsed");
        calendar(d);
    }

    let doc = Doc::new(&text, date);
    let mut found = Vec::new();
    DateRecognizer.find(&doc, &mut found);
    NumberRecognizer.find(&doc, &mut found);
    for c in &found {
        assert!(c.start <= c.end && c.end <= doc.text().len(), "{c:?}");
        assert!(doc.text().is_char_boundary(c.start) && doc.text().is_char_boundary(c.end));
        if let Some(v) = &c.value {
            check_value(v);
        }
    }

    let opts = Options {
        document_date: date,
        ..Options::default()
    };
    extract_checked(&EXTRACTOR, &text, &opts);
});
