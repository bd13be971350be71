//! Holidays as dates: Islamic feasts (by the tabular Hijri calendar of
//! [`crate::calendar`]), Christian feasts and the national days of the
//! region, each resolved to a day.
//!
//! Which year: the one named (`عيد الفطر 2025`، `عيد الأضحى 1445 هـ`), the
//! next or last one (`عيد الفطر المقبل`، `عيد الميلاد الماضي`), else the
//! occurrence nearest the document date (a tie goes to the past). Without a
//! document date or a year the value is the day of the year (`--10-01` in
//! the Hijri calendar for عيد الفطر, `--12-25` for Christmas).
//!
//! `عيد الميلاد` and `عيد الفصح` are the Western (Gregorian) dates unless
//! الأرثوذكسي or الشرقي follows (then 7 January and the Orthodox Easter).
//! `عيد الاستقلال` needs its country: an adjective (`عيد الاستقلال
//! المغربي`) or, failing that, a single country of the list named in the
//! document; otherwise it is a DATE with no value.

use super::{date_value, hijri_year_in, At, Cal, Hit, Rel, Value, P, YEAR_CUE};
use crate::calendar::{easter_orthodox, easter_western, Hijri, IsoYear, Ymd};
use crate::hash::WordMap;
use crate::normalize::arabic::key;
use std::sync::LazyLock;

/// When a holiday falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Feast {
    /// A Hijri month and day.
    Hijri(u32, u32),
    /// A Gregorian month and day.
    Fixed(u32, u32),
    /// Easter Sunday (Western).
    Easter,
    /// Independence day: the country comes from the text.
    Independence,
}

/// Holiday names in correct spelling (folded at first use).
const NAMES: &[(&str, Feast)] = &[
    ("عيد الفطر", Feast::Hijri(10, 1)),
    ("العيد الصغير", Feast::Hijri(10, 1)),
    ("عيد الأضحى", Feast::Hijri(12, 10)),
    ("العيد الكبير", Feast::Hijri(12, 10)),
    ("يوم عرفة", Feast::Hijri(12, 9)),
    ("وقفة عرفات", Feast::Hijri(12, 9)),
    ("المولد النبوي", Feast::Hijri(3, 12)),
    ("عيد المولد النبوي", Feast::Hijri(3, 12)),
    ("رأس السنة الهجرية", Feast::Hijri(1, 1)),
    ("السنة الهجرية الجديدة", Feast::Hijri(1, 1)),
    ("عاشوراء", Feast::Hijri(1, 10)),
    ("يوم عاشوراء", Feast::Hijri(1, 10)),
    ("ليلة القدر", Feast::Hijri(9, 27)),
    ("الإسراء والمعراج", Feast::Hijri(7, 27)),
    ("عيد الميلاد", Feast::Fixed(12, 25)),
    ("رأس السنة الميلادية", Feast::Fixed(1, 1)),
    ("عيد الفصح", Feast::Easter),
    ("عيد القيامة", Feast::Easter),
    ("عيد العرش", Feast::Fixed(7, 30)),
    ("عيد المسيرة الخضراء", Feast::Fixed(11, 6)),
    ("اليوم الوطني السعودي", Feast::Fixed(9, 23)),
    ("اليوم الوطني للمملكة", Feast::Fixed(9, 23)),
    ("اليوم الوطني الإماراتي", Feast::Fixed(12, 2)),
    ("عيد الاتحاد", Feast::Fixed(12, 2)),
    ("اليوم الوطني الكويتي", Feast::Fixed(2, 25)),
    ("اليوم الوطني القطري", Feast::Fixed(12, 18)),
    ("اليوم الوطني البحريني", Feast::Fixed(12, 16)),
    ("عيد الشغل", Feast::Fixed(5, 1)),
    ("عيد العمال", Feast::Fixed(5, 1)),
    ("عيد الحب", Feast::Fixed(2, 14)),
    ("عيد الأم", Feast::Fixed(3, 21)),
    ("عيد الاستقلال", Feast::Independence),
];

/// Independence days: (adjective, country as written in a text, month, day).
const INDEPENDENCE: &[(&str, &str, u32, u32)] = &[
    ("المغربي", "المغرب", 11, 18),
    ("الجزائري", "الجزائر", 7, 5),
    ("التونسي", "تونس", 3, 20),
    ("اللبناني", "لبنان", 11, 22),
    ("الأردني", "الأردن", 5, 25),
    ("الموريتاني", "موريتانيا", 11, 28),
    ("الليبي", "ليبيا", 12, 24),
    ("السوداني", "السودان", 1, 1),
    ("العراقي", "العراق", 10, 3),
    ("الفلسطيني", "فلسطين", 11, 15),
    ("الأمريكي", "الولايات المتحدة", 7, 4),
    ("الأميركي", "أمريكا", 7, 4),
];

/// Words after a name that belong to it.
const EPITHETS: &[&str] = &["المبارك", "السعيد", "المجيد", "الشريف", "الكريم", "المعظم"];
const ORTHODOX: &[&str] = &["الارثوذكسي", "الشرقي"];

/// A holiday name cut into its folded words, and its day.
type Name = (Vec<String>, Feast);

/// Folded names by first word, longest first.
static TABLE: LazyLock<WordMap<Vec<Name>>> = LazyLock::new(|| {
    let mut t: WordMap<Vec<Name>> = WordMap::default();
    for (n, f) in NAMES {
        let words: Vec<String> = key(n).split(' ').map(str::to_string).collect();
        let first = words.first().cloned().unwrap_or_default();
        t.entry(first).or_default().push((words, *f));
    }
    for names in t.values_mut() {
        names.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    }
    t
});

/// The first word of each holiday name, for the start gate.
pub(super) fn first_words() -> Vec<String> {
    TABLE.keys().cloned().collect()
}

impl P<'_, '_> {
    /// A holiday at `i`, with its epithet, year or relative adjective.
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
        let (feast, at, mut end) = self.holiday_name(i)?;
        let mut feast = feast;
        if self.is(end, EPITHETS) {
            end += 1;
        }
        let mut orthodox = false;
        if self.is(end, ORTHODOX) {
            orthodox = true;
            end += 1;
        }
        if feast == Feast::Independence {
            feast = match self.lex(end, |w| {
                INDEPENDENCE
                    .iter()
                    .find(|x| key(x.0) == w)
                    .map(|x| (x.2, x.3))
            }) {
                Some(((m, d), _)) => {
                    end += 1;
                    Feast::Fixed(m, d)
                }
                None => match self.country_in_doc() {
                    Some((m, d)) => Feast::Fixed(m, d),
                    None => {
                        return Some(Hit {
                            at,
                            end,
                            value: None,
                        })
                    }
                },
            };
        }
        // A year: 2025, 1446 هـ, عام 2025; or المقبل/الماضي.
        let k = if self.is(end, YEAR_CUE) { end + 1 } else { end };
        let mut year = None;
        let mut rel = None;
        if let Some((y, e)) = self
            .year_of(k, Cal::Hijri)
            .filter(|_| matches!(feast, Feast::Hijri(..)))
        {
            year = Some((y, true));
            end = e;
        } else if let Some((y, e)) = self.year_of(k, Cal::Gregorian) {
            year = Some((y, false));
            end = e;
        } else if let Some(r) = self.rel_adj(end) {
            rel = Some(r);
            end += 1;
        }
        Some(Hit {
            at,
            end,
            value: self.feast_value(feast, orthodox, year, rel),
        })
    }

    /// The holiday name at `i` (its first word may carry proclitics).
    fn holiday_name(&self, i: usize) -> Option<(Feast, At, usize)> {
        let (names, at) = self.lex(i, |w| TABLE.get(w))?;
        names.iter().find_map(|(ws, f)| {
            let rest_ok = ws
                .iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| self.word(i + k) == Some(w.as_str()));
            rest_ok.then_some((*f, at, i + ws.len()))
        })
    }

    /// The independence day of the one country of [`INDEPENDENCE`] the
    /// document names, if exactly one is named.
    fn country_in_doc(&self) -> Option<(u32, u32)> {
        let mut found: Option<(u32, u32)> = None;
        for k in 0..self.doc.tokens.len() {
            let hit = self.lex(k, |w| {
                INDEPENDENCE
                    .iter()
                    .find(|x| key(x.1).split(' ').next() == Some(w))
                    .map(|x| (x.2, x.3))
            });
            if let Some((md, _)) = hit {
                if found.is_some_and(|f| f != md) {
                    return None;
                }
                found = Some(md);
            }
        }
        found
    }

    fn feast_value(
        &self,
        feast: Feast,
        orthodox: bool,
        year: Option<(i32, bool)>,
        rel: Option<Rel>,
    ) -> Option<Value> {
        let doc = self.doc.document_date;
        match feast {
            Feast::Hijri(m, d) => {
                let on = |y| {
                    Hijri {
                        year: y,
                        month: m,
                        day: d,
                    }
                    .to_gregorian()
                };
                let y = match (year, doc) {
                    (Some((y, true)), _) => Some(y),
                    (Some((gy, false)), _) => Some(hijri_year_in(gy, m)),
                    (None, Some(doc)) => Some(pick(doc, Hijri::from_gregorian(doc).year, rel, on)),
                    (None, None) => None,
                };
                let iso = match y {
                    Some(y) => format!("{}-{m:02}-{d:02}", IsoYear(y.into())),
                    None => format!("--{m:02}-{d:02}"),
                };
                date_value(Cal::Hijri, Some(iso))
            }
            Feast::Fixed(..) | Feast::Easter => {
                let on = |y: i32| -> Ymd {
                    match feast {
                        Feast::Fixed(12, 25) if orthodox => Ymd {
                            year: y,
                            month: 1,
                            day: 7,
                        },
                        Feast::Fixed(m, d) => Ymd {
                            year: y,
                            month: m,
                            day: d,
                        },
                        _ if orthodox => easter_orthodox(y),
                        _ => easter_western(y),
                    }
                };
                let day = match (year, doc) {
                    (Some((y, false)), _) => Some(on(y)),
                    (Some((_, true)), _) => None,
                    (None, Some(doc)) => Some(on(pick(doc, doc.year, rel, on))),
                    (None, None) => None,
                };
                let iso = match (day, feast) {
                    (Some(d), _) => Some(d.to_string()),
                    (None, Feast::Fixed(12, 25)) if orthodox => Some("--01-07".to_string()),
                    (None, Feast::Fixed(m, d)) => Some(format!("--{m:02}-{d:02}")),
                    (None, _) => None,
                };
                date_value(Cal::Gregorian, iso)
            }
            Feast::Independence => None,
        }
    }
}

/// The year (around `y`, the document's in the feast's calendar) of the
/// occurrence `on(year)` that `rel` names: the next one after `doc`, the
/// last one before it, or (no adjective) the nearest, the earlier on a tie.
fn pick(doc: Ymd, y: i32, rel: Option<Rel>, on: impl Fn(i32) -> Ymd) -> i32 {
    let years = [y - 1, y, y + 1];
    let found = match rel {
        Some(Rel::Next) => years.into_iter().find(|&y| on(y) > doc),
        Some(Rel::Past) => years.into_iter().rev().find(|&y| on(y) < doc),
        _ => {
            let dist = |y: i32| (on(y).to_days() - doc.to_days()).abs();
            years.into_iter().min_by_key(|&y| (dist(y), y))
        }
    };
    found.unwrap_or(y)
}
