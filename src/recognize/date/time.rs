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
];
const ZONES: &[&str] = &["GMT", "UTC", "غرينتش", "غرينيتش", "جرينتش", "جرينيتش"];
const HOUR_CUE: &[&str] = &["الساعه"];
const QUARTER: &[&str] = &["ربعا", "ربع", "الربع"];
const THIRD: &[&str] = &["ثلثا", "ثلث", "الثلث"];
const MINUTES: &[&str] = &["دقيقه", "دقائق", "دقيقتين"];
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

    /// بتوقيت غرينتش، بالتوقيت المحلي، GMT: the token after the zone.
    fn zone(&self, j: usize) -> usize {
        if self.is(j, &["بتوقيت", "بالتوقيت", "توقيت"]) && self.word(j + 1).is_some()
        {
            let mut e = j + 2;
            if self.is(j + 1, &["مكه"]) && self.is(e, &["المكرمه"]) {
                e += 1;
            }
            return e;
        }
        if self.is(j, ZONES) {
            let mut e = j + 1;
            // GMT+1
            if self.glued(j) && self.punct(e, &["+", "-"]) && self.glued(e) {
                if let Some((_, d)) = self.int(e + 1) {
                    if d <= 2 {
                        e += 2;
                    }
                }
            }
            return e;
        }
        j
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
            let end = p.zone(i + 2);
            return Some(hit(at, end, h, 0));
        }
    }
    let (mut h, mut m, mut j, at, clock, fixed) = if let Some((h, m, e)) = p.clock(k) {
        (h, m, e, cue.unwrap_or(p.start(k)), true, true)
    } else if let (Some(a), Some(t)) = (cue, p.doc.tokens.get(k)) {
        // الساعة 10 / الساعة 10.30 / الساعة الثامنة
        let s = p.word_any(k);
        if t.kind == TokenKind::Number {
            if let Some((hs, ms)) = s.split_once('.') {
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
        if p.is(j, &["والنصف"]) {
            m = 30;
            j += 1;
        } else if p.is(j, &["والربع"]) {
            m = 15;
            j += 1;
        } else if p.is(j, &["والثلث"]) {
            m = 20;
            j += 1;
        } else if p.is(j, &["الا"]) && p.is(j + 1, QUARTER) {
            m = 15;
            minus = true;
            j += 2;
        } else if p.is(j, &["الا"]) && p.is(j + 1, THIRD) {
            m = 20;
            minus = true;
            j += 2;
        } else if p.is(j, &["و", "الا"]) && p.is(j + 2, MINUTES) {
            if let Some((mm, _)) = p.int(j + 1).filter(|x| x.0 >= 1 && x.0 <= 59) {
                minus = p.is(j, &["الا"]);
                m = mm;
                j += 3;
            }
        }
    }
    let mut period = p.period(j);
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
    let end = p.zone(j);
    Some(hit(at, end, h24, m))
}

fn hit(at: At, end: usize, h: u32, m: u32) -> Hit {
    Hit {
        at,
        end,
        value: Some(Value::Time {
            iso: format!("{h:02}:{m:02}"),
            zone: None,
        }),
    }
}
