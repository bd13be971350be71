//! Civil dates: the document date in [`crate::Options`] and the small
//! amount of calendar arithmetic the date recogniser needs (days in a
//! month, weekdays, adding days, Hijri → Gregorian, Easter). Proleptic
//! Gregorian, no time zones.
//!
//! # Hijri dates
//!
//! [`Hijri`] is the *tabular* Islamic calendar (the civil variant: epoch
//! Friday 16 July 622 Julian, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
//! 26 and 29 of each 30-year cycle, odd months of 30 days, even months of
//! 29, Dhu al-Hijja of 30 in a leap year). It is arithmetic, so it needs no
//! table, but official calendars (Umm al-Qura, or a sighting of the new
//! moon) can start a month a day earlier or later.

use crate::error::{Error, ErrorKind};
use std::fmt;
use std::str::FromStr;

/// A Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Ymd {
    /// Year, e.g. 2025.
    pub year: i32,
    /// Month, 1..=12.
    pub month: u32,
    /// Day of the month, 1..=31.
    pub day: u32,
}

impl Ymd {
    /// A date, if it exists.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Ymd> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Ymd { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Ymd {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Ymd { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Ymd {
        Ymd::from_days(self.to_days() + n)
    }

    /// Day of the week, 0 = Sunday (الأحد) … 6 = Saturday (السبت).
    pub fn weekday(self) -> u32 {
        (self.to_days() + 4).rem_euclid(7) as u32
    }

    /// The ISO 8601 week of this date: (week-based year, week 1..=53).
    /// Weeks start on Monday; week 1 holds the year's first Thursday.
    pub fn iso_week(self) -> (i32, u32) {
        let from_monday = i64::from((self.weekday() + 6) % 7);
        let thursday = self.add_days(3 - from_monday);
        let jan1 = Ymd {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }

    /// The (year, month) `n` months after this date's month (before when
    /// negative). A year past `i32`'s range is clamped to it.
    pub fn add_months(self, n: i32) -> (i32, u32) {
        let (year, month) = months_from(self, i64::from(n));
        let year = i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX });
        (year, month)
    }

    /// Whether this is a date the recognisers resolve relative dates
    /// against: a year from 1 to 9999, which ISO 8601 writes with four
    /// digits. Any offset said in a text (a count of days, months or
    /// years is at most `u32::MAX`) then stays far inside `i64`.
    pub fn is_supported(self) -> bool {
        SUPPORTED_YEARS.contains(&self.year)
    }
}

/// The years of a document date the recognisers use (see
/// [`Ymd::is_supported`]); `YYYY-MM-DD` parsing accepts only these.
pub const SUPPORTED_YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// The (year, month) `n` months after `d`'s month, in `i64` so that any
/// count said in a text fits.
pub fn months_from(d: Ymd, n: i64) -> (i64, u32) {
    let index = i64::from(d.year) * 12 + i64::from(d.month) - 1 + n;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// A date of the tabular Islamic calendar (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hijri {
    /// Year AH, from 1.
    pub year: i32,
    /// Month, 1..=12 (1 = Muharram, 9 = Ramadan).
    pub month: u32,
    /// Day, 1..=30.
    pub day: u32,
}

/// Days from 1970-01-01 back to 1 Muharram 1 AH (16 July 622 Julian).
const HIJRI_EPOCH: i64 = -492_148;

impl Hijri {
    /// A Hijri date, if the day exists in the tabular calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Hijri> {
        (year >= 1 && (1..=12).contains(&month) && day >= 1 && day <= hijri_month_days(year, month))
            .then_some(Hijri { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year);
        let m = i64::from(self.month);
        // Months alternate 30 and 29 days: ceil(29.5 * (m - 1)).
        let before_month = (59 * (m - 1) + 1) / 2;
        HIJRI_EPOCH
            + (y - 1) * 354
            + (3 + 11 * y).div_euclid(30)
            + before_month
            + i64::from(self.day)
            - 1
    }

    /// The Gregorian date of this day.
    pub fn to_gregorian(self) -> Ymd {
        Ymd::from_days(self.to_days())
    }

    /// The Hijri date of a Gregorian day. Before 1 AH the tabular calendar
    /// is extended backwards (year 0 AH, -1 AH, …), so the day and month are
    /// always real ones.
    pub fn from_gregorian(d: Ymd) -> Hijri {
        let days = d.to_days() - HIJRI_EPOCH;
        // A first guess from the mean year, then correct it.
        let mut year = (days * 30).div_euclid(10_631) as i32 + 1;
        let start = |y: i32| {
            Hijri {
                year: y,
                month: 1,
                day: 1,
            }
            .to_days()
        };
        while start(year) > d.to_days() {
            year -= 1;
        }
        while start(year + 1) <= d.to_days() {
            year += 1;
        }
        let mut month = 1;
        while month < 12
            && (Hijri {
                year,
                month: month + 1,
                day: 1,
            })
            .to_days()
                <= d.to_days()
        {
            month += 1;
        }
        let day = (d.to_days()
            - Hijri {
                year,
                month,
                day: 1,
            }
            .to_days()) as u32
            + 1;
        Hijri { year, month, day }
    }
}

/// Whether `year` AH is a leap year of the tabular calendar.
pub fn hijri_leap(year: i32) -> bool {
    (14 + 11 * i64::from(year)).rem_euclid(30) < 11
}

/// Days in `month` of `year` AH (tabular).
pub fn hijri_month_days(year: i32, month: u32) -> u32 {
    match month {
        12 if hijri_leap(year) => 30,
        m if m % 2 == 1 => 30,
        1..=12 => 29,
        _ => 0,
    }
}

/// Western (Gregorian) Easter Sunday of `year` (the anonymous Gregorian
/// algorithm, Meeus/Jones/Butcher).
pub fn easter_western(year: i32) -> Ymd {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Ymd {
        year,
        month: month as u32,
        day: day as u32,
    }
}

/// Orthodox Easter Sunday of `year`, as a Gregorian date (Meeus's Julian
/// algorithm, then the Julian → Gregorian shift of 13 days, exact for
/// 1900–2099).
pub fn easter_orthodox(year: i32) -> Ymd {
    let a = year % 4;
    let b = year % 7;
    let c = year % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian date, counted as if Gregorian, then shifted.
    Ymd {
        year,
        month: month as u32,
        day: day as u32,
    }
    .add_days(13)
}

/// Number of days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Ymd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}-{:02}-{:02}",
            IsoYear(self.year.into()),
            self.month,
            self.day
        )
    }
}

/// A year as ISO 8601 writes it: four digits from `0000` to `9999`, and
/// outside that range a sign and at least four digits (`-0975`, `+10000`,
/// ISO 8601's expanded years). `{:04}` alone would write `-975` for the
/// year of "3000 years ago" said in 2025, which no ISO reader accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsoYear(pub i64);

impl fmt::Display for IsoYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            y @ 0..=9999 => write!(f, "{y:04}"),
            y if y < 0 => write!(f, "-{:04}", y.unsigned_abs()),
            y => write!(f, "+{y:04}"),
        }
    }
}

impl FromStr for Ymd {
    type Err = Error;
    /// Parses `YYYY-MM-DD`, a year from 1 to 9999.
    fn from_str(s: &str) -> Result<Ymd, Error> {
        let bad = || {
            Error::new(
                ErrorKind::BadDate,
                format!("{s:?} is not a date (YYYY-MM-DD)"),
            )
        };
        let mut parts = s.trim().splitn(3, '-');
        let mut num = || parts.next().and_then(|p| p.parse::<u32>().ok());
        let (y, m, d) = (
            num().ok_or_else(bad)?,
            num().ok_or_else(bad)?,
            num().ok_or_else(bad)?,
        );
        let y = i32::try_from(y).map_err(|_| bad())?;
        if !SUPPORTED_YEARS.contains(&y) {
            return Err(Error::new(
                ErrorKind::BadDate,
                format!("{s:?}: the year must be from 1 to 9999"),
            ));
        }
        Ymd::new(y, m, d).ok_or_else(bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        let d: Ymd = "2025-05-06".parse().unwrap();
        assert_eq!(Ymd::from_days(d.to_days()), d);
        assert_eq!(d.weekday(), 2); // a Tuesday
        assert_eq!(d.add_days(-6).to_string(), "2025-04-30");
        assert_eq!(
            "2024-02-29".parse::<Ymd>().unwrap().add_days(1).to_string(),
            "2024-03-01"
        );
    }

    #[test]
    fn iso_weeks_and_month_steps() {
        let w = |s: &str| s.parse::<Ymd>().unwrap().iso_week();
        assert_eq!(w("2025-05-06"), (2025, 19));
        assert_eq!(w("2021-01-03"), (2020, 53));
        assert_eq!(w("2024-12-30"), (2025, 1));
        let d: Ymd = "2025-01-15".parse().unwrap();
        assert_eq!(d.add_months(-1), (2024, 12));
        assert_eq!(d.add_months(12), (2026, 1));
    }

    /// A second, independent computation of the tabular calendar: count
    /// whole years and months from the epoch with the 30-year cycle table
    /// written out, and turn the Julian Day Number into a Gregorian date
    /// with the Fliegel–Van Flandern formula (not Hinnant's, used above).
    fn hijri_by_counting(y: i32, m: u32, d: u32) -> (i64, i64, i64) {
        const LEAP: [i32; 11] = [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29];
        let mut jdn: i64 = 1_948_440; // 1 Muharram 1 AH, JDN (civil epoch)
        for year in 1..y {
            jdn += if LEAP.contains(&(((year - 1) % 30) + 1)) {
                355
            } else {
                354
            };
        }
        for month in 1..m {
            jdn += if month % 2 == 1 { 30 } else { 29 };
        }
        jdn += i64::from(d) - 1;
        let l = jdn + 68_569;
        let n = 4 * l / 146_097;
        let l = l - (146_097 * n + 3) / 4;
        let i = 4000 * (l + 1) / 1_461_001;
        let l = l - 1461 * i / 4 + 31;
        let j = 80 * l / 2447;
        let day = l - 2447 * j / 80;
        let l = j / 11;
        let month = j + 2 - 12 * l;
        let year = 100 * (n - 49) + i + l;
        (year, month, day)
    }

    #[test]
    fn hijri_agrees_with_a_second_computation() {
        for (y, m, d) in [
            (1, 1, 1),
            (1389, 10, 1),
            (1420, 12, 30),
            (1444, 9, 1),
            (1445, 9, 1),
            (1445, 9, 15),
            (1445, 10, 1),
            (1446, 1, 1),
            (1446, 12, 10),
            (1500, 6, 29),
        ] {
            let g = Hijri::new(y, m, d).expect("valid").to_gregorian();
            let (gy, gm, gd) = hijri_by_counting(y, m, d);
            assert_eq!(
                (i64::from(g.year), i64::from(g.month), i64::from(g.day)),
                (gy, gm, gd),
                "{y}-{m}-{d}"
            );
        }
        // Known anchors: 1 AH began on 16 July 622 Julian = 19 July 622
        // proleptic Gregorian; 1 Ramadan 1445 = 11 March 2024.
        assert_eq!(
            Hijri::new(1, 1, 1).unwrap().to_gregorian().to_string(),
            "0622-07-19"
        );
        assert_eq!(
            Hijri::new(1445, 9, 1).unwrap().to_gregorian().to_string(),
            "2024-03-11"
        );
    }

    #[test]
    fn hijri_round_trip() {
        let mut d: Ymd = "2019-01-01".parse().unwrap();
        for _ in 0..3000 {
            let h = Hijri::from_gregorian(d);
            assert_eq!(Hijri::new(h.year, h.month, h.day), Some(h));
            assert_eq!(h.to_gregorian(), d);
            d = d.add_days(1);
        }
        assert!(Hijri::new(1446, 12, 30).is_none()); // 1446 is common
        assert!(Hijri::new(1445, 12, 30).is_some());
    }

    #[test]
    fn easter() {
        assert_eq!(easter_western(2024).to_string(), "2024-03-31");
        assert_eq!(easter_western(2025).to_string(), "2025-04-20");
        assert_eq!(easter_orthodox(2024).to_string(), "2024-05-05");
        assert_eq!(easter_orthodox(2025).to_string(), "2025-04-20");
        assert_eq!(easter_orthodox(2023).to_string(), "2023-04-16");
    }

    #[test]
    fn bad_dates() {
        assert!("2023-02-29".parse::<Ymd>().is_err());
        assert!("2023-13-01".parse::<Ymd>().is_err());
        assert!("yesterday".parse::<Ymd>().is_err());
    }
}
