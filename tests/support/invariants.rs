//! The promises every input must keep, checked by the property tests
//! (`tests/properties.rs`), the fuzz regressions (`tests/fuzz_regressions.rs`)
//! and the fuzz targets (`fuzz/`), which include this one file so that all
//! three check the same thing.
//!
//! Each check panics with the offending value, which is what a test and a
//! fuzz target both want.

#![allow(dead_code)] // each includer uses a part

use kashif::interop::{convert, Unit};
use kashif::normalize::Normalized;
use kashif::{Entity, Value};

/// The entities `extract` returned for `text` keep every offset promise:
/// each span is non-empty, in bounds, on char boundaries and is exactly
/// `entity.text`; the list is sorted by start with outer before nested;
/// the spans of one depth are disjoint, and one at depth `d > 0` (only when
/// `nested`, at most `resolve::MAX_DEPTH`) lies inside one at depth
/// `d - 1`; scores are in 0..=1; code-point and UTF-16 offsets (the
/// CLI's, Python's and the browser's) pick out the same text; every typed
/// value is well-formed.
pub fn check_entities(text: &str, entities: &[Entity], nested: bool) {
    // The spans seen at each depth.
    let mut levels: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut prev: Option<&Entity> = None;
    for e in entities {
        assert!(
            e.start < e.end && e.end <= text.len(),
            "span out of bounds: {e:?}"
        );
        assert!(
            text.is_char_boundary(e.start) && text.is_char_boundary(e.end),
            "span not on char boundaries: {e:?}"
        );
        assert_eq!(&text[e.start..e.end], e.text, "text differs from its span");
        assert!((0.0..=1.0).contains(&e.score), "score: {e:?}");
        if let Some(p) = prev {
            assert!(
                (p.start, p.depth) <= (e.start, e.depth),
                "not sorted: {p:?} before {e:?}"
            );
        }
        prev = Some(e);
        let d = usize::from(e.depth);
        assert!(e.depth <= kashif::resolve::MAX_DEPTH, "depth {d}: {e:?}");
        if d > 0 {
            assert!(nested, "nested entity without Options::nested: {e:?}");
            assert!(
                levels
                    .get(d - 1)
                    .is_some_and(|l| l.iter().any(|&(s, t)| s <= e.start && e.end <= t)),
                "{e:?} not inside an entity one level up"
            );
        }
        if levels.len() <= d {
            assert_eq!(
                levels.len(),
                d,
                "depth {d} with no entity one level up: {e:?}"
            );
            levels.push(Vec::new());
        }
        let last_end = levels[d].last().map_or(0, |t| t.1);
        assert!(e.start >= last_end, "overlap at depth {d}: {e:?}");
        levels[d].push((e.start, e.end));
        if let Some(v) = &e.value {
            check_value(v);
        }
    }
    check_units(text, entities);
}

/// Code-point and UTF-16 offsets, as `interop::convert` gives them to the
/// CLI, Python and JavaScript, count the same characters as the byte
/// offsets, and slicing by them gives back the entity's text.
fn check_units(text: &str, entities: &[Entity]) {
    let spans: Vec<(usize, usize)> = entities.iter().map(|e| (e.start, e.end)).collect();
    let points = convert(text, &spans, Unit::CodePoints);
    let units = convert(text, &spans, Unit::Utf16);
    let chars: Vec<char> = text.chars().collect();
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for ((e, &(a, b)), &(c, d)) in entities.iter().zip(&points).zip(&units) {
        assert_eq!(
            a,
            text[..e.start].chars().count(),
            "code-point start of {e:?}"
        );
        assert_eq!(b, text[..e.end].chars().count(), "code-point end of {e:?}");
        assert_eq!(chars[a..b].iter().collect::<String>(), e.text);
        assert_eq!(
            c,
            text[..e.start].encode_utf16().count(),
            "UTF-16 start of {e:?}"
        );
        assert_eq!(
            d,
            text[..e.end].encode_utf16().count(),
            "UTF-16 end of {e:?}"
        );
        assert_eq!(String::from_utf16_lossy(&utf16[c..d]), e.text);
    }
}

/// Every normalised span maps back to a span of whole characters of the
/// original: in bounds, ordered, on char boundaries, monotone in both ends,
/// and the original span, normalised again, holds the normalised text it
/// came from.
pub fn check_offset_map(original: &str) {
    let n = Normalized::new(original);
    let norm = n.text.as_str();
    let bounds: Vec<usize> = norm
        .char_indices()
        .map(|(i, _)| i)
        .chain([norm.len()])
        .collect();
    let mut last = (0, 0);
    for (k, &a) in bounds.iter().enumerate() {
        // Each one-character span, and the empty span at each position.
        let b = bounds.get(k + 1).copied().unwrap_or(a);
        for (x, y) in [(a, a), (a, b)] {
            let (s, e) = n.to_original(x, y);
            assert!(s <= e && e <= original.len(), "{x}..{y} → {s}..{e}");
            assert!(
                original.is_char_boundary(s) && original.is_char_boundary(e),
                "{x}..{y} → {s}..{e} is not on char boundaries"
            );
            let again = Normalized::new(&original[s..e]);
            assert!(
                again.text.contains(&norm[x..y]),
                "{x}..{y} ({:?}) → {s}..{e} ({:?}, normalised {:?})",
                &norm[x..y],
                &original[s..e],
                again.text
            );
        }
        let (s, e) = n.to_original(a, b);
        assert!(
            s >= last.0 && e >= last.1,
            "not monotone at {a}: {last:?} then {s}..{e}"
        );
        last = (s, e);
    }
    // A span grown at either end never maps to a smaller span. (The empty
    // span at the very end is left out: it sits after any deleted
    // characters that end the text, past the end of the whole span.)
    let whole = n.to_original(0, norm.len());
    for &a in bounds.iter().filter(|&&a| a < norm.len()) {
        let (s, e) = n.to_original(a, norm.len());
        assert!(
            s >= whole.0 && e == whole.1,
            "{a}..end → {s}..{e}, whole {whole:?}"
        );
        let (s, e) = n.to_original(0, a);
        assert!(
            s == whole.0 && e <= whole.1,
            "0..{a} → {s}..{e}, whole {whole:?}"
        );
    }
}

/// A typed value is well-formed: finite numbers, ranges in order, ISO text
/// the calendar named can hold.
pub fn check_value(v: &Value) {
    match v {
        Value::Number(x) => assert!(x.is_finite(), "{v:?}"),
        Value::Money { amount, max, .. } => {
            assert!(amount.is_finite() && *amount >= 0.0, "{v:?}");
            if let Some(m) = max {
                assert!(m.is_finite() && m >= amount, "{v:?}");
            }
        }
        Value::Quantity { amount, unit } => {
            assert!(
                amount.is_finite() && *amount >= 0.0 && !unit.is_empty(),
                "{v:?}"
            )
        }
        Value::Currency { currency } => assert!(is_currency_code(currency), "{v:?}"),
        Value::Time { iso, date, .. } => {
            let ok = iso.len() == 5
                && iso.as_bytes()[2] == b':'
                && matches!((number(&iso[..2]), number(&iso[3..])), (Some(h), Some(m)) if h < 24 && m < 60);
            assert!(ok, "time {iso:?}");
            if let Some(d) = date {
                assert!(iso_date(d, false), "time's date {d:?}");
            }
        }
        Value::Date {
            iso,
            calendar,
            gregorian,
        } => {
            let ok = match *calendar {
                "gregorian" => iso_interval(iso, |p| iso_date(p, false)) && gregorian.is_none(),
                "hijri" => {
                    iso_interval(iso, |p| iso_date(p, true))
                        && gregorian
                            .as_deref()
                            .is_none_or(|g| iso_interval(g, |p| iso_date(p, false)))
                }
                "relative" => iso_interval(iso, duration) && gregorian.is_none(),
                _ => false,
            };
            assert!(ok, "{v:?}");
        }
    }
}

fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

fn number(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// `x` or `x/y`, each end passing `point`.
fn iso_interval(s: &str, point: impl Fn(&str) -> bool) -> bool {
    match s.split_once('/') {
        Some((a, b)) => point(a) && point(b),
        None => point(s),
    }
}

/// A signed ISO-8601 duration of one unit: `-P3D`, `P2M`, `P0D`, `PT5H`.
fn duration(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let Some(rest) = s.strip_prefix('P') else {
        return false;
    };
    let rest = rest.strip_prefix('T').unwrap_or(rest);
    match rest.char_indices().last() {
        Some((i, unit)) => "HDWMY".contains(unit) && number(&rest[..i]).is_some(),
        None => false,
    }
}

/// An ISO-8601 date, possibly partial: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
/// `--MM-DD`, a week `YYYY-Www`; a year of four digits, or a sign and at
/// least four. A Hijri month has at most 30 days.
fn iso_date(s: &str, hijri: bool) -> bool {
    let month_day = |m: u32, d: Option<u32>, year: Option<i32>| {
        (1..=12).contains(&m)
            && d.is_none_or(|d| {
                let max = match (hijri, year) {
                    (true, _) => 30,
                    (false, Some(y)) => kashif::calendar::days_in_month(y, m),
                    (false, None) => kashif::calendar::days_in_month(2000, m),
                };
                (1..=max).contains(&d)
            })
    };
    if let Some(md) = s.strip_prefix("--") {
        let mut it = md.split('-');
        return match (
            it.next().and_then(number),
            it.next().and_then(number),
            it.next(),
        ) {
            (Some(m), Some(d), None) => md.len() == 5 && month_day(m, Some(d), None),
            _ => false,
        };
    }
    // Four digits, or a sign and at least four (ISO 8601's expanded years,
    // as `IsoYear` writes them).
    let (sign, body) = match s.as_bytes().first() {
        Some(b'-') => (-1, &s[1..]),
        Some(b'+') => (1, &s[1..]),
        _ => (1, s),
    };
    let mut it = body.split('-');
    let signed = body.len() < s.len();
    let Some(y) = it
        .next()
        .filter(|y| if signed { y.len() >= 4 } else { y.len() == 4 })
        .and_then(number)
    else {
        return false;
    };
    let Ok(year) = i32::try_from(y).map(|y| sign * y) else {
        return false;
    };
    match (it.next(), it.next(), it.next()) {
        (None, ..) => true,
        (Some(w), None, _) if w.starts_with('W') => {
            w.len() == 3 && number(&w[1..]).is_some_and(|w| (1..=53).contains(&w))
        }
        (Some(m), d, None) => {
            let d = match d {
                Some(d) if d.len() == 2 => number(d).map(Some),
                Some(_) => None,
                None => Some(None),
            };
            match (number(m).filter(|_| m.len() == 2), d) {
                (Some(m), Some(d)) => month_day(m, d, Some(year)),
                _ => false,
            }
        }
        _ => false,
    }
}
