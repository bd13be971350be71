//! Numbers and amounts: MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL.
//!
//! An amount (module `words`) is digits (`1,200,000`, `٣٫٥`), number words
//! (`ثلاثة آلاف وخمسمائة`) or both (`3 ملايين`, `نصف مليون`). What follows
//! it decides the kind:
//!
//! * `%`, `في المئة`, `بالمائة` → PERCENT (also `%12`, as RTL typing puts
//!   the sign first);
//! * a currency (module `money`: `درهم`, `دولارا أمريكيا`, `د.م.`, `$`) → MONEY,
//!   also with a symbol before (`$400`, `€20`) and after digits in
//!   parentheses (`(20,000) ريال`, `(250) مليون دولار`, the parentheses in
//!   the span);
//! * a unit (module `units`: `كيلومترا`, `طن`, `ميغاواط`) → QUANTITY;
//! * nothing → CARDINAL, except bare years (4-digit integers 1900–2100),
//!   numbers glued to letters or written as part of a time, a date or a
//!   score (`10:30`, `2-1`, `5G`), and number words too ambiguous alone
//!   (`واحد`, `أحد`, `ست`, `خمس`).
//!
//! Ordinals are `الثاني`… `العاشر`, `الحادي عشر`, `الثاني والعشرين`,
//! `العشرين` and `الـ22`; `الأول`/`الأولى` only after a definite noun
//! (`المركز الأول`; `الأولي` written with a dotted `ي` after a masculine
//! noun is «primary», `التعليم الأولي`), and never right after a month
//! word (`كانون الثاني`, `ربيع الأول`), which the date recogniser owns.
//!
//! Currencies named without an amount (CURR) come from
//! `data/gazetteers/currency.tsv` through the gazetteer recogniser.

mod money;
mod units;
mod words;

use super::{Candidate, Doc, Recognizer};
use crate::hash::WordMap;
use crate::normalize::arabic::key;
use crate::span::{Kind, Source, Value};
use crate::tokenize::{tokenize, TokenKind};
use std::sync::LazyLock;
use words::{amount_at, multiplier_at, parse_digits, Amount};

/// Finds MONEY, PERCENT, QUANTITY, CARDINAL and ORDINAL candidates.
pub struct NumberRecognizer;

impl Recognizer for NumberRecognizer {
    fn name(&self) -> &'static str {
        "number"
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        let mut covered = vec![false; doc.tokens.len()];
        let countries = money::DocCountries::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            match ordinal_at(doc, i, &countries) {
                Some((c, last)) => {
                    for flag in covered.iter_mut().take(last + 1).skip(i) {
                        *flag = true;
                    }
                    out.push(c);
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        let mut i = 0;
        while i < doc.tokens.len() {
            if covered.get(i).copied().unwrap_or(true) {
                i += 1;
                continue;
            }
            match amount_candidate(doc, i, &countries) {
                Some((c, last)) => {
                    if let Some(c) = c {
                        out.push(c);
                    }
                    i = last + 1;
                }
                None => i += 1,
            }
        }
    }
}

/// A whole number written at token `i` in digits (Western or Eastern) or
/// in words (`ثلاثة`، `العشرة`، `خمسة عشر`): its value and last token. For
/// the date recogniser's counted periods (`قبل ثلاثة أيام`).
pub(crate) fn count_at(doc: &Doc<'_>, i: usize) -> Option<(u32, usize)> {
    let a = amount_at(doc, i)?;
    let ok = a.value >= 1.0 && a.value <= 10_000.0 && a.value.fract() == 0.0;
    ok.then_some((a.value as u32, a.last))
}

/// A phrase of a table, cut into the tokens of its folded form.
#[derive(Debug, Clone)]
struct Phrase {
    toks: Vec<String>,
}

impl Phrase {
    fn new(s: &str) -> Phrase {
        let k = key(s);
        Phrase {
            toks: tokenize(&k)
                .iter()
                .map(|t| t.text(&k).to_string())
                .collect(),
        }
    }

    fn len(&self) -> usize {
        self.toks.len()
    }
}

/// Whether tokens `a` and `b` exist and are separated by spaces only (or
/// touch): no line break, no punctuation.
fn spaced(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    match (doc.tokens.get(a), doc.tokens.get(b)) {
        (Some(x), Some(y)) => crate::tokenize::only_spaces_between(doc.text(), x, y),
        _ => false,
    }
}

/// Whether tokens `a` and `b` touch (nothing between them).
fn glued(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    match (doc.tokens.get(a), doc.tokens.get(b)) {
        (Some(x), Some(y)) => x.end == y.start,
        _ => false,
    }
}

/// The last token of phrase `p` matched at token `j`, words separated by
/// spaces only.
fn phrase_at(doc: &Doc<'_>, j: usize, p: &Phrase) -> Option<usize> {
    if p.toks.is_empty() {
        return None;
    }
    for (k, t) in p.toks.iter().enumerate() {
        if doc.word(j + k) != t || (k > 0 && !spaced(doc, j + k - 1, j + k)) {
            return None;
        }
    }
    Some(j + p.toks.len() - 1)
}

/// Phrases of a table, each with a value, indexed by their first word so
/// that a lookup at a token tries only the phrases that can match there
/// (the tables are tried at most tokens of a document).
struct PhraseTable<T> {
    entries: Vec<(Phrase, T)>,
    /// First word → indices into `entries`, in table order.
    by_first: WordMap<Vec<usize>>,
}

impl<T: Copy> PhraseTable<T> {
    fn new(entries: Vec<(Phrase, T)>) -> Self {
        let mut by_first = WordMap::<Vec<usize>>::default();
        for (k, (p, _)) in entries.iter().enumerate() {
            if let Some(first) = p.toks.first() {
                by_first.entry(first.clone()).or_default().push(k);
            }
        }
        PhraseTable { entries, by_first }
    }

    /// The first phrase of the table (in table order) at token `j`: its
    /// last token and value.
    fn find_at(&self, doc: &Doc<'_>, j: usize) -> Option<(usize, T)> {
        self.by_first.get(doc.word(j))?.iter().find_map(|&k| {
            let (p, v) = self.entries.get(k)?;
            phrase_at(doc, j, p).map(|last| (last, *v))
        })
    }
}

static PERCENT_WORDS: LazyLock<PhraseTable<()>> = LazyLock::new(|| {
    PhraseTable::new(
        [
            "%",
            "في المئة",
            "في المائة",
            "في المية",
            "بالمئة",
            "بالمائة",
            "بالمية",
        ]
        .iter()
        .map(|s| (Phrase::new(s), ()))
        .collect(),
    )
});

fn percent_after(doc: &Doc<'_>, j: usize) -> Option<usize> {
    PERCENT_WORDS.find_at(doc, j).map(|x| x.0)
}

fn candidate(doc: &Doc<'_>, start: usize, last: usize, kind: Kind, score: f32) -> Candidate {
    let end = doc.tokens.get(last).map_or(start, |t| t.end);
    Candidate::new(start, end, kind, Source::Pattern, score)
}

/// The candidate starting at token `i`, and the last token it consumed.
/// `Some((None, last))` means "an amount was read but is not an entity":
/// the scan skips it all the same.
fn amount_candidate(
    doc: &Doc<'_>,
    i: usize,
    countries: &money::DocCountries,
) -> Option<(Option<Candidate>, usize)> {
    let tok = doc.tokens.get(i)?;
    // Symbol first: $400, € 20, US$ 3 ملايين.
    if let Some((sym_last, code)) = money::symbol_at(doc, i) {
        if doc.tokens.get(sym_last + 1)?.kind == TokenKind::Number
            && spaced(doc, sym_last, sym_last + 1)
        {
            let a = amount_at(doc, sym_last + 1)?;
            let c = candidate(doc, tok.start, a.last, Kind::Money, 0.9)
                .with_value(Value::money(a.value, Some(code.to_string())));
            return Some((Some(c), a.last));
        }
    }
    // %12: the sign typed first.
    if doc.word(i) == "%"
        && doc.tokens.get(i + 1)?.kind == TokenKind::Number
        && spaced(doc, i, i + 1)
        && !(i > 0 && doc.tokens.get(i - 1)?.kind == TokenKind::Number)
    {
        let (m, p) = parse_digits(doc.word(i + 1))?;
        let c = candidate(doc, tok.start, i + 1, Kind::Percent, 0.9)
            .with_value(Value::Number(m / 10f64.powi(p)));
        return Some((Some(c), i + 1));
    }
    let a = amount_at(doc, i)?;
    if let Some(range) = money_range(doc, &a, countries) {
        return Some((Some(range.0), range.1));
    }
    if let Some(found) = parenthesised_money(doc, &a, countries) {
        return Some(found);
    }
    let j = a.last + 1;
    if spaced(doc, a.last, j) {
        if let Some(last) = percent_after(doc, j) {
            let c = candidate(doc, a.start, last, Kind::Percent, 0.95)
                .with_value(Value::Number(a.value));
            return Some((Some(c), last));
        }
        if let Some(m) = money::currency_at(doc, j, countries) {
            let value = thousands_stop(doc, &a, j, &m).unwrap_or(a.value);
            let (c, last) = money_candidate(doc, a.start, a.first, value, &m);
            return Some((Some(c), last));
        }
        if let Some((last, unit)) = units::unit_at(doc, i, j) {
            let c =
                candidate(doc, a.start, last, Kind::Quantity, 0.85).with_value(Value::Quantity {
                    amount: a.value,
                    unit: unit.to_string(),
                });
            return Some((Some(c), last));
        }
    }
    if !cardinal_ok(doc, &a) {
        return Some((None, a.last));
    }
    let score = if tok.kind == TokenKind::Number {
        0.8
    } else {
        0.75
    };
    let c =
        candidate(doc, a.start, a.last, Kind::Cardinal, score).with_value(Value::Number(a.value));
    Some((Some(c), a.last))
}

/// Digits with one full stop and three more before a currency counted in
/// hundredths (`40.000 ريال`, `12.500 درهم`, `3.000 جنيه`): the stop groups
/// thousands, as much of the press writes them, since such an amount has
/// no third decimal place. A dinar (`2.350 دينار تونسي` is two dinars and
/// 350 millimes) and the other currencies of a thousand sub-units keep the
/// decimal, as does the Arabic decimal mark (`٫`). The value, if so read.
fn thousands_stop(doc: &Doc<'_>, a: &Amount, unit: usize, m: &money::CurrencyMatch) -> Option<f64> {
    const THOUSANDTHS: [&str; 7] = ["TND", "KWD", "BHD", "JOD", "IQD", "LYD", "OMR"];
    let digits = doc.word(a.first);
    let (_, tail) = digits.split_once('.')?;
    // The digits as an integer (`40.000` → 40000), not the decimal
    // value times a thousand, which floats can miss (`1.005`).
    let (mantissa, _) = parse_digits(digits)?;
    let grouped = a.bare_digits
        && m.divisor == 1.0
        && tail.len() == 3
        && tail.bytes().all(|b| b.is_ascii_digit())
        && doc.written(a.first)?.contains('.')
        && match m.code {
            Some(code) => !THOUSANDTHS.contains(&code),
            None => !doc.word(unit).starts_with("دين") && !doc.word(unit).starts_with("دنان"),
        };
    grouped.then_some(mantissa)
}

/// An amount of digits in parentheses before its currency, as rulings
/// write fines (`غرامة قدرها (20,000) ريال`), also with a multiplier
/// after them (`(250) مليون دولار`): one MONEY, parentheses and all, and
/// the currency no club (`ريال`).
fn parenthesised_money(
    doc: &Doc<'_>,
    a: &Amount,
    countries: &money::DocCountries,
) -> Option<(Option<Candidate>, usize)> {
    let open = a.first.checked_sub(1)?;
    let close = a.last + 1;
    let wrapped = a.bare_digits
        && doc.tokens.get(open)?.kind == TokenKind::Punct
        && doc.word(open) == "("
        && doc.word(close) == ")"
        && glued(doc, open, a.first)
        && glued(doc, a.last, close)
        && spaced(doc, close, close + 1);
    if !wrapped {
        return None;
    }
    // A multiplier outside the parentheses: `(250) مليون دولار`.
    let (value, unit) = match multiplier_at(doc, close + 1) {
        Some(mult) if spaced(doc, close + 1, close + 2) => (a.value * mult, close + 2),
        _ => (a.value, close + 1),
    };
    let m = money::currency_at(doc, unit, countries)?;
    let value = if unit == close + 1 {
        thousands_stop(doc, a, unit, &m).unwrap_or(value)
    } else {
        value
    };
    let start = doc.tokens.get(open)?.start;
    let (c, last) = money_candidate(doc, start, open, value, &m);
    Some((Some(c), last))
}

/// The MONEY of `value` in the currency `m` read after it, from byte
/// `start` (token `first`, before which a bound such as `نحو` is read),
/// with any sub-unit after the currency; and its last token.
fn money_candidate(
    doc: &Doc<'_>,
    start: usize,
    first: usize,
    value: f64,
    m: &money::CurrencyMatch,
) -> (Candidate, usize) {
    let (amount, last) = with_subunits(doc, value / m.divisor, m);
    let c = candidate(doc, start, last, Kind::Money, 0.9).with_value(Value::Money {
        amount,
        currency: m.code.map(str::to_string),
        max: None,
        bound: bound_before(doc, first),
        ambiguous: m.ambiguous,
    });
    (c, last)
}

/// `بين 200 و300 مليون دولار`, `من 5 إلى 7 آلاف درهم` (after يتراوح),
/// `200-300 مليون دولار`: one MONEY whose both ends carry the multiplier
/// and the currency said once, after the second.
fn money_range(
    doc: &Doc<'_>,
    a: &Amount,
    countries: &money::DocCountries,
) -> Option<(Candidate, usize)> {
    let j = a.last + 1;
    let prev = |k: usize| {
        if a.first >= k {
            doc.word(a.first - k)
        } else {
            ""
        }
    };
    let between = matches!(prev(1), "بين" | "وبين");
    let ranging = prev(1) == "من" && (2..=4).any(|k| prev(k).contains("تراوح"));
    let ok = match doc.word(j) {
        "و" => between,
        "الي" | "حتي" => between || ranging,
        "-" => doc.tokens.get(a.last)?.end == doc.tokens.get(j)?.start,
        _ => false,
    };
    if !ok {
        return None;
    }
    let b = amount_at(doc, j + 1)?;
    let k = b.last + 1;
    if !spaced(doc, b.last, k) || b.value <= 0.0 {
        return None;
    }
    let m = money::currency_at(doc, k, countries)?;
    // The multiplier said once: بين 200 و300 مليون → 200 مليون.
    let mut low = a.value;
    let head = doc.tokens.get(b.first)?;
    if a.first == a.last && head.kind == TokenKind::Number && b.last > b.first {
        let (mant, places) = parse_digits(doc.word(b.first))?;
        let hv = mant / 10f64.powi(places);
        let mult = if hv > 0.0 { b.value / hv } else { 0.0 };
        if [1e3, 1e6, 1e9, 1e12].contains(&mult) && low <= hv {
            low *= mult;
        }
    }
    if low >= b.value {
        return None;
    }
    let c = candidate(doc, a.start, m.last, Kind::Money, 0.9).with_value(Value::Money {
        amount: low / m.divisor,
        currency: m.code.map(str::to_string),
        max: Some(b.value / m.divisor),
        bound: None,
        ambiguous: m.ambiguous,
    });
    Some((c, m.last))
}

/// The amount plus a following `و43 سنتا` in a sub-unit of the same
/// currency, and the last token read.
fn with_subunits(doc: &Doc<'_>, amount: f64, m: &money::CurrencyMatch) -> (f64, usize) {
    let Some(code) = m.code else {
        return (amount, m.last);
    };
    let k = m.last + 1;
    let start = if doc.word(k) == "و" { k + 1 } else { k };
    if start == k && !doc.word(k).starts_with('و') {
        return (amount, m.last);
    }
    let Some(c) = amount_at(doc, start) else {
        return (amount, m.last);
    };
    match money::subunit_of(doc, c.last + 1, code) {
        Some(frac) if c.value >= 1.0 && c.value * frac < 1.0 => {
            // Cents are exact hundredths: round away binary noise.
            let total = ((amount + c.value * frac) * 1000.0).round() / 1000.0;
            (total, c.last + 1)
        }
        _ => (amount, m.last),
    }
}

/// The bound said before an amount at token `first`: أقل من (lt), أكثر
/// من (gt), لا يقل عن (ge), لا يتجاوز (le), حوالي/نحو (approx).
fn bound_before(doc: &Doc<'_>, first: usize) -> Option<&'static str> {
    let w = |k: usize| {
        first
            .checked_sub(k)
            .map(|i| doc.word(i))
            .map(|w| {
                w.strip_prefix('و')
                    .filter(|r| r.chars().count() > 2)
                    .unwrap_or(w)
            })
            .unwrap_or("")
    };
    const APPROX: &[&str] = &[
        "حوالي",
        "نحو",
        "قرابه",
        "زهاء",
        "يناهز",
        "يقارب",
        "تقريبا",
        "بحوالي",
        "بنحو",
    ];
    if APPROX.contains(&w(1)) {
        return Some("approx");
    }
    if w(2) == "لا" && matches!(w(1), "يتجاوز" | "يتعدي" | "تتجاوز" | "تتعدي")
    {
        return Some("le");
    }
    if !matches!(w(1), "من" | "عن" | "علي") {
        return None;
    }
    let negated = w(3) == "لا";
    match w(2) {
        "اكثر" | "ازيد" | "يزيد" | "يفوق" | "تزيد" | "باكثر" => {
            Some(if negated { "le" } else { "gt" })
        }
        "اقل" | "يقل" | "تقل" | "باقل" => Some(if negated { "ge" } else { "lt" }),
        _ => None,
    }
}

/// Letters that may be glued before a number as proclitics (`و7`, `ب3`).
fn is_clitic_prefix(w: &str) -> bool {
    !w.is_empty() && w.chars().count() <= 2 && w.chars().all(|c| "وفبلك".contains(c))
}

/// Whether a lone amount should be reported as a CARDINAL.
fn cardinal_ok(doc: &Doc<'_>, a: &Amount) -> bool {
    if a.ambiguous_word {
        return false;
    }
    if !a.bare_digits {
        return true;
    }
    let s = doc.word(a.first);
    // A bare year.
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(y) = s.parse::<u32>() {
            if (1900..=2100).contains(&y) {
                return false;
            }
        }
    }
    let (i, n) = (a.first, doc.tokens.len());
    // Glued to a word before it that is not a proclitic (G20, كوفيد19).
    if i > 0 && glued(doc, i - 1, i) {
        let prev = doc.word(i - 1);
        let kind = doc.tokens.get(i - 1).map(|t| t.kind);
        if kind == Some(TokenKind::Word) && !is_clitic_prefix(prev) {
            return false;
        }
        // 10:30, 6/5, 2-1: part of a time, a date, a score or a range.
        if matches!(prev, ":" | "/" | "-" | "." | "\\") && i > 1 && glued(doc, i - 2, i - 1) {
            return false;
        }
    }
    if i + 1 < n && glued(doc, i, i + 1) {
        let next = doc.word(i + 1);
        let kind = doc.tokens.get(i + 1).map(|t| t.kind);
        // 2024م، 1445هـ، 5G.
        if kind == Some(TokenKind::Word) {
            return false;
        }
        if matches!(next, ":" | "/" | "-" | "\\")
            && doc
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Number)
            && glued(doc, i + 1, i + 2)
        {
            return false;
        }
    }
    // An era mark after a space: 1445 هـ, 622 م.
    if spaced(doc, i, i + 1) && matches!(doc.word(i + 1), "م" | "ه") && !s.contains(['.', ',', '،'])
    {
        return false;
    }
    true
}

/// What an ordinal word is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ord {
    /// الأول / الأولى: 1, only after a definite noun.
    First,
    /// الثاني … العاشر (and feminines).
    Unit(f64),
    /// الحادي / الحادية: only in compounds (الحادي عشر، الحادي والعشرون).
    Head,
    /// العشرون … التسعون.
    Tens(f64),
}

const ORD_UNITS: &[(&str, f64)] = &[
    ("الثاني", 2.0),
    ("الثانية", 2.0),
    ("الثالث", 3.0),
    ("الثالثة", 3.0),
    ("الرابع", 4.0),
    ("الرابعة", 4.0),
    ("الخامس", 5.0),
    ("الخامسة", 5.0),
    ("السادس", 6.0),
    ("السادسة", 6.0),
    ("السابع", 7.0),
    ("السابعة", 7.0),
    ("الثامن", 8.0),
    ("الثامنة", 8.0),
    ("التاسع", 9.0),
    ("التاسعة", 9.0),
    ("العاشر", 10.0),
    ("العاشرة", 10.0),
];

const ORD_TENS: &[(&str, f64)] = &[
    ("العشرون", 20.0),
    ("العشرين", 20.0),
    ("الثلاثون", 30.0),
    ("الثلاثين", 30.0),
    ("الأربعون", 40.0),
    ("الأربعين", 40.0),
    ("الخمسون", 50.0),
    ("الخمسين", 50.0),
    ("الستون", 60.0),
    ("الستين", 60.0),
    ("السبعون", 70.0),
    ("السبعين", 70.0),
    ("الثمانون", 80.0),
    ("الثمانين", 80.0),
    ("التسعون", 90.0),
    ("التسعين", 90.0),
];

/// Words after which an ordinal is part of a month name.
const MONTH_WORDS: &[&str] = &["كانون", "تشرين", "ربيع", "جمادى"];

static ORDINALS: LazyLock<WordMap<Ord>> = LazyLock::new(|| {
    let mut m = WordMap::default();
    for w in ["الأول", "الأولى"] {
        m.insert(key(w), Ord::First);
    }
    for w in ["الحادي", "الحادية"] {
        m.insert(key(w), Ord::Head);
    }
    for &(w, v) in ORD_UNITS {
        m.insert(key(w), Ord::Unit(v));
    }
    for &(w, v) in ORD_TENS {
        m.insert(key(w), Ord::Tens(v));
    }
    m
});

static MONTHS: LazyLock<Vec<String>> =
    LazyLock::new(|| MONTH_WORDS.iter().map(|w| key(w)).collect());

fn ordinal_word(w: &str) -> Option<Ord> {
    ORDINALS.get(w).copied()
}

/// The ordinal starting at token `i` and its last token (`countries`:
/// the document's cache for the amount that may follow `الـ` + a number).
fn ordinal_at(
    doc: &Doc<'_>,
    i: usize,
    countries: &money::DocCountries,
) -> Option<(Candidate, usize)> {
    let tok = doc.tokens.get(i)?;
    if tok.kind != TokenKind::Word {
        return None;
    }
    let w = doc.word(i);
    // الـ22 (the tatweel is gone in the normalised view), والـ3.
    if let Some(prefix) = w.strip_suffix("ال") {
        if prefix.is_empty() || is_clitic_prefix(prefix) {
            let next = doc.tokens.get(i + 1)?;
            let gap = next.start - tok.end;
            if next.kind == TokenKind::Number && gap <= 1 && spaced(doc, i, i + 1) {
                let (m, p) = parse_digits(doc.word(i + 1))?;
                if p != 0 {
                    return None;
                }
                // «بالـ130 ألف دولار»: the article makes the amount
                // definite; it is no ordinal.
                let amount = amount_candidate(doc, i + 1, countries);
                if amount.is_some_and(|(c, last)| {
                    last > i + 1
                        || c.is_some_and(|c| {
                            matches!(c.kind, Kind::Money | Kind::Percent | Kind::Quantity)
                        })
                }) {
                    return None;
                }
                let c = candidate(doc, tok.start + prefix.len(), i + 1, Kind::Ordinal, 0.85)
                    .with_value(Value::Number(m));
                return Some((c, i + 1));
            }
        }
        return None;
    }
    let an = doc.analyses(i).find(|a| ordinal_word(&a.stem).is_some())?;
    let ord = ordinal_word(&an.stem)?;
    if i > 0 && spaced(doc, i - 1, i) && MONTHS.iter().any(|m| m == doc.word(i - 1)) {
        return None;
    }
    let start = tok.start + an.skip;
    // Compounds: الحادي عشر، الثالثة عشرة، الثاني والعشرون.
    let compound = |unit: f64| -> Option<(f64, usize)> {
        if !spaced(doc, i, i + 1) {
            return None;
        }
        let next = doc.word(i + 1);
        if unit < 10.0 && matches!(next, "عشر" | "عشره") {
            return Some((10.0 + unit, i + 1));
        }
        match next.strip_prefix('و').and_then(ordinal_word) {
            Some(Ord::Tens(t)) if unit < 10.0 => Some((unit + t, i + 1)),
            _ => None,
        }
    };
    let (value, last) = match ord {
        Ord::Head => compound(1.0)?,
        Ord::Unit(u) => compound(u).unwrap_or((u, i)),
        Ord::Tens(t) => (t, i),
        Ord::First => {
            if i == 0 || !spaced(doc, i - 1, i) || !doc.definite_noun(i - 1) {
                return None;
            }
            // التعليم الأولي: written with a dotted `ي` after a masculine
            // noun, the adjective «primary», not «the first» (الأولى).
            if doc.primary_adjective(i) {
                return None;
            }
            (1.0, i)
        }
    };
    let mut c = candidate(doc, start, last, Kind::Ordinal, 0.8).with_value(Value::Number(value));
    c.restored_article = an.restored_article;
    Some((c, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (kind, normalised span, value) of every candidate, in order.
    fn found(text: &str) -> Vec<(Kind, String, Option<Value>)> {
        let doc = Doc::new(text, None);
        let mut out = Vec::new();
        NumberRecognizer.find(&doc, &mut out);
        out.sort_by_key(|c| c.start);
        out.into_iter()
            .map(|c| (c.kind, doc.text()[c.start..c.end].to_string(), c.value))
            .collect()
    }

    /// Money; without a code, the currency word is an ambiguous one.
    fn money(amount: f64, code: Option<&str>) -> Option<Value> {
        Some(Value::Money {
            amount,
            currency: code.map(str::to_string),
            max: None,
            bound: None,
            ambiguous: code.is_none(),
        })
    }

    /// The same money, said to be approximate (نحو، حوالي).
    fn about(v: Option<Value>) -> Option<Value> {
        match v {
            Some(Value::Money {
                amount,
                currency,
                max,
                ambiguous,
                ..
            }) => Some(Value::Money {
                amount,
                currency,
                max,
                bound: Some("approx"),
                ambiguous,
            }),
            other => other,
        }
    }

    /// Money in a currency that several countries use, none named.
    fn amb(amount: f64) -> Option<Value> {
        Some(Value::Money {
            amount,
            currency: None,
            max: None,
            bound: None,
            ambiguous: true,
        })
    }

    fn qty(amount: f64, unit: &str) -> Option<Value> {
        Some(Value::Quantity {
            amount,
            unit: unit.to_string(),
        })
    }

    fn num(v: f64) -> Option<Value> {
        Some(Value::Number(v))
    }

    /// One expected entity per sentence: (sentence, kind, span, value).
    type Case = (&'static str, Kind, &'static str, Option<Value>);

    fn check(cases: Vec<Case>) {
        for (text, kind, span, value) in cases {
            let f = found(text);
            let want = (kind, key(span), value);
            assert!(f.contains(&want), "{text}: want {want:?}, got {f:?}");
        }
    }

    #[test]
    fn money_amounts() {
        use Kind::Money as M;
        check(vec![
            (
                "رصدت الجماعة 3 ملايين درهم للمشروع",
                M,
                "3 ملايين درهم",
                amb(3e6),
            ),
            // «بالـ130 ألف دولار»: the amount after the article.
            (
                "دفع المستثمر بالـ130 ألف دولار",
                M,
                "130 ألف دولار",
                money(130_000.0, Some("USD")),
            ),
            (
                "استثمار بقيمة 250 مليون دولار",
                M,
                "250 مليون دولار",
                money(250e6, Some("USD")),
            ),
            (
                "قرض بـ1.5 مليار يورو",
                M,
                "1.5 مليار يورو",
                money(1.5e9, Some("EUR")),
            ),
            ("بلغت الصفقة $400 فقط", M, "$400", money(400.0, Some("USD"))),
            ("سعره 400$ في السوق", M, "400$", money(400.0, Some("USD"))),
            ("تذكرة بـ€20", M, "€20", money(20.0, Some("EUR"))),
            (
                "دفع 20 ريالا سعوديا",
                M,
                "20 ريالا سعوديا",
                money(20.0, Some("SAR")),
            ),
            // The amount in parentheses, as rulings write fines.
            (
                "وغرامة مالية قدرها (20,000) ريال سعودي",
                M,
                "(20,000) ريال سعودي",
                money(20000.0, Some("SAR")),
            ),
            // A stop before three digits groups thousands, but for a dinar.
            (
                "بلغت الغرامة 40.000 ريال سعودي",
                M,
                "40.000 ريال سعودي",
                money(40_000.0, Some("SAR")),
            ),
            ("تكلف 12.500 درهم", M, "12.500 درهم", amb(12_500.0)),
            (
                "تكلف 1.005 دولار",
                M,
                "1.005 دولار",
                money(1_005.0, Some("USD")),
            ),
            (
                "بلغ السعر 2.350 دينار تونسي",
                M,
                "2.350 دينار تونسي",
                money(2.35, Some("TND")),
            ),
            ("بلغ السعر 2.350 دينار", M, "2.350 دينار", amb(2.35)),
            ("دفع 3.5 دولار", M, "3.5 دولار", money(3.5, Some("USD"))),
            ("دفع ٣٫٥٠٠ دولار", M, "٣٫٥٠٠ دولار", money(3.5, Some("USD"))),
            (
                "دفع ٤٠.٠٠٠ دولار",
                M,
                "٤٠.٠٠٠ دولار",
                money(40_000.0, Some("USD")),
            ),
            (
                "دفع 1.200,5 دولار",
                M,
                "1.200,5 دولار",
                money(1200.5, Some("USD")),
            ),
            (
                "غرامة قدرها (40.000) ريال",
                M,
                "(40.000) ريال",
                amb(40_000.0),
            ),
            (
                "خصصت الحكومة (250) مليون دولار للإعمار",
                M,
                "(250) مليون دولار",
                money(250_000_000.0, Some("USD")),
            ),
            (
                "غرامة 50 ريالا عمانيا",
                M,
                "50 ريالا عمانيا",
                money(50.0, Some("OMR")),
            ),
            (
                "راتبه 9000 ريال قطري",
                M,
                "9000 ريال قطري",
                money(9000.0, Some("QAR")),
            ),
            ("دفع 700 ريال", M, "700 ريال", amb(700.0)),
            (
                "تكلف 500 جنيه مصري",
                M,
                "500 جنيه مصري",
                money(500.0, Some("EGP")),
            ),
            ("باع السهم بـ80 جنيها", M, "80 جنيها", amb(80.0)),
            (
                "كلف 10 آلاف جنيه إسترليني",
                M,
                "10 آلاف جنيه إسترليني",
                money(10_000.0, Some("GBP")),
            ),
            (
                "أي 90 ألف ليرة لبنانية",
                M,
                "90 ألف ليرة لبنانية",
                money(90_000.0, Some("LBP")),
            ),
            (
                "نحو 35 ليرة تركية",
                M,
                "35 ليرة تركية",
                about(money(35.0, Some("TRY"))),
            ),
            (
                "قرابة 12 ألف ليرة سورية",
                M,
                "12 ألف ليرة سورية",
                about(money(12_000.0, Some("SYP"))),
            ),
            (
                "خصص 200 مليار دينار جزائري",
                M,
                "200 مليار دينار جزائري",
                money(200e9, Some("DZD")),
            ),
            (
                "منحة 300 دينار تونسي",
                M,
                "300 دينار تونسي",
                money(300.0, Some("TND")),
            ),
            (
                "وديعة 5 ملايين دينار كويتي",
                M,
                "5 ملايين دينار كويتي",
                money(5e6, Some("KWD")),
            ),
            (
                "بقيمة 40 دينارا",
                M,
                "40 دينارا",
                None.or(money(40.0, None)),
            ),
            (
                "دفع 30 درهما إماراتيا",
                M,
                "30 درهما إماراتيا",
                money(30.0, Some("AED")),
            ),
            (
                "صرف 100 أوقية جديدة",
                M,
                "100 أوقية جديدة",
                money(100.0, Some("MRU")),
            ),
            (
                "بلغ 70 مليار يوان",
                M,
                "70 مليار يوان",
                money(70e9, Some("CNY")),
            ),
            ("نحو 150 ين", M, "150 ين", about(money(150.0, Some("JPY")))),
            (
                "قيمتها 90 مليون روبل",
                M,
                "90 مليون روبل",
                money(90e6, Some("RUB")),
            ),
            (
                "رسوم 20 فرنكا سويسريا",
                M,
                "20 فرنكا سويسريا",
                money(20.0, Some("CHF")),
            ),
            (
                "بلغت 250 د.م. للطن",
                M,
                "250 د.م.",
                money(250.0, Some("MAD")),
            ),
            ("بقيمة ثلاثة ملايين درهم", M, "ثلاثة ملايين درهم", amb(3e6)),
            (
                "بثلاثة آلاف دولار",
                M,
                "ثلاثة آلاف دولار",
                money(3000.0, Some("USD")),
            ),
            (
                "اقتنى سيارة بمليون ونصف درهم",
                M,
                "مليون ونصف درهم",
                amb(1.5e6),
            ),
            (
                "تبرع بنصف مليون دولار",
                M,
                "نصف مليون دولار",
                money(5e5, Some("USD")),
            ),
            ("مبلغ ٣٫٥ مليار درهم", M, "3.5 مليار درهم", amb(3.5e9)),
            (
                "حجز 40 مليون سنتيم",
                M,
                "40 مليون سنتيم",
                money(400_000.0, None),
            ),
            (
                "دفع 1,200,000 دولار أمريكي",
                M,
                "1,200,000 دولار أمريكي",
                money(1.2e6, Some("USD")),
            ),
            ("ثمنه 12,5 يورو", M, "12,5 يورو", money(12.5, Some("EUR"))),
        ]);
    }

    #[test]
    fn percents() {
        use Kind::Percent as P;
        check(vec![
            ("ارتفع التضخم إلى 12% هذا العام", P, "12%", num(12.0)),
            ("بنسبة 12 % تقريبا", P, "12 %", num(12.0)),
            ("بنسبة %12 تقريبا", P, "%12", num(12.0)),
            ("بنسبة ٪١٢ تقريبا", P, "%12", num(12.0)),
            ("نما بنسبة 3.5 في المئة", P, "3.5 في المئة", num(3.5)),
            ("تراجع 7 في المائة", P, "7 في المائة", num(7.0)),
            ("زاد 40 بالمئة", P, "40 بالمئة", num(40.0)),
            ("زاد 40 بالمائة", P, "40 بالمائة", num(40.0)),
            ("بنحو اثنا عشر في المئة", P, "اثنا عشر في المئة", num(12.0)),
            (
                "ارتفع بخمسة وعشرين في المائة",
                P,
                "خمسة وعشرين في المائة",
                num(25.0),
            ),
        ]);
    }

    #[test]
    fn quantities() {
        use Kind::Quantity as Q;
        check(vec![
            ("قطع العداء 40 كيلومترا", Q, "40 كيلومترا", qty(40.0, "km")),
            ("على بعد 12 كلم من المدينة", Q, "12 كلم", qty(12.0, "km")),
            ("مساحة 300 متر مربع", Q, "300 متر مربع", qty(300.0, "m2")),
            (
                "مساحتها 446 ألف كيلومتر مربع",
                Q,
                "446 ألف كيلومتر مربع",
                qty(446_000.0, "km2"),
            ),
            (
                "تخزين 5 ملايين متر مكعب",
                Q,
                "5 ملايين متر مكعب",
                qty(5e6, "m3"),
            ),
            ("إنتاج 3 ملايين طن من الحبوب", Q, "3 ملايين طن", qty(3e6, "t")),
            ("حجز 20 كلغ من المخدرات", Q, "20 كلغ", qty(20.0, "kg")),
            ("حجز 500 غرام", Q, "500 غرام", qty(500.0, "g")),
            ("بلغت 45 درجة مئوية", Q, "45 درجة مئوية", qty(45.0, "°C")),
            (
                "ستصل درجات الحرارة إلى 44 درجة",
                Q,
                "44 درجة",
                qty(44.0, "°C"),
            ),
            (
                "ينتج 1.2 مليون برميل يوميا",
                Q,
                "1.2 مليون برميل",
                qty(1.2e6, "bbl"),
            ),
            ("محطة بقدرة 200 ميغاواط", Q, "200 ميغاواط", qty(200.0, "MW")),
            ("سقي 800 هكتار", Q, "800 هكتار", qty(800.0, "ha")),
            ("استهلاك 10 لترات", Q, "10 لترات", qty(10.0, "l")),
            ("بسرعة 120 كلم/س", Q, "120 كلم/س", qty(120.0, "km/h")),
            ("شقة من 90 م2", Q, "90 م2", qty(90.0, "m2")),
            ("هطول 30 ملم من الأمطار", Q, "30 ملم", qty(30.0, "mm")),
            ("طوله خمسة أمتار", Q, "خمسة أمتار", qty(5.0, "m")),
        ]);
    }

    #[test]
    fn cardinals() {
        use Kind::Cardinal as C;
        check(vec![
            ("شارك ثلاثة آلاف شخص", C, "ثلاثة آلاف", num(3000.0)),
            ("بلغ عدد السكان 1,200,000 نسمة", C, "1,200,000", num(1.2e6)),
            ("عمره خمسة وعشرون عاما", C, "خمسة وعشرون", num(25.0)),
            (
                "شيدت ثلاثة آلاف وخمسمائة وحدة",
                C,
                "ثلاثة آلاف وخمسمائة",
                num(3500.0),
            ),
            ("استفاد 3 ملايين شخص", C, "3 ملايين", num(3e6)),
            ("جمع 2.5 مليار توقيع", C, "2.5 مليار", num(2.5e9)),
            ("نحو نصف مليون زائر", C, "نصف مليون", num(5e5)),
            ("أصيب ١٧ شخصا", C, "17", num(17.0)),
            ("في 6 و7 ماي", C, "7", num(7.0)),
            ("وصل بثلاثة لاعبين", C, "ثلاثة", num(3.0)),
            ("شارك أحد عشر لاعبا", C, "أحد عشر", num(11.0)),
            ("شارك 250 ألف متظاهر", C, "250 ألف", num(250_000.0)),
        ]);
    }

    #[test]
    fn ordinals() {
        use Kind::Ordinal as O;
        check(vec![
            ("احتل المركز الأول في السباق", O, "الأول", num(1.0)),
            ("للمرة الأولى منذ سنوات", O, "الأولى", num(1.0)),
            ("تأهل إلى الدور الثاني", O, "الثاني", num(2.0)),
            ("في الطابق العاشر", O, "العاشر", num(10.0)),
            ("الدورة الحادية عشرة", O, "الحادية عشرة", num(11.0)),
            ("في القرن الحادي والعشرين", O, "الحادي والعشرين", num(21.0)),
            (
                "المؤتمر الثاني والعشرين للحزب",
                O,
                "الثاني والعشرين",
                num(22.0),
            ),
            ("الذكرى الخامسة والثلاثون", O, "الخامسة والثلاثون", num(35.0)),
            ("الدورة الثالثة عشرة", O, "الثالثة عشرة", num(13.0)),
            ("الدورة الـ22 للمهرجان", O, "ال22", num(22.0)),
            ("الدورة ال15 للمعرض", O, "ال15", num(15.0)),
            ("احتفل بعيد ميلاده العشرين", O, "العشرين", num(20.0)),
            ("جاء في المركز الثالث والرابع", O, "الثالث", num(3.0)),
            // Undotted, after a feminine noun: still «the first».
            ("فاز في الجولة الاولي من البطولة", O, "الاولي", num(1.0)),
        ]);
    }

    #[test]
    fn negatives() {
        let none_of = |text: &str, kinds: &[Kind]| {
            let f = found(text);
            assert!(
                f.iter().all(|(k, _, _)| !kinds.contains(k)),
                "{text}: unexpected {f:?}"
            );
        };
        use Kind::*;
        let all = [Money, Percent, Quantity, Cardinal, Ordinal];
        none_of("ولد سنة 2024م في الرباط", &all);
        none_of("في عام 2024 تغير كل شيء", &all);
        none_of("صرح أحد المسؤولين", &all);
        none_of("وقال واحد من الحضور", &all);
        none_of("في الأول كان الأمر صعبا", &all);
        none_of("الأول", &all);
        // «Primary» (dotted, after a masculine noun), not «the first».
        none_of("وزارة التربية الوطنية والتعليم الأولي", &all);
        none_of("يوم 15 كانون الثاني", &[Ordinal]);
        none_of("في ربيع الأول", &[Ordinal]);
        none_of("في تشرين الثاني", &[Ordinal]);
        none_of("في جمادى الثانية", &[Ordinal]);
        // The article before an amount makes it definite, not an ordinal.
        none_of("حصل على الـ130 ألف دولار", &[Ordinal]);
        none_of("دفع بالـ50 دولارا", &[Ordinal]);
        none_of("اتصلوا على 0612-345-678", &[Cardinal]);
        none_of("على الساعة 10:30 صباحا", &[Cardinal]);
        none_of("فاز الفريق 2-1", &[Cardinal]);
        none_of("شبكة 5G الجديدة", &[Cardinal]);
        none_of("آلاف المتظاهرين وعشرات الآلاف", &all);
        none_of("تراجع الدرهم أمام اليورو", &all);
        none_of("ملايين الدولارات", &all);
        none_of("ولد سنة 1445 هـ", &[Cardinal]);
        none_of("السيدة ست الحسن", &all);
        none_of("حين ألف كتابه", &all);
        none_of("وصل 2024 م", &[Quantity]);
        none_of("كم عمرك", &all);
    }

    #[test]
    fn through_the_extractor() {
        use crate::{Extractor, Options};
        let ex = Extractor::new();
        let got = |text: &str| -> Vec<(Kind, String, Option<Value>)> {
            ex.extract(text, &Options::default())
                .into_iter()
                .filter(|e| !matches!(e.kind, Kind::Gpe | Kind::Norp | Kind::Pers))
                .map(|e| (e.kind, e.text, e.value))
                .collect()
        };
        let curr = |code: &str| {
            Some(Value::Currency {
                currency: code.to_string(),
            })
        };
        // Currencies without an amount come from currency.tsv.
        assert_eq!(
            got("تراجع الدرهم المغربي أمام اليورو"),
            [
                (Kind::Curr, "الدرهم المغربي".into(), curr("MAD")),
                (Kind::Curr, "اليورو".into(), curr("EUR")),
            ]
        );
        // With an amount, MONEY wins over the CURR inside it; offsets are
        // in the original text (Arabic-Indic digits, tatweel).
        assert_eq!(
            got("رصد بـ٣ ملايين درهم"),
            [(Kind::Money, "٣ ملايين درهم".into(), amb(3e6))]
        );
        assert_eq!(
            got("احتل المركز الثاني بنسبة ١٢٪"),
            [
                (Kind::Ordinal, "الثاني".into(), num(2.0)),
                (Kind::Percent, "١٢٪".into(), num(12.0)),
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_stays_on_tokens(
            text in "[ 0-9٠-٩.,٫٬%٪$€ـوبالثمنيةعشرونأفدهركلمطن\\-:/]{0,40}"
        ) {
            let doc = Doc::new(&text, None);
            let mut out = Vec::new();
            NumberRecognizer.find(&doc, &mut out);
            for c in out {
                proptest::prop_assert!(c.start < c.end);
                proptest::prop_assert!(doc.tokens.iter().any(|t| t.end == c.end));
                proptest::prop_assert!(doc.tokens.iter().any(|t| t.start <= c.start && c.start < t.end));
            }
        }
    }

    #[test]
    fn spans_are_tight_and_on_tokens() {
        for text in [
            "رصدت 3 ملايين درهم، و12% للتسيير.",
            "بـ٣ ملايين درهم",
            "الدورة الـ22.",
            "$",
            "%",
            "ال",
            "ثلاثة و",
            "مليون و",
        ] {
            let doc = Doc::new(text, None);
            let mut out = Vec::new();
            NumberRecognizer.find(&doc, &mut out);
            for c in out {
                let s = &doc.text()[c.start..c.end];
                assert_eq!(s.trim(), s, "{text}");
                assert!(
                    !s.ends_with(['،', '.', ' ']) || s.ends_with("د.م."),
                    "{text}: {s}"
                );
                assert!(doc.tokens.iter().any(|t| t.end == c.end), "{text}");
            }
        }
    }
}
