//! DATE and TIME: dates in every regional month set (يناير، ماي، جانفي،
//! كانون الثاني، أغشت), Hijri dates, numeric dates, weekdays, relative
//! dates resolved against the document date, ranges and lists, and clock
//! times, each with a typed ISO-8601 value when one can be determined.
//!
//! # What one entity is
//!
//! One date expression is one span: `الثلاثاء 12 مارس 2024` (weekday
//! included), `يومي 6 و7 ماي الجاري` (the noun يومي/أيام and a following
//! الجاري/الماضي/المقبل included), `15 رمضان 1445 هـ` (era suffix
//! included). Prepositions and conjunctions that *frame* a date are left
//! out: `من 30 نوفمبر إلى 12 ديسمبر 2023` starts at `30`, `بين 15 و19
//! يناير` at `15`, `خلال عام 2019` at `عام`; a proclitic glued to the first
//! word is skipped (`وماي 2024` starts at `ماي`). Nouns that carry the
//! date are kept: `يوم`, `يومي`, `أيام`, `شهر`, `عام`/`سنة`, `عامي`, and the
//! frame nouns `مطلع`/`منتصف`/`أواخر`/`نهاية` ….
//!
//! # Values
//!
//! [`Value::Date`] holds `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` (day and
//! month without a year and no document date), a week `YYYY-Www`, or an
//! interval `a/b`; Hijri dates are written in the Hijri calendar and carry
//! their Gregorian day or interval (tabular calendar, [`crate::calendar`]).
//! A yearless `12 مارس` takes the document's year; a yearless month (`في
//! يونيو`، `شهر رمضان`) and a holiday (module `holiday`) the occurrence
//! nearest the document date; a bare weekday the document's day or the
//! last one before it (the next after a future marker, سوف/سيـ). Counted
//! periods (`قبل ثلاثة أيام`, module `counted`) are relative to the
//! document date, or `"relative"` durations without one; parts of a year,
//! centuries and ordinal weekdays are in module `period`. Without a
//! document date, relative words (أمس، العام الماضي) are `"relative"`
//! durations too, and yearless months and weekdays have no value. Times are
//! `HH:MM` (24-hour when صباحا/مساء/العصر … says so), with their zone.
//!
//! # Caution with ambiguous words
//!
//! Month words with another common meaning (آب "father", مارس "exercised",
//! ماي, تموز, رمضان/رجب/شعبان as given names, صفر "zero") are taken only
//! with a day, a year, a preceding شهر or a following الجاري/الماضي/المقبل.
//! الأحد, الاثنين ("both") and الجمعة need يوم, an adjective or a time of
//! day; `اليوم` is "today" only when no definite word follows it (`اليوم
//! الوطني` is not today); `غدا` is "tomorrow" only before a preposition, a
//! punctuation mark or a time word (it is also the verb "became").

mod counted;
mod holiday;
mod lexicon;
mod period;
#[cfg(test)]
mod tests;
mod time;

pub use lexicon::{Cal, MonthName};

use super::{Candidate, Doc, Recognizer};
use crate::calendar::{days_in_month, hijri_month_days, Hijri, IsoYear, Ymd};
use crate::hash::WordSet;
use crate::span::{Kind, Source, Value};
use crate::tokenize::clitics::Analysis;
use crate::tokenize::TokenKind;
use lexicon::{DAY_ORDINALS, MONTHS, MONTH_FIRST_WORDS, WEEKDAY};
use std::sync::LazyLock;

/// Finds DATE and TIME entities.
pub struct DateRecognizer;

impl Recognizer for DateRecognizer {
    fn name(&self) -> &'static str {
        "date"
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        let p = P { doc };
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            let may = p.may_start(i, &DATE_STARTS, decade_tens);
            debug_assert!(may || p.date_at(i).is_none(), "date gate at token {i}");
            let narrow = may && p.narrow_start(i);
            let hit = match (may, narrow) {
                (false, _) => None,
                (true, true) => p.date_at_narrow(i),
                (true, false) => p.date_at(i),
            };
            debug_assert!(
                !narrow || hit == p.date_at(i),
                "narrow date gate at token {i}"
            );
            match hit {
                Some(h) if h.end > i => {
                    if let Some(c) = p.candidate(&h, Kind::Date) {
                        out.push(c);
                    }
                    i = h.end;
                }
                _ => i += 1,
            }
        }
        let dates = out.len();
        let mut i = 0;
        while i < n {
            let may = p.may_start(i, &time::TIME_STARTS, |_| None);
            debug_assert!(
                may || time::time_at(&p, i).is_none(),
                "time gate at token {i}"
            );
            match may.then(|| time::time_at(&p, i)).flatten() {
                Some(h) if h.end > i => {
                    if let Some(mut c) = p.candidate(&h, Kind::Time) {
                        let before = out.get(..dates).unwrap_or_default();
                        if let Some(day) = p.day_before(before, c.start) {
                            if let Some(Value::Time { date, .. }) = &mut c.value {
                                *date = Some(day);
                            }
                        }
                        out.push(c);
                    }
                    i = h.end;
                }
                _ => i += 1,
            }
        }
    }
}

// Function words, written in the folded spelling of the normalised view
// (أ→ا, ى→ي, ة→ه); a test checks that folding leaves them unchanged.
const TO: &[&str] = &["الي", "حتي", "لغايه", "وحتي", "والي", "ولغايه"];
const FROM: &[&str] = &["من", "منذ", "ومن", "ابتداء", "اعتبارا"];
const BETWEEN: &[&str] = &["بين", "وبين"];
const YEAR_CUE: &[&str] = &["عام", "العام", "سنه", "السنه"];
/// Prepositions that make an ambiguous month word a month (في مارس).
const MONTH_PREP: &[&str] = &["في", "خلال", "منذ", "حتي", "وفي"];
/// Nouns of a season or school/fiscal year: الموسم 2023-2024.
const SEASON_CUE: &[&str] = &["الموسم", "موسم"];
const YEAR_ADJ: &[&str] = &[
    "الدراسي",
    "الدراسيه",
    "المالي",
    "الماليه",
    "الجامعي",
    "الجامعيه",
    "الرياضي",
    "الكروي",
    "الفلاحي",
    "الزراعي",
    "السياحي",
];
const YEARS_CUE: &[&str] = &["عامي", "سنتي", "الاعوام", "السنوات"];
const GREG_SUFFIX: &[&str] = &["م", "ميلادي", "ميلاديه", "للميلاد"];
const HIJRI_SUFFIX: &[&str] = &["ه", "هجري", "هجريه", "للهجره"];
const PAST: &[&str] = &[
    "الماضي",
    "الماضيه",
    "المنصرم",
    "المنصرمه",
    "الفائت",
    "الفائته",
    "المنقضي",
];
const CURRENT: &[&str] = &["الجاري", "الجاريه", "الحالي", "الحاليه"];
const NEXT: &[&str] = &["المقبل", "المقبله", "القادم", "القادمه"];
const FRAMES: &[&str] = &[
    "مطلع",
    "بدايه",
    "بدايات",
    "اوائل",
    "مستهل",
    "منتصف",
    "اواسط",
    "اواخر",
    "نهايه",
];
const PERIOD_NOUNS: &[&str] = &["الاسبوع", "الشهر", "العام", "السنه"];
const HOLY: &[&str] = &["المبارك", "الكريم", "المعظم", "الفضيل", "الحرام"];
const DAYS_NOUN: &[&str] = &["يومي", "ايام"];
const TIME_OF_DAY: &[&str] = &[
    "صباح",
    "مساء",
    "ليله",
    "فجر",
    "ظهر",
    "عصر",
    "ظهيره",
    "صبيحه",
    "عشيه",
    "ليل",
];
const PRAYER: &[&str] = &["صلاه", "خطبه", "سوره", "صلوات", "خطب"];
const NOT_TODAY_BEFORE: &[&str] = &[
    "نفس",
    "ذلك",
    "ذات",
    "طوال",
    "طيله",
    "مدار",
    "نهايه",
    "كل",
    "بقيه",
    "منتصف",
    "هذا",
    "تلك",
];
const NOT_TODAY_AFTER: &[&str] = &["نفسه", "ذاته", "كله", "بطوله"];
const TOMORROW_NEXT: &[&str] = &[
    "في",
    "علي",
    "مع",
    "الي",
    "عند",
    "بعد",
    "قبل",
    "ضد",
    "امام",
    "صباحا",
    "مساء",
    "ظهرا",
    "عصرا",
    "ليلا",
    "او",
    "و",
];
const TOMORROW_PREV: &[&str] = &["حتي", "من", "ابتداء", "اعتبارا", "الي", "اليوم", "موعد"];
const SEASONS: &[&str] = &["صيف", "ربيع", "خريف", "شتاء"];
const SEASONS_DEF: &[&str] = &["الصيف", "الربيع", "الخريف", "الشتاء"];
/// Words for a day relative to today (امس، غدا …), and the first words
/// of أول أمس and بعد غد.
const RELATIVE_DAYS: &[&str] = &["امس", "البارحه", "اليوم", "غدا", "اول", "بعد", "الامس"];
/// Words for the first day of a month: فاتح ماي، أول نوفمبر، غرة رمضان.
const FIRST_DAY: &[&str] = &["فاتح", "اول", "الفاتح", "غره"];

/// How many words a month's name takes at `word` (folded, as the
/// normalised text is; `next` the word after it): 1, 2 (`كانون الثاني`),
/// or 0 when it is no month.
pub(crate) fn month_words(word: &str, next: Option<&str>) -> usize {
    if let Some(nx) = next.filter(|_| MONTH_FIRST_WORDS.contains(word)) {
        if MONTHS.get(&format!("{word} {nx}")).is_some() {
            return 2;
        }
    }
    usize::from(MONTHS.get(word).is_some())
}

/// The first word of each key of a phrase table.
pub(crate) fn first_words<'k>(keys: impl Iterator<Item = &'k String>) -> Vec<&'k str> {
    keys.map(|k| k.split(' ').next().unwrap_or(k)).collect()
}

/// Stems that start only the patterns of modules `counted`, `holiday` and
/// `period` (and `عقد الثمانينات`): frequent words (قبل، خلال، عقد، آخر) at
/// which [`P::date_at_narrow`] tries those patterns alone.
fn narrow_lists() -> Vec<String> {
    let mut v: Vec<String> = counted::counted_starts()
        .chain(period::PERIOD_STARTS.iter().copied())
        .chain(["عقد", "حقبه"])
        .map(str::to_string)
        .collect();
    v.extend(holiday::first_words());
    v
}

/// The stems of every other pattern.
fn broad_lists() -> Vec<String> {
    let definite_units = counted::definite_units();
    let lists: [&[&str]; 14] = [
        &["الموسم", "موسم", "ال", "الـ"],
        DAYS_NOUN,
        &["يوم", "شهر", "هذا", "هذه"],
        FIRST_DAY,
        YEAR_CUE,
        YEARS_CUE,
        PERIOD_NOUNS,
        RELATIVE_DAYS,
        FRAMES,
        SEASONS,
        SEASONS_DEF,
        &first_words(MONTHS.keys()),
        &first_words(DAY_ORDINALS.keys()),
        &first_words(WEEKDAY.keys()),
    ];
    let mut v: Vec<String> = lists
        .iter()
        .flat_map(|l| l.iter())
        .map(|w| w.to_string())
        .collect();
    v.extend(definite_units);
    v
}

/// Every stem (after proclitics) that a date can start with, built from
/// the lists the patterns below use: [`P::date_at`] can only match at a
/// number token or at a word one of whose readings is in this set (or
/// names a decade). A `debug_assert` in [`DateRecognizer::find`] checks
/// that on every test. Most tokens fail this cheap test, which spares
/// them the patterns of [`P::date_at`].
static DATE_STARTS: LazyLock<WordSet> =
    LazyLock::new(|| narrow_lists().into_iter().chain(broad_lists()).collect());

/// Every stem the patterns of [`P::new_patterns`] can start with: the
/// narrow lists, and the definite units and period nouns of `الأيام العشرة
/// الماضية`, `العام قبل الماضي`, `الـ24 ساعة`.
static NEW_STARTS: LazyLock<WordSet> = LazyLock::new(|| {
    let mut v = narrow_lists();
    v.extend(counted::definite_units());
    v.extend(
        PERIOD_NOUNS
            .iter()
            .chain(&["ال", "الـ"])
            .map(|w| w.to_string()),
    );
    v.into_iter().collect()
});

/// The stems of [`narrow_lists`] that no other pattern starts with.
static NARROW_STARTS: LazyLock<WordSet> = LazyLock::new(|| {
    let broad: WordSet = broad_lists().into_iter().collect();
    narrow_lists()
        .into_iter()
        .filter(|w| !broad.contains(w))
        .collect()
});

/// The tens digit of a decade word (التسعينيات → 9), any article removed.
fn decade_tens(w: &str) -> Option<u32> {
    const TENS: [(&str, u32); 8] = [
        ("عشرين", 2),
        ("ثلاثين", 3),
        ("اربعين", 4),
        ("خمسين", 5),
        ("ستين", 6),
        ("سبعين", 7),
        ("ثمانين", 8),
        ("تسعين", 9),
    ];
    let w = w.strip_prefix("ال").unwrap_or(w);
    let stem = w.strip_suffix("يات").or_else(|| w.strip_suffix("ات"))?;
    TENS.iter().find(|t| t.0 == stem).map(|t| t.1)
}

/// Which way a relative adjective points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rel {
    Past,
    Current,
    Next,
}

/// Where a match starts: a byte of the normalised text, after any proclitic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct At {
    byte: usize,
    restored: bool,
}

/// A date point, possibly partial.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Pt {
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
}

impl Pt {
    fn iso(self) -> Option<String> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Some(format!("{}-{m:02}-{d:02}", IsoYear(y.into()))),
            (Some(y), Some(m), None) => Some(format!("{}-{m:02}", IsoYear(y.into()))),
            (Some(y), None, None) => Some(IsoYear(y.into()).to_string()),
            (None, Some(m), Some(d)) => Some(format!("--{m:02}-{d:02}")),
            _ => None,
        }
    }

    fn from_ymd(d: Ymd) -> Pt {
        Pt {
            year: Some(d.year),
            month: Some(d.month),
            day: Some(d.day),
        }
    }
}

/// (year, month).
type YearMonth = (i32, u32);

/// A finished match: where it starts, the token after it, its value.
#[derive(Debug, Clone, PartialEq)]
struct Hit {
    at: At,
    end: usize,
    value: Option<Value>,
}

/// A month (with its optional شهر, dual form, year and adjective).
#[derive(Debug, Clone, Copy)]
struct Tail {
    at: At,
    end: usize,
    name: MonthName,
    year: Option<i32>,
    /// شهر, a year or an adjective backs an ambiguous month word.
    cued: bool,
}

/// A simple date: `[يوم] [weekday] [day [من]] month [year]`, a day of a
/// relative month, or a numeric date.
#[derive(Debug, Clone, Copy)]
struct Core {
    at: At,
    end: usize,
    cal: Cal,
    pt: Pt,
    /// An ambiguous month word without the cue it needs.
    weak: bool,
}

/// Which third of its period a frame word names: 0 the start (`مطلع`،
/// `بداية`، `أوائل`، `مستهل`), 1 the middle (`منتصف`، `أواسط`), 2 the end
/// (`أواخر`، `نهاية`). `w` is folded, one of [`FRAMES`].
fn frame_part(w: &str) -> u32 {
    match w {
        "منتصف" | "اواسط" => 1,
        "اواخر" | "نهايه" => 2,
        _ => 0,
    }
}

/// The `third` (0, 1 or 2: [`frame_part`]) of a Gregorian month or year
/// value, as an interval: a month's days 1–10, 11–20 and 21 to its end
/// (`منتصف فبراير 2024` → `2024-02-11/2024-02-20`), a year's months 1–4,
/// 5–8 and 9–12 (`أواخر 2003` → `2003-09/2003-12`). The words are vague;
/// the thirds are Kashif's reading of them, so that such a date sorts and
/// filters with the others. None for any other value.
fn frame_third(v: &Value, third: u32) -> Option<Value> {
    let Value::Date {
        iso,
        calendar: "gregorian",
        ..
    } = v
    else {
        return None;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let iso = match iso.split_once('-') {
        None if iso.len() == 4 && digits(iso) => {
            let (a, b) = (third * 4 + 1, third * 4 + 4);
            format!("{iso}-{a:02}/{iso}-{b:02}")
        }
        Some((y, m)) if y.len() == 4 && m.len() == 2 && digits(y) && digits(m) => {
            let (year, month) = (y.parse().ok()?, m.parse().ok()?);
            let last = crate::calendar::days_in_month(year, month);
            if last == 0 {
                return None;
            }
            let (a, b) = match third {
                0 => (1, 10),
                1 => (11, 20),
                _ => (21, last),
            };
            format!("{y}-{m}-{a:02}/{y}-{m}-{b:02}")
        }
        _ => return None,
    };
    date_value(Cal::Gregorian, Some(iso))
}

fn date_value(cal: Cal, iso: Option<String>) -> Option<Value> {
    iso.map(|iso| Value::Date {
        gregorian: match cal {
            Cal::Hijri => hijri_to_gregorian(&iso),
            Cal::Gregorian => None,
        },
        iso,
        calendar: cal.name(),
    })
}

/// The Gregorian day or interval of a Hijri ISO value (`1445-09-15`,
/// `1445-09`, `1445`, or an interval of them); `None` for a yearless one.
fn hijri_to_gregorian(iso: &str) -> Option<String> {
    let ends = |part: &str| -> Option<(Ymd, Ymd)> {
        let mut it = part.split('-');
        let y: i32 = it.next()?.parse().ok()?;
        let m: Option<u32> = it.next().map(str::parse).transpose().ok()?;
        let d: Option<u32> = it.next().map(str::parse).transpose().ok()?;
        let (m1, m2) = m.map_or((1, 12), |m| (m, m));
        let first = Hijri::new(y, m1, d.unwrap_or(1))?;
        let last = Hijri::new(y, m2, d.unwrap_or_else(|| hijri_month_days(y, m2)))?;
        Some((first.to_gregorian(), last.to_gregorian()))
    };
    let (a, b) = match iso.split_once('/') {
        Some((x, y)) => (ends(x)?.0, ends(y)?.1),
        None => ends(iso)?,
    };
    Some(if a == b {
        a.to_string()
    } else {
        format!("{a}/{b}")
    })
}

fn max_day(cal: Cal, year: Option<i32>, month: u32) -> u32 {
    match cal {
        Cal::Gregorian => days_in_month(year.unwrap_or(2000), month),
        Cal::Hijri => 30,
    }
}

/// The longest of some matches (the first of equals).
fn longest<const N: usize>(tries: [Option<Hit>; N]) -> Option<Hit> {
    let mut best: Option<Hit> = None;
    for h in tries.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| h.end > b.end) {
            best = Some(h);
        }
    }
    best
}

/// The Hijri year whose month `m` starts in Gregorian year `gy`.
fn hijri_year_in(gy: i32, m: u32) -> i32 {
    let h = Hijri::from_gregorian(Ymd {
        year: gy,
        month: 1,
        day: 1,
    });
    let starts = |y: i32| {
        Hijri {
            year: y,
            month: m,
            day: 1,
        }
        .to_gregorian()
        .year
    };
    if starts(h.year) < gy {
        h.year + 1
    } else {
        h.year
    }
}

fn plausible(cal: Cal, y: u32, digits: usize, suffixed: bool) -> bool {
    match cal {
        Cal::Gregorian => (1000..=2100).contains(&y) && digits == 4,
        Cal::Hijri if suffixed => (1..=1600).contains(&y),
        Cal::Hijri => (100..=1600).contains(&y) && digits >= 3,
    }
}

/// The parser: helpers over the tokens of one document.
pub(crate) struct P<'d, 'a> {
    doc: &'d Doc<'a>,
}

impl<'d> P<'d, '_> {
    /// The clitic readings of word `i` (none when it is not a word), from
    /// the document's memo: the patterns ask for the same token's readings
    /// many times.
    fn readings(&self, i: usize) -> impl Iterator<Item = Analysis<'d>> {
        self.doc
            .is_word(i)
            .then(|| self.doc.analyses(i))
            .into_iter()
            .flatten()
    }

    /// Whether a match may start at token `i`: it is a number, or one of
    /// its readings is in `starts` or answers `also` (see [`DATE_STARTS`]).
    fn may_start(&self, i: usize, starts: &WordSet, also: fn(&str) -> Option<u32>) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || self
                .readings(i)
                .any(|a| starts.contains(a.stem.as_ref()) || also(&a.stem).is_some())
    }

    /// Word `i` (folded), or `None` when token `i` is not a word.
    fn word(&self, i: usize) -> Option<&str> {
        self.doc.is_word(i).then(|| self.doc.word(i))
    }

    fn is(&self, i: usize, set: &[&str]) -> bool {
        self.word(i).is_some_and(|w| set.contains(&w))
    }

    fn punct(&self, i: usize, set: &[&str]) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && set.contains(&self.doc.word(i)))
    }

    /// Tokens `i` and `i + 1` touch (no space between).
    fn glued(&self, i: usize) -> bool {
        match (self.doc.tokens.get(i), self.doc.tokens.get(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn start(&self, i: usize) -> At {
        At {
            byte: self.doc.tokens.get(i).map_or(0, |t| t.start),
            restored: false,
        }
    }

    /// A plain integer token (digits only, at most 4), with its digit count.
    fn int(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.doc.tokens.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let s = self.doc.word(i);
        if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    /// The first reading of word `i` (unstripped first, then without
    /// proclitics) for which `f` answers.
    fn lex<T>(&self, i: usize, f: impl Fn(&str) -> Option<T>) -> Option<(T, At)> {
        let start = self.doc.tokens.get(i)?.start;
        self.readings(i).find_map(|a| {
            f(&a.stem).map(|v| {
                (
                    v,
                    At {
                        byte: start + a.skip,
                        restored: a.restored_article,
                    },
                )
            })
        })
    }

    /// Word `i`, with or without proclitics, is in `set`.
    fn lex_in(&self, i: usize, set: &[&str]) -> Option<At> {
        self.lex(i, |w| set.contains(&w).then_some(())).map(|x| x.1)
    }

    fn rel_adj(&self, i: usize) -> Option<Rel> {
        let w = self.word(i)?;
        if PAST.contains(&w) {
            Some(Rel::Past)
        } else if CURRENT.contains(&w) {
            Some(Rel::Current)
        } else if NEXT.contains(&w) {
            Some(Rel::Next)
        } else {
            None
        }
    }

    fn weekday(&self, i: usize, clitics: bool) -> Option<(u32, At)> {
        if clitics {
            self.lex(i, |w| WEEKDAY.get(w).copied())
        } else {
            let d = WEEKDAY.get(self.word(i)?).copied()?;
            Some((d, self.start(i)))
        }
    }

    fn candidate(&self, h: &Hit, kind: Kind) -> Option<Candidate> {
        let end = self.doc.tokens.get(h.end.checked_sub(1)?)?.end;
        if end <= h.at.byte {
            return None;
        }
        let mut c = Candidate::new(h.at.byte, end, kind, Source::Pattern, 0.9);
        c.value = h.value.clone();
        c.restored_article = h.at.restored;
        Some(c)
    }

    /// The Gregorian day of the DATE among `dates` that ends just before
    /// byte `start` (nothing between them but a comma, على, في or عند).
    fn day_before(&self, dates: &[Candidate], start: usize) -> Option<String> {
        let d = dates.iter().rev().find(|d| d.end <= start)?;
        let gap = self.doc.text().get(d.end..start)?.trim();
        if !matches!(gap, "" | "،" | "," | "علي" | "على" | "في" | "عند" | "-") {
            return None;
        }
        let day = match d.value.as_ref()? {
            Value::Date {
                gregorian: Some(g), ..
            } => g,
            Value::Date {
                iso,
                calendar: "gregorian",
                ..
            } => iso,
            _ => return None,
        };
        (day.len() == 10 && !day.starts_with('-')).then(|| day.clone())
    }

    // ----- atoms -------------------------------------------------------

    /// A month name at `i` (one or two words), the first word possibly
    /// with proclitics. Returns the name, its start and the next token.
    fn month_name(&self, i: usize, clitics: bool) -> Option<(MonthName, At, usize)> {
        let start = self.doc.tokens.get(i)?.start;
        let next = self.word(i + 1);
        let readings = self.readings(i).take(if clitics { usize::MAX } else { 1 });
        for a in readings {
            let at = At {
                byte: start + a.skip,
                restored: a.restored_article,
            };
            if let Some(nx) = next.filter(|_| MONTH_FIRST_WORDS.contains(a.stem.as_ref())) {
                if let Some(m) = MONTHS.get(&format!("{} {nx}", a.stem)) {
                    return Some((*m, at, i + 2));
                }
            }
            if let Some(m) = MONTHS.get(a.stem.as_ref()) {
                return Some((*m, at, i + 1));
            }
        }
        None
    }

    /// `[شهر] month [/ month | (month)]`: the name, its start, the next
    /// token, and whether شهر was there.
    fn month_at(&self, i: usize) -> Option<(MonthName, At, usize, bool)> {
        let (mut name, at, mut end, shahr) = match self.lex_in(i, &["شهر"]) {
            Some(at) => {
                let (m, _, e) = self.month_name(i + 1, false)?;
                (m, at, e, true)
            }
            None => {
                let (m, at, e) = self.month_name(i, true)?;
                (m, at, e, false)
            }
        };
        // Gulf dual form: مايو/أيار, أيار (مايو), مايو - أيار.
        if self.punct(end, &["/", "(", "-"]) {
            if let Some((m2, _, e2)) = self.month_name(end + 1, false) {
                if m2.month == name.month && m2.cal == name.cal {
                    let paren = self.punct(end, &["("]);
                    if !paren || self.punct(e2, &[")"]) {
                        name.ambiguous &= m2.ambiguous;
                        end = if paren { e2 + 1 } else { e2 };
                    }
                }
            }
        }
        Some((name, at, end, shahr))
    }

    /// A year number at `i` with an optional era suffix: (year, next
    /// token, calendar of the suffix, digits).
    fn year_num(&self, i: usize) -> Option<(u32, usize, Option<Cal>, usize)> {
        let (y, digits) = self.int(i)?;
        // Part of a numeric date or a clock (2024/03, 12:30), not a year.
        if self.glued(i)
            && self.punct(i + 1, &["/", "-", ".", ":"])
            && self.int(i + 2).is_some_and(|(_, d)| d <= 2)
        {
            return None;
        }
        if self.is(i + 1, GREG_SUFFIX) {
            Some((y, i + 2, Some(Cal::Gregorian), digits))
        } else if self.is(i + 1, HIJRI_SUFFIX) {
            Some((y, i + 2, Some(Cal::Hijri), digits))
        } else {
            Some((y, i + 1, None, digits))
        }
    }

    /// A plausible year of `cal` at `i`: (year, next token).
    fn year_of(&self, i: usize, cal: Cal) -> Option<(i32, usize)> {
        let (y, e, suffix, digits) = self.year_num(i)?;
        if suffix.is_some_and(|s| s != cal) || !plausible(cal, y, digits, suffix.is_some()) {
            return None;
        }
        Some((y as i32, e))
    }

    /// A day of the month at `i`: a number 1..=31 or a written ordinal
    /// followed by من. Returns (day, start, next token).
    fn day_at(&self, i: usize) -> Option<(u32, At, usize)> {
        if let Some((d, digits)) = self.int(i) {
            if digits <= 2 && (1..=31).contains(&d) {
                return Some((d, self.start(i), i + 1));
            }
            return None;
        }
        // فاتح ماي، أول نوفمبر، غرة رمضان: the first day, من optional.
        if let Some(at) = self.lex_in(i, FIRST_DAY) {
            let e = if self.is(i + 1, &["من"]) {
                i + 2
            } else {
                i + 1
            };
            return self.month_at(e).is_some().then_some((1, at, i + 1));
        }
        let next = self.word(i + 1);
        let (d, at, end) = self
            .lex(i, |w| {
                next.and_then(|nx| DAY_ORDINALS.get(&format!("{w} {nx}")).map(|&d| (d, 2)))
                    .or_else(|| DAY_ORDINALS.get(w).map(|&d| (d, 1)))
            })
            .map(|((d, len), at)| (d, at, i + len))?;
        // A written ordinal is a day only as "الأول من ...".
        self.is(end, &["من"]).then_some((d, at, end))
    }

    /// `month [[من] عام|سنة] [year] | month الجاري/الماضي/المقبل`.
    fn tail(&self, i: usize) -> Option<Tail> {
        let (name, at, mut end, shahr) = self.month_at(i)?;
        let mut year = None;
        let mut k = end;
        if self.is(k, &["من"]) && self.is(k + 1, YEAR_CUE) {
            k += 2;
        } else if self.is(k, YEAR_CUE) {
            k += 1;
        }
        if let Some((y, e)) = self.year_of(k, name.cal) {
            year = Some(y);
            end = e;
        } else if name.cal == Cal::Hijri {
            // رمضان 2025: the Ramadan that starts in 2025.
            if let Some((gy, e)) = self.year_of(k, Cal::Gregorian) {
                year = Some(hijri_year_in(gy, name.month));
                end = e;
            }
        }
        let mut blessed = false;
        if year.is_none() && name.cal == Cal::Hijri && self.is(end, HOLY) {
            blessed = true;
            end += 1;
        }
        let mut rel = None;
        if year.is_none() && !blessed {
            if let Some(r) = self.rel_adj(end) {
                rel = Some(r);
                end += 1;
                year = self.month_rel_year(name.cal, name.month, r);
            }
        }
        Some(Tail {
            at,
            end,
            name,
            year,
            cued: shahr
                || blessed
                || year.is_some()
                || rel.is_some()
                || (i > 0 && self.is(i - 1, MONTH_PREP)),
        })
    }

    /// The year of month `m` of `cal` called "current/last/next" in the
    /// document.
    fn month_rel_year(&self, cal: Cal, m: u32, r: Rel) -> Option<i32> {
        let d = self.doc_ym(cal)?;
        Some(match r {
            Rel::Current => d.year,
            Rel::Past if m < d.month => d.year,
            Rel::Past => d.year - 1,
            Rel::Next if m > d.month => d.year,
            Rel::Next => d.year + 1,
        })
    }

    /// The document date's (year, month) in `cal`, as a [`Ymd`].
    fn doc_ym(&self, cal: Cal) -> Option<Ymd> {
        let d = self.doc.document_date?;
        Some(match cal {
            Cal::Gregorian => d,
            Cal::Hijri => {
                let h = Hijri::from_gregorian(d);
                Ymd {
                    year: h.year,
                    month: h.month,
                    day: h.day,
                }
            }
        })
    }

    /// The year of the occurrence of month `m` of `cal` nearest the
    /// document date (within six months; a tie goes to the past).
    fn nearest_year(&self, cal: Cal, m: u32) -> Option<i32> {
        let d = self.doc_ym(cal)?;
        let diff = m as i32 - d.month as i32;
        Some(if diff > 6 {
            d.year - 1
        } else if diff < -5 {
            d.year + 1
        } else {
            d.year
        })
    }

    /// `الشهر الجاري/الماضي/المقبل`, `هذا الشهر`: (start, next, year-month).
    fn rel_month(&self, i: usize) -> Option<(At, usize, Option<YearMonth>)> {
        let (at, r, end) = self.rel_period_words(i, &["الشهر"])?;
        let ym = self.doc.document_date.map(|d| {
            d.add_months(match r {
                Rel::Past => -1,
                Rel::Current => 0,
                Rel::Next => 1,
            })
        });
        Some((at, end, ym))
    }

    /// `noun adjective` or `هذا/هذه noun` for a noun of `nouns`.
    fn rel_period_words(&self, i: usize, nouns: &[&str]) -> Option<(At, Rel, usize)> {
        if let Some(at) = self.lex_in(i, &["هذا", "هذه"]) {
            if self.is(i + 1, nouns) && !self.word(i + 2).is_some_and(|w| w.starts_with("ال")) {
                return Some((at, Rel::Current, i + 2));
            }
            return None;
        }
        let at = self.lex_in(i, nouns)?;
        let r = self.rel_adj(i + 1)?;
        Some((at, r, i + 2))
    }

    /// A numeric date at `i`: `12/3/2024`, `2024-03-12`, `12.03.2024`,
    /// with an optional era suffix.
    fn numeric(&self, i: usize) -> Option<(Cal, Pt, usize)> {
        let t = self.doc.tokens.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        if i > 0 && self.glued(i - 1) && self.punct(i - 1, &["/", "-", ".", ":"]) {
            return None;
        }
        let (parts, mut end): (Vec<&str>, usize) = {
            let s = self.doc.word(i);
            if s.matches('.').count() == 2 && !s.contains(',') {
                (s.split('.').collect(), i + 1)
            } else {
                let sep = self.word_any(i + 1);
                let shaped = matches!(sep, "/" | "-")
                    && (i..i + 4).all(|k| self.glued(k))
                    && self.word_any(i + 3) == sep;
                if !shaped {
                    return None;
                }
                (
                    vec![self.word_any(i), self.word_any(i + 2), self.word_any(i + 4)],
                    i + 5,
                )
            }
        };
        if parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        // Not part of a longer run such as 1/2/3/4.
        if self.glued(end - 1) && self.punct(end, &["/", "-", "."]) && self.int(end + 1).is_some() {
            return None;
        }
        let num = |s: &str| s.parse::<u32>().ok();
        let (y, m, d, ylen) = match (parts.first(), parts.get(1), parts.get(2)) {
            (Some(a), Some(b), Some(c)) if a.len() == 4 && b.len() <= 2 && c.len() <= 2 => {
                (num(a)?, num(b)?, num(c)?, 4)
            }
            (Some(a), Some(b), Some(c)) if c.len() == 4 && a.len() <= 2 && b.len() <= 2 => {
                (num(c)?, num(b)?, num(a)?, 4)
            }
            _ => return None,
        };
        let mut cal = Cal::Gregorian;
        if self.is(end, HIJRI_SUFFIX) {
            cal = Cal::Hijri;
            end += 1;
        } else if self.is(end, GREG_SUFFIX) {
            end += 1;
        }
        if !plausible(cal, y, ylen, true) || !(1..=12).contains(&m) {
            return None;
        }
        let ok = match cal {
            Cal::Gregorian => Ymd::new(y as i32, m, d).is_some(),
            Cal::Hijri => (1..=30).contains(&d),
        };
        ok.then_some((
            cal,
            Pt {
                year: Some(y as i32),
                month: Some(m),
                day: Some(d),
            },
            end,
        ))
    }

    /// Token `i`'s text whatever its kind ("" out of range).
    fn word_any(&self, i: usize) -> &str {
        self.doc.word(i)
    }

    // ----- dates ---------------------------------------------------------

    /// The longest date starting at token `i`.
    fn date_at(&self, i: usize) -> Option<Hit> {
        // The patterns of modules counted, holiday and period start only
        // at words of NEW_STARTS.
        let new = self
            .readings(i)
            .any(|a| NEW_STARTS.contains(a.stem.as_ref()));
        debug_assert!(new || self.new_patterns(i).is_none(), "new patterns at {i}");
        let tries = [
            self.day_list(i),
            self.pair(i),
            self.year_range(i),
            self.core(i, false).map(|c| self.core_hit(&c)),
            self.relative(i),
            new.then(|| self.new_patterns(i)).flatten(),
            self.weekday_alone(i),
            self.year_cue(i),
            self.frame(i),
            self.decade(i),
            self.season(i),
        ];
        longest(tries)
    }

    /// Whether every reading of word `i` is in [`NARROW_STARTS`].
    fn narrow_start(&self, i: usize) -> bool {
        self.doc.is_word(i)
            && self
                .readings(i)
                .all(|a| NARROW_STARTS.contains(a.stem.as_ref()))
    }

    /// [`P::date_at`] at a word of [`NARROW_STARTS`]: only the patterns
    /// that can start there.
    fn date_at_narrow(&self, i: usize) -> Option<Hit> {
        longest([self.new_patterns(i), self.decade(i)])
    }

    /// The patterns of modules counted, holiday and period.
    fn new_patterns(&self, i: usize) -> Option<Hit> {
        longest([
            self.counted(i),
            self.holiday(i),
            self.part_of_year(i),
            self.century(i),
            self.nth_weekday(i),
        ])
    }

    /// Fills a yearless Gregorian day-month with the document's year, and
    /// a yearless month (or Hijri day-month) with the year of the nearest
    /// such month.
    fn fill(&self, cal: Cal, mut pt: Pt) -> Pt {
        if pt.year.is_some() {
            return pt;
        }
        if let Some(m) = pt.month {
            pt.year = if cal == Cal::Gregorian && pt.day.is_some() {
                self.doc.document_date.map(|d| d.year)
            } else {
                self.nearest_year(cal, m)
            };
        }
        pt
    }

    fn core_hit(&self, c: &Core) -> Hit {
        // 8 مارس من كل عام: a yearly date, not this year's.
        let yearly = self.is(c.end, &["من"])
            && self.is(c.end + 1, &["كل"])
            && self.is(c.end + 2, &["عام", "سنه"]);
        let pt = if yearly { c.pt } else { self.fill(c.cal, c.pt) };
        Hit {
            at: c.at,
            end: c.end,
            value: date_value(c.cal, pt.iso()),
        }
    }

    /// `[يوم] [weekday [،]] (numeric | day [من] (month… | الشهر الجاري) |
    /// month…)`. With `lenient`, an ambiguous month needs no cue.
    fn core(&self, i: usize, lenient: bool) -> Option<Core> {
        let mut j = i;
        let mut at = None;
        if let Some(a) = self.lex_in(j, &["يوم"]) {
            at = Some(a);
            j += 1;
        }
        if let Some((_, a)) = self.weekday(j, at.is_none()) {
            at.get_or_insert(a);
            j += 1;
            if self.punct(j, &["،", ","]) && self.int(j + 1).is_some() {
                j += 1;
            }
        }
        if let Some((cal, pt, end)) = self.numeric(j) {
            return Some(Core {
                at: at.unwrap_or(self.start(j)),
                end,
                cal,
                pt,
                weak: false,
            });
        }
        let mut day = None;
        if let Some((d, a, e)) = self.day_at(j) {
            at.get_or_insert(a);
            day = Some(d);
            j = e;
            if self.is(j, &["من"]) {
                j += 1;
            }
            if let Some((_, e, ym)) = self.rel_month(j) {
                let pt = match ym {
                    Some((y, m)) if d <= days_in_month(y, m) => Pt {
                        year: Some(y),
                        month: Some(m),
                        day: Some(d),
                    },
                    Some(_) => return None,
                    None => Pt::default(),
                };
                return Some(Core {
                    at: at.unwrap_or(a),
                    end: e,
                    cal: Cal::Gregorian,
                    pt,
                    weak: false,
                });
            }
        } else if at.is_some() {
            return None;
        }
        let t = self.tail(j)?;
        if let Some(d) = day {
            if d > max_day(t.name.cal, t.year, t.name.month) {
                return None;
            }
        }
        let weak = t.name.ambiguous && day.is_none() && !t.cued;
        if weak && !lenient {
            return None;
        }
        let pt = Pt {
            year: t.year,
            month: Some(t.name.month),
            day,
        };
        Some(Core {
            at: at.unwrap_or(t.at),
            end: t.end,
            cal: t.name.cal,
            pt,
            weak,
        })
    }

    /// `[يومي|أيام] d (و|،|-|إلى d)+ [من] month…`: one interval.
    fn day_list(&self, i: usize) -> Option<Hit> {
        let (mut at, mut j) = match self.lex_in(i, DAYS_NOUN) {
            Some(a) => (Some(a), i + 1),
            None => (None, i),
        };
        // A weekday may name each day: من الاثنين 4 إلى الجمعة 8 نونبر.
        if let Some((_, a)) = self.weekday(j, at.is_none()) {
            at.get_or_insert(a);
            j += 1;
        }
        let first = self.day_num(j)?;
        let at = at.unwrap_or(self.start(j));
        j += 1;
        let mut last = first;
        let mut count = 1;
        loop {
            let sep = self.is(j, &["و"]) || self.punct(j, &["،", ",", "-"]) || self.is(j, TO);
            let k = if self.weekday(j + 1, false).is_some() {
                j + 2
            } else {
                j + 1
            };
            match self.day_num(k) {
                Some(d) if sep => {
                    last = d;
                    count += 1;
                    j = k + 1;
                }
                _ => break,
            }
        }
        if count < 2 || last <= first {
            return None;
        }
        if self.is(j, &["من"]) {
            j += 1;
        }
        if let Some((_, end, ym)) = self.rel_month(j) {
            let value = ym
                .filter(|&(y, m)| last <= days_in_month(y, m))
                .map(|(y, m)| {
                    format!(
                        "{0}-{m:02}-{first:02}/{0}-{m:02}-{last:02}",
                        IsoYear(y.into())
                    )
                });
            return Some(Hit {
                at,
                end,
                value: date_value(Cal::Gregorian, value),
            });
        }
        let t = self.tail(j)?;
        if last > max_day(t.name.cal, t.year, t.name.month) {
            return None;
        }
        let p = |d| {
            self.fill(
                t.name.cal,
                Pt {
                    year: t.year,
                    month: Some(t.name.month),
                    day: Some(d),
                },
            )
        };
        let value = p(first)
            .iso()
            .zip(p(last).iso())
            .map(|(a, b)| format!("{a}/{b}"));
        Some(Hit {
            at,
            end: t.end,
            value: date_value(t.name.cal, value),
        })
    }

    fn day_num(&self, i: usize) -> Option<u32> {
        self.int(i)
            .filter(|&(d, digits)| digits <= 2 && (1..=31).contains(&d))
            .map(|x| x.0)
    }

    /// `date إلى date`, `بين date و date`: one interval.
    fn pair(&self, i: usize) -> Option<Hit> {
        let anchored = i > 0 && (self.is(i - 1, FROM) || self.is(i - 1, BETWEEN));
        let between = i > 0 && self.is(i - 1, BETWEEN);
        let a = self.core(i, anchored)?;
        let k = a.end;
        let conn = self.is(k, TO) || self.punct(k, &["-"]) || (between && self.is(k, &["و"]));
        if !conn {
            return None;
        }
        let b = self.core(k + 1, anchored)?;
        if a.cal != b.cal || ((a.weak || b.weak) && !anchored) {
            return None;
        }
        let (mut p, mut q) = (a.pt, b.pt);
        let order = |p: Pt, q: Pt| (p.month, p.day) > (q.month, q.day);
        if p.year.is_none() && q.year.is_none() {
            // من أغسطس إلى ديسمبر: the first end takes its year, the second
            // follows it.
            p = self.fill(a.cal, p);
        }
        match (p.year, q.year) {
            (None, Some(y)) => p.year = Some(if order(p, q) { y - 1 } else { y }),
            (Some(y), None) => q.year = Some(if order(p, q) { y + 1 } else { y }),
            _ => {}
        }
        let (p, q) = (self.fill(a.cal, p), self.fill(b.cal, q));
        let value = match (p.iso(), q.iso()) {
            (Some(x), Some(y)) => Some(format!("{x}/{y}")),
            _ => None,
        };
        Some(Hit {
            at: a.at,
            end: b.end,
            value: date_value(a.cal, value),
        })
    }

    /// `[عامي|عام|سنة] y (إلى|و|-) [عام] y`: an interval of years.
    fn year_range(&self, i: usize) -> Option<Hit> {
        let (at, mut j, cue, dual) = if let Some(a) = self.lex_in(i, SEASON_CUE) {
            (a, self.skip_year_adj(i + 1), true, false)
        } else if let Some(a) = self.lex_in(i, YEAR_CUE) {
            (a, self.skip_year_adj(i + 1), true, false)
        } else if let Some(a) = self.lex_in(i, YEARS_CUE) {
            (a, i + 1, true, true)
        } else {
            (self.start(i), i, false, false)
        };
        let prev_between = i > 0 && self.is(i - 1, BETWEEN);
        let prev_from = i > 0 && self.is(i - 1, FROM);
        let (y1, e1, s1, d1) = self.year_num(j)?;
        j = e1;
        let glued = self.glued(j - 1) && self.glued(j) && self.punct(j, &["-", "/"]);
        let conn = self.is(j, TO)
            || glued
            || self.punct(j, &["-"])
            || ((dual || prev_between) && self.is(j, &["و"]));
        if !conn {
            return None;
        }
        j += 1;
        if self.is(j, YEAR_CUE) {
            j += 1;
        }
        let (y2, e2, s2, d2) = self.year_num(j)?;
        let cal = match (s1, s2) {
            (Some(a), Some(b)) if a != b => return None,
            (Some(c), _) | (_, Some(c)) => c,
            _ => Cal::Gregorian,
        };
        let suffixed = s1.is_some() || s2.is_some();
        if !plausible(cal, y1, d1, suffixed) || !plausible(cal, y2, d2, suffixed) || y1 >= y2 {
            return None;
        }
        let anchored = cue || prev_between || prev_from || suffixed;
        let tight_glue = glued && (1900..=2100).contains(&y1) && y2 - y1 <= 100;
        if !(anchored || tight_glue) {
            return None;
        }
        Some(Hit {
            at,
            end: e2,
            value: date_value(
                cal,
                Some(format!("{}/{}", IsoYear(y1.into()), IsoYear(y2.into()))),
            ),
        })
    }

    /// `عام 1941`, `سنة ٢٠٢٤`, `2024م`, `1445 هـ`.
    fn year_cue(&self, i: usize) -> Option<Hit> {
        if let Some(at) = self
            .lex_in(i, YEAR_CUE)
            .or_else(|| self.lex_in(i, SEASON_CUE))
        {
            let (y, e, suffix, digits) = self.year_num(self.skip_year_adj(i + 1))?;
            let cal = suffix.unwrap_or(Cal::Gregorian);
            if !plausible(cal, y, digits, suffix.is_some()) {
                return None;
            }
            return Some(Hit {
                at,
                end: e,
                value: date_value(cal, Some(IsoYear(y.into()).to_string())),
            });
        }
        let (y, e, suffix, digits) = self.year_num(i)?;
        let ok = match suffix? {
            // A glued م only, and a recent year: `1500 م` is a distance.
            Cal::Gregorian => (1800..=2100).contains(&y) && digits == 4 && self.glued(i),
            Cal::Hijri => plausible(Cal::Hijri, y, digits, true),
        };
        ok.then(|| Hit {
            at: self.start(i),
            end: e,
            value: date_value(
                suffix.unwrap_or(Cal::Gregorian),
                Some(IsoYear(y.into()).to_string()),
            ),
        })
    }

    /// `i`, or the token after it when it is an adjective of a year
    /// (العام الدراسي، السنة المالية، الموسم الفلاحي).
    fn skip_year_adj(&self, i: usize) -> usize {
        if self.is(i, YEAR_ADJ) {
            i + 1
        } else {
            i
        }
    }

    /// أمس، اليوم، غدا، أول أمس، بعد غد، الأسبوع الماضي، الشهر الجاري،
    /// العام المقبل، هذه السنة … (optionally followed by a weekday).
    fn relative(&self, i: usize) -> Option<Hit> {
        if let Some((at, r, end)) = self.rel_period_words(i, PERIOD_NOUNS) {
            let noun = if self.lex_in(i, &["هذا", "هذه"]).is_some() {
                self.word(i + 1).unwrap_or("")
            } else {
                self.lex(i, |w| PERIOD_NOUNS.iter().find(|&&n| n == w).copied())
                    .map_or("", |x| x.0)
            };
            let step = match r {
                Rel::Past => -1,
                Rel::Current => 0,
                Rel::Next => 1,
            };
            let unit = match noun {
                "الاسبوع" => Some(counted::Unit::Week),
                "الشهر" => Some(counted::Unit::Month),
                "العام" | "السنه" => Some(counted::Unit::Year),
                _ => None,
            };
            return Some(Hit {
                at,
                end,
                value: unit.and_then(|u| counted::offset_value(self.doc.document_date, u, step)),
            });
        }
        let (at0, j) = match self.lex_in(i, &["يوم"]) {
            Some(a) => (Some(a), i + 1),
            None => (None, i),
        };
        let word = |k: usize| -> Option<(&str, At)> {
            if at0.is_some() {
                self.word(k).map(|w| (w, self.start(k)))
            } else {
                self.lex(k, |w| RELATIVE_DAYS.iter().copied().find(|&x| x == w))
            }
        };
        let (w, a) = word(j)?;
        let at = at0.unwrap_or(a);
        let next = self.word(j + 1);
        let (offset, end) = match w {
            "امس" | "الامس" if next == Some("الاول") => (-2, j + 2),
            "امس" | "الامس" => {
                // أمسّ الحاجة "most urgent"; لامس "touched" (not ل + أمس).
                if matches!(next, Some("الحاجه" | "حاجه")) || self.word(j) == Some("لامس")
                {
                    return None;
                }
                (-1, j + 1)
            }
            "البارحه" => (-1, j + 1),
            "اول" if next == Some("امس") => (-2, j + 2),
            "بعد" if at0.is_none() && matches!(next, Some("غد" | "الغد")) => (2, j + 2),
            "غد" | "الغد" if at0.is_some() => (1, j + 1),
            "اليوم" if at0.is_none() && !a.restored && self.today_ok(j) => (0, j + 1),
            "غدا" if self.tomorrow_ok(j) => (1, j + 1),
            _ => return None,
        };
        let mut end = end;
        if self.weekday(end, false).is_some() {
            end += 1;
        }
        Some(Hit {
            at,
            end,
            value: counted::offset_value(self.doc.document_date, counted::Unit::Day, offset),
        })
    }

    fn today_ok(&self, j: usize) -> bool {
        if j > 0 && (self.int(j - 1).is_some() || self.is(j - 1, NOT_TODAY_BEFORE)) {
            return false;
        }
        match self.word(j + 1) {
            Some(n) if WEEKDAY.contains_key(n) => true,
            Some(n) => !n.starts_with("ال") && !NOT_TODAY_AFTER.contains(&n),
            None => true,
        }
    }

    fn tomorrow_ok(&self, j: usize) -> bool {
        if j > 0 && self.is(j - 1, TOMORROW_PREV) {
            return true;
        }
        match self.word(j + 1) {
            None => true,
            Some(n) => TOMORROW_NEXT.contains(&n) || WEEKDAY.contains_key(n),
        }
    }

    /// `[يوم] weekday [الماضي|المقبل]`.
    fn weekday_alone(&self, i: usize) -> Option<Hit> {
        let (yawm, j) = match self.lex_in(i, &["يوم"]) {
            Some(a) => (Some(a), i + 1),
            None => (None, i),
        };
        let (d, a) = self.weekday(j, yawm.is_none())?;
        let at = yawm.unwrap_or(a);
        let rel = self.rel_adj(j + 1).filter(|&r| r != Rel::Current);
        let end = if rel.is_some() { j + 2 } else { j + 1 };
        if yawm.is_none() && rel.is_none() {
            let prev_time = i > 0 && self.is(i - 1, TIME_OF_DAY);
            let ambiguous = matches!(d, 0 | 1 | 5);
            if ambiguous && !prev_time {
                return None;
            }
            if d == 5 && i > 0 && self.is(i - 1, PRAYER) {
                return None;
            }
        }
        let value = self.doc.document_date.and_then(|doc| {
            let wd = i64::from(doc.weekday());
            let target = i64::from(d);
            let offset = match rel {
                Some(Rel::Past) => -((wd - target - 1).rem_euclid(7) + 1),
                Some(_) => (target - wd - 1).rem_euclid(7) + 1,
                // A bare weekday: the document's own day, else the next
                // one after a future marker (سيعقد، سوف), else the last.
                None if wd == target => 0,
                None if self.future_before(i) => (target - wd).rem_euclid(7),
                None => -(wd - target).rem_euclid(7),
            };
            Pt::from_ymd(doc.add_days(offset)).iso()
        });
        Some(Hit {
            at,
            end,
            value: date_value(Cal::Gregorian, value),
        })
    }

    /// A future marker among the four words before token `i`: سوف, or a
    /// verb with the future prefix س (سيعقد، ستنطلق، سنلتقي).
    fn future_before(&self, i: usize) -> bool {
        (i.saturating_sub(4)..i).any(|k| {
            self.word(k).is_some_and(|w| {
                let w = w.strip_prefix('و').unwrap_or(w);
                const NOT_VERBS: &[&str] = &["سته", "ستين", "ستون", "سنه", "سنين", "سنوات", "سيده"];
                w == "سوف"
                    || (["سي", "ست", "سن"].iter().any(|p| w.starts_with(p))
                        && w.chars().count() >= 4
                        && !NOT_VERBS.contains(&w))
            })
        })
    }

    /// `مطلع/منتصف/أواخر/نهاية` + a month, a year, a relative period or a
    /// bare الشهر/العام: a DATE. Its value is the third of the Gregorian
    /// month or year it frames ([`frame_third`]); other frames (a Hijri
    /// month, a decade, a period without a document date) have none.
    fn frame(&self, i: usize) -> Option<Hit> {
        let (third, at) = self.lex(i, |w| FRAMES.contains(&w).then(|| frame_part(w)))?;
        let k = i + 1;
        let core = self.core(k, true);
        let end = [
            core.as_ref().map(|c| c.end),
            self.rel_period_words(k, PERIOD_NOUNS).map(|x| x.2),
            self.year_cue(k).map(|h| h.end),
            self.year_of(k, Cal::Gregorian).map(|x| x.1),
            self.decade(k).map(|h| h.end),
            (self.is(k, PERIOD_NOUNS) && !self.word(k + 1).is_some_and(|w| w.starts_with("ال")))
                .then_some(k + 1),
        ]
        .into_iter()
        .flatten()
        .max()?;
        // The date framed, read as a date of its own where it ends there
        // (a month word that alone is not one, `أواخر مارس`, included), or
        // a bare year (`أواخر 2003`, which alone is no date).
        let framed = core
            .filter(|c| c.end == end)
            .map(|c| self.core_hit(&c))
            .or_else(|| self.date_at(k).filter(|h| h.end == end))
            .and_then(|h| h.value)
            .or_else(|| {
                let (y, e) = self.year_of(k, Cal::Gregorian)?;
                (e == end).then(|| date_value(Cal::Gregorian, Some(format!("{y:04}"))))?
            });
        let value = framed.and_then(|v| frame_third(&v, third));
        Some(Hit { at, end, value })
    }

    /// التسعينيات، ثمانينيات القرن الماضي: `19d0/19d9`.
    fn decade(&self, i: usize) -> Option<Hit> {
        // عقد الثمانينات، حقبة التسعينيات
        if let Some(at) = self.lex_in(i, &["عقد", "حقبه"]) {
            let mut h = self.decade(i + 1)?;
            h.at = at;
            return Some(h);
        }
        let (d, at) = self.lex(i, decade_tens)?;
        let mut end = i + 1;
        let mut century = if d >= 3 { Some(19) } else { None };
        if self.is(i + 1, &["القرن"]) {
            match self.word(i + 2) {
                Some("الماضي" | "العشرين") => {
                    century = Some(19);
                    end = i + 3;
                }
                Some("التاسع") if self.is(i + 3, &["عشر"]) => {
                    century = Some(18);
                    end = i + 4;
                }
                Some("الحالي") => {
                    century = Some(20);
                    end = i + 3;
                }
                _ => {}
            }
        }
        let value = century.map(|c| format!("{c}{d}0/{c}{d}9"));
        Some(Hit {
            at,
            end,
            value: date_value(Cal::Gregorian, value),
        })
    }

    /// صيف 2024، شتاء عام 2023، الصيف الماضي: the season's months in the
    /// northern hemisphere (spring March–May, summer June–August, autumn
    /// September–November, winter December of the year before–February).
    fn season(&self, i: usize) -> Option<Hit> {
        let months = |s: usize, y: i32| {
            let first = [3, 6, 9, 12][s];
            let y0 = if first == 12 { y - 1 } else { y };
            let (y1, m1) = Ymd {
                year: y0,
                month: first,
                day: 1,
            }
            .add_months(2);
            format!(
                "{}-{first:02}/{}-{m1:02}",
                IsoYear(y0.into()),
                IsoYear(y1.into())
            )
        };
        // SEASONS order: صيف، ربيع، خريف، شتاء.
        let index = |w: &str| match w {
            "ربيع" | "الربيع" => Some(0),
            "صيف" | "الصيف" => Some(1),
            "خريف" | "الخريف" => Some(2),
            "شتاء" | "الشتاء" => Some(3),
            _ => None,
        };
        if let Some(at) = self.lex_in(i, SEASONS) {
            let s = self.lex(i, index)?.0;
            let k = if self.is(i + 1, YEAR_CUE) {
                i + 2
            } else {
                i + 1
            };
            let (y, end) = self.year_of(k, Cal::Gregorian)?;
            return Some(Hit {
                at,
                end,
                value: date_value(Cal::Gregorian, Some(months(s, y))),
            });
        }
        let at = self.lex_in(i, SEASONS_DEF)?;
        let s = self.lex(i, index)?.0;
        let r = self.rel_adj(i + 1)?;
        // The season of that name that ended before, holds, or starts
        // after the document date (seasons named by the year of their
        // first month but winter, named by the year of its January).
        let value = self.doc.document_date.map(|d| {
            let bounds = |y: i32| {
                let first = [3, 6, 9, 12][s];
                let y0 = if first == 12 { y - 1 } else { y };
                let start = Ymd {
                    year: y0,
                    month: first,
                    day: 1,
                };
                let (ey, em) = start.add_months(3);
                (
                    start,
                    Ymd {
                        year: ey,
                        month: em,
                        day: 1,
                    },
                )
            };
            let years = d.year - 1..=d.year + 2;
            let y = match r {
                Rel::Past => years.rev().find(|&y| bounds(y).1 <= d),
                Rel::Current => years
                    .clone()
                    .find(|&y| bounds(y).0 <= d && d < bounds(y).1)
                    .or(Some(d.year)),
                Rel::Next => years.clone().find(|&y| bounds(y).0 > d),
            }
            .unwrap_or(d.year);
            months(s, y)
        });
        Some(Hit {
            at,
            end: i + 2,
            value: date_value(Cal::Gregorian, value),
        })
    }
}
