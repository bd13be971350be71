//! Gazetteer matches as entities (GPE, LOC, ORG, FAC, EVENT, NORP, OCC,
//! PERS, CURR).
//!
//! Only lists that name entities produce candidates; name parts (given
//! names, surnames), honorifics and head nouns are features for the rules
//! and the tagger, except a surname spelt like the masculine of a listed
//! nationality outside a name (`نظيره التركي`: `التركية` is listed). A
//! single-word match of a word that is also on the stop list is dropped,
//! as are `مالي` «financial» after a noun (`بعائد مالي`), `اليمنى` «the
//! right» after a feminine noun (`قدمه اليمنى`), a presidency
//! after an election noun (`انتخابات الرئاسة الأمريكية`), and a title
//! spelt as a nisba after a possessed noun or a common definite noun, whose
//! adjective it is (`مكتبه الإعلامي`، `التعاون البرلماني`), and a title
//! where the user wrote another word the normalised text spells alike
//! (`وإلى` «and to», `الأمام` «the front»).

use super::{Candidate, Doc, Recognizer};
use crate::convention::Convention;
use crate::gazetteer::{Categories, Category, Gazetteer, GazetteerHit};
use crate::span::{Kind, Source, Value};

/// Finds gazetteer entries.
pub struct GazetteerRecognizer {
    gazetteer: &'static Gazetteer,
}

impl GazetteerRecognizer {
    /// Uses the embedded gazetteers.
    pub fn new(gazetteer: &'static Gazetteer) -> Self {
        GazetteerRecognizer { gazetteer }
    }
}

/// The entity kind a set of lists stands for, most specific first.
pub fn kind_of(c: Categories) -> Option<Kind> {
    use Category as C;
    let table: [(Category, Kind); 11] = [
        (C::Person, Kind::Pers),
        (C::Org, Kind::Org),
        (C::Club, Kind::Org),
        (C::Country, Kind::Gpe),
        (C::City, Kind::Gpe),
        (C::Region, Kind::Gpe),
        (C::Fac, Kind::Fac),
        (C::Event, Kind::Event),
        (C::Loc, Kind::Loc),
        (C::Norp, Kind::Norp),
        (C::Occ, Kind::Occ),
    ];
    table
        .iter()
        .find(|(cat, _)| c.has(*cat))
        .map(|&(_, k)| k)
        .or_else(|| c.has(C::Currency).then_some(Kind::Curr))
}

impl Recognizer for GazetteerRecognizer {
    fn name(&self) -> &'static str {
        "gazetteer"
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        for hit in doc.gazetteer_hits(self.gazetteer).iter().flatten() {
            let title_as_adjective = || {
                hit.at.first == hit.at.last
                    && hit.at.skip == 0
                    && (doc.nisba_after_noun(hit.at.first, self.gazetteer)
                        || super::rules::nisba_after_body_head(doc, hit.at.first))
            };
            let c = candidate(doc, hit)
                .filter(|c| c.kind != Kind::Occ || !title_as_adjective())
                .or_else(|| self.masculine_nationality(doc, hit));
            if let Some(c) = c {
                out.push(c);
            }
        }
    }
}

impl GazetteerRecognizer {
    /// A surname spelt like the masculine of a listed nationality
    /// (`التركي`, whose feminine `التركية` is listed; the lists keep it out
    /// of the nationalities, as in `أحمد التركي`) after a word that is no
    /// part of a name: the nationality (`نظيره التركي`).
    fn masculine_nationality(&self, doc: &Doc<'_>, hit: &GazetteerHit) -> Option<Candidate> {
        let i = hit.at.first;
        let w = doc.word(i);
        if hit.at.last != i
            || hit.at.skip != 0
            || kind_of(hit.categories).is_some()
            || !super::definite_masculine_nisba(w)
        {
            return None;
        }
        let link = self
            .gazetteer
            .link_in(&format!("{w}ه"), &[Category::Norp])?;
        // (A counterpart is no name, though `نظيرة` is one: `نظيره التركي`.)
        let after_name = i > 0 && {
            let prev = doc.word(i - 1);
            !prev.starts_with("نظير")
                && (super::rules::is_connector(prev)
                    || self.gazetteer.lookup_key(prev).any(&[
                        Category::Given,
                        Category::Surname,
                        Category::Person,
                    ]))
        };
        if after_name {
            return None;
        }
        let (start, end) = hit.at.span(&doc.tokens);
        let mut c = Candidate::new(start, end, Kind::Norp, Source::Gazetteer, 0.8);
        c.link = Some(link.to_string());
        Some(c)
    }
}

fn candidate(doc: &Doc<'_>, hit: &GazetteerHit) -> Option<Candidate> {
    let single = hit.at.first == hit.at.last;
    if single && hit.categories.has(Category::Stop) {
        return None;
    }
    let kind = kind_of(hit.categories)?;
    if single
        && kind == Kind::Occ
        && (doc.nisba_after_possessed(hit.at.first)
            || doc.title_spelt_otherwise(hit.at.first)
            || without_holder(doc, hit.at.first))
    {
        return None;
    }
    if single
        && hit.at.skip == 0
        && (financial_adjective(doc, hit.at.first) || right_side(doc, hit.at.first))
    {
        return None;
    }
    if kind == Kind::Org && contested_office(doc, hit.at.first) {
        return None;
    }
    let (start, end) = hit.at.span(&doc.tokens);
    // Multi-word entries are very rarely wrong; single words more often.
    let score = if single { 0.8 } else { 0.9 };
    let mut c = Candidate::new(start, end, kind, Source::Gazetteer, score);
    c.restored_article = hit.at.restored_article;
    // A listed organisation of several words (منظمة أطباء بلا حدود) is a
    // curated full name: Kashif's convention keeps it whole.
    c.whole = kind == Kind::Org && !single && doc.convention == Convention::Kashif;
    if kind == Kind::Curr {
        c.value = hit.link.map(|code| Value::Currency {
            currency: code.to_string(),
        });
    } else {
        c.link = hit.link.map(str::to_string);
    }
    Some(c)
}

/// Whether the presidency at token `first` (`الرئاسة الأمريكية`) follows
/// an election noun: `انتخابات الرئاسة الأمريكية`, `سباق الرئاسة` are the
/// office contested, not the body.
pub(super) fn contested_office(doc: &Doc<'_>, first: usize) -> bool {
    first > 0
        && doc.word(first) == "الرئاسه"
        && super::rules::bare_stem_in(doc, first - 1, &["انتخابات", "سباق"])
}

/// Whether token `i` is an indefinite title after «without» (`دون`،
/// `بدون`، `بلا`): the drone of `طائرة بدون طيار` «an aircraft without a
/// pilot», `فريق بلا مدرب`; nobody holds it.
pub(super) fn without_holder(doc: &Doc<'_>, i: usize) -> bool {
    const WITHOUT: [&str; 6] = ["دون", "بدون", "بلا", "ودون", "وبدون", "وبلا"];
    !doc.word(i).starts_with("ال")
        && i.checked_sub(1)
            .filter(|&p| doc.is_word(p))
            .is_some_and(|p| WITHOUT.contains(&doc.word(p)))
}

/// Whether token `i` is `اليمنى` «the right (one)», written with its
/// `ى`, after a feminine noun or a part of the body (`قدمه اليمنى`،
/// `الناحية اليمنى`، `القدم اليمنى`), not the Yemeni that the normalised
/// text spells alike (`اليمني`).
pub(super) fn right_side(doc: &Doc<'_>, i: usize) -> bool {
    const BODY: [&str; 7] = ["قدم", "يد", "رجل", "ساق", "عين", "اذن", "كف"];
    if doc.word(i) != "اليمني" || doc.written_last_letter(i) != Some('ى') {
        return false;
    }
    let Some(p) = i.checked_sub(1).filter(|&p| doc.is_word(p)) else {
        return false;
    };
    let feminine = matches!(doc.written_last_letter(p), Some('ة' | 'ه'));
    feminine || super::rules::bare_stem_in(doc, p, &BODY)
}

/// Whether token `i` is `مالي` as the adjective «financial» after a
/// masculine indefinite noun (`بعائد مالي`، `فائض مالي`), not Mali: the
/// word before it is no particle, direction or noun that takes a country
/// (`في مالي`، `شمال مالي`، `رئيس مالي`).
pub(super) fn financial_adjective(doc: &Doc<'_>, i: usize) -> bool {
    const TAKES_A_COUNTRY: &[&str] = &[
        "في",
        "من",
        "الي",
        "علي",
        "مع",
        "عن",
        "الا",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "رئيس",
        "حكومه",
        "دوله",
        "جمهوريه",
        "سفير",
        "وزير",
        "عاصمه",
        "منتخب",
        "شعب",
        "جيش",
        "حدود",
        "داخل",
        "خارج",
    ];
    // (The word first: this runs for every one-word list match.)
    if doc.word(i) != "مالي" {
        return false;
    }
    let Some(prev) = i
        .checked_sub(1)
        .filter(|&p| doc.is_word(p))
        .map(|p| doc.word(p))
    else {
        return false;
    };
    // (Nor a verb whose subject Mali is: `وتقع مالي`، `يزور مالي`.)
    let verb = super::rules::is_news_verb(prev)
        || prev.starts_with('ي')
        || prev
            .strip_prefix(['و', 'ف'])
            .is_some_and(|rest| rest.starts_with(['ي', 'ت', 'ن']));
    !verb
        && !prev.starts_with("ال")
        && !prev.ends_with('ه')
        && prev.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && !TAKES_A_COUNTRY.contains(&prev)
}
