//! Units of measure after an amount: `40 كيلومترا`, `3 ملايين طن`,
//! `200 ميغاواط`, `35 درجة مئوية`, `1,5 مليون برميل`, `500 متر مربع`.
//!
//! The bare letter `م` is *not* a unit: after a year it means "AD"
//! (`2024م`) and after an hour "p.m."; only `م2`/`م²`/`م3` are taken.

use super::{Phrase, PhraseTable};
use crate::recognize::Doc;
use std::sync::LazyLock;

/// Forms separated by `|`, and the unit symbol.
const UNITS: &[(&str, &str)] = &[
    (
        "كيلومتر|كيلومترا|كيلومترات|كيلو متر|كيلو مترا|كيلو مترات|كلم|كم",
        "km",
    ),
    ("متر|مترا|أمتار|مترات", "m"),
    (
        "سنتيمتر|سنتيمترا|سنتيمترات|سنتمتر|سنتمترا|سنتمترات|سم",
        "cm",
    ),
    (
        "ميليمتر|ميليمترا|ميليمترات|مليمتر|مليمترا|مليمترات|ملليمتر|ملليمترا|ملليمترات|ملم",
        "mm",
    ),
    (
        "كيلوغرام|كيلوغراما|كيلوغرامات|كيلوجرام|كيلوجراما|كيلوجرامات|كيلو غرام|كلغ|كغ|كيلو|كيلوات",
        "kg",
    ),
    ("غرام|غراما|غرامات|جرام|جراما|جرامات|غ", "g"),
    ("طن|طنا|أطنان|طنان|طنين", "t"),
    ("لتر|لترا|لترات|ليتر|ليترا|ليترات", "l"),
    ("هكتار|هكتارا|هكتارات", "ha"),
    ("ميغاواط|ميغاوات|ميجاواط|ميجاوات|ميغا واط|ميجا وات", "MW"),
    ("كيلوواط|كيلووات|كيلو واط|كيلو وات", "kW"),
    ("غيغاواط|غيغاوات|جيجاواط|جيجاوات", "GW"),
    (
        "درجة مئوية|درجات مئوية|درجة مئوية|درجة سيليزية|°C|° C|°م|° م",
        "°C",
    ),
    ("برميل|برميلا|براميل", "bbl"),
    ("ميل|ميلا|أميال", "mi"),
    (
        "كيلومتر في الساعة|كيلومترا في الساعة|كيلومترات في الساعة|كلم في الساعة|كم في الساعة|كلم/س|كم/س|كلم/ساعة|كم/ساعة",
        "km/h",
    ),
    ("كيلومتر مربع|كيلومترا مربعا|كيلومترات مربعة|كلم مربع|كم مربع|كلم2|كم2|كلم²|كم²", "km2"),
    ("متر مربع|مترا مربعا|أمتار مربعة|مترات مربعة|م2|م²", "m2"),
    ("متر مكعب|مترا مكعبا|أمتار مكعبة|مترات مكعبة|م3|م³", "m3"),
];

/// Temperature without مئوية: `درجة` after an amount, only when the
/// sentence speaks of heat (حرارة) just before.
const DEGREE: &str = "درجة|درجات";

static TABLE: LazyLock<PhraseTable<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<_> = UNITS
        .iter()
        .flat_map(|&(forms, unit)| forms.split('|').map(move |f| (Phrase::new(f), unit)))
        .collect();
    v.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
    PhraseTable::new(v)
});

static DEGREES: LazyLock<PhraseTable<()>> =
    LazyLock::new(|| PhraseTable::new(DEGREE.split('|').map(|d| (Phrase::new(d), ())).collect()));

/// The unit starting at token `j`, after an amount that starts at token
/// `first`: its last token and symbol.
pub(super) fn unit_at(doc: &Doc<'_>, first: usize, j: usize) -> Option<(usize, &'static str)> {
    if let Some(hit) = TABLE.find_at(doc, j) {
        return Some(hit);
    }
    let (last, ()) = DEGREES.find_at(doc, j)?;
    let heat = (first.saturating_sub(6)..first).any(|k| doc.word(k).contains("حراره"));
    heat.then_some((last, "°C"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str) -> Option<(&'static str, String)> {
        let doc = Doc::new(text, None);
        let (last, u) = unit_at(&doc, 0, 0)?;
        Some((u, doc.text()[..doc.tokens[last].end].to_string()))
    }

    #[test]
    fn units() {
        let cases: &[(&str, &str, &str)] = &[
            ("كيلومترا", "km", "كيلومترا"),
            ("كلم", "km", "كلم"),
            ("كيلومترات مربعة", "km2", "كيلومترات مربعه"),
            ("كم2", "km2", "كم2"),
            ("أمتار", "m", "امتار"),
            ("م2", "m2", "م2"),
            ("متر مكعب", "m3", "متر مكعب"),
            ("سم", "cm", "سم"),
            ("ملم", "mm", "ملم"),
            ("كلغ", "kg", "كلغ"),
            ("غرامات", "g", "غرامات"),
            ("أطنان", "t", "اطنان"),
            ("لترات", "l", "لترات"),
            ("هكتارا", "ha", "هكتارا"),
            ("ميغاواط", "MW", "ميغاواط"),
            ("كيلوواط", "kW", "كيلوواط"),
            ("درجة مئوية", "°C", "درجه مئويه"),
            ("براميل", "bbl", "براميل"),
            ("كلم/س", "km/h", "كلم/س"),
        ];
        for &(text, u, span) in cases {
            assert_eq!(unit(text), Some((u, span.to_string())), "{text}");
        }
        assert_eq!(unit("م"), None);
        assert_eq!(unit("درجة"), None);
    }
}
