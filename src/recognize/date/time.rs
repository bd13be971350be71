//! TIME: clock times. `الساعة الثامنة`, `الساعة 10:30`, `10:30 صباحا`,
//! `الثامنة مساء`, `الساعة الثالثة والنصف/والربع/إلا ربعا`, `منتصف الليل`,
//! with a time-zone phrase kept in the span (`بتوقيت غرينتش`).
//!
//! A time needs a cue: the word الساعة, the `HH:MM` shape (hours 0–23,
//! two-digit minutes), or a period of the day (صباحا، مساء، ظهرا، عصرا،
//! ليلا، فجرا، زوالا، بعد الظهر). The value is `HH:MM`, on the 24-hour clock
//! when a period says which half of the day is meant, else as written.

use super::lexicon::HOURS;
use super::{first_words, At, Hit, P};
use crate::hash::WordSet;
use crate::recognize::number::count_at;
use crate::span::Value;
use crate::tokenize::TokenKind;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Morning,
    Dawn,
    Noon,
    Afternoon,
    Evening,
    Pm,
    Night,
}

// Folded spellings (see the test in the parent module).
const PERIODS: &[(&str, Period)] = &[
    ("صباحا", Period::Morning),
    ("ص", Period::Morning),
    ("فجرا", Period::Dawn),
    ("ظهرا", Period::Noon),
    ("عصرا", Period::Afternoon),
    ("زوالا", Period::Afternoon),
    ("مساء", Period::Evening),
    ("مساءا", Period::Evening),
    ("ليلا", Period::Night),
    ("م", Period::Pm),
    // Part of the day named after the time (الساعة 3 العصر), regional
    // forms included (الصبح، بالليل).
    ("الصبح", Period::Morning),
    ("الصباح", Period::Morning),
    ("صباح", Period::Morning),
    ("الفجر", Period::Dawn),
    ("الظهر", Period::Noon),
    ("الظهيره", Period::Noon),
    ("العصر", Period::Afternoon),
    ("المساء", Period::Evening),
    ("بالليل", Period::Night),
    ("الليل", Period::Night),
    ("ليل", Period::Night),
    // Prayer times as parts of the day: only with a plausible hour.
    ("المغرب", Period::Evening),
    ("العشاء", Period::Evening),
];
/// Zones with a fixed offset (no daylight saving): folded word → offset.
const ZONE_OFFSETS: &[(&str, &str)] = &[
    ("غرينتش", "Z"),
    ("غرينيتش", "Z"),
    ("جرينتش", "Z"),
    ("جرينيتش", "Z"),
    ("gmt", "Z"),
    ("utc", "Z"),
    ("مكه", "+03:00"),
    ("الرياض", "+03:00"),
    ("السعوديه", "+03:00"),
    ("بغداد", "+03:00"),
    ("العراق", "+03:00"),
    ("الكويت", "+03:00"),
    ("الدوحه", "+03:00"),
    ("قطر", "+03:00"),
    ("المنامه", "+03:00"),
    ("ابوظبي", "+04:00"),
    ("الامارات", "+04:00"),
    ("دبي", "+04:00"),
    ("مسقط", "+04:00"),
    ("عمان", "+04:00"),
    ("الجزائر", "+01:00"),
    ("تونس", "+01:00"),
];
const ZONES: &[&str] = &["GMT", "UTC", "غرينتش", "غرينيتش", "جرينتش", "جرينيتش"];
const HOUR_CUE: &[&str] = &["الساعه"];
const QUARTER: &[&str] = &["ربعا", "ربع", "الربع"];
const THIRD: &[&str] = &["ثلثا", "ثلث", "الثلث"];
const MINUTES: &[&str] = &["دقيقه", "دقائق", "دقيقتين", "دقيقا"];
/// Minus the hour: إلا (and Maghrebi قل).
const MINUS: &[&str] = &["الا", "قل"];
const MIDDLE: &[&str] = &["منتصف"];

/// Every stem a time can start with besides a number (see
/// `DATE_STARTS` in the parent module): الساعة, منتصف, an hour word.
pub(super) static TIME_STARTS: LazyLock<WordSet> = LazyLock::new(|| {
    let hours = first_words(HOURS.keys());
    [HOUR_CUE, MIDDLE, &hours]
        .iter()
        .flat_map(|l| l.iter())
        .map(|w| w.to_string())
        .collect()
});

fn to_24(h: u32, p: Option<Period>) -> u32 {
    match p {
        None | Some(Period::Dawn) => h,
        Some(Period::Morning) => h % 12,
        Some(Period::Noon) if h <= 5 => h + 12,
        Some(Period::Noon) => h,
        Some(Period::Afternoon | Period::Pm) if h < 12 => h + 12,
        Some(Period::Afternoon | Period::Pm) => 12,
        Some(Period::Evening) => (h % 12) + 12,
        Some(Period::Night) if h == 12 || h <= 4 => h % 12,
        Some(Period::Night) => h + 12,
    }
}

impl P<'_, '_> {
    /// `H:MM` (optionally `:SS`) at `k`: (hour, minutes, next token).
    fn clock(&self, k: usize) -> Option<(u32, u32, usize)> {
        if k > 0 && self.glued(k - 1) && self.punct(k - 1, &[":", "/", "-"]) {
            return None;
        }
        let (h, hd) = self.int(k)?;
        if hd > 2 || !self.glued(k) || !self.punct(k + 1, &[":"]) || !self.glued(k + 1) {
            return None;
        }
        let (m, md) = self.int(k + 2)?;
        if md != 2 || m > 59 || h > 23 {
            return None;
        }
        let mut end = k + 3;
        if self.glued(end - 1) && self.punct(end, &[":"]) && self.glued(end) {
            match self.int(end + 1) {
                Some((s, 2)) if s <= 59 => end += 2,
                _ => return None,
            }
        }
        if self.glued(end - 1) && self.punct(end, &[":", "/", "-", "."]) && self.glued(end) {
            return None;
        }
        Some((h, m, end))
    }

    fn period(&self, j: usize) -> Option<(Period, usize)> {
        let w = self.word(j)?;
        if w == "بعد" && matches!(self.word(j + 1), Some("الظهر" | "الزوال")) {
            return Some((Period::Afternoon, j + 2));
        }
        let w = if w.eq_ignore_ascii_case("pm") {
            "م"
        } else if w.eq_ignore_ascii_case("am") {
            "ص"
        } else {
            w
        };
        PERIODS.iter().find(|p| p.0 == w).map(|p| (p.1, j + 1))
    }

    /// A written clock hour (الثامنة، الحادية عشرة) at `k`.
    fn hour_word(&self, k: usize, clitics: bool) -> Option<(u32, At, usize)> {
        let next = self.word(k + 1);
        let f = |w: &str| {
            next.and_then(|nx| HOURS.get(&format!("{w} {nx}")).map(|&h| (h, 2)))
                .or_else(|| HOURS.get(w).map(|&h| (h, 1)))
        };
        if clitics {
            self.lex(k, f).map(|((h, len), at)| (h, at, k + len))
        } else {
            f(self.word(k)?).map(|(h, len)| (h, self.start(k), k + len))
        }
    }

    /// بتوقيت غرينتش، بالتوقيت المحلي، GMT: the token after the zone and
    /// the zone (`Z`, an offset, `local`, or the place named).
    fn zone(&self, j: usize) -> (usize, Option<String>) {
        let offset = |w: &str| {
            ZONE_OFFSETS
                .iter()
                .find(|z| z.0 == w.to_lowercase())
                .map(|z| z.1.to_string())
        };
        if self.is(j, &["بتوقيت", "بالتوقيت", "توقيت"]) {
            if let Some(w) = self.word(j + 1) {
                let mut e = j + 2;
                if self.is(j + 1, &["مكه"]) && self.is(e, &["المكرمه"]) {
                    e += 1;
                }
                let zone = match w {
                    "المحلي" => "local".to_string(),
                    _ => offset(w).unwrap_or_else(|| w.to_string()),
                };
                return (e, Some(zone));
            }
        }
        if self.is(j, ZONES) {
            let mut e = j + 1;
            let mut zone = "Z".to_string();
            // GMT+1
            if self.glued(j) && self.punct(e, &["+", "-"]) && self.glued(e) {
                if let Some((h, d)) = self.int(e + 1) {
                    if d <= 2 {
                        zone = format!("{}{h:02}:00", self.word_any(e));
                        e += 2;
                    }
                }
            }
            return (e, Some(zone));
        }
        (j, None)
    }
}

impl P<'_, '_> {
    /// Minutes after (و…) or before (إلا …) the hour at `j`, in digits or
    /// words: `و10 دقائق`، `وخمس وأربعون دقيقة`، `إلا خمس دقائق`.
    /// Returns (minutes, next token, before the hour).
    fn minutes(&self, j: usize) -> Option<(u32, usize, bool)> {
        let minus = self.is(j, MINUS);
        let k = if minus || self.is(j, &["و"]) {
            j + 1
        } else if self.word(j)?.starts_with('و') {
            j
        } else {
            return None;
        };
        let (mm, last) = count_at(self.doc, k)?;
        if !(1..=59).contains(&mm) || !self.is(last + 1, MINUTES) {
            return None;
        }
        Some((mm, last + 2, minus))
    }
}

/// A time starting at token `i`.
pub(super) fn time_at(p: &P<'_, '_>, i: usize) -> Option<Hit> {
    let (cue, k) = match p.lex_in(i, HOUR_CUE) {
        Some(a) => (Some(a), i + 1),
        None => (None, i),
    };
    // منتصف الليل / منتصف النهار
    if cue.is_none() {
        if let Some(at) = p.lex_in(i, MIDDLE) {
            let h = match p.word(i + 1) {
                Some("الليل") => 0,
                Some("النهار") => 12,
                _ => return None,
            };
            let (end, zone) = p.zone(i + 2);
            return Some(hit(at, end, h, 0, zone));
        }
    }
    let (mut h, mut m, mut j, at, clock, fixed) = if let Some((h, m, e)) = p.clock(k) {
        (h, m, e, cue.unwrap_or(p.start(k)), true, true)
    } else if let (Some(a), Some(t)) = (cue, p.doc.tokens.get(k)) {
        // الساعة 10 / الساعة 10.30 (or `10,30`، `10،30`) / الساعة الثامنة
        let s = p.word_any(k);
        if t.kind == TokenKind::Number {
            if let Some((hs, ms)) = s.split_once(['.', ',', '،']) {
                let (hh, mm) = (hs.parse::<u32>().ok()?, ms.parse::<u32>().ok()?);
                if hs.len() > 2 || ms.len() != 2 || hh > 23 || mm > 59 {
                    return None;
                }
                (hh, mm, k + 1, a, true, true)
            } else {
                let (hh, d) = p.int(k)?;
                if d > 2 || hh > 23 {
                    return None;
                }
                (hh, 0, k + 1, a, false, false)
            }
        } else {
            let (hh, _, e) = p.hour_word(k, false)?;
            (hh, 0, e, a, false, false)
        }
    } else if let Some((hh, d)) = p.int(k) {
        if d > 2 || !(1..=12).contains(&hh) {
            return None;
        }
        (hh, 0, k + 1, p.start(k), false, false)
    } else {
        let (hh, a, e) = p.hour_word(k, true)?;
        (hh, 0, e, a, false, false)
    };
    // Fractions: والنصف، والربع، والثلث، إلا ربعا، و10 دقائق، إلا 5 دقائق.
    let mut minus = false;
    if !fixed {
        if p.is(j, &["والنصف", "ونصف", "ونص", "والنص"]) {
            m = 30;
            j += 1;
        } else if p.is(j, &["والربع", "وربع"]) {
            m = 15;
            j += 1;
        } else if p.is(j, &["والثلث", "وثلث"]) {
            m = 20;
            j += 1;
        } else if p.is(j, MINUS) && p.is(j + 1, QUARTER) {
            m = 15;
            minus = true;
            j += 2;
        } else if p.is(j, MINUS) && p.is(j + 1, THIRD) {
            m = 20;
            minus = true;
            j += 2;
        } else if let Some((mm, e, neg)) = p.minutes(j) {
            minus = neg;
            m = mm;
            j = e;
        }
    }
    let mut period = p.period(j);
    // المغرب، العشاء name a part of the day only with an evening hour
    // (المغرب is also Morocco).
    if let Some((Period::Evening, _)) = period {
        if p.is(j, &["المغرب", "العشاء"]) && !(5..=10).contains(&h) {
            period = None;
        }
    }
    // The one-letter ص/م (and am/pm) only after a clock or الساعة:
    // `10 م` is ten metres.
    if !clock && cue.is_none() && p.word(j).is_some_and(|w| w.chars().count() <= 2) {
        period = None;
    }
    if let Some((_, e)) = period {
        j = e;
    }
    let period = period.map(|x| x.0);
    if cue.is_none() && !clock && period.is_none() {
        return None;
    }
    if period.is_some() && !(1..=12).contains(&h) {
        return None;
    }
    if minus {
        // In 12-hour terms: السابعة إلا ربعا = 6:45.
        h = if h <= 1 { 12 } else { h - 1 };
        m = 60 - m;
    }
    let h24 = to_24(h, period);
    let (end, zone) = p.zone(j);
    Some(hit(at, end, h24, m, zone))
}

fn hit(at: At, end: usize, h: u32, m: u32, zone: Option<String>) -> Hit {
    Hit {
        at,
        end,
        value: Some(Value::Time {
            iso: format!("{h:02}:{m:02}"),
            zone,
            date: None,
        }),
    }
}
