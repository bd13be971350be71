//! Parts of a year and centuries as intervals: `الربع الأول من 2024`
//! (`2024-01/2024-03`), `النصف الثاني من العام الجاري`, `الربع الأخير من
//! العام الماضي`, `القرن التاسع عشر` (`1800/1899`: the hundred years
//! written 18xx, as newsrooms use the word), `القرن الماضي`.
//!
//! A quarter or a half needs its year (a number, `العام`/`هذا العام` for
//! the document's year, or a relative adjective): `الربع الأول` alone is
//! also a quarter of a match.
//!
//! Ordinal weekdays of a month are days: `أول ثلاثاء من أكتوبر 2024`
//! (`2024-10-01`), `آخر جمعة من رمضان` (the Hijri day, with its Gregorian
//! day), the month's year found as for any month (named, relative, or the
//! nearest).

use super::lexicon::{DAY_ORDINALS, WEEKDAY};
use super::{date_value, At, Cal, Hit, Rel, P, YEAR_CUE};
use crate::calendar::{days_in_month, hijri_month_days, Hijri, IsoYear, Ymd};

/// `الربع`/`النصف` and how many months each part has.
const PARTS: &[(&str, u32)] = &[("الربع", 3), ("النصف", 6), ("الثلث", 4)];
/// The parts' ordinals (folded): first … fourth, and last.
const PART_ORDINALS: &[(&str, u32)] = &[
    ("الاول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الاخير", 0),
];

/// First words of this module's patterns, for the start gate.
pub(super) const PERIOD_STARTS: &[&str] = &[
    "الربع",
    "النصف",
    "الثلث",
    "القرن",
    "اول",
    "ثاني",
    "ثالث",
    "رابع",
    "اخر",
];
/// Which weekday of a month: first … fourth, and last (0).
const NTH: &[(&str, u32)] = &[
    ("اول", 1),
    ("ثاني", 2),
    ("ثالث", 3),
    ("رابع", 4),
    ("اخر", 0),
];

impl P<'_, '_> {
    /// A quarter, half or third of a year at `i`.
    pub(super) fn part_of_year(&self, i: usize) -> Option<Hit> {
        let (months, at) = self.lex(i, |w| PARTS.iter().find(|p| p.0 == w).map(|p| p.1))?;
        let count = 12 / months;
        let (nth, _) = self.lex(i + 1, |w| {
            PART_ORDINALS.iter().find(|p| p.0 == w).map(|p| p.1)
        })?;
        let nth = if nth == 0 { count } else { nth };
        if nth > count {
            return None;
        }
        let mut k = i + 2;
        if self.is(k, &["من", "في"]) {
            k += 1;
        }
        let (year, end) = self.year_ref(k)?;
        let value = year.map(|y| {
            let first = (nth - 1) * months + 1;
            format!(
                "{0}-{first:02}/{0}-{1:02}",
                IsoYear(y.into()),
                first + months - 1
            )
        });
        Some(Hit {
            at,
            end,
            value: date_value(Cal::Gregorian, value),
        })
    }

    /// A year reference at `k`: `2024`, `عام 2024`, `العام الجاري/الماضي`,
    /// `هذا العام`, a bare `العام` (the document's): (year if known, next).
    fn year_ref(&self, k: usize) -> Option<(Option<i32>, usize)> {
        let j = if self.is(k, YEAR_CUE) { k + 1 } else { k };
        if let Some((y, e)) = self.year_of(j, Cal::Gregorian) {
            return Some((Some(y), e));
        }
        let doc_year = self.doc.document_date.map(|d| d.year);
        if let Some((_, r, e)) = self.rel_period_words(k, &["العام", "السنه"]) {
            let step = match r {
                Rel::Past => -1,
                Rel::Current => 0,
                Rel::Next => 1,
            };
            return Some((doc_year.map(|y| y + step), e));
        }
        if self.is(k, &["العام", "السنه"]) && !self.word(k + 1).is_some_and(|w| w.starts_with("ال"))
        {
            return Some((doc_year, k + 1));
        }
        None
    }

    /// `أول ثلاثاء من أكتوبر`، `آخر جمعة من رمضان`: one day.
    pub(super) fn nth_weekday(&self, i: usize) -> Option<Hit> {
        let (nth, at) = self.lex(i, |w| NTH.iter().find(|x| x.0 == w).map(|x| x.1))?;
        let wd = *WEEKDAY.get(&format!("ال{}", self.word(i + 1)?))?;
        if !self.is(i + 2, &["من"]) {
            return None;
        }
        let t = self.tail(i + 3)?;
        let m = t.name.month;
        let year = t.year.or_else(|| self.nearest_year(t.name.cal, m));
        let value = year.and_then(|y| {
            let (days, day_of): (u32, Box<dyn Fn(u32) -> Ymd>) = match t.name.cal {
                Cal::Gregorian => (
                    days_in_month(y, m),
                    Box::new(move |d| Ymd {
                        year: y,
                        month: m,
                        day: d,
                    }),
                ),
                Cal::Hijri => (
                    hijri_month_days(y, m),
                    Box::new(move |d| {
                        Hijri {
                            year: y,
                            month: m,
                            day: d,
                        }
                        .to_gregorian()
                    }),
                ),
            };
            let matching: Vec<u32> = (1..=days).filter(|&d| day_of(d).weekday() == wd).collect();
            let d = if nth == 0 {
                matching.last().copied()
            } else {
                matching.get(nth as usize - 1).copied()
            }?;
            Some(format!("{}-{m:02}-{d:02}", IsoYear(y.into())))
        });
        Some(Hit {
            at,
            end: t.end,
            value: date_value(t.name.cal, value),
        })
    }

    /// `القرن التاسع عشر`، `القرن 19`، `القرن الماضي`، `القرن الحالي`.
    pub(super) fn century(&self, i: usize) -> Option<Hit> {
        let at: At = self.lex_in(i, &["القرن"])?;
        let doc_c = self.doc.document_date.map(|d| d.year / 100 + 1);
        let next = self.word(i + 2);
        let (c, mut end) = if let Some((n, d)) = self.int(i + 1) {
            (Some(n as i32).filter(|_| d <= 2), i + 2)
        } else if let Some(&n) = self
            .word(i + 1)
            .and_then(|w| next.and_then(|nx| DAY_ORDINALS.get(&format!("{w} {nx}"))))
        {
            (Some(n as i32), i + 3)
        } else if let Some(&n) = self.word(i + 1).and_then(|w| DAY_ORDINALS.get(w)) {
            (Some(n as i32), i + 2)
        } else {
            match self.rel_adj(i + 1)? {
                Rel::Past => (doc_c.map(|c| c - 1), i + 2),
                Rel::Current => (doc_c, i + 2),
                Rel::Next => (doc_c.map(|c| c + 1), i + 2),
            }
        };
        let c = c.filter(|c| (1..=22).contains(c));
        if c.is_none() && self.doc.document_date.is_some() {
            return None;
        }
        let mut cal = Cal::Gregorian;
        if self.is(end, &["الميلادي", "للميلاد"]) {
            end += 1;
        } else if self.is(end, &["الهجري", "للهجره"]) {
            cal = Cal::Hijri;
            end += 1;
        }
        let value = c.map(|c| {
            format!(
                "{}/{}",
                IsoYear(((c - 1) * 100).into()),
                IsoYear(((c - 1) * 100 + 99).into())
            )
        });
        Some(Hit {
            at,
            end,
            value: date_value(cal, value),
        })
    }
}
