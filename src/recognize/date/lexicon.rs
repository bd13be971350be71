//! Word tables of the date and time recogniser: month names (Gregorian in
//! every regional set, Hijri), weekdays, day ordinals 1–31 and hour words.
//!
//! The month and weekday names are facts taken from the Unicode CLDR 48
//! (`cldr-dates-full`, `ca-gregorian.json` of the locales ar, ar-MA, ar-DZ,
//! ar-TN, ar-LB, ar-SY, ar-IQ, ar-JO, ar-PS, ar-MR; `cldr-cal-islamic-full`,
//! `ca-islamic.json`), Unicode-3.0 licence, credited in data/SOURCES.md.
//! Common spelling variants that CLDR does not list (يونيه، يوليه، ذي
//! القعدة …) are added by hand.
//!
//! Tables are written in correct orthography and folded once, at first use,
//! with [`crate::normalize::arabic::key`], the fold of the normalised view.

use crate::hash::{WordMap, WordSet};
use crate::normalize::arabic::key;
use std::sync::LazyLock;

/// A calendar a date is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cal {
    /// The Gregorian calendar.
    Gregorian,
    /// The Hijri (Islamic lunar) calendar.
    Hijri,
}

impl Cal {
    /// The name used in [`crate::Value::Date`].
    pub fn name(self) -> &'static str {
        match self {
            Cal::Gregorian => "gregorian",
            Cal::Hijri => "hijri",
        }
    }
}

/// A month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthName {
    /// 1..=12 in its calendar.
    pub month: u32,
    /// Its calendar.
    pub cal: Cal,
    /// The word has another common meaning (آب "father", مارس "exercised",
    /// ماي, رمضان as a given name, صفر "zero" …): it names a month only
    /// with a day, a year, a preceding شهر or a following الجاري/الماضي.
    pub ambiguous: bool,
}

/// Gregorian month names: (spelling, month, ambiguous).
const GREGORIAN: &[(&str, u32, bool)] = &[
    // ar and the Gulf/Egypt locales (CLDR), plus common variants.
    ("يناير", 1, false),
    ("فبراير", 2, false),
    ("مارس", 3, true),
    ("أبريل", 4, false),
    ("مايو", 5, false),
    ("يونيو", 6, false),
    ("يونيه", 6, false),
    ("يوليو", 7, false),
    ("يوليه", 7, false),
    ("أغسطس", 8, false),
    ("سبتمبر", 9, false),
    ("أكتوبر", 10, false),
    ("نوفمبر", 11, false),
    ("ديسمبر", 12, false),
    // ar-MA (CLDR).
    ("ماي", 5, true),
    ("يوليوز", 7, false),
    ("غشت", 8, false),
    ("شتنبر", 9, false),
    ("نونبر", 11, false),
    ("دجنبر", 12, false),
    // ar-DZ, ar-TN (CLDR).
    ("جانفي", 1, false),
    ("فيفري", 2, false),
    ("أفريل", 4, false),
    ("جوان", 6, true),
    ("جويلية", 7, false),
    ("أوت", 8, false),
    // ar-LB, ar-SY, ar-IQ, ar-JO, ar-PS (CLDR), plus forms without ال.
    ("كانون الثاني", 1, false),
    ("كانون ثاني", 1, false),
    ("شباط", 2, true),
    ("آذار", 3, true),
    ("نيسان", 4, true),
    ("أيار", 5, false),
    ("حزيران", 6, false),
    ("تموز", 7, true),
    ("آب", 8, true),
    ("أيلول", 9, false),
    ("تشرين الأول", 10, false),
    ("تشرين أول", 10, false),
    ("تشرين الثاني", 11, false),
    ("تشرين ثاني", 11, false),
    ("كانون الأول", 12, false),
    ("كانون أول", 12, false),
    // ar-MR (CLDR).
    ("إبريل", 4, false),
    ("أغشت", 8, false),
    ("شتمبر", 9, false),
    ("دجمبر", 12, false),
];

/// Hijri month names (CLDR cal-islamic, plus the usual variants).
const HIJRI: &[(&str, u32, bool)] = &[
    ("محرم", 1, true),
    ("المحرم", 1, true),
    ("صفر", 2, true),
    ("ربيع الأول", 3, false),
    ("ربيع أول", 3, false),
    ("ربيع الثاني", 4, false),
    ("ربيع الآخر", 4, false),
    ("ربيع ثاني", 4, false),
    ("جمادى الأولى", 5, false),
    ("جمادى الأول", 5, false),
    ("جمادى الآخرة", 6, false),
    ("جمادى الثانية", 6, false),
    ("جمادى الآخر", 6, false),
    ("جمادى الثاني", 6, false),
    ("رجب", 7, true),
    ("شعبان", 8, true),
    ("رمضان", 9, true),
    ("شوال", 10, true),
    ("ذو القعدة", 11, false),
    ("ذي القعدة", 11, false),
    ("ذو الحجة", 12, false),
    ("ذي الحجة", 12, false),
];

/// Weekdays (CLDR, identical in every Arabic locale), 0 = Sunday.
const WEEKDAYS: &[(&str, u32)] = &[
    ("الأحد", 0),
    ("الاثنين", 1),
    ("الإثنين", 1),
    ("الثلاثاء", 2),
    ("الأربعاء", 3),
    ("الخميس", 4),
    ("الجمعة", 5),
    ("السبت", 6),
];

/// Masculine ordinals 1–9 (يوم is masculine: السادس من مارس).
const UNITS_M: [&str; 9] = [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
];

/// Feminine ordinals 1–12 for clock hours (الساعة الثامنة).
const HOURS_F: &[(&str, u32)] = &[
    ("الواحدة", 1),
    ("الثانية", 2),
    ("الثالثة", 3),
    ("الرابعة", 4),
    ("الخامسة", 5),
    ("السادسة", 6),
    ("السابعة", 7),
    ("الثامنة", 8),
    ("التاسعة", 9),
    ("العاشرة", 10),
    ("الحادية عشرة", 11),
    ("الحادية عشر", 11),
    ("الثانية عشرة", 12),
    ("الثانية عشر", 12),
];

/// Folded month names (one or two words, one space) → month.
pub static MONTHS: LazyLock<WordMap<MonthName>> = LazyLock::new(|| {
    let mut m = WordMap::default();
    for (table, cal) in [(GREGORIAN, Cal::Gregorian), (HIJRI, Cal::Hijri)] {
        for &(name, month, ambiguous) in table {
            m.insert(
                key(name),
                MonthName {
                    month,
                    cal,
                    ambiguous,
                },
            );
        }
    }
    m
});

/// Folded weekday → 0 (Sunday) ..= 6.
/// First words of the two-word month names (كانون الثاني, ربيع الأول, …),
/// so that a lookup of "word next" is only built when it can succeed.
pub static MONTH_FIRST_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    MONTHS
        .keys()
        .filter_map(|k| k.split_once(' ').map(|(first, _)| first.to_string()))
        .collect()
});

pub static WEEKDAY: LazyLock<WordMap<u32>> =
    LazyLock::new(|| WEEKDAYS.iter().map(|&(w, d)| (key(w), d)).collect());

/// Folded day ordinal (one or two words) → day 1..=31: الأول، السادس عشر،
/// الحادي والعشرين، الواحد والثلاثين، العشرون …
pub static DAY_ORDINALS: LazyLock<WordMap<u32>> = LazyLock::new(|| {
    let mut m = WordMap::default();
    let mut add = |s: String, d: u32| {
        m.insert(key(&s), d);
    };
    for (i, u) in UNITS_M.iter().enumerate() {
        let n = i as u32 + 1;
        add((*u).to_string(), n);
        let teen = if n == 1 { "الحادي" } else { u };
        if n <= 9 {
            add(format!("{teen} عشر"), 10 + n);
        }
    }
    add("العاشر".into(), 10);
    for (tens, base) in [("العشرين", 20), ("الثلاثين", 30)] {
        let nominative = tens.replace("ين", "ون");
        for t in [tens, nominative.as_str()] {
            add(t.to_string(), base);
            let stem = &t["ال".len()..];
            for (i, u) in UNITS_M.iter().enumerate() {
                let n = base + i as u32 + 1;
                if n > 31 {
                    break;
                }
                let units: &[&str] = if i == 0 {
                    &["الحادي", "الواحد"]
                } else {
                    &[u]
                };
                for u in units {
                    add(format!("{u} وال{stem}"), n);
                }
            }
        }
    }
    m
});

/// Folded clock hour word (one or two words) → hour 1..=12.
pub static HOURS: LazyLock<WordMap<u32>> =
    LazyLock::new(|| HOURS_F.iter().map(|&(w, h)| (key(w), h)).collect());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_cover_every_day() {
        let mut seen: Vec<u32> = DAY_ORDINALS.values().copied().collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen, (1..=31).collect::<Vec<_>>());
        assert_eq!(DAY_ORDINALS.get(&key("السادس عشر")), Some(&16));
        assert_eq!(DAY_ORDINALS.get(&key("الحادي والثلاثين")), Some(&31));
        assert_eq!(DAY_ORDINALS.get(&key("الواحد والعشرون")), Some(&21));
        assert_eq!(DAY_ORDINALS.get(&key("الثاني والعشرين")), Some(&22));
        assert_eq!(DAY_ORDINALS.get(&key("الحادي عشر")), Some(&11));
        assert_eq!(DAY_ORDINALS.get(&key("الأول")), Some(&1));
        assert!(!DAY_ORDINALS.contains_key(&key("الثاني والثلاثين")));
    }

    #[test]
    fn month_sets() {
        let g = |s: &str| MONTHS.get(&key(s)).map(|m| (m.month, m.cal));
        assert_eq!(g("تشرين الثاني"), Some((11, Cal::Gregorian)));
        assert_eq!(g("جمادى الآخرة"), Some((6, Cal::Hijri)));
        assert_eq!(g("اغسطس"), Some((8, Cal::Gregorian)));
        assert_eq!(g("شتمبر"), Some((9, Cal::Gregorian)));
        // Every month of every set is present.
        for cal in [Cal::Gregorian, Cal::Hijri] {
            for m in 1..=12 {
                assert!(MONTHS.values().any(|x| x.cal == cal && x.month == m));
            }
        }
    }
}
