//! Places, facilities and events in ANERcorp's convention against Kashif's.
//!
//! Kashif (Wojood) names a facility, a natural place or an event with its
//! common noun (`مطار القاهرة الدولي` is one FAC, the city nested in it);
//! ANERcorp tags the name inside and leaves the noun out. In ANERcorp's
//! mode the rules' phrase therefore gives way to the name the tagger found
//! in it (a facility, a type ANERcorp does not have, even where it found
//! none), and the tagger has the last word on events (its MISC), so a head
//! noun before a common noun (`كأس شاي`) is no event there.

use kashif::{Convention, Extractor, Kind, Options};
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Top-level `(kind, text)` of `text` in `convention`.
fn top(text: &str, convention: Convention) -> Vec<(Kind, String)> {
    let opts = Options {
        convention,
        ..Options::default()
    };
    EXTRACTOR
        .extract(text, &opts)
        .into_iter()
        .filter(|e| e.depth == 0)
        .map(|e| (e.kind, e.text))
        .collect()
}

/// `(sentence, the whole phrase in Kashif's convention, its kind, the name
/// inside, the name's kind)`.
#[rustfmt::skip]
const CASES: &[(&str, &str, Kind, &str, Kind)] = &[
    ("وصل الوفد إلى مطار القاهرة الدولي مساء أمس.", "مطار القاهرة الدولي", Kind::Fac, "القاهرة", Kind::Gpe),
    ("صلى المئات في مسجد الحسن الثاني بالدار البيضاء.", "مسجد الحسن الثاني", Kind::Fac, "الحسن الثاني", Kind::Pers),
    ("افتتح الوزير مؤتمر بغداد للطاقة في الفندق.", "مؤتمر بغداد للطاقة", Kind::Event, "بغداد", Kind::Gpe),
    // Foreign names the Kashif mode reads from ANERcorp's reading, noun
    // and all.
    ("وتسمم العميل الروسي السابق وابنته في مدينة سالزبري قبل أسابيع.", "مدينة سالزبري", Kind::Gpe, "سالزبري", Kind::Gpe),
    ("ونقل المصابون إلى مستشفى سوروكا في بئر السبع فجر اليوم.", "مستشفى سوروكا", Kind::Fac, "سوروكا", Kind::Gpe),
    // A province with its noun, as the Wojood sample tags it (`محافظة
    // غزة`، `ولاية ديلاوير`).
    ("وانقطع التيار الكهربائي في ولاية نابل طيلة ساعات.", "ولاية نابل", Kind::Gpe, "نابل", Kind::Gpe),
    ("وقتل ثلاثة جنود في هجوم بمحافظة الأنبار.", "محافظة الأنبار", Kind::Gpe, "الأنبار", Kind::Gpe),
];

#[test]
fn anercorp_tags_the_name_inside_a_place_facility_or_event() {
    for &(text, phrase, kind, name, name_kind) in CASES {
        let kashif = top(text, Convention::Kashif);
        assert!(
            kashif.contains(&(kind, phrase.to_string())),
            "Kashif's convention keeps {phrase} whole in {text}: {kashif:?}"
        );
        let anercorp = top(text, Convention::Anercorp);
        assert!(
            anercorp.contains(&(name_kind, name.to_string())),
            "ANERcorp's convention tags {name} in {text}: {anercorp:?}"
        );
        assert!(
            !anercorp.iter().any(|(_, t)| t == phrase),
            "ANERcorp's convention leaves out the noun of {phrase}: {anercorp:?}"
        );
    }
}

/// A place behind a preposition after a site's noun is where the site
/// is, not its name: no facility (`مستشفى بتندوف`، `مستشفى بالضفة
/// الغربية`).
#[test]
fn a_site_in_a_place_is_not_named_by_it() {
    for (text, place) in [
        ("ونقل الرئيس إلى مستشفى بتندوف بعد إصابته.", "تندوف"),
        (
            "ونقل المريض إلى مستشفى بالضفة الغربية دون إعلان.",
            "الضفة الغربية",
        ),
    ] {
        let kashif = top(text, Convention::Kashif);
        assert!(
            !kashif.iter().any(|(k, _)| *k == Kind::Fac),
            "no facility in {text}: {kashif:?}"
        );
        assert!(
            kashif.iter().any(|(_, t)| t == place),
            "the place {place} in {text}: {kashif:?}"
        );
    }
}

#[test]
fn anercorp_lets_the_tagger_decide_events() {
    let text = "شرب الضيوف كأس شاي ساخن قبل أن يصعدوا إلى قمة الجبل.";
    let got = top(text, Convention::Anercorp);
    assert!(
        !got.iter().any(|(k, _)| *k == Kind::Event),
        "no event in {text}: {got:?}"
    );
    // A named event the tagger knows stays.
    let text = "تستضيف قطر بطولة كأس العالم لكرة القدم.";
    let got = top(text, Convention::Anercorp);
    assert!(
        got.iter()
            .any(|(k, t)| matches!(k, Kind::Event | Kind::Misc) && t.contains("كأس العالم")),
        "the World Cup in {text}: {got:?}"
    );
}

/// ANERcorp tags the currency of an amount MISC (`دولار` in `5 ملايين
/// دولار`), a bare currency noun as much as one with its adjective; Kashif
/// nests it, as a CURR, in the MONEY.
#[test]
fn an_amounts_currency_counts_as_misc_in_anercorp() {
    let opts = Options {
        convention: Convention::Anercorp,
        ..Options::default()
    };
    for (sentence, currency) in [
        ("بلغت الخسائر 20 مليون جنيه هذا العام .", "جنيه"),
        ("دفع المستأجر 300 دينار للمالك .", "دينار"),
        ("دفع الرجل 9000 دولار ثمنا للسيارة .", "دولار"),
    ] {
        let tokens: Vec<String> = sentence.split_whitespace().map(String::from).collect();
        let tags = kashif::conll::predict_tags(&EXTRACTOR, &tokens, &opts);
        let i = tokens.iter().position(|t| t == currency).unwrap();
        assert_eq!(tags[i], "B-MISC", "{sentence}: {tags:?}");
    }
}

/// A quoted name after a head noun stands whatever the tagger says: a
/// newspaper, agency or company after its head is an organisation, a
/// programme, book or film after its noun (or after «the guest of») is
/// MISC; the quotes are left out.
#[test]
fn a_quoted_name_after_its_head_stands() {
    let cases = [
        (
            "نشرت صحيفة « الفجر الجديد » تقريرا عن الانتخابات .",
            Kind::Org,
            "الفجر الجديد",
        ),
        (
            "أعلنت شركة \" نجمة الصحراء \" عن أرباحها .",
            Kind::Org,
            "نجمة الصحراء",
        ),
        (
            "تقدم المذيعة برنامج « حكايات المساء » على القناة الثانية .",
            Kind::Misc,
            "حكايات المساء",
        ),
        (
            "صدر للكاتب كتاب بعنوان « رسائل من الجنوب » هذا العام .",
            Kind::Misc,
            "رسائل من الجنوب",
        ),
        // «The guest of» a programme, as a radio's news names it.
        (
            "وتابع ضيف \"ميدي شو\" أن أسعار الخضر ارتفعت هذا الأسبوع .",
            Kind::Misc,
            "ميدي شو",
        ),
    ];
    for convention in [Convention::Kashif, Convention::Anercorp] {
        for (text, kind, name) in cases {
            let found = top(text, convention);
            assert!(
                found.contains(&(kind, name.to_string())),
                "{convention:?}, {text}: {found:?}"
            );
        }
    }
}

/// ANERcorp has no facility type: whatever Kashif's convention reads as a
/// facility, ANERcorp's reading marks none, whether the tagger found a
/// name inside it or not (`أسمرة` it does not tag, and ANERcorp's own
/// tags leave such a head noun out: see `src/recognize/model.rs`).
#[test]
fn anercorp_marks_no_facility() {
    let sentences = [
        "وزار الوفد كنيسة القيامة قبل أن يغادر المدينة.",
        "وهبطت الطائرة في مطار أسمرة بعد رحلة طويلة.",
        "وتجمع المحتجون أمام سجن أبو غريب مطالبين بالإفراج عن ذويهم.",
    ];
    for text in sentences {
        let kashif = top(text, Convention::Kashif);
        assert!(
            kashif.iter().any(|(k, _)| *k == Kind::Fac),
            "Kashif's convention reads a facility in {text}: {kashif:?}"
        );
        let anercorp = top(text, Convention::Anercorp);
        assert!(
            !anercorp.iter().any(|(k, _)| *k == Kind::Fac),
            "ANERcorp's convention marks no facility in {text}: {anercorp:?}"
        );
    }
}

/// In ANERcorp's mode a place right after the indefinite noun of a paper
/// or magazine is the paper, as its train file tags it, whether the tagger
/// or the lists found it; a canal stays a place, and an agency's country
/// is never the agency alone.
#[test]
fn a_paper_named_after_a_place_is_the_paper_in_anercorp() {
    for (text, paper) in [
        (
            "وذكرت صحيفة القدس الصادرة في المدينة أن المفاوضات توقفت.",
            "القدس",
        ),
        ("وقالت مجلة فلسطين إن العدد الجديد سيصدر غدا.", "فلسطين"),
        ("ونشرت جريدة مصر تقريرا عن الانتخابات.", "مصر"),
    ] {
        let got = top(text, Convention::Anercorp);
        assert!(
            got.contains(&(Kind::Org, paper.to_string())),
            "{text}: {got:?}"
        );
    }
    let canal = "وعبرت السفن قناة السويس أمس.";
    let got = top(canal, Convention::Anercorp);
    assert!(
        got.contains(&(Kind::Gpe, "السويس".to_string())),
        "{canal}: {got:?}"
    );
    // (The agency is named with its country: the tagger may read the
    // name, but the country is no paper.)
    let agency = "وقال مصدر أمني لوكالة تونس إفريقيا للأنباء إن التحقيق مستمر.";
    let got = top(agency, Convention::Anercorp);
    assert!(
        !got.contains(&(Kind::Org, "تونس".to_string())),
        "{agency}: {got:?}"
    );
    // A place behind `ل` after the paper's noun is what the paper writes
    // about, not its name.
    let about = "ونقل الكاتب وصف صحيفة لروسيا والصين بأنهما شريكان.";
    let got = top(about, Convention::Anercorp);
    assert!(
        !got.contains(&(Kind::Org, "روسيا".to_string())),
        "{about}: {got:?}"
    );
}
