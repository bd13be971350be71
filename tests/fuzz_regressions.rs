//! Inputs the fuzz targets (`fuzz/`, `make fuzz`) once failed on, each
//! checked against the invariant it broke, so that the fix stays fixed.
//! Texts are the fuzzer's bytes, read as lossy UTF-8 as the targets read
//! them; the `values` target's first six bytes are the document date,
//! written out here as a `Ymd`.

use kashif::calendar::{Hijri, IsoYear};
use kashif::recognize::date::DateRecognizer;
use kashif::recognize::{Doc, Recognizer};
use kashif::{Extractor, Options, Value, Ymd};
use std::sync::LazyLock;

#[path = "support/invariants.rs"]
mod invariants;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// What the `values` target does with a text and a document date: the
/// date recogniser's values, then the whole extractor's entities, checked.
fn values(text: &str, date: Option<Ymd>) -> Vec<Value> {
    let doc = Doc::new(text, date);
    let mut found = Vec::new();
    DateRecognizer.find(&doc, &mut found);
    let opts = Options {
        document_date: date,
        ..Options::default()
    };
    let entities = EXTRACTOR.extract(text, &opts);
    invariants::check_entities(text, &entities, false);
    let values: Vec<Value> = found.into_iter().filter_map(|c| c.value).collect();
    values.iter().for_each(invariants::check_value);
    values
}

fn isos(values: &[Value]) -> Vec<(&str, &str)> {
    values
        .iter()
        .filter_map(|v| match v {
            Value::Date { iso, calendar, .. } => Some((iso.as_str(), *calendar)),
            _ => None,
        })
        .collect()
}

/// `normalize`, crash-9da47ae…: an empty span at the very end of the
/// normalised text maps past deleted controls that end the original
/// (U+202B here). That is right; the checker's "a longer span never maps
/// to a shorter one" wrongly counted that empty span, and now leaves it
/// out. The input stays as a test of the whole offset map.
#[test]
fn offset_map_with_trailing_controls_and_invalid_bytes() {
    let text = lossy(
        b"\xd8\x01\xec\xa7\xd8\xb1 \xe2\x80\xab\xd8\xa7\xd9\x84\xd8\xb1\xff\x9a\xd9\x8a\xd8\xb3\xe2\x80\xac \
          \xd9\x85\xd8\xb2\xd8\xa7\xd8\xb1 \xe2\x80\xa7\xd8\xb1\xd8\xaf\xd9\x8a\xd9\x86\xd8\xa9 \
          \xe2\x81\xa7\xd9\x81\xd8\xa7\xd8 \xe2\x80\xab",
    );
    invariants::check_offset_map(&text);
    let n = kashif::normalize::Normalized::new(&text);
    assert_eq!(
        n.to_original(n.text.len(), n.text.len()),
        (text.len(), text.len())
    );
}

/// `values`, crash-1c3ede0…: two weeks before a document date of
/// 0000-01-01 is ISO week 50 of year -1, which was written `-001-W50`
/// (`{:04}` counts the sign as a digit). ISO 8601 wants a sign and four
/// digits: `-0001`. The same bug wrote "1000 years ago", said in the year
/// 500, as `-500`.
#[test]
fn years_before_zero_are_iso_years() {
    assert_eq!(IsoYear(-1).to_string(), "-0001");
    assert_eq!(IsoYear(-975).to_string(), "-0975");
    assert_eq!(IsoYear(0).to_string(), "0000");
    assert_eq!(IsoYear(2025).to_string(), "2025");
    assert_eq!(IsoYear(12025).to_string(), "+12025");

    // Year 0 is outside the supported document years: the week comes out
    // relative, and well-formed.
    let year_zero = Ymd::new(0, 1, 1);
    let text = lossy(b"\xd9\x82\xd8\xa8\xd9\x84 \xd8\xa3\xd8\xb3\xd8\xa8\xd9\x88\xd8\xb9\xd9\x8a\xd9\x86 \xd9\x88\xd9\x81\xd9\x8a \xd8\xb1\xd9\x85\xd8\xb6\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd8\xb6\xd9\x8a");
    assert_eq!(text, "قبل أسبوعين وفي رمضان الماضي");
    let found = values(&text, year_zero);
    assert!(
        isos(&found).iter().any(|&(_, cal)| cal == "relative"),
        "{found:?}"
    );

    // From a supported date, counting back past year 1 gives a signed
    // four-digit year.
    let found = values("حدث ذلك قبل 1000 سنة", Ymd::new(500, 5, 2));
    assert!(isos(&found).contains(&("-0500", "gregorian")), "{found:?}");
    // And past 9999 (the values target's seed `far-future`): a plus sign.
    let found = values("وسيعود بعد غد", Ymd::new(9999, 12, 31));
    assert_eq!(isos(&found), [("+10000-01-02", "gregorian")]);
    let found = values("قبل أسبوعين", Ymd::new(1, 1, 3));
    assert_eq!(isos(&found), [("0000-W51", "gregorian")]);
}

/// `values`, crash-49af585…: "last month" with a document date in year
/// -2049330400 multiplied the year by 12 in `i32` (overflow). Document
/// dates outside the years 1–9999 are now ignored, and month arithmetic
/// is done in `i64`.
#[test]
fn far_document_dates_are_ignored_not_overflowed() {
    let far = Ymd::new(-2_049_330_400, 9, 8);
    let text = lossy(b"\xae\xd8\xa3\xd9\x88\xd8\xb9 \xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa8\xd9\xd8\xb3\xd9\x8a\xd8\xb9\xdd\x88\xd8\xaf \xd8\xa8\xd8\xb9\xd8\xaf \xd8\xba\xd8\xaf\xd8\x8c \xd9\x88\xd9\x82$\xa8\x99\x00\x00\x00\xa2\xab\xd8\xa7\x84\xab\xd8\xd9\xd8\xa9 \xd8\xa3\xd9\x88\xd8\xb9 \xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xa8\xd9\x84\xd8\x8c \xd9\x88\xd8\xa7\xd9\x84\xd8\xb4\xd9\x87\xd8\xb1 \xd8\xa7\xd9\x84\xd9\x85\xd8\xa7\xd8\xb6\xd9\x8a\xd8\x8c");
    let found = values(&text, far);
    assert!(!found.is_empty());
    assert!(
        isos(&found).iter().all(|&(_, cal)| cal == "relative"),
        "{found:?}"
    );

    let found = values("زارنا الشهر الماضي", Ymd::new(i32::MIN, 1, 1));
    assert_eq!(isos(&found), [("-P1M", "relative")]);
    assert_eq!(
        Ymd::new(i32::MAX, 12, 1).map(|d| d.add_months(1)),
        Some((i32::MAX, 1))
    );
}

/// `values`, timeout-5f321c4…: "yesterday" with a document date in year
/// 2130696577 made the Hijri conversion guess a year past `i32` and walk
/// towards it one year at a time (a hang, then an overflow). Such dates
/// are now ignored (above); before 1 AH the conversion now extends the
/// calendar backwards instead of giving day 4294967295.
#[test]
fn hijri_conversion_is_total_over_supported_years() {
    let far = Ymd::new(2_130_696_577, 9, 10);
    let text = lossy(b"\xff\xff\x00\x00\x00\x00\n\x00(R'I'N \xd8\xa3\xd9\x85\xd8\xb3\xd9\xb3\xd8\xeb\x88\xd9 \x8a\xd8\xb9\xdd\x88\xd8\xaf ^\x06\x00\x00\xd8\xaf06\x00\xa7\x80\xba\xd8\x00\x88\xd9\x84\xd8\xb4");
    values(&text, far);
    assert_eq!(isos(&values("وصل أمس", far)), [("-P1D", "relative")]);

    for d in [
        Ymd::new(1, 1, 1),
        Ymd::new(621, 12, 31),
        Ymd::new(9999, 12, 31),
    ] {
        let d = d.expect("a real date");
        let h = Hijri::from_gregorian(d);
        assert!(
            (1..=12).contains(&h.month) && (1..=30).contains(&h.day),
            "{d} → {h:?}"
        );
        assert_eq!(h.to_gregorian(), d, "{d} → {h:?} → back");
    }
}

/// The `--date` / `date=` parser takes only the years the recognisers
/// use, and says so.
#[test]
fn date_arguments_outside_the_supported_years_are_refused() {
    assert!("2025-05-02".parse::<Ymd>().is_ok());
    for bad in ["0000-01-01", "10000-01-01", "2147483647-01-01"] {
        let err = bad.parse::<Ymd>().expect_err(bad).to_string();
        assert!(err.contains("1 to 9999"), "{bad}: {err}");
    }
}
