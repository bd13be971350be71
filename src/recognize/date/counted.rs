//! Counted relative dates: a number of hours, days, weeks, months, years or
//! decades counted from the document date.
//!
//! * `قبل ثلاثة أيام`, `قبل 48 ساعة`, `قبل عقد`: a point that far back;
//!   `بعد شهرين`: that far ahead (the day, ISO week, month or year, as
//!   precise as the unit).
//! * `منذ أسبوعين`, `منذ ١٠ سنوات`, Egyptian `بقالها أسبوعين`, Levantine
//!   `صرلي تلات سنين`: the interval from that point to the document date
//!   (Maghrebi `هادي ثلاث سنين` is "three years ago"). The dialects'
//!   `من تلات سنين` ("three years ago") is left out: `من` before a count
//!   is far more often "of" or "more than".
//! * `في غضون 48 ساعة`: the interval from the document date on.
//! * `خلال الأيام العشرة الماضية`, `الأشهر الستة المقبلة`, `الأسبوعين
//!   الماضيين`, `خلال ثلاثة أيام الماضية`: the interval up to (or from)
//!   the document date.
//! * `العام قبل الماضي`, `الشهر بعد المقبل`: two periods back or ahead.
//!
//! The count is in digits (Western or Eastern), in words (`ثلاثة`،
//! `العشرة`) or in the noun itself (`يومين` two, `أسبوع` one). A period
//! counted from something else is not a date: `قبل يومين من الانتخابات`,
//! `بعد عام من توليه` (an event, not the document), and `قبل عام 2019`
//! (a year) are left to the other patterns. Without a document date the
//! value is `"relative"`: a signed ISO-8601 duration (`-P3D`) or an
//! interval of two (`-P10D/P0D`).

use super::{At, Hit, Rel, P};
use crate::calendar::{months_from, IsoYear, Ymd};
use crate::recognize::number::count_at;
use crate::span::Value;

/// The unit of a counted period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
}

/// Folded unit nouns: (word, unit, the count the word itself says: 1 for a
/// singular, 2 for a dual, 0 for a plural that needs a number).
const UNITS: &[(&str, Unit, u32)] = &[
    ("ساعه", Unit::Hour, 1),
    ("ساعتين", Unit::Hour, 2),
    ("ساعتان", Unit::Hour, 2),
    ("ساعات", Unit::Hour, 0),
    ("يوم", Unit::Day, 1),
    ("يوما", Unit::Day, 1),
    ("يومين", Unit::Day, 2),
    ("يومان", Unit::Day, 2),
    ("ايام", Unit::Day, 0),
    ("اسبوع", Unit::Week, 1),
    ("اسبوعا", Unit::Week, 1),
    ("اسبوعين", Unit::Week, 2),
    ("اسبوعان", Unit::Week, 2),
    ("اسابيع", Unit::Week, 0),
    ("جمعتين", Unit::Week, 2),
    ("شهر", Unit::Month, 1),
    ("شهرا", Unit::Month, 1),
    ("شهرين", Unit::Month, 2),
    ("شهران", Unit::Month, 2),
    ("اشهر", Unit::Month, 0),
    ("شهور", Unit::Month, 0),
    ("عام", Unit::Year, 1),
    ("عاما", Unit::Year, 1),
    ("عامين", Unit::Year, 2),
    ("عامان", Unit::Year, 2),
    ("اعوام", Unit::Year, 0),
    ("سنه", Unit::Year, 1),
    ("سنتين", Unit::Year, 2),
    ("سنتان", Unit::Year, 2),
    ("سنوات", Unit::Year, 0),
    ("سنين", Unit::Year, 0),
    ("عقد", Unit::Decade, 1),
    ("عقدين", Unit::Decade, 2),
    ("عقدان", Unit::Decade, 2),
    ("عقود", Unit::Decade, 0),
];

/// What the word before a count says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    Ago,
    After,
    Since,
    Within,
}

/// Words before a count: قبل/منذ/بعد/غضون, the Maghrebi هادي ("ago"),
/// the Egyptian بقاله/بقالها … and the Levantine صرلي/صرلو … ("it has
/// been").
const OPENERS: &[(&str, Opener)] = &[
    ("قبل", Opener::Ago),
    ("هادي", Opener::Ago),
    ("بعد", Opener::After),
    ("منذ", Opener::Since),
    ("بقاله", Opener::Since),
    ("بقالها", Opener::Since),
    ("بقالي", Opener::Since),
    ("بقالهم", Opener::Since),
    ("بقالنا", Opener::Since),
    ("صرلي", Opener::Since),
    ("صرلو", Opener::Since),
    ("صرله", Opener::Since),
    ("صرلها", Opener::Since),
    ("صرلنا", Opener::Since),
    ("صرلهم", Opener::Since),
    ("غضون", Opener::Within),
];

/// Words that open a counted period besides the [`OPENERS`]: `خلال`,
/// `طوال`, `طيلة` before `الأيام العشرة الماضية` … (the unit nouns with ال
/// open one too).
const SPAN_STARTS: &[&str] = &["خلال", "طوال", "طيله"];

/// Every word that opens a counted period: the openers, then the others.
pub(super) fn counted_starts() -> impl Iterator<Item = &'static str> {
    OPENERS
        .iter()
        .map(|o| o.0)
        .chain(SPAN_STARTS.iter().copied())
}

/// Words after a period that count it from an event, not the document.
const FROM_EVENT: &[&str] = &["من", "علي", "عن", "بعد", "قبل"];
/// Plural and dual adjectives: the last N …, the next N ….
const PAST_N: &[&str] = &[
    "الماضيه",
    "الماضيين",
    "الماضيتين",
    "الماضي",
    "الاخيره",
    "الاخيرين",
    "الاخيرتين",
    "المنصرمه",
    "الفائته",
    "المنقضيه",
    "السابقه",
];
const NEXT_N: &[&str] = &[
    "المقبله",
    "المقبلين",
    "المقبلتين",
    "المقبل",
    "القادمه",
    "القادمين",
    "القادمتين",
    "القادم",
];

fn unit_of(w: &str) -> Option<(Unit, u32)> {
    UNITS.iter().find(|u| u.0 == w).map(|u| (u.1, u.2))
}

/// The definite plural and dual unit nouns (الأيام، الأسبوعين …), for the
/// start gate (the singular ones that start `العام قبل الماضي` are in it
/// already).
pub(super) fn definite_units() -> Vec<String> {
    UNITS
        .iter()
        .filter(|u| u.2 != 1)
        .map(|u| format!("ال{}", u.0))
        .collect()
}

/// How a counted period sits against the document date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// A point `n` units away (negative: before).
    Point(i64),
    /// From `n` units before to the document date.
    Last(i64),
    /// From the document date to `n` units after.
    Next(i64),
}

impl P<'_, '_> {
    /// A unit noun at `i`, without proclitics: (unit, count it says).
    fn unit_word(&self, i: usize) -> Option<(Unit, u32)> {
        unit_of(self.word(i)?)
    }

    /// `N unit` or a unit that counts itself (`يومين`, `أسبوع`) at `i`:
    /// (unit, count, next token).
    fn counted_units(&self, i: usize) -> Option<(Unit, i64, usize)> {
        if let Some((u, n)) = self.unit_word(i) {
            return (n > 0).then_some((u, i64::from(n), i + 1));
        }
        let (n, last) = self.count(i)?;
        let (u, said) = self.unit_word(last + 1)?;
        // ثلاثة يومين is not a count; ثلاثة أيام, 48 ساعة, 10 سنوات are.
        (said != 2).then_some((u, i64::from(n), last + 2))
    }

    /// A whole number at `i` (digits or words): (value, last token).
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        // الأيام العشرة: a definite number word.
        const DEFINITE: [&str; 10] = [
            "الواحد",
            "الاثنين",
            "الثلاثه",
            "الاربعه",
            "الخمسه",
            "السته",
            "السبعه",
            "الثمانيه",
            "التسعه",
            "العشره",
        ];
        // With a feminine noun: السنوات الثلاث.
        const DEFINITE_F: [&str; 10] = [
            "الواحده",
            "الاثنتين",
            "الثلاث",
            "الاربع",
            "الخمس",
            "الست",
            "السبع",
            "الثماني",
            "التسع",
            "العشر",
        ];
        if let Some(n) = self.word(i).and_then(|w| {
            DEFINITE
                .iter()
                .position(|&d| d == w)
                .or_else(|| DEFINITE_F.iter().position(|&d| d == w))
        }) {
            return Some((n as u32 + 1, i));
        }
        count_at(self.doc, i).filter(|&(n, _)| (1..=1000).contains(&n))
    }

    /// A counted relative date starting at token `i`.
    pub(super) fn counted(&self, i: usize) -> Option<Hit> {
        let (at, shape, unit, end) = self
            .counted_before_after(i)
            .or_else(|| self.counted_within(i))
            .or_else(|| self.counted_last_n(i))?;
        Some(Hit {
            at,
            end,
            value: self.counted_value(shape, unit),
        })
    }

    /// `قبل|بعد|منذ N unit`, `في غضون N unit`.
    fn counted_before_after(&self, i: usize) -> Option<(At, Shape, Unit, usize)> {
        let (w, at) = self.lex(i, |w| OPENERS.iter().find(|o| o.0 == w).map(|o| o.1))?;
        let mut k = i + 1;
        // قبل نحو/حوالي ثلاثة أيام
        if self.is(k, &["نحو", "حوالي", "قرابه", "زهاء"]) {
            k += 1;
        }
        let (unit, n, end) = self.counted_units(k)?;
        // قبل عام 2019: a year, not a year ago; قبل يومين من …: from an
        // event, but قبل عقد من الزمن is a decade ago.
        let mut end = end;
        if self.is(end, &["من"]) && self.is(end + 1, &["الزمن"]) {
            end += 2;
        } else if self.int(end).is_some() || self.is(end, FROM_EVENT) {
            return None;
        }
        // منذ شهر رمضان، قبل يوم الجمعة، قبل يوم الاقتراع: a named month
        // or day, not a count.
        let named = self.month_name(end, false).is_some()
            || self
                .word(end)
                .is_some_and(|w| n == 1 && end == k + 1 && w.starts_with("ال"));
        if named {
            return None;
        }
        let shape = match w {
            Opener::Ago => Shape::Point(-n),
            Opener::After => Shape::Point(n),
            Opener::Since => Shape::Last(n),
            Opener::Within => Shape::Next(n),
        };
        Some((at, shape, unit, end))
    }

    /// `خلال|طوال` + the last/next N units.
    fn counted_within(&self, i: usize) -> Option<(At, Shape, Unit, usize)> {
        let at = self.lex_in(i, &["خلال", "طوال", "طيله"])?;
        if let Some((_, shape, unit, end)) = self.counted_last_n(i + 1) {
            return Some((at, shape, unit, end));
        }
        // خلال ثلاثة أيام الماضية / خلال 24 ساعة الماضية
        let (unit, n, end) = self.counted_units(i + 1)?;
        let shape = self.last_or_next(end, n)?;
        Some((at, shape, unit, end + 1))
    }

    fn last_or_next(&self, i: usize, n: i64) -> Option<Shape> {
        if self.is(i, PAST_N) {
            Some(Shape::Last(n))
        } else if self.is(i, NEXT_N) {
            Some(Shape::Next(n))
        } else {
            None
        }
    }

    /// `الأيام العشرة الماضية`, `الـ24 ساعة الماضية`, `الأسبوعين الماضيين`,
    /// `العام قبل الماضي`.
    fn counted_last_n(&self, i: usize) -> Option<(At, Shape, Unit, usize)> {
        let w = self.word(i)?;
        let at = self.start(i);
        // العام قبل الماضي، الشهر بعد المقبل
        if let Some(noun) = w.strip_prefix("ال").filter(|n| !n.is_empty()) {
            if let Some((unit @ (Unit::Week | Unit::Month | Unit::Year), 1)) = unit_of(noun) {
                let two = match (self.word(i + 1), self.rel_adj(i + 2)) {
                    (Some("قبل"), Some(Rel::Past)) => Some(-2),
                    (Some("بعد"), Some(Rel::Next)) => Some(2),
                    _ => None,
                };
                if let Some(n) = two {
                    return Some((at, Shape::Point(n), unit, i + 3));
                }
            }
            if let Some((unit, said)) = unit_of(noun) {
                if said == 2 {
                    let shape = self.last_or_next(i + 1, 2)?;
                    return Some((at, shape, unit, i + 2));
                }
                if said == 0 {
                    // الأيام العشرة الماضية
                    let (n, last) = self.count(i + 1)?;
                    let shape = self.last_or_next(last + 1, i64::from(n))?;
                    return Some((at, shape, unit, last + 2));
                }
            }
            return None;
        }
        // الـ24 ساعة الماضية: the article written apart from the digits.
        if w == "ال" || w == "الـ" {
            let k = if self.punct(i + 1, &["ـ", "-"]) {
                i + 2
            } else {
                i + 1
            };
            let (n, last) = self.count(k)?;
            let (unit, said) = self.unit_word(last + 1)?;
            if said == 2 {
                return None;
            }
            let shape = self.last_or_next(last + 2, i64::from(n))?;
            return Some((at, shape, unit, last + 3));
        }
        None
    }

    fn counted_value(&self, shape: Shape, unit: Unit) -> Option<Value> {
        let value = match self.doc.document_date {
            Some(d) => {
                let (iso, cal) = match shape {
                    Shape::Point(n) => (point(d, unit, n), "gregorian"),
                    Shape::Last(n) => (span(d, unit, -n, 0), "gregorian"),
                    Shape::Next(n) => (span(d, unit, 0, n), "gregorian"),
                };
                (iso, cal)
            }
            None => {
                let iso = match shape {
                    Shape::Point(n) => duration(unit, n),
                    Shape::Last(n) => format!("{}/P0D", duration(unit, -n)),
                    Shape::Next(n) => format!("P0D/{}", duration(unit, n)),
                };
                (iso, "relative")
            }
        };
        Some(Value::Date {
            iso: value.0,
            calendar: value.1,
            gregorian: None,
        })
    }
}

/// The date `n` units from the document date `doc` (the day, ISO week,
/// month or year), or the `"relative"` duration when there is none.
pub(super) fn offset_value(doc: Option<Ymd>, unit: Unit, n: i64) -> Option<Value> {
    let (iso, calendar) = match doc {
        Some(d) => (point(d, unit, n), "gregorian"),
        None => (duration(unit, n), "relative"),
    };
    Some(Value::Date {
        iso,
        calendar,
        gregorian: None,
    })
}

/// The day, week, month or year `n` units from `d`.
fn point(d: Ymd, unit: Unit, n: i64) -> String {
    match unit {
        // Hours: the day they reach, counted whole days from the document.
        Unit::Hour => d.add_days(n / 24).to_string(),
        Unit::Day => d.add_days(n).to_string(),
        Unit::Week => {
            let (y, w) = d.add_days(7 * n).iso_week();
            format!("{}-W{w:02}", IsoYear(y.into()))
        }
        Unit::Month => {
            let (y, m) = months_from(d, n);
            format!("{}-{m:02}", IsoYear(y))
        }
        Unit::Year => IsoYear(i64::from(d.year) + n).to_string(),
        Unit::Decade => IsoYear(i64::from(d.year) + 10 * n).to_string(),
    }
}

/// The interval from `a` to `b` units from `d`: days for hours, days and
/// weeks, months for months, years for years and decades.
fn span(d: Ymd, unit: Unit, a: i64, b: i64) -> String {
    let end = |n: i64| match unit {
        Unit::Hour => d.add_days(n / 24).to_string(),
        Unit::Day => d.add_days(n).to_string(),
        Unit::Week => d.add_days(7 * n).to_string(),
        _ => point(d, unit, n),
    };
    format!("{}/{}", end(a), end(b))
}

/// A signed ISO-8601 duration: `-P3D`, `P2M`, `-PT48H`, `-P10Y`.
fn duration(unit: Unit, n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let n = n.abs();
    match unit {
        Unit::Hour => format!("{sign}PT{n}H"),
        Unit::Day => format!("{sign}P{n}D"),
        Unit::Week => format!("{sign}P{n}W"),
        Unit::Month => format!("{sign}P{n}M"),
        Unit::Year => format!("{sign}P{n}Y"),
        Unit::Decade => format!("{sign}P{}Y", 10 * n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::arabic::key;

    #[test]
    fn words_are_written_folded() {
        let units: Vec<&str> = UNITS.iter().map(|u| u.0).collect();
        let openers: Vec<&str> = OPENERS.iter().map(|o| o.0).collect();
        for set in [
            &units[..],
            &openers,
            SPAN_STARTS,
            FROM_EVENT,
            PAST_N,
            NEXT_N,
        ] {
            for w in set {
                assert_eq!(&key(w), w);
            }
        }
    }
}
