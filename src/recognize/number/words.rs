//! Amounts: numbers written in digits (`1,200,000`, `3.5`, `12,5`), in
//! words (`ثلاثة آلاف وخمسمائة`, `خمسة وعشرون`, `مائتا ألف`) or mixed
//! (`3 ملايين`, `2.5 مليار`, `نصف مليون`, `مليار و200 مليون`).
//!
//! The word tables are written in correct orthography (forms checked
//! against CLDR's Arabic spell-out rules) and folded once with
//! [`crate::normalize::arabic::key`], since matching runs on the folded
//! text.

use super::spaced;
use crate::hash::WordMap;
use crate::recognize::Doc;
use crate::tokenize::TokenKind;
use std::sync::LazyLock;

/// How a multiplier word counts (ألف / ألفان / آلاف).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Count {
    /// ألف، مليون: one, or times the number before it.
    One,
    /// ألفان، مليونين: exactly two, nothing before it.
    Dual,
    /// آلاف، ملايين: needs a number before it.
    Plural,
}

/// One number word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom {
    /// 1–9 (واحد، ثلاثة، ثمان …).
    Unit(f64),
    /// أحد / إحدى / اثنا / اثنتي: only before عشر (11, 12).
    TeenHead(f64),
    /// عشر / عشرة: 10 alone, or the tail of 13–19 after a unit.
    Ten,
    /// 20–90.
    Tens(f64),
    /// 100–900 in one word (مائة، مئتان، خمسمائة).
    Hundred(f64),
    /// ألف، مليون، مليار، ترليون and their dual and plural forms.
    Mult(f64, Count),
    /// نصف، ربع: before a multiplier (نصف مليون) or after one (مليون ونصف).
    Fraction(f64),
}

const UNITS: &[(&str, f64)] = &[
    ("واحد", 1.0),
    ("واحدة", 1.0),
    ("اثنان", 2.0),
    ("اثنين", 2.0),
    ("اثنتان", 2.0),
    ("اثنتين", 2.0),
    ("ثلاث", 3.0),
    ("ثلاثة", 3.0),
    ("أربع", 4.0),
    ("أربعة", 4.0),
    ("خمس", 5.0),
    ("خمسة", 5.0),
    ("ست", 6.0),
    ("ستة", 6.0),
    ("سبع", 7.0),
    ("سبعة", 7.0),
    ("ثمان", 8.0),
    ("ثماني", 8.0),
    ("ثمانية", 8.0),
    ("تسع", 9.0),
    ("تسعة", 9.0),
    // Egyptian and Levantine spellings (ث → ت), and their one-word teens.
    ("اتنين", 2.0),
    ("تنين", 2.0),
    ("تلات", 3.0),
    ("تلاتة", 3.0),
    ("تمانية", 8.0),
    ("تماني", 8.0),
    ("حداشر", 11.0),
    ("اتناشر", 12.0),
    ("تلتاشر", 13.0),
    ("أربعتاشر", 14.0),
    ("اربعتاشر", 14.0),
    ("خمستاشر", 15.0),
    ("ستاشر", 16.0),
    ("سبعتاشر", 17.0),
    ("تمنتاشر", 18.0),
    ("تسعتاشر", 19.0),
];

const TEEN_HEADS: &[(&str, f64)] = &[
    ("أحد", 1.0),
    ("إحدى", 1.0),
    ("اثنا", 2.0),
    ("اثني", 2.0),
    ("اثنتا", 2.0),
    ("اثنتي", 2.0),
];

const TENS: &[(&str, f64)] = &[
    ("عشرون", 20.0),
    ("عشرين", 20.0),
    ("ثلاثون", 30.0),
    ("ثلاثين", 30.0),
    ("أربعون", 40.0),
    ("أربعين", 40.0),
    ("خمسون", 50.0),
    ("خمسين", 50.0),
    ("ستون", 60.0),
    ("ستين", 60.0),
    ("سبعون", 70.0),
    ("سبعين", 70.0),
    ("ثمانون", 80.0),
    ("ثمانين", 80.0),
    ("تسعون", 90.0),
    ("تسعين", 90.0),
    ("تلاتين", 30.0),
    ("تمانين", 80.0),
];

const HUNDREDS: &[(&str, f64)] = &[
    ("مائة", 100.0),
    ("مئة", 100.0),
    ("مائتان", 200.0),
    ("مائتين", 200.0),
    ("مائتا", 200.0),
    ("مائتي", 200.0),
    ("مئتان", 200.0),
    ("مئتين", 200.0),
    ("مئتا", 200.0),
    ("مئتي", 200.0),
    ("ثلاثمائة", 300.0),
    ("ثلاثمئة", 300.0),
    ("أربعمائة", 400.0),
    ("أربعمئة", 400.0),
    ("خمسمائة", 500.0),
    ("خمسمئة", 500.0),
    ("ستمائة", 600.0),
    ("ستمئة", 600.0),
    ("سبعمائة", 700.0),
    ("سبعمئة", 700.0),
    ("ثمانمائة", 800.0),
    ("ثمانمئة", 800.0),
    ("ثمانيمائة", 800.0),
    ("تسعمائة", 900.0),
    ("تسعمئة", 900.0),
    // Egyptian and Levantine: مية، ميتين، تلتمية …
    ("مية", 100.0),
    ("ميتين", 200.0),
    ("تلتمية", 300.0),
    ("تلاتمية", 300.0),
    ("ربعمية", 400.0),
    ("خمسمية", 500.0),
    ("ستمية", 600.0),
    ("سبعمية", 700.0),
    ("تمنمية", 800.0),
    ("تسعمية", 900.0),
];

const MULTS: &[(&str, f64, Count)] = &[
    ("ألف", 1e3, Count::One),
    ("ألفا", 1e3, Count::One),
    ("ألفان", 1e3, Count::Dual),
    ("ألفين", 1e3, Count::Dual),
    ("ألفي", 1e3, Count::Dual),
    ("آلاف", 1e3, Count::Plural),
    ("ألوف", 1e3, Count::Plural),
    ("مليون", 1e6, Count::One),
    ("مليونا", 1e6, Count::One),
    ("مليونان", 1e6, Count::Dual),
    ("مليونين", 1e6, Count::Dual),
    ("مليوني", 1e6, Count::Dual),
    ("ملايين", 1e6, Count::Plural),
    ("مليار", 1e9, Count::One),
    ("مليارا", 1e9, Count::One),
    ("ملياران", 1e9, Count::Dual),
    ("مليارين", 1e9, Count::Dual),
    ("ملياري", 1e9, Count::Dual),
    ("مليارات", 1e9, Count::Plural),
    ("بليون", 1e9, Count::One),
    ("بليونا", 1e9, Count::One),
    ("بلايين", 1e9, Count::Plural),
    ("ترليون", 1e12, Count::One),
    ("تريليون", 1e12, Count::One),
    ("ترليونا", 1e12, Count::One),
    ("تريليونا", 1e12, Count::One),
    ("ترليونان", 1e12, Count::Dual),
    ("تريليونان", 1e12, Count::Dual),
    ("ترليونين", 1e12, Count::Dual),
    ("تريليونين", 1e12, Count::Dual),
    ("ترليونات", 1e12, Count::Plural),
    ("تريليونات", 1e12, Count::Plural),
];

/// Number words that are too ambiguous to stand alone as a cardinal
/// (واحد/أحد "one, someone", ست "lady", سبع "lion", خمس "a fifth", عشر
/// "a tenth", ثمان, تسع, the dialects' تنين "dragon" and مية "water"), and
/// ألف (also the verb ألّف and the letter).
const AMBIGUOUS_ALONE: &[&str] = &[
    "واحد",
    "واحدة",
    "ست",
    "سبع",
    "خمس",
    "عشر",
    "ثمان",
    "تسع",
    "ثماني",
    "ألف",
    "ربع",
    "نصف",
    "تنين",
    "مية",
];

static ATOMS: LazyLock<WordMap<Atom>> = LazyLock::new(|| {
    use crate::normalize::arabic::key;
    let mut m = WordMap::default();
    for &(w, v) in UNITS {
        m.insert(key(w), Atom::Unit(v));
    }
    for &(w, v) in TEEN_HEADS {
        m.insert(key(w), Atom::TeenHead(v));
    }
    for w in ["عشر", "عشرة"] {
        m.insert(key(w), Atom::Ten);
    }
    for &(w, v) in TENS {
        m.insert(key(w), Atom::Tens(v));
    }
    for &(w, v) in HUNDREDS {
        m.insert(key(w), Atom::Hundred(v));
    }
    for &(w, v, c) in MULTS {
        m.insert(key(w), Atom::Mult(v, c));
    }
    m.insert(key("نصف"), Atom::Fraction(0.5));
    m.insert(key("ربع"), Atom::Fraction(0.25));
    m
});

static AMBIGUOUS: LazyLock<Vec<String>> = LazyLock::new(|| {
    AMBIGUOUS_ALONE
        .iter()
        .map(|w| crate::normalize::arabic::key(w))
        .collect()
});

fn atom(word: &str) -> Option<Atom> {
    ATOMS.get(word).copied()
}

/// An amount found at some token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Amount {
    /// First byte (after any proclitic of the first word).
    pub start: usize,
    /// Index of the first token.
    pub first: usize,
    /// Index of the last token (inclusive).
    pub last: usize,
    /// The value.
    pub value: f64,
    /// The amount is one number token and nothing else.
    pub bare_digits: bool,
    /// The amount is a single word that is too ambiguous alone.
    pub ambiguous_word: bool,
}

/// Parses a digit token of the normalised text: `1,200,000` and
/// `1.200.000` group thousands, `3.5` and `12,5` are decimals, and
/// `1.200,5` / `1,200.5` mix both. Returns the value as an integer mantissa
/// and a count of decimal places, so multipliers keep it exact.
pub(super) fn parse_digits(s: &str) -> Option<(f64, i32)> {
    // The Arabic comma between digits is read as the Latin one: a decimal
    // mark (`12،5`), or a group of thousands before three digits (`4،000`).
    if s.contains('،') {
        return parse_digits(&s.replace('،', ","));
    }
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return None;
    }
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let groups_of_three = |sep: char| {
        let mut parts = s.split(sep);
        let head = parts.next().unwrap_or("");
        (1..=3).contains(&head.len()) && parts.all(|p| p.len() == 3)
    };
    // Which separator (if any) is the decimal mark.
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (1, 0) => Some('.'),
        (0, 1) if groups_of_three(',') => None,
        (0, 1) => Some(','),
        (_, 0) if groups_of_three('.') => None,
        (0, _) if groups_of_three(',') => None,
        (1, _) if s.rfind('.') > s.rfind(',') => Some('.'),
        (_, 1) if s.rfind(',') > s.rfind('.') => Some(','),
        _ => return None,
    };
    let (int_part, frac_part) = match decimal {
        Some(d) => {
            let (a, b) = s.rsplit_once(d)?;
            (a, b)
        }
        None => (s, ""),
    };
    let int_ok = match decimal {
        Some('.') if commas > 0 => int_part.split(',').skip(1).all(|p| p.len() == 3),
        Some(',') if dots > 0 => int_part.split('.').skip(1).all(|p| p.len() == 3),
        _ => true,
    };
    if !int_ok || frac_part.contains(['.', ',']) {
        return None;
    }
    let digits: String = int_part
        .chars()
        .chain(frac_part.chars())
        .filter(char::is_ascii_digit)
        .collect();
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mantissa: f64 = digits.parse::<u64>().ok()? as f64;
    Some((mantissa, frac_part.len() as i32))
}

fn exact(mantissa: f64, places: i32, mult: f64) -> f64 {
    mantissa * mult / 10f64.powi(places)
}

/// Where parsing stands after the last accepted word.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Last {
    Digits,
    Unit,
    TeenHead,
    Teen,
    Tens,
    Hundred,
    Mult,
    Fraction,
    /// A fraction after a multiplier (مليون ونصف): the amount is complete.
    Done,
}

/// The number word at token `j`, read with a leading و (`وعشرون`) when
/// `conj_allowed`. Returns (joined by و, atom).
fn word_atom(doc: &Doc<'_>, j: usize, conj_allowed: bool) -> Option<(bool, Atom)> {
    if !doc.is_word(j) {
        return None;
    }
    let w = doc.word(j);
    if let Some(a) = atom(w) {
        return Some((false, a));
    }
    if conj_allowed {
        if let Some(rest) = w.strip_prefix('و') {
            return atom(rest).map(|a| (true, a));
        }
    }
    None
}

/// The multiplier word at token `j` that may follow a count (`مليون`,
/// `ملايين`, `آلاف`, not the dual `مليونان`, which counts by itself).
pub(super) fn multiplier_at(doc: &Doc<'_>, j: usize) -> Option<f64> {
    match word_atom(doc, j, false)? {
        (_, Atom::Mult(m, Count::One | Count::Plural)) => Some(m),
        _ => None,
    }
}

/// The amount starting at token `i`, if any: digits or number words, with
/// multipliers and و-chains. The first word may carry a proclitic
/// (`بثلاثة`, `وخمسون`), which is left out of the span.
pub(super) fn amount_at(doc: &Doc<'_>, i: usize) -> Option<Amount> {
    let tok = doc.tokens.get(i)?;
    let mut total = 0.0f64;
    // The group being built: (mantissa, decimal places).
    let mut group: Option<(f64, i32)> = None;
    let mut last_mult = f64::INFINITY;
    let mut start = tok.start;
    let last: Last;
    match tok.kind {
        TokenKind::Number => {
            group = Some(parse_digits(doc.word(i))?);
            last = Last::Digits;
        }
        TokenKind::Word => {
            let (skip, a) = doc
                .analyses(i)
                .find_map(|an| atom(&an.stem).map(|a| (an.skip, a)))?;
            start += skip;
            last = match a {
                Atom::Unit(v) => {
                    group = Some((v, 0));
                    Last::Unit
                }
                Atom::TeenHead(v) => {
                    group = Some((v, 0));
                    Last::TeenHead
                }
                Atom::Ten => {
                    group = Some((10.0, 0));
                    Last::Teen
                }
                Atom::Tens(v) => {
                    group = Some((v, 0));
                    Last::Tens
                }
                Atom::Hundred(v) => {
                    group = Some((v, 0));
                    Last::Hundred
                }
                Atom::Mult(_, Count::Plural) => return None,
                Atom::Mult(m, c) => {
                    total = if c == Count::Dual { 2.0 * m } else { m };
                    last_mult = m;
                    Last::Mult
                }
                Atom::Fraction(f) => {
                    group = Some((f * 100.0, 2));
                    Last::Fraction
                }
            };
        }
        _ => return None,
    }

    let value_now = |total: f64, group: Option<(f64, i32)>| {
        total + group.map_or(0.0, |(m, p)| exact(m, p, 1.0))
    };
    let complete = |l: Last| !matches!(l, Last::TeenHead | Last::Fraction);
    let mut best = complete(last).then(|| (i, value_now(total, group)));
    // The amount as it stood at a multiplier, while a و-group after it is
    // read (`500 ألف و2`): if a bigger multiplier follows (`و2 مليون`), the
    // و began a second amount (a range), and this one ends at the first.
    let mut at_mult = None;
    let mut last = last;
    let mut end = i;

    loop {
        if last == Last::Done {
            break;
        }
        let j = end + 1;
        if !spaced(doc, end, j) {
            break;
        }
        // A separate و before digits (`و500`, split by the tokenizer).
        let digits_after_conj = doc.word(j) == "و"
            && doc
                .tokens
                .get(j + 1)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && super::glued(doc, j, j + 1);
        if digits_after_conj {
            if last != Last::Mult {
                break;
            }
            let Some(d) = parse_digits(doc.word(j + 1)) else {
                break;
            };
            at_mult = best;
            group = Some(d);
            last = Last::Digits;
            end = j + 1;
            best = Some((end, value_now(total, group)));
            continue;
        }
        let Some((conj, a)) = word_atom(doc, j, true) else {
            break;
        };
        if last == Last::Mult && conj && !matches!(a, Atom::Mult(..) | Atom::Fraction(_)) {
            at_mult = best;
        }
        let next = match (last, conj, a) {
            // Teens: ثلاثة عشر، أحد عشر، اثنتا عشرة.
            (Last::Unit | Last::TeenHead, false, Atom::Ten) => {
                group = group.map(|(m, _)| (m + 10.0, 0));
                Last::Teen
            }
            // ثلاث مائة (two words).
            (Last::Unit, false, Atom::Hundred(h)) if (h - 100.0).abs() < 0.5 => {
                group = group.map(|(m, _)| (m * 100.0, 0));
                Last::Hundred
            }
            // خمسة وعشرون، مائة وعشرون.
            (Last::Unit | Last::Hundred, true, Atom::Tens(t)) => {
                group = group.map(|(m, p)| (m + t, p));
                Last::Tens
            }
            // مائة وخمسة، مائة وأحد عشر.
            (Last::Hundred, true, Atom::Unit(u)) => {
                group = group.map(|(m, p)| (m + u, p));
                Last::Unit
            }
            (Last::Hundred, true, Atom::TeenHead(u)) => {
                group = group.map(|(m, p)| (m + u, p));
                Last::TeenHead
            }
            (Last::Hundred, true, Atom::Ten) => {
                group = group.map(|(m, p)| (m + 10.0, p));
                Last::Teen
            }
            // After a multiplier, a new group: ألف وخمسمائة، مليون وعشرون.
            (Last::Mult, true, Atom::Unit(v)) => {
                group = Some((v, 0));
                Last::Unit
            }
            (Last::Mult, true, Atom::TeenHead(v)) => {
                group = Some((v, 0));
                Last::TeenHead
            }
            (Last::Mult, true, Atom::Ten) => {
                group = Some((10.0, 0));
                Last::Teen
            }
            (Last::Mult, true, Atom::Tens(v)) => {
                group = Some((v, 0));
                Last::Tens
            }
            (Last::Mult, true, Atom::Hundred(v)) => {
                group = Some((v, 0));
                Last::Hundred
            }
            // مليون ونصف.
            (Last::Mult, true, Atom::Fraction(f)) if last_mult.is_finite() => {
                total += f * last_mult;
                Last::Done
            }
            // A multiplier after a count: ثلاثة آلاف، 3 ملايين، نصف مليون.
            (
                Last::Digits
                | Last::Unit
                | Last::Teen
                | Last::Tens
                | Last::Hundred
                | Last::Fraction,
                false,
                Atom::Mult(m, c),
            ) if m < last_mult && c != Count::Dual => {
                let Some((mant, p)) = group.take() else {
                    break;
                };
                if c == Count::Plural && last == Last::Fraction {
                    break;
                }
                total += exact(mant, p, m);
                last_mult = m;
                at_mult = None;
                Last::Mult
            }
            // A dual multiplier after a previous one: مليون وألفان.
            (Last::Mult, true, Atom::Mult(m, Count::Dual | Count::One)) if m < last_mult => {
                total += if matches!(a, Atom::Mult(_, Count::Dual)) {
                    2.0 * m
                } else {
                    m
                };
                last_mult = m;
                Last::Mult
            }
            (_, false, Atom::Mult(m, _)) if m >= last_mult && at_mult.is_some() => {
                best = at_mult;
                break;
            }
            _ => break,
        };
        last = next;
        end = j;
        if complete(last) {
            best = Some((end, value_now(total, group)));
        }
    }

    let (last_tok, value) = best?;
    let single = last_tok == i;
    let ambiguous_word = single
        && tok.kind == TokenKind::Word
        && doc
            .analyses(i)
            .any(|an| AMBIGUOUS.iter().any(|w| *w == an.stem));
    Some(Amount {
        start,
        first: i,
        last: last_tok,
        value,
        bare_digits: single && tok.kind == TokenKind::Number,
        ambiguous_word,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> Option<(String, f64)> {
        let doc = Doc::new(text, None);
        let a = amount_at(&doc, 0)?;
        Some((
            doc.text()[a.start..doc.tokens[a.last].end].to_string(),
            a.value,
        ))
    }

    #[test]
    fn digits() {
        let cases: &[(&str, f64, i32)] = &[
            ("1,200,000", 1_200_000.0, 0),
            ("1.200.000", 1_200_000.0, 0),
            ("3.5", 35.0, 1),
            ("12,5", 125.0, 1),
            ("1,500", 1500.0, 0),
            ("1.200,75", 120_075.0, 2),
            ("1,200.75", 120_075.0, 2),
            ("7", 7.0, 0),
            // The Arabic comma, as the Maghrebi press writes decimals.
            ("12،5", 125.0, 1),
            ("4،000", 4000.0, 0),
        ];
        for &(s, m, p) in cases {
            assert_eq!(parse_digits(s), Some((m, p)), "{s}");
        }
        assert_eq!(parse_digits("1,2,3"), None);
        assert_eq!(parse_digits(""), None);
        assert_eq!(parse_digits("99999999999999999999"), None);
    }

    #[test]
    fn word_numbers() {
        let cases: &[(&str, &str, f64)] = &[
            ("ثلاثة آلاف شخص", "ثلاثه الاف", 3000.0),
            ("خمسة وعشرون عاما", "خمسه وعشرون", 25.0),
            ("ثلاثة آلاف وخمسمائة", "ثلاثه الاف وخمسمائه", 3500.0),
            ("أحد عشر لاعبا", "احد عشر", 11.0),
            ("اثنتا عشرة سنة", "اثنتا عشره", 12.0),
            ("سبعة عشر", "سبعه عشر", 17.0),
            ("مائة وعشرون", "مائه وعشرون", 120.0),
            ("مئتا ألف", "مئتا الف", 200_000.0),
            ("ثلاث مئة", "ثلاث مئه", 300.0),
            // The و of a range: the second amount has a bigger multiplier.
            ("500 ألف و2 مليون", "500 الف", 500_000.0),
            ("ألف وثلاثة ملايين", "الف", 1000.0),
            ("ألف و500", "الف و500", 1500.0),
            ("مليون ونصف", "مليون ونصف", 1_500_000.0),
            ("نصف مليون", "نصف مليون", 500_000.0),
            ("ربع مليار", "ربع مليار", 250_000_000.0),
            ("ألفين", "الفين", 2000.0),
            ("خمسة عشر ألفا", "خمسه عشر الفا", 15_000.0),
            (
                "مائة وخمسة وعشرون ألفا",
                "مائه وخمسه وعشرون الفا",
                125_000.0,
            ),
            ("بثلاثة ملايين", "ثلاثه ملايين", 3_000_000.0),
            (
                "ثلاثة ملايين وخمسمائة ألف",
                "ثلاثه ملايين وخمسمائه الف",
                3_500_000.0,
            ),
            ("3 ملايين", "3 ملايين", 3_000_000.0),
            ("2.5 مليار", "2.5 مليار", 2_500_000_000.0),
            ("٣٫٣ مليون", "3.3 مليون", 3_300_000.0),
            ("مليار و200 مليون", "مليار و200 مليون", 1_200_000_000.0),
            ("أربعون", "اربعون", 40.0),
        ];
        for &(text, span, v) in cases {
            assert_eq!(amount(text), Some((span.to_string(), v)), "{text}");
        }
    }

    #[test]
    fn not_amounts() {
        assert_eq!(amount("آلاف المتظاهرين"), None);
        assert_eq!(amount("عشرات الآلاف"), None);
        assert_eq!(amount("حادي"), None);
        assert_eq!(amount("المدينة"), None);
        // Digits joined by و are two numbers (يومي 6 و7).
        assert_eq!(amount("6 و7"), Some(("6".into(), 6.0)));
        // A trailing و is not taken.
        assert_eq!(amount("ثلاثة و"), Some(("ثلاثه".into(), 3.0)));
    }
}
