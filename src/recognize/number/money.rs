//! Currencies after (or symbols before) an amount: `درهم`, `دولارا أمريكيا`,
//! `ريالات عمانية`, `د.م.`, `$`, `€`, `USD`.
//!
//! A currency noun used by one country has its code (يورو → EUR, دولار →
//! USD). A noun several countries use (درهم، ريال، جنيه، دينار، ليرة …)
//! takes its code from an adjective (درهم إماراتي → AED, دينار كويتي →
//! KWD), else from the countries named in its sentence, else from the
//! countries named in the whole document when one code has more mentions
//! than all the others together; failing all three the value has no code
//! and says `ambiguous`. Names and symbols were checked against CLDR's
//! Arabic currency names. Sub-units (سنت، سنتيم، قرش، فلس، هللة، مليم) are
//! read as fractions of their currency, alone or after it (`20 دولارا و43
//! سنتا` = 20.43 USD).

use super::{spaced, Phrase, PhraseTable};
use crate::hash::WordMap;
use crate::normalize::arabic::key;
use crate::recognize::Doc;
use std::cell::OnceCell;
use std::sync::LazyLock;

/// A currency noun, its inflected forms, its default code and the
/// adjectives that name a country's currency.
struct Family {
    /// Forms separated by `|`: singular, accusative, plural, dual.
    nouns: &'static str,
    default: Option<&'static str>,
    /// Adjective (masculine singular) → code.
    adjectives: &'static [(&'static str, &'static str)],
    /// Subunits: the amount is divided by this to give main units.
    divisor: f64,
}

const FAMILIES: &[Family] = &[
    Family {
        nouns: "درهم|درهما|دراهم|درهمان|درهمين",
        default: Some("MAD"),
        adjectives: &[("مغربي", "MAD"), ("إماراتي", "AED")],
        divisor: 1.0,
    },
    Family {
        nouns: "دولار|دولارا|دولارات|دولاران|دولارين",
        default: Some("USD"),
        adjectives: &[
            ("أمريكي", "USD"),
            ("أميركي", "USD"),
            ("كندي", "CAD"),
            ("أسترالي", "AUD"),
            ("استرالي", "AUD"),
            ("نيوزيلندي", "NZD"),
            ("سنغافوري", "SGD"),
            ("تايواني", "TWD"),
        ],
        divisor: 1.0,
    },
    Family {
        nouns: "يورو|أورو",
        default: Some("EUR"),
        adjectives: &[("أوروبي", "EUR")],
        divisor: 1.0,
    },
    Family {
        nouns: "ريال|ريالا|ريالات|ريالان|ريالين",
        default: Some("SAR"),
        adjectives: &[
            ("سعودي", "SAR"),
            ("عماني", "OMR"),
            ("قطري", "QAR"),
            ("يمني", "YER"),
            ("إيراني", "IRR"),
            ("برازيلي", "BRL"),
        ],
        divisor: 1.0,
    },
    Family {
        nouns: "جنيه|جنيها|جنيهات|جنيهان|جنيهين",
        default: Some("EGP"),
        adjectives: &[
            ("مصري", "EGP"),
            ("إسترليني", "GBP"),
            ("استرليني", "GBP"),
            ("سوداني", "SDG"),
            ("لبناني", "LBP"),
        ],
        divisor: 1.0,
    },
    Family {
        nouns: "ليرة|ليرات|ليرتان|ليرتين",
        default: None,
        adjectives: &[("لبناني", "LBP"), ("تركي", "TRY"), ("سوري", "SYP")],
        divisor: 1.0,
    },
    Family {
        nouns: "دينار|دينارا|دنانير|دينارات|ديناران|دينارين",
        default: None,
        adjectives: &[
            ("جزائري", "DZD"),
            ("تونسي", "TND"),
            ("كويتي", "KWD"),
            ("بحريني", "BHD"),
            ("أردني", "JOD"),
            ("عراقي", "IQD"),
            ("ليبي", "LYD"),
            ("صربي", "RSD"),
        ],
        divisor: 1.0,
    },
    Family {
        nouns: "أوقية|أوقيات",
        default: Some("MRU"),
        adjectives: &[("موريتاني", "MRU"), ("جديد", "MRU")],
        divisor: 1.0,
    },
    Family {
        nouns: "يوان|يوانا",
        default: Some("CNY"),
        adjectives: &[("صيني", "CNY")],
        divisor: 1.0,
    },
    Family {
        nouns: "ين",
        default: Some("JPY"),
        adjectives: &[("ياباني", "JPY")],
        divisor: 1.0,
    },
    Family {
        nouns: "روبل|روبلا|روبلات",
        default: Some("RUB"),
        adjectives: &[("روسي", "RUB")],
        divisor: 1.0,
    },
    Family {
        nouns: "فرنك|فرنكا|فرنكات",
        default: None,
        adjectives: &[
            ("سويسري", "CHF"),
            ("إفريقي", "XOF"),
            ("أفريقي", "XOF"),
            ("سيفا", "XOF"),
            ("جيبوتي", "DJF"),
            ("غيني", "GNF"),
        ],
        divisor: 1.0,
    },
    Family {
        nouns: "شيكل|شيكلا|شيكلات|شواكل|شيقل|شيقلا|شواقل",
        default: Some("ILS"),
        adjectives: &[],
        divisor: 1.0,
    },
    Family {
        nouns: "روبية|روبيات",
        default: None,
        adjectives: &[("هندي", "INR"), ("باكستاني", "PKR"), ("إندونيسي", "IDR")],
        divisor: 1.0,
    },
    Family {
        nouns: "بيزو|بيزوس",
        default: None,
        adjectives: &[("مكسيكي", "MXN"), ("أرجنتيني", "ARS"), ("كولومبي", "COP")],
        divisor: 1.0,
    },
    Family {
        nouns: "كرونة|كرونات|كرونا",
        default: None,
        adjectives: &[("سويدي", "SEK"), ("نرويجي", "NOK"), ("دنماركي", "DKK")],
        divisor: 1.0,
    },
    Family {
        nouns: "شلن|شلنا|شلنات",
        default: None,
        adjectives: &[("صومالي", "SOS"), ("كيني", "KES"), ("أوغندي", "UGX")],
        divisor: 1.0,
    },
    // Morocco and Algeria count large sums in centimes (مليون سنتيم =
    // 10,000 dirhams or dinars): the amount is given in main units, the
    // country is not known.
    Family {
        nouns: "سنتيم|سنتيما|سنتيمات",
        default: None,
        adjectives: &[],
        divisor: 100.0,
    },
    Family {
        nouns: "هللة|هللات",
        default: Some("SAR"),
        adjectives: &[],
        divisor: 100.0,
    },
    Family {
        nouns: "سنت|سنتا|سنتات",
        default: None,
        adjectives: &[("أمريكي", "USD"), ("أميركي", "USD")],
        divisor: 100.0,
    },
    Family {
        nouns: "قرش|قرشا|قروش",
        default: None,
        adjectives: &[("مصري", "EGP")],
        divisor: 100.0,
    },
    Family {
        nouns: "فلس|فلسا",
        default: None,
        adjectives: &[],
        divisor: 1000.0,
    },
    Family {
        nouns: "مليم|مليما|مليمات",
        default: Some("TND"),
        adjectives: &[],
        divisor: 1000.0,
    },
];

/// Nouns (first form) that several countries use although one of them is
/// the usual reading: without an adjective or a country they are
/// ambiguous, not the usual country's.
const SHARED: &[&str] = &["درهم", "ريال", "جنيه"];

/// The main unit of a sub-unit after an amount of it: `20 دولارا و43
/// سنتا`. (sub-unit noun, currency code, how many make one unit).
const SUBUNITS: &[(&str, &str, f64)] = &[
    ("سنت", "USD", 100.0),
    ("سنت", "EUR", 100.0),
    ("سنت", "CAD", 100.0),
    ("سنت", "AUD", 100.0),
    ("سنتيم", "MAD", 100.0),
    ("سنتيم", "DZD", 100.0),
    ("سنتيم", "EUR", 100.0),
    ("قرش", "EGP", 100.0),
    ("قرش", "LBP", 100.0),
    ("قرش", "SYP", 100.0),
    ("قرش", "JOD", 100.0),
    ("قرش", "SDG", 100.0),
    ("فلس", "KWD", 1000.0),
    ("فلس", "BHD", 1000.0),
    ("فلس", "JOD", 1000.0),
    ("فلس", "IQD", 1000.0),
    ("فلس", "AED", 100.0),
    ("فلس", "YER", 100.0),
    ("هللة", "SAR", 100.0),
    ("مليم", "TND", 1000.0),
    ("مليم", "EGP", 1000.0),
];

/// The value of one sub-unit noun at token `j` in currency `code`: its
/// fraction of a main unit.
pub(super) fn subunit_of(doc: &Doc<'_>, j: usize, code: &str) -> Option<f64> {
    let fi = *TABLES.nouns.get(doc.word(j))?;
    let first = FAMILIES.get(fi)?.nouns.split('|').next()?;
    SUBUNITS
        .iter()
        .find(|(n, c, _)| *n == first && *c == code)
        .map(|x| 1.0 / x.2)
}

/// Countries that settle the code of a shared noun when the sentence names
/// one of them (`… في الجزائر … 300 دينار` → DZD): (first noun form of
/// the family, country, code). Used only when no adjective follows the
/// noun, and only when the sentence points to one code.
const CONTEXT: &[(&str, &str, &str)] = &[
    ("دينار", "الجزائر", "DZD"),
    ("دينار", "تونس", "TND"),
    ("دينار", "الكويت", "KWD"),
    ("دينار", "البحرين", "BHD"),
    ("دينار", "الأردن", "JOD"),
    ("دينار", "العراق", "IQD"),
    ("دينار", "ليبيا", "LYD"),
    ("ليرة", "لبنان", "LBP"),
    ("ليرة", "تركيا", "TRY"),
    ("ليرة", "سوريا", "SYP"),
    ("ريال", "سلطنة عمان", "OMR"),
    ("ريال", "قطر", "QAR"),
    ("ريال", "اليمن", "YER"),
    ("ريال", "إيران", "IRR"),
    ("ريال", "السعودية", "SAR"),
    ("درهم", "الإمارات", "AED"),
    ("درهم", "دبي", "AED"),
    ("درهم", "أبوظبي", "AED"),
    ("درهم", "المغرب", "MAD"),
    ("جنيه", "السودان", "SDG"),
    ("جنيه", "مصر", "EGP"),
    ("روبية", "الهند", "INR"),
    ("روبية", "باكستان", "PKR"),
    ("روبية", "إندونيسيا", "IDR"),
    ("فرنك", "سويسرا", "CHF"),
    // Capitals and large cities name their country as well.
    ("ليرة", "بيروت", "LBP"),
    ("ليرة", "دمشق", "SYP"),
    ("ليرة", "حلب", "SYP"),
    ("ليرة", "أنقرة", "TRY"),
    ("ليرة", "إسطنبول", "TRY"),
    ("ليرة", "اسطنبول", "TRY"),
    ("دينار", "بغداد", "IQD"),
    ("دينار", "البصرة", "IQD"),
    ("دينار", "وهران", "DZD"),
    ("دينار", "صفاقس", "TND"),
    ("دينار", "بنغازي", "LYD"),
    ("دينار", "المنامة", "BHD"),
    ("ريال", "الرياض", "SAR"),
    ("ريال", "جدة", "SAR"),
    ("ريال", "المملكة العربية السعودية", "SAR"),
    ("ريال", "الدوحة", "QAR"),
    ("ريال", "مسقط", "OMR"),
    ("ريال", "صنعاء", "YER"),
    ("ريال", "عدن", "YER"),
    ("درهم", "الرباط", "MAD"),
    ("درهم", "الدار البيضاء", "MAD"),
    ("درهم", "مراكش", "MAD"),
    ("درهم", "طنجة", "MAD"),
    ("درهم", "فاس", "MAD"),
    ("درهم", "الشارقة", "AED"),
    ("درهم", "الإمارات العربية المتحدة", "AED"),
    ("جنيه", "القاهرة", "EGP"),
    ("جنيه", "الإسكندرية", "EGP"),
    ("جنيه", "الخرطوم", "SDG"),
    ("جنيه", "بريطانيا", "GBP"),
    ("جنيه", "لندن", "GBP"),
];

/// How far (in tokens, each way) the sentence is searched for a country.
const CONTEXT_WINDOW: usize = 30;

/// Symbols and codes written before or after the amount.
const SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("US$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("UK£", "GBP"),
    ("E£", "EGP"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("JP¥", "JPY"),
    ("CN¥", "CNY"),
    ("₺", "TRY"),
    ("₪", "ILS"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("MAD", "MAD"),
    ("DH", "MAD"),
    ("Dh", "MAD"),
    ("DHS", "MAD"),
    ("Dhs", "MAD"),
    ("AED", "AED"),
    ("SAR", "SAR"),
    ("QAR", "QAR"),
    ("KWD", "KWD"),
    ("BHD", "BHD"),
    ("OMR", "OMR"),
    ("JOD", "JOD"),
    ("EGP", "EGP"),
    ("DZD", "DZD"),
    ("DA", "DZD"),
    ("TND", "TND"),
    ("LYD", "LYD"),
    ("IQD", "IQD"),
    ("LBP", "LBP"),
    ("SYP", "SYP"),
    ("TRY", "TRY"),
    ("CHF", "CHF"),
    ("CNY", "CNY"),
    ("JPY", "JPY"),
    ("MRU", "MRU"),
];

/// Arabic abbreviations, written after the amount (CLDR symbols, plus the
/// Algerian دج).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("د.م.", "MAD"),
    ("د.م", "MAD"),
    ("د.إ.", "AED"),
    ("د.إ", "AED"),
    ("د.ج.", "DZD"),
    ("د.ج", "DZD"),
    ("دج", "DZD"),
    ("د.ت.", "TND"),
    ("د.ت", "TND"),
    ("د.ك.", "KWD"),
    ("د.ك", "KWD"),
    ("د.ب.", "BHD"),
    ("د.ب", "BHD"),
    ("د.أ.", "JOD"),
    ("د.أ", "JOD"),
    ("د.ع.", "IQD"),
    ("د.ع", "IQD"),
    ("د.ل.", "LYD"),
    ("د.ل", "LYD"),
    ("ر.س.", "SAR"),
    ("ر.س", "SAR"),
    ("ر.ع.", "OMR"),
    ("ر.ع", "OMR"),
    ("ر.ق.", "QAR"),
    ("ر.ق", "QAR"),
    ("ر.ي.", "YER"),
    ("ر.ي", "YER"),
    ("ج.م.", "EGP"),
    ("ج.م", "EGP"),
    ("ج.س.", "SDG"),
    ("ج.س", "SDG"),
    ("ل.ل.", "LBP"),
    ("ل.ل", "LBP"),
    ("ل.س.", "SYP"),
    ("ل.س", "SYP"),
    ("أ.م.", "MRU"),
];

struct Tables {
    /// Folded noun form → family index.
    nouns: WordMap<usize>,
    /// Per family: adjective phrases (all inflections) and codes.
    adjectives: Vec<PhraseTable<&'static str>>,
    /// Symbols usable before or after an amount, longest first.
    symbols: PhraseTable<&'static str>,
    /// Abbreviations usable after an amount, longest first.
    after: PhraseTable<&'static str>,
    /// Per family: countries that settle its code.
    context: Vec<Vec<(Phrase, &'static str)>>,
}

/// The inflections of an adjective: مغربي، مغربيا، مغربية، مغربيان، مغربيين.
fn inflections(adj: &str) -> [String; 5] {
    [
        adj.to_string(),
        format!("{adj}ا"),
        format!("{adj}ة"),
        format!("{adj}ان"),
        format!("{adj}ين"),
    ]
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut nouns = WordMap::default();
    let mut adjectives = Vec::new();
    for (i, f) in FAMILIES.iter().enumerate() {
        for n in f.nouns.split('|') {
            nouns.insert(key(n), i);
        }
        let mut adjs = Vec::new();
        for &(a, code) in f.adjectives {
            for form in inflections(a) {
                adjs.push((Phrase::new(&form), code));
            }
        }
        adjectives.push(PhraseTable::new(adjs));
    }
    let mut symbols: Vec<_> = SYMBOLS.iter().map(|&(s, c)| (Phrase::new(s), c)).collect();
    symbols.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    let mut after: Vec<_> = ABBREVIATIONS
        .iter()
        .map(|&(s, c)| (Phrase::new(s), c))
        .collect();
    after.extend(symbols.iter().cloned());
    after.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    let context = FAMILIES
        .iter()
        .map(|f| {
            let first = f.nouns.split('|').next().unwrap_or("");
            CONTEXT
                .iter()
                .filter(|(noun, _, _)| *noun == first)
                .map(|&(_, country, code)| (Phrase::new(country), code))
                .collect()
        })
        .collect();
    Tables {
        nouns,
        adjectives,
        symbols: PhraseTable::new(symbols),
        after: PhraseTable::new(after),
        context,
    }
});

/// A currency after an amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct CurrencyMatch {
    /// Index of the last token of the currency.
    pub last: usize,
    /// ISO-4217 code, when known.
    pub code: Option<&'static str>,
    /// Divide the amount by this (100 for centimes).
    pub divisor: f64,
    /// The noun is used by several countries and nothing says which.
    pub ambiguous: bool,
}

/// The code each currency family's countries point to over one whole
/// document (see [`from_document`]), worked out at most once per family.
pub(super) struct DocCountries(Vec<OnceCell<Option<&'static str>>>);

impl DocCountries {
    pub(super) fn new() -> DocCountries {
        DocCountries(FAMILIES.iter().map(|_| OnceCell::new()).collect())
    }
}

/// The currency (noun with optional adjective, abbreviation or symbol)
/// starting at token `j`.
pub(super) fn currency_at(
    doc: &Doc<'_>,
    j: usize,
    documents: &DocCountries,
) -> Option<CurrencyMatch> {
    let t = &*TABLES;
    if doc.is_word(j) {
        if let Some(&fi) = t.nouns.get(doc.word(j)) {
            let family = FAMILIES.get(fi)?;
            let adj = t
                .adjectives
                .get(fi)
                .and_then(|adjs| adjs.find_at(doc, j + 1));
            // A gold ounce is not the Mauritanian ouguiya.
            if family.nouns.starts_with("أوقية") && adj.is_none() && next_is_gold(doc, j + 1) {
                return None;
            }
            return Some(match adj {
                Some((last, code)) => CurrencyMatch {
                    last,
                    code: Some(code),
                    divisor: family.divisor,
                    ambiguous: false,
                },
                None => {
                    let countries = t.context.get(fi).map_or(&[][..], Vec::as_slice);
                    let first = family.nouns.split('|').next().unwrap_or("");
                    let shared = family.default.is_none() || SHARED.contains(&first);
                    let code = from_context(doc, j, countries)
                        .or_else(|| {
                            *documents
                                .0
                                .get(fi)?
                                .get_or_init(|| from_document(doc, countries))
                        })
                        .or(if shared { None } else { family.default });
                    CurrencyMatch {
                        last: j,
                        code,
                        divisor: family.divisor,
                        ambiguous: code.is_none(),
                    }
                }
            });
        }
    }
    t.after.find_at(doc, j).map(|(last, code)| CurrencyMatch {
        last,
        code: Some(code),
        divisor: 1.0,
        ambiguous: false,
    })
}

/// The code that the countries named in the whole document point to when
/// one of them has more mentions than all the others together.
fn from_document(doc: &Doc<'_>, countries: &[(Phrase, &'static str)]) -> Option<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for k in 0..doc.tokens.len() {
        let w = doc.word(k);
        for (p, code) in countries {
            // A cheap test first: the country's first word ends the token.
            let first = p.toks.first().map_or("", String::as_str);
            if w.ends_with(first) && country_at(doc, k, p) {
                match counts.iter_mut().find(|c| c.0 == *code) {
                    Some(c) => c.1 += 1,
                    None => counts.push((code, 1)),
                }
            }
        }
    }
    let total: usize = counts.iter().map(|c| c.1).sum();
    counts.into_iter().find(|c| 2 * c.1 > total).map(|c| c.0)
}

/// The one code that the countries named in the sentence around token `j`
/// point to, if they point to exactly one.
fn from_context(
    doc: &Doc<'_>,
    j: usize,
    countries: &[(Phrase, &'static str)],
) -> Option<&'static str> {
    if countries.is_empty() {
        return None;
    }
    let ends_sentence = |k: usize| matches!(doc.word(k), "." | "!" | "?" | "؟");
    let breaks_line = |a: usize, b: usize| match (doc.tokens.get(a), doc.tokens.get(b)) {
        (Some(x), Some(y)) => doc
            .text()
            .get(x.end..y.start)
            .is_none_or(|g| g.contains('\n')),
        _ => true,
    };
    let mut from = j;
    while from > 0
        && j - from < CONTEXT_WINDOW
        && !ends_sentence(from - 1)
        && !breaks_line(from - 1, from)
    {
        from -= 1;
    }
    let mut to = j;
    while to + 1 < doc.tokens.len()
        && to - j < CONTEXT_WINDOW
        && !ends_sentence(to + 1)
        && !breaks_line(to, to + 1)
    {
        to += 1;
    }
    let mut found: Option<&'static str> = None;
    for k in from..=to {
        for (p, code) in countries {
            if country_at(doc, k, p) {
                match found {
                    Some(c) if c != *code => return None,
                    _ => found = Some(code),
                }
            }
        }
    }
    found
}

/// Whether phrase `p` (a country) is at token `k`, its first word possibly
/// with proclitics (`بالجزائر`, `وتونس`).
fn country_at(doc: &Doc<'_>, k: usize, p: &Phrase) -> bool {
    let Some(first) = p.toks.first() else {
        return false;
    };
    if !doc.is_word(k) || !doc.analyses(k).any(|a| a.stem == first.as_str()) {
        return false;
    }
    p.toks
        .iter()
        .enumerate()
        .skip(1)
        .all(|(n, t)| doc.word(k + n) == t && spaced(doc, k + n - 1, k + n))
}

fn next_is_gold(doc: &Doc<'_>, j: usize) -> bool {
    let w = doc.word(j);
    w == "من" || w.contains("ذهب")
}

/// A currency symbol or code starting at token `i` that may precede an
/// amount (`$400`, `€20`, `USD 5`): its last token and code.
pub(super) fn symbol_at(doc: &Doc<'_>, i: usize) -> Option<(usize, &'static str)> {
    TABLES.symbols.find_at(doc, i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code of the currency after the first number of `text`.
    fn in_sentence(text: &str) -> Option<&'static str> {
        let doc = Doc::new(text, None);
        let j = doc
            .tokens
            .iter()
            .position(|t| t.kind == crate::tokenize::TokenKind::Number)?
            + 1;
        currency_at(&doc, j, &DocCountries::new())?.code
    }

    #[test]
    fn country_in_the_sentence() {
        let cases: &[(&str, Option<&str>)] = &[
            ("رفعت الحكومة بالجزائر المنحة إلى 300 دينار", Some("DZD")),
            ("بلغ سعر الخبز 2 دينار في تونس", Some("TND")),
            ("في لبنان ارتفع السعر إلى 90000 ليرة", Some("LBP")),
            ("قررت سلطنة عمان صرف 50 ريالا", Some("OMR")),
            ("في دبي بلغ الإيجار 9000 درهم", Some("AED")),
            // Two countries with different codes: no guess.
            ("بين الجزائر وتونس تبلغ الرسوم 300 دينار", None),
            // Another sentence counts when its country is the only one of
            // the document (or has more mentions than all others).
            ("زار الوزير الجزائر. ودفع 300 دينار", Some("DZD")),
            ("زار الجزائر ثم تونس. ودفع 300 دينار", None),
            ("دفع 300 دينار", None),
            // An adjective beats the context.
            ("في الجزائر دفع 300 دينار تونسي", Some("TND")),
        ];
        for &(text, code) in cases {
            assert_eq!(in_sentence(text), code, "{text}");
        }
    }

    fn code_of(text: &str) -> Option<(Option<&'static str>, String)> {
        let doc = Doc::new(text, None);
        let m = currency_at(&doc, 0, &DocCountries::new())?;
        Some((m.code, doc.text()[..doc.tokens[m.last].end].to_string()))
    }

    #[test]
    fn nouns_and_adjectives() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("درهم", None, "درهم"),
            ("دراهم إماراتية", Some("AED"), "دراهم اماراتيه"),
            ("دولارا أمريكيا", Some("USD"), "دولارا امريكيا"),
            ("دولار كندي", Some("CAD"), "دولار كندي"),
            ("ريالا سعوديا", Some("SAR"), "ريالا سعوديا"),
            ("ريال عماني", Some("OMR"), "ريال عماني"),
            ("ريالات قطرية", Some("QAR"), "ريالات قطريه"),
            ("ريال", None, "ريال"),
            ("جنيه إسترليني", Some("GBP"), "جنيه استرليني"),
            ("جنيها مصريا", Some("EGP"), "جنيها مصريا"),
            ("ليرة لبنانية", Some("LBP"), "ليره لبنانيه"),
            ("ليرة تركية", Some("TRY"), "ليره تركيه"),
            ("ليرات سورية", Some("SYP"), "ليرات سوريه"),
            ("ليرة", None, "ليره"),
            ("دينار كويتي", Some("KWD"), "دينار كويتي"),
            ("دنانير أردنية", Some("JOD"), "دنانير اردنيه"),
            ("دينار", None, "دينار"),
            ("أوقية جديدة", Some("MRU"), "اوقيه جديده"),
            ("فرنك سويسري", Some("CHF"), "فرنك سويسري"),
            ("فرنك إفريقي", Some("XOF"), "فرنك افريقي"),
            ("د.م.", Some("MAD"), "د.م."),
            ("ر.س", Some("SAR"), "ر.س"),
            ("دج", Some("DZD"), "دج"),
            ("$", Some("USD"), "$"),
            ("USD", Some("USD"), "USD"),
        ];
        for &(text, code, span) in cases {
            assert_eq!(code_of(text), Some((code, span.to_string())), "{text}");
        }
        assert_eq!(code_of("أوقية من الذهب"), None);
        assert_eq!(code_of("درهم"), Some((None, "درهم".into())));
        assert_eq!(code_of("كتاب"), None);
    }
}
