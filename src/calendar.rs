//! Civil dates: the document date in [`crate::Options`] and the small
//! amount of calendar arithmetic the date recogniser needs (days in a
//! month, weekdays, adding days). Proleptic Gregorian, no time zones.

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
    /// negative).
    pub fn add_months(self, n: i32) -> (i32, u32) {
        let index = self.year * 12 + self.month as i32 - 1 + n;
        (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
    }
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
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Ymd {
    type Err = Error;
    /// Parses `YYYY-MM-DD`.
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
        Ymd::new(i32::try_from(y).map_err(|_| bad())?, m, d).ok_or_else(bad)
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

    #[test]
    fn bad_dates() {
        assert!("2023-02-29".parse::<Ymd>().is_err());
        assert!("2023-13-01".parse::<Ymd>().is_err());
        assert!("yesterday".parse::<Ymd>().is_err());
    }
}
