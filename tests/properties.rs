//! Properties that hold for any input: `extract` never panics, every span
//! is in bounds, on char boundaries and equal to its text, and top-level
//! spans are ordered and disjoint (nested ones lie inside a top-level one);
//! the whole list is in `support/invariants.rs`, which the fuzz targets
//! (`fuzz/`) check too. The normaliser's offset map holds for any input.

use kashif::{Extractor, Options};
use proptest::prelude::*;
use std::sync::LazyLock;

#[path = "support/invariants.rs"]
mod invariants;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn check(text: &str, nested: bool) {
    let opts = Options {
        nested,
        ..Options::default()
    };
    let found = EXTRACTOR.extract(text, &opts);
    invariants::check_entities(text, &found, nested);
}

/// Arabic-heavy strings with the characters that stress the normaliser.
fn arabic_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "و",
        "ب",
        "ال",
        "لل",
        "ف",
        "ك",
        "ل",
        "محمد",
        "السادس",
        "وتركيا",
        "بالرباط",
        "للأمم",
        "المتحدة",
        "المديرية",
        "العامة",
        "ماي",
        "يومي",
        "6",
        "٧",
        "۸",
        "2024",
        "٢٠٢٤",
        "في المئة",
        "%",
        "٪",
        "درهم",
        "ملايين",
        " ",
        " ",
        "  ",
        "\n",
        "\r\n",
        "،",
        ".",
        "«",
        "»",
        "“",
        "”",
        "\u{064E}",
        "\u{0651}",
        "\u{0670}",
        "ـ",
        "\u{200F}",
        "\u{202B}",
        "\u{2066}",
        "\u{200D}",
        "\u{FEFB}",
        "\u{FDF2}",
        "😀",
        "𝕏",
        "e\u{0301}",
        "https://x.org/a?b=1",
        "a@b.co",
        "#وسم_ما",
        "@user",
        "+212 6 12 34 56 78",
        "\u{0000}",
        "\t",
        "\u{00A0}",
        "٫",
        "٬",
        "ﻷ",
        "آذار",
        "أمس",
        "رئيس",
        "البنك",
        "المركزي",
        "التونسي",
        "قائد",
        "الجيش",
        "اللبناني",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode(text in any::<String>(), nested in any::<bool>()) {
        check(&text, nested);
    }

    #[test]
    fn arabic_like(text in arabic_soup(), nested in any::<bool>()) {
        check(&text, nested);
    }

    #[test]
    fn offset_map(text in arabic_soup()) {
        invariants::check_offset_map(&text);
    }
}

#[test]
fn titles_nest_two_levels_and_keep_the_promises() {
    // A title ⊃ the bank it names ⊃ the nationality: depth 2.
    let text = "وقال رئيس البنك المركزي التونسي وقائد الجيش اللبناني إن الوضع مستقر.";
    check(text, true);
    let opts = Options {
        nested: true,
        ..Options::default()
    };
    let deepest = EXTRACTOR.extract(text, &opts).iter().map(|e| e.depth).max();
    assert_eq!(deepest, Some(2));
}

#[test]
fn long_line_without_breaks_is_chunked_exactly() {
    // Longer than one chunk and without newlines: entities must still map.
    let unit = "زار الوفد تركيا والسعودية يومي 6 و7 ماي. ";
    let text = unit.repeat(kashif::extractor::CHUNK_BYTES / unit.len() + 50);
    check(&text, false);
    let n = EXTRACTOR
        .extract(&text, &Options::default())
        .iter()
        .filter(|e| e.text == "تركيا")
        .count();
    assert_eq!(n, kashif::extractor::CHUNK_BYTES / unit.len() + 50);
}
