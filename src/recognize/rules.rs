//! Phrase rules for the names lists cannot enumerate (source
//! [`Source::Pattern`]): organisations, titles, facilities, events and
//! places opened by a head noun (وزارة الداخلية، المدير العام للأمن الوطني،
//! مطار محمد الخامس الدولي، مهرجان موازين، نهر النيل), people named after a
//! title, an honorific or a verb of saying, chains of known name parts,
//! quoted names after a head (تنظيم "داعش"), and later mentions of a name
//! already seen in the same document.
//!
//! # The extent of a head noun
//!
//! Arabic has no capital letters, so precision comes from the head lists
//! and from the grammar of the construct (إضافة): after an indefinite head
//! the name is a definite genitive (`وزارة الداخلية`), possibly through a
//! chain of indefinite nouns (`رئيس مجلس النواب`), and after the genitive
//! only adjectives follow (nisba `الوطني`، `المصرية`, or a listed one such as
//! `المتحدة`); a title's genitive may also be a listed organisation of
//! several words, definite head and all (`رئيسة المجلس الوطني لحقوق
//! الإنسان`). A definite head (`المحكمة`) takes adjectives only. A
//! genitive with `ل`/`لل` (`للأمن`، `لمراقبة التراب`) may follow the head or
//! its adjectives, not a genitive noun (so `منظمة التحرير الفلسطينية
//! لتعزيز…` stops before `لتعزيز`), except an event's definite field after
//! its place (`مهرجان قرطاج الدولي للموسيقى`، `كأس إفريقيا للأمم`); a listed
//! event the reading stops inside runs to its end. Coordination with `و`
//! continues a name (`الشؤون الخارجية والتعاون`); `و` + an `ل`-genitive
//! continues a title (`المدير العام للأمن الوطني ولمراقبة التراب الوطني`)
//! but ends an organisation. Extents stop at punctuation, function words, time words,
//! verbs, titles, other heads and person names, and are at most
//! [`MAX_EXTENT`] words. A head alone is never an entity (except a definite
//! title such as `الرئيس`).
//!
//! The convention ([`crate::convention`]) decides which heads open an
//! organisation: in Kashif's (Wojood's) also government bodies, forces,
//! parties, teams, media and a country's missions abroad (`الحكومة
//! العراقية`، `المنتخب المغربي`، `السفارة الأمريكية`; a government or a
//! mission takes no `ل`-genitive but a place, `الحكومة المصرية` +
//! `للوصول إلى حل`), whose phrases are then kept whole
//! ([`Candidate::whole`]), as are a head before a listed organisation
//! (`شركة أرامكو السعودية`) and a listed body's UN-style `ل`-genitive
//! (`مكتب الأمم المتحدة لحقوق الإنسان`). Kashif's
//! also reads a company named by an indefinite noun and a place (`شركة
//! طاقة المغرب`), a ministry named by its field and one adjective
//! (`الخارجية القطرية`; never after a definite noun: `السياسة الخارجية
//! الأمريكية`) and a body's `ل`-genitive that is a body, after its
//! adjective (`هيئة الأركان العامة للجيش الجزائري`), and a hospital,
//! mosque, prison or hotel named by the definite noun after its head
//! (`مستشفى الشفاء`), and a centre by its field (`المركز المغربي للظرفية`;
//! `المركز الثاني` is a rank). In every convention a body may be seated in a
//! province (`مجلس محافظة بغداد`) or be a presidency's office (`ديوان رئاسة
//! الجمهورية`) or be named by what it is for, a verbal noun of purpose and
//! its definite object (`هيئة تنمية الصادرات`، `صندوق دعم الصحافة`; not
//! `صندوق دعم للمزارعين`), `تنظيم` and `إدارة` before a place are verbal nouns, no
//! body (`بتنظيم قطر للبطولة`، `لإدارة غزة`), and an abstract definite head
//! takes no `ل`-genitive (`تسليم السلطة للمدنيين`), nor does a head behind
//! `ب` before a country (`بقيادة الولايات المتحدة`). A generic nisba names
//! a body only before «supreme» (`المحكمة الإدارية العليا`) or another
//! nisba (see below). A head and a local
//! nisba name a body only with a `ل`-genitive that is no town noun
//! (`اللجنة الجهوية للاستثمار`، `المجلس الجماعي لمدينة فاس`; not `المجلس
//! البلدي` alone nor `المجلس البلدي للمدينة`); a body may be named after a
//! ruler, title and all (`جامعة السلطان قابوس`; a centre so named is a
//! building with its field, `مركز الملك سلمان للإغاثة…`, as Wojood tags
//! centres; the ruler's name ends before a second given name no connector
//! joins to it, the holder's of a title before the body: `مدير جامعة
//! الملك سعود` + `خالد المطيري`), and in Kashif's convention a directorate by its field and
//! province (`مديرية أمن الجيزة`); a board's body is the one
//! after it (`مجلس إدارة` + `البنك الإفريقي للتنمية`), `إدارة` before a
//! generic noun names none (`إدارة الشركة`), nor does a head before a
//! title and its holder, a comma between them or not (`حزب الرئيس
//! أردوغان`، `إدارة الرئيس الأميركي، دونالد ترامب`), nor `حركة` before
//! traffic or trade (`حركة المسافرين`), nor `تنظيم` or `إدارة` before
//! what is organised (`تنظيم الانتخابات`) or after an auxiliary of the
//! passive (`تم تنظيم التجمع`). A title takes a body from its
//! definite head with its `ل`-genitive (`رئيس الاتحاد العراقي لكرة
//! القدم`), also behind a fused `لل`, and a deputy's or envoy's title
//! takes whose it is (`النائب الأول لرئيس مجلس النواب`), where any other
//! title stops before a title behind `ل` (`الرئيس الأمريكي` + `لرئيس
//! الوزراء`); a title ending on `المكلف` takes what its holder is in
//! charge of (`الوزير المنتدب المكلف بالميزانية`), an assistant's the title
//! it assists (`مساعد وزير الخارجية`), a delegate's runs through `لدى` into
//! the office it is attached to (`الوزير المنتدب لدى رئيس الحكومة`; before
//! a place or a body it stops: `سفير المغرب` + `لدى فرنسا`), and a title's
//! adjective may be a surname whose feminine is a nationality (`وزير الدفاع
//! التركي`); `الفريق` before a listed given name is a general's rank.
//! A title's holder may follow the place where he serves: an envoy's or
//! ambassador's behind `إلى`/`لدى` (`المبعوث الأممي الخاص إلى اليمن` and
//! the name), any title's behind `في` when the name opens on a listed
//! part (or on a listed given name that is also a common verb, and a
//! second word: `في غزة أشرف القدرة`); `باسم` after a title opens the body
//! spoken for, definite or a head (`الناطق الرسمي باسم وزارة الداخلية`),
//! and a given name that is
//! also a title before an unlisted nisba is a person (`سلطان البركاني`).
//! A title in the form of a nisba is a body's adjective right after a
//! definite head, or after the genitive when it agrees with the head
//! (`شبكة الجزيرة الإعلامية`), and a common noun's after one on no list
//! (`التعاون البرلماني`, and the participle `الفصيل المعارض`: no title). A
//! title inside a listed event that opens before it is the event's name
//! (`كأس خادم الحرمين الشريفين`، `جائزة الملك فيصل العالمية`: no title, no
//! holder).
//! After a national or supreme body's adjective, its `ل`-genitive may be a
//! construct of two indefinite nouns (`الاتحاد العام لنقابات عمال السودان`;
//! not a verbal noun of purpose, `لتحقيق`), a body named after a person
//! takes the adjectives that agree with its head (`مؤسسة الوليد بن طلال
//! الإنسانية`), and an event named by an unlisted place its definite field
//! (`مهرجان جرش للثقافة والفنون`), as a body named by its place does in
//! Kashif's convention (`هيئة أبوظبي للسياحة والثقافة`). In Kashif's
//! convention one unlisted word in parentheses after an organisation (not
//! a club) is its acronym (`… للأمم المتحدة (فاو)`). An indefinite event
//! head's `ل`-genitive is a kind of event, not one (`ملتقى لرجال الأعمال`).
//! In Kashif's convention a body's field that guards or acts against
//! something takes its preposition and object, and `و` + a verbal noun
//! pointing back (`الهيئة الوطنية للوقاية من الرشوة ومحاربتها`، `للدفاع عن
//! المستهلك`، `لتحسين السكن وتطويره`); an organ of a body (office,
//! committee, council…) takes the body it belongs to after its adjective
//! (`المكتب الإعلامي لحركة حماس`), whose nisba is then no title in any
//! convention; a company its trade after its name (`مجموعة العربي
//! للصناعات`; not its customers, `للمشتركين`); a team named by its country
//! its game (`منتخب العراق لكرة القدم`); a club any definite word
//! (`نادي الاتحاد`). A generic nisba also names a body before a nisba of
//! its own (`المجلس العسكري الانتقالي`). A given name that is also a title
//! opens the holder's name right after another title (`المدير التنفيذي
//! لشركة أدنوك سلطان الجابر`).
//! A facility may be named by one listed name and an adjective (`متحف
//! زايد الوطني`), and quoted names joined by `و` after a head or a plural
//! head and `مثل` are all names (`جماعات مثل "بوكو حرام" و"الشباب"`).
//! In ANERcorp's
//! convention the tagger decides on all of them, except a quoted name after
//! its head (`صحيفة « النهار »`، `برنامج « حكايات »`), which stands in every
//! convention.
//!
//! Events keep a trailing number (`كأس العالم 2030`) but not a place
//! introduced by `ب` (`المعرض الدولي للفلاحة بمكناس` stops before `بمكناس`:
//! the place is a separate GPE).

mod lexicon;

use super::{Candidate, Doc, Recognizer};
use crate::convention::Convention;
use crate::gazetteer::{Categories, Category, Gazetteer, GazetteerHit};
use crate::span::{Kind, Source};
use crate::tokenize::TokenKind;
use lexicon as lx;
use std::cell::OnceCell;
use std::collections::HashSet;

/// Whether `word` (folded, as the normalised text is) is a head noun that
/// opens an organisation in some convention (`وزارة`، `الحكومة`).
pub(crate) fn opens_organisation(word: &str) -> bool {
    lx::flags(word) & (lx::ORG_HEAD | lx::KASHIF_ORG_HEAD) != 0
}

/// Whether `word` (folded, as the normalised text is) is on none of the
/// gazetteer's lists and nowhere in the rules' lexicon (no title, head,
/// honorific, function word, verb…): a common word of the news.
pub(crate) fn on_no_list(gaz: &Gazetteer, word: &str) -> bool {
    lx::flags(word) == 0 && gaz.lookup_key(word).is_empty()
}

/// Whether `w` opens on the preposition `ل` and not on the article
/// (`لنقابات`، `للأمن`; not `الشركة`).
pub(crate) fn behind_lam(w: &str) -> bool {
    w.starts_with('ل') && !w.starts_with("ال")
}

/// Whether `word` (folded, as the normalised text is) is a name connector
/// (`بن`، `أبو`، `ولد`، `آيت`): a part of a name that never ends one.
pub(crate) fn is_connector(word: &str) -> bool {
    lx::flags(word) & lx::CONN != 0
}

/// The adjectives of a national or supreme body, after which its
/// `ل`-genitive may be a construct of two indefinite nouns (`الاتحاد العام
/// لنقابات عمال السودان`، `اللجنة الوطنية لمكافحة غسل الأموال`), folded.
const BODY_ADJECTIVES: [&str; 10] = [
    "العام",
    "العامه",
    "الوطني",
    "الوطنيه",
    "الاعلي",
    "العليا",
    "المستقله",
    "المستقل",
    "الدولي",
    "الدوليه",
];

/// Whether token `i` is a definite nisba right after a definite
/// organisation head noun of its gender (`المكتب الإعلامي`، `المنظمة
/// الحقوقية`): the head's adjective, not the title it is spelt like.
pub(crate) fn nisba_after_body_head(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.word(i);
    let Some(p) = i.checked_sub(1).filter(|&p| doc.is_word(p)) else {
        return false;
    };
    let head = doc.word(p);
    is_nisba_form(w)
        && is_def(head)
        && lx::flags(head) & (lx::ORG_HEAD | lx::KASHIF_ORG_HEAD) != 0
        && same_gender_words(head, w)
}

/// Whether `w` is `ل` + a verbal noun of purpose in a derived form
/// (`لتحقيق`، `لإتمام`، `لاستكمال`): what a body does, not its field.
fn is_purpose_noun(w: &str) -> bool {
    let Some(rest) = w.strip_prefix('ل') else {
        return false;
    };
    let n = letters(rest);
    let form_ii = rest.starts_with('ت') && n == 5 && rest.chars().nth(3) == Some('ي');
    let form_iv = rest.starts_with('ا') && n == 5 && rest.chars().nth(3) == Some('ا');
    form_ii || form_iv || rest.starts_with("است")
}

/// `ل`-genitives that name a body's field and may follow its name
/// (folded as the normalised text is).
const FIELD_GENITIVES: [&str; 4] = ["لحقوق", "للدراسات", "للبحوث", "للابحاث"];

/// Verbal nouns of a body's field and the preposition that takes what
/// they act on (`الهيئة الوطنية للوقاية من الرشوة`، `للحد من`، `المنظمة
/// التونسية للدفاع عن المستهلك`), folded as the normalised text is,
/// without their `لل`/`وال`.
const GUARD_NOUNS: [(&str, &str); 3] = [("وقايه", "من"), ("حد", "من"), ("دفاع", "عن")];

/// The preposition a guarding verbal noun behind `لل` or `وال` takes
/// (`للوقاية` → `من`، `والدفاع` → `عن`): see [`GUARD_NOUNS`].
fn guard_preposition(w: &str) -> Option<&'static str> {
    let rest = w.strip_prefix("لل").or_else(|| w.strip_prefix("وال"))?;
    GUARD_NOUNS
        .iter()
        .find(|(noun, _)| *noun == rest)
        .map(|&(_, prep)| prep)
}

/// Whether `w` is `و` + a verbal noun with a pronoun that points back
/// to what a body's field acts on (`ومكافحتها`، `ومحاربته`، `وتطويره`).
fn and_acting_on_it(w: &str) -> bool {
    w.strip_prefix('و').is_some_and(|rest| {
        (rest.ends_with("تها")
            || rest.ends_with("ته")
            || (rest.starts_with('ت') && (rest.ends_with('ه') || rest.ends_with("ها"))))
            && letters(rest) >= 6
            && is_all_letters(rest)
            && !rest.starts_with("ال")
    })
}

/// Whether `word` (folded, as the normalised text is) is an imperfect
/// news verb, with the future's `س` or without (`يستقبل`، `سيستقبل`،
/// `تزور`): a word a name never ends on.
pub(crate) fn is_imperfect_verb(word: &str) -> bool {
    let verb = |w: &str| w.starts_with(['ي', 'ت']) && lx::flags(w) & (lx::VERB | lx::SAY) != 0;
    verb(word) || word.strip_prefix('س').is_some_and(verb)
}

/// Whether `word` (folded, as the normalised text is) is a verb of saying
/// or another frequent news verb, behind a `و`/`ف` conjunction or not
/// (`زار`، `وأعلن`), or an imperfect one ([`is_imperfect_verb`]).
pub(crate) fn is_news_verb(word: &str) -> bool {
    verb_flags(word) != 0 || is_imperfect_verb(word)
}

/// The verb flags (`lx::SAY`, `lx::VERB`) of `word` (folded), read as it
/// stands and behind a `و`/`ف` conjunction.
fn verb_flags(word: &str) -> u32 {
    let f = lx::flags(word) | word.strip_prefix(['و', 'ف']).map_or(0, lx::flags);
    f & (lx::SAY | lx::VERB)
}

/// The longest extent after a head noun, in words.
pub const MAX_EXTENT: usize = 8;
/// The most name parts a person's name may have (a part may be a connector
/// and its name: `بن سلمان`).
const MAX_NAME_PARTS: usize = 5;

/// Phrase rules over the gazetteer categories (see the module docs).
pub struct RuleRecognizer {
    gazetteer: &'static Gazetteer,
}

impl RuleRecognizer {
    /// Rules that consult `gazetteer` for names, places and head nouns.
    pub fn new(gazetteer: &'static Gazetteer) -> Self {
        RuleRecognizer { gazetteer }
    }
}

impl Recognizer for RuleRecognizer {
    fn name(&self) -> &'static str {
        "rules"
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Candidate>) {
        let cx = Cx::new(doc, self.gazetteer);
        let mut found = Vec::new();
        cx.run(&mut found);
        out.extend(found);
    }
}

/// One token with what the rules need to know about it.
struct Tok<'d> {
    w: &'d str,
    kind: TokenKind,
    /// Joined to the previous token by spaces only (no line break).
    linked: bool,
    /// Lexicon flags, plus the gazetteer's head/title/stop lists.
    f: u32,
    cats: Categories,
}

/// Heads before a quoted organisation's name: those that open one in
/// every convention and those that do in Kashif's only (media, parties,
/// forces, teams).
const QUOTED_ORG: u32 = lx::ORG_HEAD | lx::KASHIF_ORG_HEAD;

/// Plural heads of bodies (folded) before «such as» and quoted names
/// (`جماعات مثل "بوكو حرام" و"الشباب"`).
const PLURAL_ORG_HEADS: &[&str] = &[
    "جماعات",
    "الجماعات",
    "حركات",
    "تنظيمات",
    "منظمات",
    "فصائل",
    "ميليشيات",
    "مليشيات",
    "احزاب",
    "شركات",
    "صحف",
    "قنوات",
];

/// Nouns before a quoted title (written in the matching fold): a
/// programme, book, film, song or car model (`برنامج « حكايات »`،
/// `بعنوان « خارج نطاق الخدمة »`), named MISC; and «the guest of» a
/// programme, as a radio's news names its interviews (`ضيف "ميدي شو"`).
const TITLE_NOUNS: &[&str] = &[
    "ضيف",
    "ضيفه",
    "برنامج",
    "برنامجا",
    "برنامجه",
    "برنامجها",
    "عنوان",
    "عنوانه",
    "عنوانها",
    "كتاب",
    "كتابه",
    "كتابها",
    "روايه",
    "روايته",
    "روايتها",
    "قصيده",
    "قصيدته",
    "قصيدتها",
    "فيلم",
    "فيلمه",
    "فيلمها",
    "مسلسل",
    "مسلسله",
    "مسرحيه",
    "مسرحيته",
    "اغنيه",
    "اغنيته",
    "البوم",
    "ديوان",
    "ديوانه",
    "سوره",
    "سياره",
    "السياره",
    "طراز",
    "موديل",
];

const QUOTES_OPEN: [&str; 7] = ["\"", "“", "”", "«", "'", "‹", "„"];
const QUOTES_CLOSE: [&str; 7] = ["\"", "”", "“", "»", "'", "›", "‟"];

/// Definite heads (normalised) that are also abstract nouns: «power»,
/// «management», «leadership». A `ل`-genitive after one alone is what it
/// is given to (`تسليم السلطة للمدنيين`), not a body's field.
const ABSTRACT_HEADS: [&str; 3] = ["السلطه", "الاداره", "القياده"];

/// Heads (normalised) of a country's missions abroad.
const MISSION_HEADS: [&str; 4] = ["سفاره", "السفاره", "قنصليه", "القنصليه"];

/// Heads (normalised) of a government. It and a mission abroad have no
/// field after them (see [`Cx::no_field_genitive`]).
const GOVERNMENT_HEADS: [&str; 2] = ["حكومه", "الحكومه"];

/// Bodies named by their definite head, alone or with an adjective, which
/// take no field after them (normalised; see [`Cx::no_field_genitive`]).
const ACTOR_HEADS: [&str; 3] = ["الشرطه", "الجيش", "البرلمان"];

/// Verbal nouns behind `لل` of what a body sets out to do, never its
/// field (folded as the normalised text is, without their `لل`).
const ACTS: [&str; 5] = ["فوز", "مشاركه", "مطالبه", "سيطره", "تاهل"];

/// Teams' heads (normalised), and the verbal nouns behind `ل` of meeting
/// an opponent (`المنتخب الوطني` + `لمواجهة أوكرانيا`، `لملاقاة تونس`),
/// which name no team: see [`Cx::no_field_genitive`]. (A committee may be
/// named for what it confronts, `اللجنة الوطنية لمواجهة الأوبئة`.)
const TEAM_HEADS: [&str; 6] = ["منتخب", "المنتخب", "فريق", "الفريق", "نادي", "النادي"];
const MEETINGS: [&str; 5] = ["مواجهه", "ملاقاه", "مقابله", "منازله", "لقاء"];

/// Genitives that make a network a grid, the web or a social medium,
/// not a broadcaster or a body (folded as the normalised text is).
#[rustfmt::skip]
const GRID_GENITIVES: [&str; 18] = [
    "الانترنت", "الانترنيت", "التواصل", "المياه", "الكهرباء", "الاتصالات",
    "السكك", "النقل", "الطرق", "الصرف", "الغاز", "الانابيب", "المواصلات",
    "الطاقه", "الهاتف", "الري", "القطارات", "الالياف",
];

/// Genitives that make a council a family or social gathering (folded as
/// the normalised text is).
const FAMILY_GENITIVES: [&str; 6] = ["العائله", "العزاء", "الاسره", "القبيله", "الصلح", "العشيره"];

/// The titles of rulers after which bodies are named (`جامعة السلطان
/// قابوس`، `مؤسسة الملك عبد العزيز`), folded as the normalised text is.
pub(crate) const ROYAL_TITLES: [&str; 7] = [
    "الملك",
    "السلطان",
    "الشيخ",
    "الامير",
    "الامام",
    "الشيخه",
    "الاميره",
];

/// Nisba adjectives of local and regional bodies (folded as the normalised
/// text is): generic after a head alone (`المجلس البلدي`), a body's name
/// with a `ل`-genitive after them (`اللجنة الجهوية للاستثمار`).
const LOCAL_NISBAS: [&str; 8] = [
    "الجهوي",
    "الجهويه",
    "الاقليمي",
    "الاقليميه",
    "المحلي",
    "المحليه",
    "البلدي",
    "البلديه",
];

/// Adjectives after which a title's `ل`-genitive names whose deputy or
/// envoy it is (`النائب الأول لرئيس…`، `المبعوث الخاص لرئيس…`), folded as
/// the normalised text is.
const DEPUTY_ADJECTIVES: [&str; 8] = [
    "الاول",
    "الاولي",
    "الخاص",
    "الخاصه",
    "الشخصي",
    "الشخصيه",
    "الرسمي",
    "الرسميه",
];

/// Nouns for a town or region, without their article (folded as the
/// normalised text is): after `لل` they make a body's `ل`-genitive
/// generic (`المجلس البلدي للمدينة`).
const TOWN_NOUNS: [&str; 10] = [
    "مدينه",
    "بلده",
    "قريه",
    "اقليم",
    "منطقه",
    "جهه",
    "عاصمه",
    "حي",
    "ولايه",
    "محافظه",
];

/// Whether document token `i` is `إدارة` «management» (with any proclitic)
/// before a generic definite noun or a club, hotel or team not named
/// (`إدارة الشركة`، `إدارة النادي`، `بإدارة الفندق`): the management of a
/// body the text does not name, no body itself.
fn unnamed_management_at(doc: &Doc<'_>, i: usize) -> bool {
    const MANAGED: [&str; 6] = ["النادي", "الفندق", "الفريق", "المطار", "الملعب", "المصنع"];
    let next = doc.word(i + 1);
    (lx::flags(next) & lx::GENERIC != 0 || MANAGED.contains(&next))
        && stem_in(doc, i, &["اداره", "الاداره"])
}

/// Whether document token `i` is `حركة` «movement» (with any proclitic)
/// before a genitive that makes it the flow of traffic or trade, not a
/// party ([`TRAFFIC_GENITIVES`]: `حركة المسافرين`، `بحركة الطيران`).
pub(crate) fn traffic_at(doc: &Doc<'_>, i: usize) -> bool {
    TRAFFIC_GENITIVES.contains(&doc.word(i + 1)) && stem_in(doc, i, &["حركه", "الحركه"])
}

/// Whether some clitic reading of document token `i` has one of `stems`
/// (folded) as its stem.
pub(crate) fn stem_in(doc: &Doc<'_>, i: usize, stems: &[&str]) -> bool {
    doc.analyses(i).any(|a| stems.contains(&a.stem.as_ref()))
}

/// [`stem_in`] for a stem read with or without its article (`المكتب`،
/// `لقناة`، `القدم`).
pub(crate) fn bare_stem_in(doc: &Doc<'_>, i: usize, stems: &[&str]) -> bool {
    doc.analyses(i)
        .any(|a| stems.contains(&a.stem.strip_prefix("ال").unwrap_or(&a.stem)))
}

/// Nouns of leadership (folded): `بقيادة عبير موسي` is led by a person,
/// `بقيادة الولايات المتحدة` by a country, neither a body.
pub(crate) const LEADERSHIP: [&str; 3] = ["قياده", "رئاسه", "زعامه"];

/// Genitives that make `حركة` «movement» the flow of traffic or trade,
/// not a party (`حركة المسافرين`، `حركة الملاحة`; folded as the
/// normalised text is). `حركة الشباب` stays a party: it is listed.
const TRAFFIC_GENITIVES: [&str; 26] = [
    "المرور",
    "السير",
    "الملاحه",
    "المسافرين",
    "الركاب",
    "البيع",
    "الشراء",
    "التجاره",
    "الطيران",
    "النقل",
    "الاسعار",
    "التداول",
    "الشحن",
    "القطارات",
    "السفن",
    "الشاحنات",
    "البضائع",
    "السياحه",
    "الطائرات",
    "المركبات",
    "السيارات",
    "المعدات",
    "السفر",
    "العبور",
    "الرساميل",
    "الاموال",
];

/// What is organised or run, after the verbal nouns `تنظيم` and `إدارة`
/// (see [`is_verbal_head`]): `تنظيم الانتخابات المحلية`، `إدارة الأزمة`
/// are acts, not bodies (folded as the normalised text is; definite and
/// not). `تنظيم القاعدة`، `إدارة الجمارك` stay bodies.
const ORGANISED_THINGS: [&str; 43] = [
    "الانتخابات",
    "انتخابات",
    "الاستفتاء",
    "استفتاء",
    "المهرجان",
    "مهرجان",
    "الدوره",
    "دوره",
    "البطوله",
    "بطوله",
    "المؤتمر",
    "مؤتمر",
    "الملتقي",
    "ملتقي",
    "المعرض",
    "معرض",
    "المسابقه",
    "مسابقه",
    "الحفل",
    "حفل",
    "الندوه",
    "ندوه",
    "القمه",
    "قمه",
    "الالعاب",
    "الحمله",
    "حمله",
    "المسيره",
    "مسيره",
    "الامتحانات",
    "امتحانات",
    "الازمه",
    "الازمات",
    "المرحله",
    "الشان",
    "الملف",
    "المفاوضات",
    "الحوار",
    "الموسم",
    "العمليه",
    "المعابر",
    "المعبر",
    "القطاع",
];

/// Mode of an extent: what may follow the head.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Org,
    Title,
    Event,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum St {
    IndefHead,
    DefHead,
    Noun,
    Adj,
    NeedDef,
}

/// A head noun (possibly several words) found at a token.
#[derive(Clone, Copy, Debug)]
struct Head {
    first: usize,
    last: usize,
    skip: usize,
    restored: bool,
    definite: bool,
    f: u32,
}

impl Head {
    /// Whether the head's first word carries a proclitic or a fused `لل`
    /// (`لشركة`، `للأمم`، `لرئيس`).
    fn behind_clitic(&self) -> bool {
        self.skip > 0 || self.restored
    }
}

/// Titles of someone posted to a place (folded, without the article),
/// whose holder's name may follow the place (`المبعوث الخاص إلى اليمن`,
/// then the name).
const POSTED_TITLES: &[&str] = &[
    "مبعوث",
    "مبعوثه",
    "موفد",
    "سفير",
    "سفيره",
    "مندوب",
    "مندوبه",
    "ممثل",
    "ممثله",
    "منسق",
    "منسقه",
];

/// The result of reading an extent after a head.
#[derive(Clone, Copy, Debug, Default)]
struct Extent {
    last: Option<usize>,
    /// An `ل`-genitive or a place name was taken.
    genitive: bool,
}

/// A person's name read from the tokens.
#[derive(Clone, Copy, Debug)]
struct Name {
    first: usize,
    skip: usize,
    last: usize,
    parts: usize,
    known: usize,
    unknown: usize,
}

fn letters(w: &str) -> usize {
    w.chars().count()
}

fn is_def(w: &str) -> bool {
    w.starts_with("ال") && letters(w) >= 4
}

fn is_nisba_form(w: &str) -> bool {
    is_def(w) && super::definite_nisba(w)
}

/// Whether an adjective `w` has the gender of the noun `head`: both end
/// in the feminine `ة` (folded `ه`) or neither does. A head in the sound
/// feminine plural takes the feminine singular, as a plural of things
/// does (`القوات الروسية`، `الاستخبارات الأمريكية`).
fn same_gender_words(head: &str, w: &str) -> bool {
    feminine_head(head) == w.ends_with('ه')
}

/// Whether a head noun takes feminine adjectives: it ends in the feminine
/// `ة` (folded `ه`) or is one of the heads in the sound feminine plural
/// (`قوات`، `المخابرات`, behind a proclitic too). Not any word in `ات`:
/// `النحات` «the sculptor» is masculine (`النحات الفرنسي`).
fn feminine_head(head: &str) -> bool {
    head.ends_with('ه')
        || ["قوات", "مخابرات", "استخبارات", "ميليشيات", "مليشيات"]
            .iter()
            .any(|p| head.ends_with(p))
}

/// Whether `stem` (folded, proclitics off) is a head noun that is also a
/// verbal noun (`تنظيم` «organising», `إدارة` «running»): before a place
/// it names no body (`تنظيم قطر للبطولة`، `مستعدة لإدارة غزة`), where
/// before a definite noun it does (`تنظيم القاعدة`).
pub(crate) fn is_verbal_head(stem: &str) -> bool {
    matches!(stem, "تنظيم" | "اداره")
}

/// Whether document token `head` is the verbal noun `تنظيم` or `إدارة`
/// ([`is_verbal_head`]) before what is organised or run
/// ([`ORGANISED_THINGS`]): `تنظيم الانتخابات`، `إدارة الأزمة` are acts; so
/// is any after an auxiliary of the passive (`تم تنظيم التجمع`، `يتم إدارة
/// الملف`).
pub(crate) fn organising_act(doc: &Doc<'_>, head: usize) -> bool {
    let passive = head
        .checked_sub(1)
        .is_some_and(|p| PASSIVE_AUXILIARIES.contains(&doc.word(p)));
    (passive || ORGANISED_THINGS.contains(&doc.word(head + 1)))
        && doc.analyses(head).any(|a| is_verbal_head(&a.stem))
}

/// Whether document token `i` reads as a proclitic and an elative
/// ([`lx::is_elative`]: `كأفضل` «as the best», `بأهم` «in the most
/// important»): no part of a name or a construct's noun.
pub(crate) fn proclitic_elative_at(doc: &Doc<'_>, i: usize) -> bool {
    doc.analyses(i).any(|a| is_elative_reading(&a))
}

fn is_elative_reading(a: &crate::tokenize::clitics::Analysis<'_>) -> bool {
    a.skip > 0 && lx::is_elative(&a.stem)
}

/// Verbs that make a verbal noun after them the subject of a passive
/// (`تم تنظيم` «was organised»), folded as the normalised text is.
#[rustfmt::skip]
const PASSIVE_AUXILIARIES: [&str; 12] = [
    "تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "تمت", "وتمت", "جري", "وجري", "يجري", "ويجري",
];

/// Whether `word` (folded) is an adjective that qualifies a title
/// (`السابق`، `المكلف`، `المنتدب`) and no head noun (`المنتخب` is «the
/// elected» and «the national team»): no name of a body opens on it.
pub(crate) fn is_title_adjective(word: &str) -> bool {
    let f = lx::flags(word);
    f & lx::TITLE_ADJ != 0 && f & (HEADS | lx::KASHIF_ORG_HEAD) == 0
}

/// Whether `stem` (folded, proclitics off) names a ministry by its field
/// alone (`الخارجية`، `الداخلية`), or a navy by its arm (`البحرية`).
pub(crate) fn is_field_ministry(stem: &str) -> bool {
    matches!(stem, "الخارجيه" | "الداخليه" | "البحريه")
}

/// Whether `w`, which starts with `ت`, is a noun and not an imperfect
/// verb: a feminine or loan ending (`تنميه`، `تكنولوجيا`). (Verbal nouns
/// such as `تحقيق` are nouns too, but after a name they start a clause:
/// `المنتخب التايلاندي وتحقيق الفوز`.)
fn ta_noun(w: &str) -> bool {
    w.starts_with('ت') && (w.ends_with('ه') || w.ends_with("يا"))
}

/// Bodies that may be named by what they are for, a verbal noun and its
/// definite object (folded): `هيئة تنمية الصادرات`، `صندوق دعم المشاريع`.
const PURPOSE_BODIES: &[&str] = &[
    "هيئه",
    "صندوق",
    "جهاز",
    "مركز",
    "مجلس",
    "لجنه",
    "مؤسسه",
    "وكاله",
    "مكتب",
    "بنك",
    "دائره",
    "وحده",
    "مفوضيه",
    "منظمه",
    "جمعيه",
    "معهد",
];

/// Verbal nouns of purpose that name a body with their object after a
/// head of [`PURPOSE_BODIES`] (folded; `تنظيم` and `إدارة` are heads of
/// their own).
const PURPOSE_MASDARS: &[&str] = &[
    "تنميه",
    "تطوير",
    "دعم",
    "تشجيع",
    "مكافحه",
    "حمايه",
    "رعايه",
    "تمويل",
    "ضمان",
    "تامين",
    "تقييم",
    "مراقبه",
    "تنسيق",
    "ترويج",
    "تحفيز",
    "تاهيل",
    "تشغيل",
    "تخطيط",
    "تقنين",
];

/// The fields of a province's directorate (folded): `مديرية أمن الجيزة`،
/// `مديرية تربية بغداد`.
const DIRECTORATE_FIELDS: [&str; 10] = [
    "امن",
    "صحه",
    "تربيه",
    "شرطه",
    "زراعه",
    "اوقاف",
    "تعليم",
    "ماليه",
    "اسكان",
    "شباب",
];

/// Nouns of administrative divisions (folded), which with a place name a
/// body's seat (`مجلس محافظة بغداد`).
const ADMIN_NOUNS: [&str; 11] = [
    "محافظه",
    "ولايه",
    "قضاء",
    "مدينه",
    "بلديه",
    "اقليم",
    "جهه",
    "عماله",
    "منطقه",
    "ناحيه",
    "مقاطعه",
];

/// Indefinite heads of companies, whose name may be an indefinite noun
/// and a place (`شركة طاقة المغرب`، `بنك قطر الوطني` is read already).
const COMPANY_HEADS: [&str; 3] = ["شركه", "بنك", "مصرف"];

/// Heads of a body's office or organ, which may take the body it belongs
/// to after their adjective (`المكتب الإعلامي لحركة حماس`، `اللجنة
/// المركزية لحركة فتح`; not `المحكمة المدنية` + `لبي بي سي`), folded.
const OFFICE_HEADS: [&str; 12] = [
    "مكتب",
    "لجنه",
    "مجلس",
    "امانه",
    "جناح",
    "ذراع",
    "قياده",
    "دائره",
    "مديريه",
    "هيئه",
    "مفوضيه",
    "فرع",
];

/// Heads of a medium (folded): a body named from one of them behind `ل`,
/// right after a title of one word, a place or a nationality, is whom the
/// title's holder spoke to (`المتحدث العسكري الروسي` + `لوكالة تاس`).
const MEDIA_HEADS: [&str; 12] = [
    "قناه",
    "صحيفه",
    "جريده",
    "اذاعه",
    "مجله",
    "تلفزيون",
    "تليفزيون",
    "فضائيه",
    "موقع",
    "شبكه",
    "وكاله",
    "راديو",
];

/// Titles of those who work for a medium (folded, without the article),
/// whose `ل`-genitive is their employer even after a nationality
/// (`المراسل الأمريكي لشبكة سي إن إن`).
const MEDIA_ROLES: [&str; 10] = [
    "مراسل",
    "مراسله",
    "محرر",
    "محرره",
    "مذيع",
    "مذيعه",
    "مقدم",
    "مقدمه",
    "مدير",
    "مديره",
];

/// Heads of a company whose trade may follow its name (`مجموعة العربي
/// للصناعات`), folded.
const TRADE_HEADS: [&str; 2] = ["شركه", "مجموعه"];

/// Times behind `لل` that end a name (`شركة أرامكو` + `للعام الثاني`),
/// folded.
const TIME_NOUNS: [&str; 6] = ["للعام", "للسنه", "للمره", "للشهر", "لليوم", "للاسبوع"];

fn is_all_letters(w: &str) -> bool {
    w.chars().all(crate::tokenize::is_letter)
}

fn gaz_flags(c: Categories) -> u32 {
    let mut f = 0;
    let map = [
        (Category::Occ, lx::OCC),
        (Category::OrgHead, lx::GAZ_HEAD),
        (Category::FacHead, lx::GAZ_HEAD),
        (Category::EventHead, lx::GAZ_HEAD),
        (Category::LocHead, lx::GAZ_HEAD),
        (Category::Honorific, lx::HONORIFIC),
        (Category::Stop, lx::GAZ_STOP),
    ];
    for (cat, flag) in map {
        if c.has(cat) {
            f |= flag;
        }
    }
    f
}

/// Words that end any name or extent.
const HARD_STOP: u32 = lx::STOP | lx::SAY | lx::VERB;
const HEADS: u32 = lx::ORG_HEAD | lx::FAC_HEAD | lx::EVENT_HEAD | lx::LOC_HEAD;
/// Flags of a word that is not the surname of a holder whose one-word
/// title is also a given name ([`Cx::given_title_name`],
/// [`Cx::given_before_surname`]): a stop, title, adjective or generic
/// word, or a head, a body's that only Kashif's convention marks
/// included, whatever the convention (`قائد البحرية` is a title and its
/// genitive).
const NOT_A_HOLDERS_SURNAME: u32 =
    HARD_STOP | lx::OCC | HEADS | lx::KASHIF_ORG_HEAD | lx::ADJ | lx::GENERIC | lx::BOUND;
/// Lists whose words name something (see `Cx::common_cup_or_summit`).
const NAMING: [Category; 10] = [
    Category::OrgHead,
    Category::Country,
    Category::City,
    Category::Region,
    Category::Loc,
    Category::Org,
    Category::Club,
    Category::Event,
    Category::Norp,
    Category::Person,
];
/// Every head, the gazetteer's broader lists included (for blocking).
const ANY_HEAD: u32 = HEADS | lx::GAZ_HEAD;

struct Cx<'d> {
    doc: &'d Doc<'d>,
    gaz: &'static Gazetteer,
    toks: Vec<Tok<'d>>,
    /// Every head reading of each token, computed on first use: the rules
    /// ask for heads of several lists at the same token.
    heads: Vec<OnceCell<Vec<Head>>>,
    /// Whether the text as written has a `ة` anywhere, computed on first
    /// use: a writer who spells it `ه` (`تقنيه`) does so throughout, and
    /// then a final `ه` tells no pronoun.
    writes_ta_marbuta: OnceCell<bool>,
}

impl<'d> Cx<'d> {
    fn new(doc: &'d Doc<'d>, gaz: &'static Gazetteer) -> Cx<'d> {
        let text = doc.text();
        let mut toks = Vec::with_capacity(doc.tokens.len());
        for (i, t) in doc.tokens.iter().enumerate() {
            let w = t.text(text);
            let linked = i > 0
                && doc.tokens.get(i - 1).is_some_and(|p| {
                    text.get(p.end..t.start)
                        .is_some_and(|gap| gap.chars().all(|c| c == ' ' || c == '\t'))
                });
            let (f, cats) = if t.kind == TokenKind::Word {
                let cats = gaz.lookup_stem(doc.stems(), w);
                let f = lx::flags(w) | gaz_flags(cats);
                // التعليم الأولي: «primary», an adjective, not «the first».
                let f = if doc.primary_adjective(i) {
                    (f & !lx::BOUND) | lx::ADJ
                } else {
                    f
                };
                (f, cats)
            } else {
                (0, Categories::default())
            };
            toks.push(Tok {
                w,
                kind: t.kind,
                linked,
                f,
                cats,
            });
        }
        let heads = vec![OnceCell::new(); toks.len()];
        Cx {
            doc,
            gaz,
            toks,
            heads,
            writes_ta_marbuta: OnceCell::new(),
        }
    }

    fn n(&self) -> usize {
        self.toks.len()
    }

    /// Whether one of token `i`'s clitic readings has one of `stems`
    /// (folded) for its stem.
    fn stem_in(&self, i: usize, stems: &[&str]) -> bool {
        stem_in(self.doc, i, stems)
    }

    fn bare_stem_in(&self, i: usize, stems: &[&str]) -> bool {
        bare_stem_in(self.doc, i, stems)
    }

    /// Whether a medium starts at token `j`, named from its head noun
    /// ([`MEDIA_HEADS`]: `لوكالة`، `لقناة`) or listed as one
    /// ([`Category::Media`]: `لرويترز`، `لبي بي سي`), where the phrase headed
    /// by `head` is no job at one ([`MEDIA_ROLES`]).
    fn medium_at(&self, j: usize, head: &Head) -> bool {
        (self.bare_stem_in(j, &MEDIA_HEADS) || self.listed_at(j, &[Category::Media]).is_some())
            && !self.bare_stem_in(head.first, &MEDIA_ROLES)
    }

    /// Whether token `j` exists and is joined to the one before it by
    /// nothing but a space (no punctuation or line break between).
    fn linked(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.linked)
    }

    fn word(&self, j: usize) -> Option<&'d str> {
        self.toks
            .get(j)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.w)
    }

    /// Token `j` is a word joined to token `j - 1` by spaces.
    fn next_word(&self, j: usize) -> Option<&'d str> {
        if self.linked(j) {
            self.word(j)
        } else {
            None
        }
    }

    fn f(&self, j: usize) -> u32 {
        self.toks.get(j).map_or(0, |t| t.f)
    }

    fn cats(&self, j: usize) -> Categories {
        self.toks.get(j).map_or(Categories::default(), |t| t.cats)
    }

    /// The gazetteer lists of a single word (a stem), through the
    /// document's memo.
    fn lookup(&self, word: &str) -> Categories {
        self.gaz.lookup_stem(self.doc.stems(), word)
    }

    /// Lexicon flags and gazetteer lists of a single word.
    fn phrase_flags(&self, word: &str) -> (u32, Categories) {
        let cats = self.lookup(word);
        (lx::flags(word) | gaz_flags(cats), cats)
    }

    fn is_punct(&self, j: usize, set: &[&str]) -> bool {
        self.toks
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Punct && set.contains(&t.w))
    }

    fn candidate(
        &self,
        first: usize,
        skip: usize,
        last: usize,
        kind: Kind,
        score: f32,
    ) -> Candidate {
        let start = self.doc.tokens.get(first).map_or(0, |t| t.start + skip);
        let end = self.doc.tokens.get(last).map_or(start, |t| t.end);
        Candidate::new(start, end.max(start), kind, Source::Pattern, score)
    }

    /// A head of one of the `want` lists at token `i` (one to three words,
    /// the first possibly with proclitics): the first reading, longest
    /// phrase first.
    fn head_at(&self, i: usize, want: u32) -> Option<Head> {
        let readings = self.heads.get(i)?.get_or_init(|| self.head_readings(i));
        readings.iter().find(|h| h.f & want != 0).copied()
    }

    /// Every clitic reading of token `i` followed by zero to two more
    /// words that is in some list, in the order [`Cx::head_at`] prefers.
    fn head_readings(&self, i: usize) -> Vec<Head> {
        let mut out = Vec::new();
        if self.word(i).is_none() {
            return out;
        }
        // The words that may follow the first: up to two, joined by spaces.
        let mut rest = [""; 2];
        let mut n = 1;
        while n < 3 {
            match self.next_word(i + n) {
                Some(x) => rest[n - 1] = x,
                None => break,
            }
            n += 1;
        }
        let rest = &rest[..n - 1];
        let mut phrase = String::new();
        for a in self.doc.analyses(i) {
            phrase.clear();
            phrase.push_str(&a.stem);
            let mut ends = [phrase.len(); 3];
            for (k, x) in rest.iter().enumerate() {
                phrase.push(' ');
                phrase.push_str(x);
                ends[k + 1] = phrase.len();
            }
            let mut cats = [Categories::default(); 3];
            self.gaz
                .lookup_prefixes(self.doc.stems(), &a.stem, rest, &mut cats[..n]);
            for (k, &end) in ends[..n].iter().enumerate().rev() {
                let mut f = lx::flags(&phrase[..end]) | gaz_flags(cats[k]);
                if f & lx::KASHIF_ORG_HEAD != 0 && self.doc.convention == Convention::Kashif {
                    f |= lx::ORG_HEAD;
                }
                if f != 0 {
                    out.push(Head {
                        first: i,
                        last: i + k,
                        skip: a.skip,
                        restored: a.restored_article,
                        definite: a.stem.starts_with("ال"),
                        f,
                    });
                }
            }
        }
        out
    }

    /// The longest gazetteer hit starting at token `j`.
    fn hit(&self, j: usize) -> Option<GazetteerHit> {
        self.doc.gazetteer_hits(self.gaz).get(j).copied().flatten()
    }

    /// A multi-word place (GPE) starting exactly at token `j` (no clitic).
    fn gpe_at(&self, j: usize) -> Option<usize> {
        let place = |c: Categories| c.any(&Category::GPE) || c.has(Category::Loc);
        if let Some(h) = self.hit(j) {
            if h.at.skip == 0 && !h.at.restored_article && place(h.categories) {
                return Some(h.at.last);
            }
        }
        (self.word(j).is_some() && place(self.cats(j))).then_some(j)
    }

    /// A definite adjective at `j` for the given mode.
    fn def_adj(&self, j: usize, mode: Mode) -> bool {
        let (Some(w), f, c) = (self.word(j), self.f(j), self.cats(j)) else {
            return false;
        };
        if !is_def(w) {
            return false;
        }
        if mode == Mode::Title && f & lx::TITLE_ADJ != 0 {
            return true;
        }
        if f & (lx::BOUND | HARD_STOP | lx::GENERIC) != 0 {
            return false;
        }
        if mode == Mode::Title
            && !c.has(Category::Norp)
            && c.any(&Category::NAME_PART)
            && f & lx::ADJ == 0
            && !self.lookup(&format!("{w}ه")).has(Category::Norp)
        {
            // الرئيس السيسي: a surname that looks like an adjective (not
            // one whose feminine is a nationality: وزير الدفاع التركي).
            return false;
        }
        is_nisba_form(w) || f & lx::ADJ != 0 || c.has(Category::Norp)
    }

    /// A word that ends an extent whatever its form.
    fn blocks_extent(&self, j: usize, mode: Mode) -> bool {
        self.blocks_extent_in(j, mode, false)
    }

    /// [`Cx::blocks_extent`]; in a genitive `slot` (after an indefinite
    /// head or construct) a plural title is a genitive (مجلس النواب).
    fn blocks_extent_in(&self, j: usize, mode: Mode, slot: bool) -> bool {
        let (f, c) = (self.f(j), self.cats(j));
        let w = self.word(j).unwrap_or("");
        if f & HARD_STOP != 0 || f & lx::HONORIFIC != 0 {
            return true;
        }
        if f & lx::BOUND != 0 && !(mode == Mode::Title && f & lx::TITLE_ADJ != 0) {
            return true;
        }
        if w == "العام" {
            // العام الماضي، العام 2024: a year, not an adjective.
            let next = j + 1;
            if self
                .toks
                .get(next)
                .is_some_and(|t| t.kind == TokenKind::Number)
                || self.f(next) & lx::BOUND != 0
            {
                return true;
            }
        }
        if f & lx::REGNAL != 0 && mode != Mode::Event && f & lx::ADJ == 0 {
            return true;
        }
        // A listed title in the form of a nisba adjective after a title
        // qualifies it (الكاتب الصحفي، الناشطة الحقوقية): one title.
        let title_nisba = mode == Mode::Title && is_nisba_form(w);
        if f & lx::OCC != 0
            && !slot
            && (mode != Mode::Title || is_def(w))
            && f & lx::ADJ == 0
            && !title_nisba
        {
            return true;
        }
        // A definite head noun ends the extent, unless it opens a listed
        // place of several words (الدار البيضاء).
        if f & HEADS != 0
            && is_def(w)
            && f & lx::ADJ == 0
            && !(mode == Mode::Title && slot)
            && !(slot && self.gpe_at(j).is_some_and(|e| e > j))
        {
            return true;
        }
        // A person's name (not a definite one: الحسن is handled by the title).
        if c.has(Category::Given) && !is_def(w) && !c.any(&Category::GPE) {
            return true;
        }
        // A listed person of several words, whatever its first word looks
        // like (الميلودي مخارق: a given name in the form of a nisba).
        if self
            .listed_at(j, &[Category::Person])
            .is_some_and(|hit| hit.at.last > j && hit.at.skip == 0)
        {
            return true;
        }
        false
    }

    /// The word at `j` starts with `ل` + a definite or construct genitive
    /// (`للأمن`، `لمراقبة التراب`): returns the new state.
    fn lam_genitive(&self, w: &str, j: usize) -> Option<St> {
        if let Some(rest) = w.strip_prefix("لل") {
            if letters(rest) >= 2 {
                let stem = format!("ال{rest}");
                let (f, _) = self.phrase_flags(&stem);
                if f & (lx::BOUND | HARD_STOP) != 0 {
                    return None;
                }
                return Some(St::Noun);
            }
            return None;
        }
        let rest = w.strip_prefix('ل')?;
        if letters(rest) < 3 {
            return None;
        }
        let (f, c) = self.phrase_flags(rest);
        if f & (HARD_STOP | lx::BOUND) != 0 {
            return None;
        }
        if c.is_empty() && rest.starts_with('ي') && letters(rest) >= 4 {
            // A verb of purpose, ل + an imperfect, not a genitive noun
            // (`النادي` + `ليصنع التاريخ`، `ليكون`).
            return None;
        }
        if c.any(&Category::GPE) && !is_def(rest) {
            // لبنان as ل + a country: a genitive place.
            return Some(St::Noun);
        }
        let next = self.next_word(j + 1)?;
        // لحكومة غزة: a listed place is a definite genitive too.
        if (is_def(next) || self.gpe_at(j + 1).is_some()) && !self.blocks_extent(j + 1, Mode::Org) {
            Some(St::NeedDef)
        } else {
            None
        }
    }

    /// What a body's field guards against, from `j` (after `من`): a
    /// definite noun (`الرشوة`) or a construct ending on one (`انتشار
    /// السلاح`، `حقوق الإنسان`); returns its last token.
    fn guarded_end(&self, j: usize) -> Option<usize> {
        let w = self.next_word(j)?;
        let end = if is_def(w) {
            j
        } else if (self.plain_noun(j, w) || w == "حقوق") && self.ends_construct(j + 1, Mode::Org)
        {
            j + 1
        } else {
            return None;
        };
        // (`حقوق` is on the stop list, and here a construct's first word.)
        let opens = w == "حقوق" || !self.blocks_extent(j, Mode::Org);
        (opens && (j + 1..=end).all(|k| !self.blocks_extent(k, Mode::Org))).then_some(end)
    }

    /// Whether the title `h` is one word in the form of a nisba right
    /// after a definite organisation head noun it agrees with (`المكتب
    /// الإعلامي`، `المكتب السياسي`): the head's adjective, no title.
    fn body_adjective(&self, h: &Head) -> bool {
        h.first == h.last
            && h.skip == 0
            && self.linked(h.first)
            && nisba_after_body_head(self.doc, h.first)
    }

    /// Whether the title `h` lies inside a listed event that opens before
    /// it and is named after the title's holder (`كأس خادم الحرمين
    /// الشريفين`، `جائزة الملك فيصل العالمية`): the event's name, no title.
    fn inside_listed_event(&self, h: &Head) -> bool {
        (h.first.saturating_sub(2)..h.first).any(|k| {
            self.hit(k).is_some_and(|x| {
                x.at.first == k && x.at.last >= h.last && x.categories.has(Category::Event)
            })
        })
    }

    /// Whether the `ل`-genitive at token `j` after the organisation head
    /// `head` is none of its name because a government or a mission
    /// abroad has no field: it is what the body acts for (`الحكومة
    /// للتعامل مع الأزمة`، `السفارة المصرية للوصول إلى حل`), unless it is
    /// a place (`حكومة الوحدة الوطنية لجنوب السودان`).
    ///
    /// Nor have the police, the army and parliament, named by their
    /// definite head alone or with an adjective (`الشرطة للتحقيق`، `الجيش
    /// الروسي للبقاء`، `الشرطة` + `للتحالف الدولي`), and no body's
    /// field is an act it does to win or take part ([`ACTS`]: `المنتخب
    /// الفرنسي للفوز`، `المفوضية الأوروبية للمطالبة`), nor a team's
    /// meeting an opponent ([`MEETINGS`]: `المنتخب الوطني لمواجهة أوكرانيا`).
    fn no_field_genitive(&self, head: &Head, j: usize) -> bool {
        let act = self
            .word(j)
            .and_then(|w| w.strip_prefix("لل"))
            .is_some_and(|rest| ACTS.contains(&rest));
        let meeting = self
            .word(j)
            .and_then(|w| w.strip_prefix('ل'))
            .is_some_and(|rest| MEETINGS.contains(&rest))
            && self
                .doc
                .analyses(head.first)
                .any(|a| TEAM_HEADS.contains(&a.stem.as_ref()));
        !self.cats(j).any(&Category::GPE)
            && (act
                || meeting
                || self.doc.analyses(head.last).any(|a| {
                    let stem = a.stem.as_ref();
                    GOVERNMENT_HEADS.contains(&stem)
                        || MISSION_HEADS.contains(&stem)
                        || (head.first == head.last && ACTOR_HEADS.contains(&stem))
                }))
    }

    /// Whether `h` is a ministry named by its field alone (`الخارجية`،
    /// `الداخلية`), a head that takes one adjective and nothing else (see
    /// [`Cx::heads`]).
    fn field_head(&self, h: &Head) -> bool {
        h.last == h.first
            && self
                .doc
                .analyses(h.first)
                .any(|a| a.skip == h.skip && is_field_ministry(&a.stem))
    }

    /// Whether `w` is `لل` + a definite organisation head noun (`للجيش`،
    /// `للقوات`).
    fn lam_body(&self, w: &str) -> bool {
        w.strip_prefix("لل").is_some_and(|rest| {
            let (f, _) = self.phrase_flags(&format!("ال{rest}"));
            f & (lx::ORG_HEAD | lx::KASHIF_ORG_HEAD) != 0
        })
    }

    /// Whether the adjective `w` has the gender of `head`'s last word
    /// ([`same_gender_words`]).
    fn same_gender(&self, head: &Head, w: &str) -> bool {
        same_gender_words(self.word(head.last).unwrap_or(""), w)
    }

    /// Reads the extent after `head` (see the module docs).
    fn extent(&self, head: &Head, mode: Mode) -> Extent {
        let mut noun_seen = false;
        let mut st = if mode == Mode::Title
            && matches!(self.word(head.last), Some("باسم" | "باعمال"))
        {
            // A listed title that ends in باسم (المتحدثة باسم) wants the
            // body it speaks for, and one in بأعمال (القائم بأعمال) the
            // office or mission it runs (السفارة التركية).
            St::NeedDef
        } else if head.definite {
            St::DefHead
        } else if head.last > head.first && self.word(head.last).is_some_and(is_def) {
            // A listed title such as وزير الخارجية: its genitive is taken.
            noun_seen = true;
            St::Noun
        } else {
            St::IndefHead
        };
        let mut out = Extent::default();
        // After a genitive that is a listed organisation (`الأمم المتحدة`
        // in `مكتب الأمم المتحدة لحقوق الإنسان`), the token where a
        // UN-style `ل`-genitive may follow it.
        let mut org_genitive: Option<usize> = None;
        // The indefinite noun after a body's `ل`-genitive that opens a
        // construct of two nouns (`لنقابات` + `عمال السودان`).
        let mut lam_construct: Option<usize> = None;
        // The token right after a genitive place (`هيئة أبوظبي` +
        // `للسياحة`).
        let mut after_place: Option<usize> = None;
        // The token right after what a body's field acts on (`للوقاية من
        // الرشوة` + `ومحاربتها`، `لتحسين السكن` + `وتطويره`).
        let mut after_object: Option<usize> = None;
        // Whether the title speaks for a body (`المتحدث باسم` and the body
        // after it).
        let mut speaks_for = st == St::NeedDef && self.word(head.last) == Some("باسم");
        let mut words = 0;
        let mut j = head.last + 1;
        if mode == Mode::Title {
            // A listed title that ends inside a listed organisation (رئيس
            // أركان الجيش + الجيش الوطني الشعبي) takes the organisation
            // whole.
            if let Some(e) = (head.first + 1..=head.last)
                .find_map(|k| self.listed_org_end(k))
                .filter(|&e| e > head.last)
            {
                out.last = Some(e);
                out.genitive = true;
                noun_seen = true;
                st = St::Noun;
                words = e - head.last;
                j = e + 1;
            }
        }
        while j < self.n() && words < MAX_EXTENT {
            let t = &self.toks[j];
            if !t.linked {
                break;
            }
            if t.kind == TokenKind::Number {
                if mode == Mode::Event && st != St::NeedDef && out.last.is_some() {
                    out.last = Some(j);
                }
                break;
            }
            let Some(w) = self.word(j) else { break };
            let bism = w == "باسم"
                && mode == Mode::Title
                && matches!(st, St::DefHead | St::Adj | St::IndefHead);
            let slot = matches!(st, St::IndefHead | St::NeedDef);
            // A title's genitive may be a listed organisation of several
            // words, definite head and all (رئيسة المجلس الوطني لحقوق
            // الإنسان): the title takes it whole, and the organisation is
            // found inside it as well; or a listed title (المتحدث باسم +
            // القائد العام للقوات المسلحة).
            let org = (mode == Mode::Title && slot)
                .then(|| self.listed_org_end(j).or_else(|| self.listed_title_end(j)))
                .flatten()
                .or_else(|| {
                    (mode == Mode::Title && matches!(st, St::DefHead | St::Adj))
                        .then(|| self.title_behind_lam(j))
                        .flatten()
                });
            // المكتب الإعلامي: a title in the form of a nisba right after a
            // definite head is the head's adjective; so it is after the
            // genitive when it agrees with the head (شبكة الجزيرة
            // الإعلامية).
            let nisba_title = mode == Mode::Org
                && (st == St::DefHead || (st == St::Noun && self.same_gender(head, w)))
                && t.f & lx::OCC != 0
                && t.f & (HARD_STOP | lx::BOUND) == 0
                && is_def(w)
                && is_nisba_form(w);
            // الهيئة الوطنية للوقاية من الرشوة: a body's field that guards
            // against something takes `من` and it (`للدفاع عن`), in
            // Kashif's convention.
            let guarded = mode == Mode::Org
                && st == St::Noun
                && self.doc.convention == Convention::Kashif
                && self.word(j - 1).and_then(guard_preposition) == Some(w)
                && self.guarded_end(j + 1).is_some();
            // نادي الاتحاد، نادي الشرطة: a club is named by any definite
            // word, a head noun's too, in Kashif's convention (ANERcorp's
            // leaves the head out).
            let club_name = mode == Mode::Org
                && st == St::IndefHead
                && self.doc.convention == Convention::Kashif
                && is_def(w)
                && t.f & (HARD_STOP | lx::BOUND | lx::OCC) == 0
                && self.stem_in(head.last, &["نادي"]);
            if !bism
                && org.is_none()
                && !nisba_title
                && !guarded
                && !club_name
                && self.blocks_extent_in(j, mode, slot)
            {
                break;
            }
            if mode == Mode::Title && org.is_none() && self.title_behind_lam_at(j).is_some() {
                // قال الرئيس الأمريكي لرئيس الوزراء: speaking to another
                // title's holder (only a deputy's or an envoy's title goes
                // on: `title_behind_lam`).
                break;
            }
            let f = t.f;
            let mut take_to = j;
            let next_st;
            // Right after a title of one word, a place or a nationality,
            // a listed body behind `ل` is whom the title's holder spoke to
            // (الوزير + لفرانس24، وزير خارجية قطر + لسكاي نيوز عربية);
            // so is a medium named from its head noun or listed as one,
            // after a nationality too, unless the title is a job at one
            // (المتحدث العسكري الروسي + لوكالة تاس، الوزير الفرنسي +
            // لرويترز; not المراسل الأمريكي لشبكة سي إن إن).
            let spoken_to = mode == Mode::Title
                && behind_lam(w)
                && ((st == St::DefHead && head.first == head.last)
                    || after_place == Some(j)
                    || self.cats(j - 1).has(Category::Norp));
            // So is a medium behind `ل` (not `لل`, a field) once the body a
            // spokesman speaks for is read (المتحدث باسم وزارة الخارجية +
            // لوكالة فرانس برس، الناطق باسم الشرطة + لرويترز).
            let spoken_for = mode == Mode::Title
                && speaks_for
                && st != St::NeedDef
                && behind_lam(w)
                && !w.starts_with("لل");
            let medium = (spoken_to || spoken_for) && self.medium_at(j, head);
            if let Some(e) = guarded.then(|| self.guarded_end(j + 1)).flatten() {
                take_to = e;
                after_object = Some(e + 1);
                next_st = Some(St::Noun);
            } else if mode == Mode::Org && after_object == Some(j) && and_acting_on_it(w) {
                // (… ومحاربتها: and fighting it.)
                next_st = Some(St::Noun);
            } else if let Some(e) = org {
                take_to = e;
                out.genitive = true;
                noun_seen = true;
                next_st = Some(St::Noun);
            } else if is_def(w) {
                let adj = self.def_adj(j, mode);
                next_st = match st {
                    St::IndefHead | St::NeedDef => {
                        // A title's genitive may be an organisation, a
                        // place or an event of its own (رئيس البنك
                        // المركزي التونسي): the title takes it, and the
                        // name is read inside it as well.
                        // (A head that opens a listed place of several
                        // words is the place: ديربي الدار البيضاء.)
                        let place = self.gpe_at(j).is_some_and(|e| e > j);
                        if f & HEADS != 0
                            && f & lx::ADJ == 0
                            && mode != Mode::Title
                            && !place
                            && !club_name
                        {
                            None
                        } else {
                            noun_seen = true;
                            org_genitive = self.listed_org_end(j).map(|e| e + 1);
                            if self.gpe_at(j) == Some(j) || club_name {
                                // (منتخب العراق + لكرة القدم، نادي الاتحاد +
                                // لكرة القدم.)
                                after_place = Some(j + 1);
                            }
                            // A listed place of several words is taken
                            // whole (مديرة إدارة الشرق الأوسط).
                            if let Some(e) = self.gpe_at(j).filter(|&e| e > j) {
                                take_to = e;
                                after_place = Some(e + 1);
                            } else if let Some(e) = (mode == Mode::Title && org_genitive.is_none())
                                .then(|| self.body_at(j, false))
                                .flatten()
                                .filter(|&e| e > j)
                            {
                                // And a body named from its definite head
                                // with its `ل`-genitive (رئيس الاتحاد
                                // العراقي لكرة القدم).
                                take_to = e;
                            }
                            Some(St::Noun)
                        }
                    }
                    St::DefHead => {
                        // The adjective agrees with the head in gender
                        // (الحزب السياسية is not a name).
                        let agrees = self.same_gender(head, w) || f & lx::ADJ != 0;
                        // (A generic nisba qualifies a title, الناطق
                        // العسكري، but names no body: الشركة القابضة.)
                        // (Unless a `ل`-genitive follows it: اللجنة
                        // الجهوية للاستثمار.)
                        let lam_after = LOCAL_NISBAS.contains(&w)
                            && self.linked(j + 1)
                            && self.word(j + 1).is_some_and(behind_lam)
                            && self.f(j + 1) & lx::GENERIC == 0;
                        // (Nor before «supreme», which makes the body one
                        // of a kind: المحكمة الإدارية العليا, or before a
                        // nisba of its own that is no nationality: المجلس
                        // العسكري الانتقالي.)
                        let one_of_a_kind = self.linked(j + 1)
                            && self.word(j + 1).is_some_and(|x| {
                                matches!(x, "العليا" | "الاعلي")
                                    || (is_nisba_form(x)
                                        && self.f(j + 1) & (lx::GENERIC_NISBA | HARD_STOP) == 0
                                        && !self.cats(j + 1).has(Category::Norp)
                                        && self.same_gender(head, x)
                                        && self.def_adj(j + 1, mode))
                            });
                        let generic = f & lx::GENERIC_NISBA != 0
                            && mode != Mode::Title
                            && !lam_after
                            && !one_of_a_kind;
                        (adj && agrees && !generic).then_some(St::Adj)
                    }
                    St::Noun | St::Adj => adj.then_some(St::Adj),
                };
            } else if let Some(gl) = (matches!(st, St::IndefHead | St::NeedDef))
                .then(|| self.gpe_at(j))
                .flatten()
            {
                take_to = gl;
                out.genitive = true;
                noun_seen = true;
                after_place = Some(gl + 1);
                next_st = Some(St::Noun);
            } else if let Some(e) = (mode == Mode::Title
                && matches!(st, St::DefHead | St::Noun | St::Adj)
                && behind_lam(w))
            .then(|| {
                // (A listed one of several words first: المدير العام +
                // للوكالة الوطنية للموانئ; not one spoken to, above.)
                self.listed_org_end(j)
                    .filter(|_| !spoken_to)
                    .or_else(|| self.body_at(j, true))
                    .or_else(|| self.listed_org_at(j).filter(|_| st == St::Adj))
                    .filter(|_| !medium)
            })
            .or_else(|| {
                // المكتب الإعلامي لحركة حماس: a body's office, named by its
                // head and adjective, takes the body it belongs to, in
                // Kashif's convention.
                (mode == Mode::Org
                    && st == St::Adj
                    && head.definite
                    && !noun_seen
                    && behind_lam(w)
                    && self.doc.convention == Convention::Kashif
                    && self.bare_stem_in(head.last, &OFFICE_HEADS))
                .then(|| self.listed_org_end(j).or_else(|| self.body_at(j, true)))
            })
            .flatten()
            {
                // الرئيس التنفيذي لشركة أرامكو: a title's ل-genitive may be a
                // body named from its head noun, after the title's own
                // construct or adjective, or after its adjective a listed
                // body (الممثلة الخاصة للأمين العام للأمم المتحدة).
                if mode == Mode::Org {
                    // (A UN-style ل-genitive may follow an office's body:
                    // المفوضية السامية للأمم المتحدة + للاجئين.)
                    org_genitive = Some(e + 1);
                }
                take_to = e;
                out.genitive = true;
                noun_seen = true;
                next_st = Some(St::Noun);
            } else if let Some(lam) = behind_lam(w)
                .then(|| {
                    // An indefinite head's `ل`-genitive is a generic body
                    // or gathering (بشبكة للهجرة، منظمة لحقوق الإنسان، ملتقى
                    // للأعمال), not a name; a title may take one.
                    // (Not after a definite head that is also an abstract
                    // noun: بتسليم السلطة للمدنيين is power handed over.)
                    let abstract_head = st == St::DefHead
                        && head.first == head.last
                        && self
                            .word(head.last)
                            .is_some_and(|h| ABSTRACT_HEADS.contains(&h));
                    let allowed = (st == St::DefHead && !abstract_head)
                        || (st == St::IndefHead && mode == Mode::Title)
                        || (st == St::Adj && !noun_seen)
                        // مهرجان قرطاج الدولي للموسيقى، كأس إفريقيا للأمم:
                        // an event's field after its place, definite.
                        || (mode == Mode::Event
                            && matches!(st, St::Adj | St::Noun)
                            && w.starts_with("لل"))
                        // مرصد الشمال لحقوق الإنسان، مركز الأهرام للدراسات:
                        // the body's field after its name (a noun, never a
                        // verbal noun of purpose: مجلس الأمن لبحث الوضع), in
                        // Kashif's convention (ANERcorp stops at the name).
                        || (mode == Mode::Org
                            && st == St::Noun
                            && self.doc.convention == Convention::Kashif
                            && FIELD_GENITIVES.contains(&w))
                        || (mode == Mode::Org && org_genitive == Some(j))
                        // مجموعة العربي للصناعات، شركة القدس للمستحضرات
                        // الطبية: a company's trade after its name, in
                        // Kashif's convention.
                        || (mode == Mode::Org
                            && st == St::Noun
                            && !head.definite
                            && self.doc.convention == Convention::Kashif
                            && w.starts_with("لل")
                            && !TIME_NOUNS.contains(&w)
                            // (Not its customers: للمشتركين، للمستهلكين.)
                            && !(w.starts_with("للم") && w.ends_with("ين"))
                            && self
                                .doc
                                .analyses(head.last)
                                .any(|a| TRADE_HEADS.contains(&a.stem.as_ref())))
                        // هيئة أبوظبي للسياحة والثقافة: a body named by its
                        // place has its definite field after it, in
                        // Kashif's convention.
                        // (And a team's game: منتخب العراق لكرة القدم.)
                        || (mode == Mode::Org
                            && after_place == Some(j)
                            && (w.starts_with("لل") || w == "لكره")
                            && self.doc.convention == Convention::Kashif
                            && self.listed_org_at(j).is_none()
                            && self.gpe_at(j).is_none()
                            // (Not an act: بتنظيم قطر للبطولة.)
                            && !self
                                .doc
                                .analyses(head.last)
                                .any(|a| is_verbal_head(&a.stem)))
                        // هيئة الأركان العامة للجيش الجزائري: a body's
                        // ل-genitive that is a body itself.
                        || (mode == Mode::Org
                            && st == St::Adj
                            && self.doc.convention == Convention::Kashif
                            && self.lam_body(w));
                    // Why a title's holder acts is no part of the title
                    // after its nationality, an indefinite ل-noun but a
                    // place or a team's game (الرئيس الفرنسي + لحضور
                    // المباراة); nor is what a body does after its bare
                    // definite head, a verbal noun of purpose (اتصلت
                    // بالشركة + لإظهار التزامها).
                    let holder_acts = mode == Mode::Title
                        && !w.starts_with("لل")
                        && w != "لكره"
                        && self.cats(j - 1).has(Category::Norp)
                        && !self
                            .hit(j)
                            .is_some_and(|h| h.categories.any(&Category::GPE));
                    let body_acts = mode == Mode::Org && st == St::DefHead && is_purpose_noun(w);
                    // Nor is a medium after a body's nationality: whom the
                    // body's spokesman spoke to (المتحدثة باسم الخارجية
                    // الفرنسية + لإذاعة فرنسا الدولية; a field behind `لل`
                    // stays, الهيئة العامة السورية للإذاعة والتلفزيون).
                    let body_spoke = mode == Mode::Org
                        && st == St::Adj
                        && !w.starts_with("لل")
                        && self.cats(j - 1).has(Category::Norp)
                        && self.medium_at(j, head);
                    let purpose = holder_acts || body_acts || medium || body_spoke;
                    (allowed && !purpose && !(mode == Mode::Org && self.no_field_genitive(head, j)))
                        .then(|| {
                            self.lam_genitive(w, j).or_else(|| {
                                // الاتحاد العام لنقابات عمال السودان: after
                                // a body's generic adjective, an
                                // indefinite construct of two nouns.
                                (mode == Mode::Org
                                    && st == St::Adj
                                    && head.f & lx::ORG_HEAD != 0
                                    && self
                                        .word(j - 1)
                                        .is_some_and(|a| BODY_ADJECTIVES.contains(&a))
                                    && !is_purpose_noun(w)
                                    && self.next_word(j + 1).is_some_and(|x| {
                                        self.plain_noun(j + 1, x) && !super::possessive_suffix(x)
                                    })
                                    && self.ends_construct(j + 2, mode)
                                    && !self.blocks_extent_in(j + 2, mode, true))
                                .then(|| {
                                    lam_construct = Some(j + 1);
                                    St::NeedDef
                                })
                            })
                        })
                        .flatten()
                })
                .flatten()
            {
                // (A word that merely starts with `ل` and is no genitive,
                // لجنة، لواء, is read by the branches below.)
                if lam == St::NeedDef {
                    // (لتحسين السكن + وتطويره.)
                    after_object = Some(j + 2);
                }
                next_st = Some(lam);
                out.genitive = true;
                noun_seen = true;
                org_genitive = self.listed_org_end(j).map(|e| e + 1);
            } else if let Some(rest) = w
                .strip_prefix('و')
                .filter(|_| matches!(st, St::Noun | St::Adj))
            {
                let (rf, rc) = self.phrase_flags(rest);
                if is_def(rest) {
                    let blocked = rf & (HARD_STOP | lx::BOUND | lx::OCC | HEADS | lx::HONORIFIC)
                        != 0
                        || rc.any(&Category::GPE)
                        || rc.has(Category::Org)
                        || rc.has(Category::Given)
                        || self.hit(j).is_some_and(|h| h.at.last > j);
                    next_st = if blocked {
                        None
                    } else if is_nisba_form(rest) || rf & lx::ADJ != 0 {
                        Some(St::Adj)
                    } else {
                        Some(St::Noun)
                    };
                } else if rest.starts_with('ل') && mode == Mode::Title {
                    next_st = self.lam_genitive(rest, j);
                } else if letters(rest) >= 3
                    && is_all_letters(rest)
                    && (!['ا', 'ي', 'ت', 'ن', 'س', 'ل', 'ب', 'ف', 'ك']
                        .iter()
                        .any(|&c| rest.starts_with(c))
                        // وزارة الاتصالات وتكنولوجيا المعلومات (after a
                        // genitive noun, not an adjective).
                        || (st == St::Noun && ta_noun(rest)))
                    && rf & (HARD_STOP | lx::BOUND | lx::OCC | HEADS | lx::HONORIFIC | lx::GEN_ADJ)
                        == 0
                    && rc.is_empty()
                    && self.next_word(j + 1).is_some_and(is_def)
                    && !self.blocks_extent(j + 1, mode)
                    // (Not a noun with a pronoun, which no name holds: the
                    // national team + وزميله القديم + a player.)
                    && !self.pronoun_suffix(j, rest)
                    // (After a place, a list: بورصة فلسطين وشركات التأجير.)
                    && !self.cats(j - 1).any(&Category::GPE)
                {
                    // ورصد الجزاءات: a coordinated construct.
                    next_st = Some(St::NeedDef);
                } else {
                    next_st = None;
                }
            } else if bism {
                speaks_for = true;
                if let Some(e) = self.listed_org_at(j + 1) {
                    // الناطق العسكري باسم كتائب القسام: a listed body.
                    take_to = e;
                    out.genitive = true;
                    noun_seen = true;
                    next_st = Some(St::Noun);
                } else {
                    // The body spoken for opens on a definite word or on a
                    // head noun (`الناطق الرسمي باسم` + `وزارة الداخلية`).
                    next_st = self
                        .next_word(j + 1)
                        .filter(|x| is_def(x) || self.f(j + 1) & (HEADS | QUOTED_ORG) != 0)
                        .map(|_| St::NeedDef);
                }
            } else if mode == Mode::Event && st == St::NeedDef && self.proper_word(j, true) {
                // كأس أمم إفريقيا with an unlisted place.
                next_st = Some(St::Noun);
            } else if mode == Mode::Org
                && matches!(st, St::IndefHead | St::NeedDef)
                && self.plain_noun(j, w)
                && self
                    .next_word(j + 1)
                    .and_then(|x| x.strip_prefix('و'))
                    .is_some_and(|r| self.plain_noun(j + 1, r))
                && self.next_word(j + 2).is_some_and(|x| {
                    is_def(x)
                        || self.cats(j + 2).any(&Category::GPE)
                        || self.cats(j + 2).has(Category::Loc)
                })
                && !self.blocks_extent_in(j + 2, mode, true)
            {
                // Two coordinated nouns in a construct: غرفة تجارة وصناعة
                // البحرين، هيئة كهرباء ومياه دبي.
                take_to = j + 1;
                next_st = Some(St::NeedDef);
            } else if mode == Mode::Org
                && st == St::IndefHead
                && head.f & lx::FAC_HEAD == 0
                && (ADMIN_NOUNS.contains(&w) && self.gpe_at(j + 1).is_some()
                    || w == "رئاسه"
                        && self.next_word(j + 1).is_some_and(is_def)
                        && !self.blocks_extent_in(j + 1, mode, true))
            {
                // A body of a province or city: مجلس محافظة بغداد، مجلس
                // قضاء الجزائر (not مركز مدينة سامراء, a town's centre); an
                // office of a presidency: ديوان رئاسة الجمهورية.
                next_st = Some(St::NeedDef);
            } else if mode == Mode::Org
                && st == St::IndefHead
                && self
                    .doc
                    .analyses(head.last)
                    .any(|a| COMPANY_HEADS.contains(&a.stem.as_ref()))
                && self.plain_noun(j, w)
                && !w.starts_with('ي')
                && (!w.starts_with('ت') || ta_noun(w))
                && self.doc.written_last_letter(j) != Some('ه')
                && !super::possessive_suffix(w)
                && self.gpe_at(j + 1).is_some()
                && self.doc.convention == Convention::Kashif
            {
                // A company's name may be a noun and a place: شركة طاقة
                // المغرب، شركة نفط الكويت (not a pronoun's: شركة مقرها
                // لندن).
                next_st = Some(St::NeedDef);
            } else if mode == Mode::Org
                && st == St::IndefHead
                && self.stem_in(head.last, &["مديريه"])
                && DIRECTORATE_FIELDS.contains(&w)
                && self.gpe_at(j + 1).is_some()
                && self.doc.convention == Convention::Kashif
            {
                // A province's directorate: مديرية أمن الجيزة، مديرية تربية
                // بغداد.
                next_st = Some(St::NeedDef);
            } else if mode == Mode::Org
                && st == St::IndefHead
                && PURPOSE_MASDARS.contains(&w)
                && self.stem_in(head.last, PURPOSE_BODIES)
                && self.ends_construct(j + 1, mode)
                && !self.blocks_extent_in(j + 1, mode, true)
            {
                // A body named by what it is for, a verbal noun and its
                // object: هيئة تنمية الصادرات، صندوق دعم المشاريع الصغيرة،
                // هيئة مكافحة الفساد.
                next_st = Some(St::NeedDef);
            } else if mode == Mode::Org
                && st == St::IndefHead
                && f & lx::ORG_HEAD != 0
                && !is_def(w)
                && self.ends_construct(j + 1, mode)
                && !self.blocks_extent_in(j + 1, mode, true)
            {
                // A head noun's genitive may be a head noun in a construct
                // of its own: هيئة تنظيم الاتصالات، مجلس إدارة الشركة.
                next_st = Some(St::NeedDef);
            } else if let Some(e) =
                (mode == Mode::Title && matches!(st, St::IndefHead | St::NeedDef) && !is_def(w))
                    .then(|| self.body_at(j, false))
                    .flatten()
            {
                // رئيس مجلس إدارة + شركة موانئ دبي العالمية: a title's
                // genitive may be a body named from its indefinite head.
                take_to = e;
                out.genitive = true;
                noun_seen = true;
                next_st = Some(St::Noun);
            } else if mode == Mode::Title
                && matches!(st, St::IndefHead | St::NeedDef)
                && f & HEADS != 0
                && self.proper_word(j + 1, true)
                && !self.blocks_extent_in(j + 1, mode, true)
            {
                // رئيس معهد أماديوس: a title's genitive may be a body
                // named by an unlisted proper word after its head noun, as
                // an organisation is (مهرجان موازين).
                take_to = j + 1;
                noun_seen = true;
                next_st = Some(St::Noun);
            } else if (matches!(mode, Mode::Title | Mode::Event) || lam_construct == Some(j))
                && matches!(st, St::IndefHead | St::NeedDef)
                && is_all_letters(w)
                // (An indefinite event's `ل`-genitive is a kind of event:
                // ملتقى لرجال الأعمال, as ملتقى للأعمال.)
                && !(mode == Mode::Event && st == St::IndefHead && behind_lam(w))
                && f & (lx::GENERIC | lx::GEN_ADJ | lx::CONN) == 0
                && !self.cats(j).any(&Category::NAME_PART)
                && !proclitic_elative_at(self.doc, j)
                && (self.ends_construct(j + 1, mode)
                    || (mode == Mode::Title
                        && self
                            .next_word(j + 1)
                            .is_some_and(|x| self.plain_noun(j + 1, x))
                        && self.ends_construct(j + 2, mode)))
                && !self.blocks_extent_in(j + 1, mode, true)
            {
                // A construct chain: رئيس مجلس النواب، قمة مجموعة العشرين،
                // رئيس حكومة إقليم كردستان.
                next_st = Some(St::NeedDef);
            } else {
                next_st = None;
            }
            let Some(s) = next_st else { break };
            st = s;
            if st != St::NeedDef {
                out.last = Some(take_to);
            }
            words += 1 + take_to - j;
            j = take_to + 1;
        }
        out
    }

    /// Whether the word at `j` can end a construct chain: definite, a
    /// place, or (in an event's name) a proper word.
    fn ends_construct(&self, j: usize, mode: Mode) -> bool {
        self.next_word(j).is_some_and(|x| {
            is_def(x)
                || self.gpe_at(j).is_some()
                || (mode == Mode::Event && self.proper_word(j, true))
        })
    }

    /// Whether `w` (the word at `j`, or its part after a conjunction) is
    /// an indefinite common noun that may stand in a construct: letters
    /// only, not definite, and on none of the lists.
    fn plain_noun(&self, j: usize, w: &str) -> bool {
        let (f, c) = if self.word(j) == Some(w) {
            (self.f(j), self.cats(j))
        } else {
            self.phrase_flags(w)
        };
        is_all_letters(w)
            && letters(w) >= 3
            && !is_def(w)
            && f & (HARD_STOP
                | lx::BOUND
                | lx::GENERIC
                | lx::GEN_ADJ
                | lx::CONN
                | lx::OCC
                | ANY_HEAD
                | lx::HONORIFIC)
                == 0
            && c.is_empty()
    }

    /// Whether the word at `j` could be an unlisted part of a name.
    fn unknown_name_word(&self, j: usize, shape: bool) -> bool {
        let Some(w) = self.word(j) else { return false };
        let (f, c) = (self.f(j), self.cats(j));
        if f != 0 || !c.is_empty() || !is_all_letters(w) || letters(w) < 2 {
            return false;
        }
        if is_def(w) {
            return false;
        }
        // Pronoun suffixes (مسؤوليته، ضيوفها) and glued article (بالضيوف).
        if ["ته", "ها", "هم", "هما", "تنا", "ت"]
            .iter()
            .any(|s| w.ends_with(s))
            || (shape && ["ه", "ا"].iter().any(|s| w.ends_with(s)))
            // After a name part, an unlisted word in the accusative alif
            // is an indefinite noun (فيروز حفلا), not a surname.
            || (!shape && w.ends_with('ا') && letters(w) >= 4)
            || letters(w) < 3
            || ["بال", "وال", "فال", "كال", "لل"]
                .iter()
                .any(|p| w.starts_with(p))
        {
            return false;
        }

        // Verb-looking words (يستقبل، سيزور، تستضيف) and a conjunction.
        let n = letters(w);
        if (w.starts_with('ي') && n >= 4)
            // (تي opens foreign names, تيميتار، تيلرسون, and no verb.)
            || (w.starts_with('ت') && !w.starts_with("تي") && n >= 5)
            || ((w.starts_with("سي") || w.starts_with("ست")) && n >= 5)
            || (w.starts_with('و') && n >= 4)
            || w.strip_prefix('ف')
                .is_some_and(|r| n >= 4 && self.lookup(r).any(&Category::NAME_PART))
        {
            return false;
        }
        // A preposition or conjunction glued to a known word or an
        // elative (`كأفضل` «as the best»).
        for a in self.doc.analyses(j).skip(1) {
            let (af, ac) = self.phrase_flags(&a.stem);
            if af != 0 || !ac.is_empty() || is_elative_reading(&a) {
                return false;
            }
        }
        true
    }

    /// A known name part at `j` (given name, surname, full name).
    fn known_part(&self, j: usize) -> bool {
        if self.dotted_ali(j) {
            return true;
        }
        let (f, c) = (self.f(j), self.cats(j));
        c.any(&Category::NAME_PART)
            && f & (HARD_STOP
                | lx::BOUND
                | lx::OCC
                | ANY_HEAD
                | lx::HONORIFIC
                | lx::GENERIC
                | lx::GAZ_STOP)
                == 0
            && !c.any(&Category::GPE)
            && !c.has(Category::Norp)
            && !self.glued_function_word(j)
    }

    /// The given name `علي` at `j`: the user wrote it with a dotted `ي`
    /// (the matching view folds it with the preposition `على`, a stop word)
    /// and a listed name part follows (`علي العلاق`, not `على الخطة`).
    fn dotted_ali(&self, j: usize) -> bool {
        if self.word(j) != Some("علي") {
            return false;
        }
        let dotted = self.doc.written_last_letter(j) == Some('ي');
        let next = j + 1;
        dotted
            && self.linked(next)
            && self.cats(next).any(&Category::NAME_PART)
            && self.f(next) & (HARD_STOP | lx::BOUND | lx::GAZ_STOP | ANY_HEAD | lx::OCC) == 0
            && !self.cats(next).any(&Category::GPE)
    }

    /// The word is a function word or verb with a glued conjunction or
    /// preposition (واكد، فقال، ولكن).
    fn glued_function_word(&self, j: usize) -> bool {
        if self.word(j).is_none() {
            return false;
        }
        self.doc.analyses(j).skip(1).any(|a| {
            lx::flags(&a.stem) & (HARD_STOP | lx::BOUND) != 0
                || gaz_flags(self.lookup(&a.stem)) & lx::GAZ_STOP != 0
        })
    }

    /// Reads a person's name starting at token `i` (whose proclitics, if
    /// any, are `skip` bytes). `lenient` allows unlisted words.
    fn read_name(&self, i: usize, skip: usize, lenient: bool) -> Option<Name> {
        let mut name = Name {
            first: i,
            skip,
            last: i,
            parts: 0,
            known: 0,
            unknown: 0,
        };
        let mut j = i;
        let mut taken = false;
        while name.parts < MAX_NAME_PARTS && j < self.n() {
            if j > i && !self.toks[j].linked {
                break;
            }
            let Some(w) = self.word(j) else { break };
            let w = if j == i {
                w.get(skip..).unwrap_or("")
            } else {
                w
            };
            if j > i
                && self
                    .head_at(j, lx::HONORIFIC | lx::OCC)
                    .is_some_and(|h| h.skip == 0 && h.last > j)
            {
                break; // صاحب السمو
            }
            let f = if j == i && skip > 0 {
                self.phrase_flags(w).0
            } else {
                self.f(j)
            };
            // Connector + name: بن سلمان، أبو بكر، آل ثاني، مولاي الحسن.
            if f & lx::CONN != 0 {
                if let Some(next) = self.next_word(j + 1) {
                    let nf = self.f(j + 1);
                    let ok = self.known_part(j + 1)
                        || self.unknown_name_word(j + 1, false)
                        || (is_all_letters(next)
                            && letters(next) >= 2
                            && nf & (HARD_STOP | lx::BOUND | lx::OCC | HEADS | lx::HONORIFIC) == 0
                            && !self.cats(j + 1).any(&Category::GPE))
                        || (is_def(next)
                            && self.f(j + 1) & (HARD_STOP | lx::BOUND) == 0
                            && self.cats(j + 1).is_empty())
                        || next == "عبد"
                        // آل (spelt ال in the normalised text) + a family
                        // name, whatever else the word is (آل الشيخ), and so
                        // Berber آيت (آيت الطالب).
                        || (w == "ال" && is_def(next) && is_all_letters(next))
                        || (w == "ايت"
                            && is_def(next)
                            && is_all_letters(next)
                            && nf & HARD_STOP == 0);
                    if ok {
                        if next == "عبد" {
                            // مولاي عبد الله: the compound follows.
                            j += 1;
                            name.known += 1;
                            continue;
                        }
                        name.parts += 1;
                        name.known += 1;
                        name.last = j + 1;
                        taken = true;
                        j += 2;
                        continue;
                    }
                }
                break;
            }
            // عبد + a divine name: عبد اللطيف، عبد الله.
            if w == "عبد" {
                if let Some(next) = self.next_word(j + 1).filter(|x| is_def(x)) {
                    let _ = next;
                    name.parts += 1;
                    name.known += 1;
                    name.last = j + 1;
                    taken = true;
                    j += 2;
                    continue;
                }
                break;
            }
            if taken && f & lx::REGNAL != 0 {
                // محمد السادس، الحسن الثاني (الحادي عشر: two words).
                let mut last = j;
                if w == "الحادي" || self.next_word(j + 1) == Some("عشر") {
                    last = j + 1;
                }
                name.last = last;
                break;
            }
            if taken && w == "الله" {
                name.last = j;
                j += 1;
                continue;
            }
            // A listed compound given name (نور الدين، عز الدين), whose
            // first word alone is a common noun the lists keep out.
            if let Some(last) = self.compound_given_at(j).filter(|_| j > i || skip == 0) {
                name.parts += 1;
                name.known += 1;
                name.last = last;
                taken = true;
                j = last + 1;
                continue;
            }
            // A given name that is also a title, inside a name: between a
            // name part and the next (حسين أمير عبد اللهيان).
            let titled_given = taken
                && !is_def(w)
                && f & lx::OCC != 0
                && self.cats(j).has(Category::Given)
                && (self.next_word(j + 1) == Some("عبد") || self.known_part(j + 1));
            if titled_given {
                name.known += 1;
                name.parts += 1;
                name.last = j;
                j += 1;
                continue;
            }
            let surname_nisba = taken
                && self.cats(j).has(Category::Surname)
                && self.cats(j).has(Category::Norp)
                && f & (HARD_STOP | lx::BOUND) == 0;
            let known = if surname_nisba {
                true
            } else if j == i && skip > 0 {
                let c = self.lookup(w);
                c.any(&Category::NAME_PART)
                    && !c.any(&Category::GPE)
                    && f & (HARD_STOP | lx::BOUND) == 0
            } else {
                self.known_part(j)
                    && (taken
                        || self.cats(j).has(Category::Given)
                        || self.cats(j).has(Category::Person))
            };
            if known {
                name.known += 1;
            } else if lenient
                && name.parts < 2
                && skip == 0
                && self.unknown_name_word(j, !taken)
                // (Not a noun with a pronoun: أوراق اعتماده.)
                && !(taken && letters(w) >= 4 && self.doc.written_last_letter(j) == Some('ه'))
            {
                name.unknown += 1;
            } else if lenient
                && name.parts == 1
                && name.known == 1
                && is_def(w)
                && is_all_letters(w)
                && f & (HARD_STOP
                    | lx::BOUND
                    | lx::OCC
                    | HEADS
                    | lx::GENERIC
                    | lx::REGNAL
                    | lx::ADJ)
                    == 0
                && !self.cats(j).any(&Category::GPE)
            {
                // وقال محمد العربي: an unlisted definite surname.
                name.unknown += 1;
            } else {
                break;
            }
            name.parts += 1;
            name.last = j;
            taken = true;
            j += 1;
        }
        taken.then_some(name)
    }

    /// The word at `j` (without a و/ف conjunction) is a verb of saying or
    /// another news verb.
    fn verb_before(&self, j: usize) -> Option<u32> {
        let w = self.word(j)?;
        Some(self.f(j) & (lx::SAY | lx::VERB) | verb_flags(w)).filter(|&x| x != 0)
    }

    fn run(&self, out: &mut Vec<Candidate>) {
        let n = self.n();
        // Tokens already inside a name, so that chains do not restart in them.
        let mut in_name = vec![false; n];
        let mark = |in_name: &mut Vec<bool>, a: usize, b: usize| {
            for x in in_name.iter_mut().take(b + 1).skip(a) {
                *x = true;
            }
        };
        let mut i = 0;
        while i < n {
            if self.word(i).is_none() {
                i += 1;
                continue;
            }
            let mut next_i = i + 1;
            // Titles, and the name after them (not a nisba that is a body
            // head's adjective: المكتب الإعلامي).
            if let Some(h) = self.head_at(i, lx::OCC).filter(|h| {
                !self.body_adjective(h)
                    && !self.inside_listed_event(h)
                    && !self.doc.title_spelt_otherwise(h.first)
            }) {
                // A given name that is also a title, before a surname in
                // the form of a nisba (`سلطان البركاني`، not `سلطان عمان`).
                if let Some(nm) = self.given_title_name(&h) {
                    self.push_name(out, &nm, 0.7);
                    mark(&mut in_name, nm.first, nm.last);
                    i = nm.last + 1;
                    continue;
                }
                let ext = self.extent(&h, Mode::Title);
                let last = self.delegated_to(self.charged_with(ext.last.unwrap_or(h.last)));
                // (Not a nisba after a possessed noun: مكتبه الإعلامي.)
                // (Nor after a common noun: التعاون البرلماني.)
                let possessed = || {
                    h.first == h.last
                        && (self.doc.nisba_after_possessed(h.first)
                            || self.doc.nisba_after_noun(h.first, self.gaz))
                };
                // (A listed title of several words names someone when it
                // ends on a definite word or a place: وزير الخارجية، أمير
                // قطر.)
                let named = (h.definite && !possessed())
                    || ext.last.is_some()
                    || (h.last > h.first
                        && (self.word(h.last).is_some_and(is_def)
                            || self.cats(h.last).any(&Category::GPE)));
                if named {
                    let mut c = self.candidate(h.first, h.skip, last, Kind::Occ, 0.75);
                    c.restored_article = h.restored;
                    out.push(c);
                }
                if named {
                    if let Some(nm) = self
                        .name_after(last + 1)
                        .or_else(|| self.name_after_posting(&h, last))
                    {
                        self.push_titled_name(out, &nm);
                        mark(&mut in_name, nm.first, nm.last);
                        next_i = nm.last + 1;
                    } else {
                        next_i = last + 1;
                    }
                }
                // The heads inside the title, too: its genitive may be an
                // organisation of its own (رئيس البنك المركزي التونسي).
                for j in i..=last {
                    self.heads(j, out);
                }
                i = next_i.max(i + 1);
                continue;
            }
            if let Some(last) = self.rank_before_name(i) {
                // الفريق أسامة ربيع: «the team» is a general's rank
                // before a listed given name.
                if let Some(nm) = self.name_after(last + 1) {
                    out.push(self.candidate(i, 0, last, Kind::Occ, 0.75));
                    self.push_titled_name(out, &nm);
                    mark(&mut in_name, nm.first, nm.last);
                    i = nm.last + 1;
                    continue;
                }
            }
            if let Some(h) = self.head_at(i, lx::HONORIFIC) {
                if let Some(nm) = self.name_after(h.last + 1) {
                    self.push_titled_name(out, &nm);
                    mark(&mut in_name, nm.first, nm.last);
                    i = nm.last + 1;
                    continue;
                }
            }
            self.heads(i, out);
            // Verb of saying / news verb + a name whose first part is known.
            if self.verb_before(i).is_some() {
                if let Some(nm) = self.read_name(i + 1, 0, true).filter(|nm| {
                    self.linked(i + 1)
                        && nm.parts >= 2
                        && (self.known_part(i + 1) || self.word(i + 1) == Some("عبد"))
                        && nm.unknown <= 1
                }) {
                    self.push_name(out, &nm, 0.7);
                    mark(&mut in_name, nm.first, nm.last);
                    i = nm.last + 1;
                    continue;
                }
            }
            // A chain of known name parts.
            if !in_name[i] {
                if let Some(nm) = self.chain_at(i) {
                    self.push_name(out, &nm, 0.75);
                    mark(&mut in_name, nm.first, nm.last);
                    i = nm.last + 1;
                    continue;
                }
            }
            i = next_i;
        }
        // Quoted names after their head, wherever the head stands (also
        // inside a title the loop above stepped over: الرئيس التنفيذي
        // لشركة « ... »).
        for i in 0..n {
            self.quoted(i, out);
        }
        self.acronyms_in_parentheses(out);
        self.dateline_agency(out);
        self.later_mentions(out);
    }

    /// In Kashif's convention, one unlisted word in parentheses right after
    /// an organisation is its acronym, an organisation of its own (`منظمة
    /// الأغذية والزراعة للأمم المتحدة (فاو)`), as Wojood tags it. The
    /// organisation is one the rules read or a listed one, not a club.
    fn acronyms_in_parentheses(&self, out: &mut Vec<Candidate>) {
        if self.doc.convention != Convention::Kashif {
            return;
        }
        let ends_org = |e: usize| {
            let end = self.doc.tokens.get(e).map(|t| t.end);
            out.iter()
                .any(|c| c.kind == Kind::Org && Some(c.end) == end)
                || (e.saturating_sub(MAX_EXTENT)..=e).any(|j| {
                    // (Not a club: `مانشستر يونايتد (انكلترا)` gives its
                    // country.)
                    self.listed_at(j, &[Category::Org])
                        .is_some_and(|hit| hit.at.last == e && !hit.categories.has(Category::Club))
                })
        };
        let mut found = Vec::new();
        for p in 1..self.n().saturating_sub(2) {
            let acronym = self.is_punct(p, &["("])
                && self.is_punct(p + 2, &[")"])
                && self.word(p + 1).is_some_and(|w| {
                    is_all_letters(w) && (2..=8).contains(&letters(w)) && !is_def(w)
                })
                && self.f(p + 1) == 0
                && (self.cats(p + 1).is_empty() || self.cats(p + 1).has(Category::Org))
                && ends_org(p - 1);
            if acronym {
                let mut c = self.candidate(p + 1, 0, p + 1, Kind::Org, 0.7);
                c.whole = true;
                found.push(c);
            }
        }
        out.extend(found);
    }

    /// The agency of a dateline: a listed place that opens a line, one to
    /// three words in brackets, then a dash or a colon (`الرباط (ومع) –`،
    /// `عمان (بترا) -`، `باريس (أ ف ب) -`). The words are the news agency
    /// the story comes from, an organisation whatever else they spell
    /// (`ومع` is also «and with», `بترا` a city), kept whole so that
    /// neither the tagger nor the lists read them otherwise; and so is the
    /// place, where the story was filed (`مسقط`, also «birthplace», which
    /// the tagger would drop). Kashif's convention only: ANERcorp leaves a
    /// dateline's agency untagged (`'' وام ''` is `O` in its train file).
    fn dateline_agency(&self, out: &mut Vec<Candidate>) {
        if self.doc.convention != Convention::Kashif {
            return;
        }
        let text = self.doc.text();
        // Whether token `j` opens a line: only spaces before it, and a
        // line break among them unless it is the first (the gap to the
        // token before, so that a long line costs no more than a short).
        let opens_line = |j: usize| {
            let from = j
                .checked_sub(1)
                .and_then(|p| self.doc.tokens.get(p))
                .map_or(0, |p| p.end);
            self.doc.tokens.get(j).is_some_and(|t| {
                let gap = text.get(from..t.start).unwrap_or("");
                gap.chars().all(char::is_whitespace) && (j == 0 || gap.contains('\n'))
            })
        };
        let mut found = Vec::new();
        for j in (0..self.n()).filter(|&j| opens_line(j)) {
            let Some(place) = self.gpe_at(j) else {
                continue;
            };
            if !self.is_punct(place + 1, &["("]) {
                continue;
            }
            let first = place + 2;
            let Some(close) = (first..self.n().min(first + 4)).find(|&k| self.is_punct(k, &[")"]))
            else {
                continue;
            };
            let words = (first..close).all(|k| self.word(k).is_some_and(is_all_letters));
            if close > first && words && self.is_punct(close + 1, &["-", "–", "—", "ـ", ":"]) {
                let mut agency = self.candidate(first, 0, close - 1, Kind::Org, 0.8);
                let mut city = self.candidate(j, 0, place, Kind::Gpe, 0.8);
                agency.whole = true;
                city.whole = true;
                found.extend([agency, city]);
            }
        }
        out.extend(found);
    }

    /// The name that the title head `h` opens when it is an indefinite
    /// one-word title that is also a listed given name (`سلطان`، `أمير`)
    /// and the next word is an unlisted definite nisba that is no title,
    /// head or adjective of the lists (`رئيسه سلطان البركاني`): a person,
    /// where `سلطان عمان` (a place) and `أمير المؤمنين` (no nisba) stay
    /// titles.
    fn given_title_name(&self, h: &Head) -> Option<Name> {
        let next = h.last + 1;
        let nisba = self.word(next).is_some_and(is_nisba_form)
            && self.linked(next)
            && self.cats(next).is_empty()
            && self.f(next) & NOT_A_HOLDERS_SURNAME == 0;
        (self.given_title(h) && nisba).then_some(Name {
            first: h.first,
            skip: 0,
            last: next,
            parts: 2,
            known: 1,
            unknown: 1,
        })
    }

    /// Whether the title head `h`, read right after another title, is an
    /// indefinite one-word title that is also a listed given name before
    /// a definite word that is no title, head, adjective or place
    /// (`سلطان الجابر`، `أمير الحسن`): the holder's given name.
    fn given_before_surname(&self, h: &Head) -> bool {
        let next = h.last + 1;
        self.given_title(h)
            && self.linked(next)
            && self.word(next).is_some_and(is_def)
            && !self.cats(next).any(&Category::GPE)
            && self.f(next) & NOT_A_HOLDERS_SURNAME == 0
    }

    /// Whether the title head `h` is an indefinite one-word title, no
    /// proclitic, that is also a listed given name (`سلطان`، `قائد`).
    fn given_title(&self, h: &Head) -> bool {
        !h.definite && h.skip == 0 && h.first == h.last && self.cats(h.first).has(Category::Given)
    }

    /// Whether `w`, token `j` or the part of it after a proclitic, ends
    /// in a possessive pronoun: `ها`، `هم`، `هما`, or a `ه` written as
    /// such in a text that writes `ة` elsewhere (`زميله` «his colleague»,
    /// not `تنمية`, nor `تنميه` where the writer never writes `ة`; `مياه`
    /// «water» is a plain noun).
    fn pronoun_suffix(&self, j: usize, w: &str) -> bool {
        let writes_ta = || {
            *self
                .writes_ta_marbuta
                .get_or_init(|| self.doc.norm.original.contains('ة'))
        };
        super::possessive_suffix(w)
            || (w != "مياه"
                && letters(w) >= 3
                && self.doc.written_last_letter(j) == Some('ه')
                && writes_ta())
    }

    /// A name after a title or honorific at `j` (more titles and
    /// honorifics may come first: ولي العهد الأمير محمد بن سلمان).
    fn name_after(&self, mut j: usize) -> Option<Name> {
        for _ in 0..3 {
            if !self.linked(j) {
                return None;
            }
            match self.head_at(j, lx::HONORIFIC | lx::OCC) {
                // (A given name that is also a title, before a definite
                // surname, opens the name: `المدير التنفيذي لشركة أدنوك` +
                // `سلطان الجابر`.)
                Some(h) if self.given_before_surname(&h) => {
                    let rest = self
                        .read_name(j + 1, 0, true)
                        .filter(|nm| nm.first == j + 1);
                    return Some(Name {
                        first: j,
                        skip: 0,
                        last: rest.map_or(j + 1, |nm| nm.last),
                        parts: 1 + rest.map_or(1, |nm| nm.parts),
                        known: 1 + rest.map_or(0, |nm| nm.known),
                        unknown: rest.map_or(1, |nm| nm.unknown),
                    });
                }
                Some(h) if h.skip == 0 && !h.restored => j = h.last + 1,
                _ => break,
            }
        }
        if !self.linked(j) {
            return None;
        }
        self.read_name(j, 0, true).filter(|nm| {
            // A lone unlisted word with a preposition-like first letter
            // (بوفد، لقاء) is more often a noun than a name.
            let lone_prefixed = nm.parts == 1
                && nm.known == 0
                && self.word(nm.first).is_some_and(|w| {
                    letters(w) < 4 || ['ب', 'ل', 'ك', 'ف'].iter().any(|&c| w.starts_with(c))
                });
            // «Owner of» before a definite word or an age, not the given
            // name (`اللاعب صاحب الـ27 عاما`).
            let owner = nm.parts == 1
                && matches!(self.word(nm.first), Some("صاحب" | "صاحبه"))
                && self.word(nm.first + 1).is_some_and(|w| w.starts_with("ال"));
            !lone_prefixed && !owner
        })
    }

    /// The name after a title and the place where its holder serves: an
    /// envoy's or ambassador's behind `إلى`/`لدى` (`المبعوث الأممي الخاص`,
    /// then `إلى اليمن`, then `هانس غروندبرغ`), any title's behind `في`
    /// when the name opens on a listed part (`مدير المكتب الإعلامي
    /// الحكومي في غزة إسماعيل الثوابتة`). The place stays a place of its
    /// own, as `delegated_to` leaves it, and the name is the holder's.
    fn name_after_posting(&self, h: &Head, last: usize) -> Option<Name> {
        let head = self.word(h.first)?;
        let envoy = POSTED_TITLES
            .iter()
            .any(|t| head == *t || head.strip_prefix("ال") == Some(*t));
        let to = self.word(last + 1)?;
        let posted = envoy && (to == "الي" || to == "لدي");
        if !self.linked(last + 1) || !(posted || to == "في") {
            return None;
        }
        let place = self.gpe_at(last + 2)?;
        self.name_after(place + 1)
            .filter(|nm| (posted && nm.parts >= 2) || (nm.known > 0 && self.known_part(nm.first)))
            .or_else(|| self.verb_given_name(place + 1))
    }

    /// A name at `j` that opens on a listed given name the lists also
    /// have as a common word (`أشرف` «supervised», on the stop list) and
    /// goes on with a word the name reader takes (`أشرف القدرة`; not
    /// `أشرف على`).
    fn verb_given_name(&self, j: usize) -> Option<Name> {
        let given = self.linked(j)
            && self.cats(j).has(Category::Given)
            && self.f(j) & lx::GAZ_STOP != 0
            && self.f(j) & (HARD_STOP | lx::BOUND | lx::OCC | ANY_HEAD) == 0;
        if !given || !self.linked(j + 1) {
            return None;
        }
        if let Some(rest) = self.read_name(j + 1, 0, true) {
            return Some(Name {
                first: j,
                parts: rest.parts + 1,
                known: rest.known + 1,
                ..rest
            });
        }
        // (A definite surname, which the reader takes only after a name
        // part: `القدرة`.)
        let listed = self.cats(j + 1).has(Category::Surname);
        let surname = self
            .word(j + 1)
            .is_some_and(|w| is_def(w) && is_all_letters(w))
            && self.f(j + 1) == 0
            && (listed || self.cats(j + 1).is_empty());
        surname.then_some(Name {
            first: j,
            skip: 0,
            last: j + 1,
            parts: 2,
            known: 1 + usize::from(listed),
            unknown: usize::from(!listed),
        })
    }

    /// A chain of two or more known name parts (or a known given name and
    /// a regnal number) at `i`, the first word possibly with a proclitic;
    /// a chain ending in one unlisted word is taken when a title follows
    /// in apposition (عبد اللطيف حموشي، المدير العام…).
    fn chain_at(&self, i: usize) -> Option<Name> {
        self.word(i)?;
        if i > 0 && self.toks[i].linked && self.f(i - 1) & lx::CONN != 0 {
            return None;
        }
        if self.head_at(i, lx::HONORIFIC | lx::OCC).is_some() {
            return None; // صاحب السمو
        }
        for a in self.doc.analyses(i) {
            if a.restored_article || (a.skip > 0 && letters(&a.stem) < 4) {
                continue;
            }
            let c = self.lookup(&a.stem);
            let starts = (c.has(Category::Given) || c.has(Category::Person) || a.stem == "عبد")
                && !c.any(&Category::GPE)
                && (lx::flags(&a.stem) & (HARD_STOP | lx::BOUND | lx::OCC | HEADS | lx::GENERIC))
                    == 0;
            if !starts {
                continue;
            }
            let strict = self.read_name(i, a.skip, false);
            if let Some(nm) =
                strict.filter(|nm| nm.parts >= 2 || (nm.last > nm.first && nm.known >= 1))
            {
                return Some(nm);
            }
            if a.skip == 0 {
                if let Some(nm) = self.read_name(i, 0, true).filter(|nm| {
                    // (A people is no surname: حكيم العرب، خادم الحرمين
                    // الشريفين is an epithet and a title.)
                    nm.parts >= 2 && nm.unknown == 1 && !self.cats(nm.last).has(Category::Norp)
                }) {
                    let mut k = nm.last + 1;
                    if self.is_punct(k, &["،", ","]) {
                        k += 1;
                    }
                    if self.head_at(k, lx::OCC).is_some() {
                        return Some(nm);
                    }
                }
            }
            return None;
        }
        None
    }

    fn push_name(&self, out: &mut Vec<Candidate>, nm: &Name, score: f32) {
        out.push(self.candidate(nm.first, nm.skip, nm.last, Kind::Pers, score));
    }

    /// The last token of `الفريق` (with `ركن` «staff» after it) at token
    /// `i` when a listed given name follows: the rank of a general, not
    /// «the team» (`الفريق أسامة ربيع`، `الفريق ركن محمد عثمان الحسين`).
    /// Not before a name the preposition `على` follows (`الفريق قادر على`).
    fn rank_before_name(&self, i: usize) -> Option<usize> {
        if self.word(i) != Some("الفريق") {
            return None;
        }
        let last = if self.word(i + 1) == Some("ركن") && self.linked(i + 1) {
            i + 1
        } else {
            i
        };
        // (Not a predicate: `الفريق قادر على`, «the team is able to».)
        let predicate = self.word(last + 2) == Some("علي")
            && self.doc.written_last_letter(last + 2) == Some('ى');
        (self.linked(last + 1) && self.known_part(last + 1) && !predicate).then_some(last)
    }

    /// A name read after a title or honorific; one whose first word is a
    /// listed given name is [`Candidate::titled`].
    fn push_titled_name(&self, out: &mut Vec<Candidate>, nm: &Name) {
        self.push_name(out, nm, if nm.known > 0 { 0.75 } else { 0.65 });
        let first = self.cats(nm.first);
        if let Some(c) = out.last_mut() {
            c.titled = first.has(Category::Given)
                || first.has(Category::Person)
                || (nm.skip == 0 && self.compound_given_at(nm.first).is_some());
        }
    }

    /// Organisations, facilities, events and places opened by a head at `i`.
    fn heads(&self, i: usize, out: &mut Vec<Candidate>) {
        let Some(h) = self.head_at(i, HEADS) else {
            return;
        };
        if self.is_punct(h.last + 1, &QUOTES_OPEN) {
            return; // the quoted rule handles it
        }
        // A ministry by its field alone takes one adjective (الخارجية
        // القطرية), and is not the adjective of a definite noun (السياسة
        // الخارجية الأمريكية) nor in a construct of its own (الشؤون
        // الداخلية لـ…، وزير الخارجية للشؤون الإفريقية).
        // (Behind `و` it may be the adjective too: السياسة الداخلية
        // والخارجية الأمريكية; behind a preposition it is the ministry:
        // مسؤول بالخارجية الأميركية، للخارجية الفرنسية.)
        let bare_or_and = (h.skip == 0 && !h.restored)
            || self
                .word(h.first)
                .and_then(|w| w.get(..h.skip))
                .is_some_and(|p| p == "و" || p == "ف");
        if self.field_head(&h)
            && ((bare_or_and && h.first > 0 && self.word(h.first - 1).is_some_and(is_def))
                || self.extent(&h, Mode::Org).last != Some(h.last + 1)
                || self.word(h.last + 1).is_some_and(|w| w.starts_with('ل')))
        {
            return;
        }
        // In Kashif's convention an organisation or a building opened by a
        // head noun is kept whole, whatever the tagger says
        // ([`Candidate::whole`]): مركز فيينا الدولي stays a facility.
        let whole = self.doc.convention == Convention::Kashif;
        let push = |out: &mut Vec<Candidate>, last: usize, kind: Kind, score: f32| {
            let mut c = self.candidate(h.first, h.skip, last, kind, score);
            c.restored_article = h.restored;
            c.whole = whole && matches!(kind, Kind::Org | Kind::Fac);
            out.push(c);
        };
        if h.f & lx::FAC_HEAD != 0 && h.f & lx::ORG_HEAD != 0 {
            // مركز الملك سلمان للإغاثة والأعمال الإنسانية: a centre named
            // after a ruler takes its field after the name (a building, as
            // Wojood tags its centres).
            if let Some((last, name_last)) = self.named_after_ruler(&h) {
                if last > name_last {
                    push(out, last, Kind::Fac, 0.7);
                    return;
                }
            }
        }
        if h.f & lx::FAC_HEAD != 0 && !h.definite {
            if let Some(last) = self.facility(&h) {
                push(out, last, Kind::Fac, 0.7);
                return;
            }
        }
        if h.f & lx::LOC_HEAD != 0 && !h.definite {
            if let Some(last) = self.place(&h) {
                push(out, last, Kind::Loc, 0.65);
                return;
            }
        }
        if h.f & lx::EVENT_HEAD != 0 {
            let ext = self.extent(&h, Mode::Event);
            match ext.last {
                Some(last) if self.common_cup_or_summit(&h, last) => {}
                Some(last) if !h.definite || ext.genitive => {
                    // A listed event the reading stops inside runs to its
                    // end (مهرجان مراكش الدولي + للفيلم).
                    let listed = self
                        .hit(h.first)
                        .filter(|x| x.at.skip == h.skip && x.categories.has(Category::Event))
                        .map_or(last, |x| x.at.last);
                    push(out, last.max(listed), Kind::Event, 0.65);
                    return;
                }
                None if !h.definite => {
                    let j = h.last + 1;
                    // قمة طارئة: a feminine head and a word that agrees
                    // with it is a kind of event, not one.
                    let agrees = self.word(h.last).is_some_and(|x| x.ends_with('ه'))
                        && self.word(j).is_some_and(|x| x.ends_with('ه'));
                    if self.linked(j) && self.proper_word(j, false) && !agrees {
                        let mut last = j;
                        if self
                            .toks
                            .get(j + 1)
                            .is_some_and(|t| t.linked && t.kind == TokenKind::Number)
                        {
                            last = j + 1;
                        } else if self.linked(j + 1)
                            && self.word(j + 1).is_some_and(|w| {
                                w.starts_with("لل") && self.lam_genitive(w, j + 1).is_some()
                            })
                        {
                            // مهرجان جرش للثقافة والفنون: its definite
                            // field, and the field joined to it by `و`.
                            last = j + 1;
                            if self.linked(j + 2)
                                && self.word(j + 2).is_some_and(|w| {
                                    w.strip_prefix('و').is_some_and(|r| {
                                        is_def(r)
                                            && self.phrase_flags(r).0 & (HARD_STOP | lx::BOUND) == 0
                                    })
                                })
                            {
                                last = j + 2;
                            }
                        }
                        push(out, last, Kind::Event, 0.55);
                        return;
                    }
                }
                _ => {}
            }
        }
        if h.f & lx::ORG_HEAD != 0 {
            let management = self.stem_in(h.last, &["اداره"]);
            if management && h.first > 0 && self.stem_in(h.first - 1, &["مجلس"]) {
                // مجلس إدارة هيئة سوق رأس المال: a board, and the body is
                // the one after it (as Wojood tags it).
                return;
            }
            if let Some(last) = self.listed_org_after(&h).filter(|_| whole) {
                // شركة أرامكو السعودية، وكالة رويترز: a head before a listed
                // organisation names it with its head (and what the
                // extent adds after it: فريق الأمم المتحدة للرصد).
                let ext = self.extent(&h, Mode::Org).last.unwrap_or(last);
                // And the adjectives that agree with the head after it
                // (جماعة أنصار الله الحوثية).
                push(
                    out,
                    self.agreeing_adjectives(&h, last.max(ext)),
                    Kind::Org,
                    0.7,
                );
                return;
            }
            if let Some((last, _)) = self.named_after_ruler(&h) {
                // جامعة السلطان قابوس، مؤسسة الملك عبد العزيز: a body named
                // after a ruler, his title and all.
                push(out, last, Kind::Org, 0.65);
                return;
            }
            if !h.definite && self.holder_after(h.last + 1) {
                // حزب الرئيس أردوغان، إدارة الرئيس الأمريكي ترامب: the party
                // or administration of a title's holder, not a name (the
                // title and the person are read on their own).
                return;
            }
            if !h.definite {
                if self.stem_in(h.last, &LEADERSHIP)
                    && self.linked(h.last + 1)
                    && self
                        .read_name(h.last + 1, 0, false)
                        .is_some_and(|nm| nm.known >= 1)
                {
                    // بقيادة عبير موسي، برئاسة فلان: led by a person, not a
                    // body named after one (the person is read on its own).
                    return;
                }
                if self.stem_in(h.last, &LEADERSHIP)
                    && (self.stem_in(h.last, &["قياده"])
                        || self.word(h.last).is_some_and(|w| w.starts_with('ب')))
                    && self.linked(h.last + 1)
                    && self.gpe_at(h.last + 1).is_some()
                {
                    // بقيادة الولايات المتحدة، برئاسة مصر: led by a country
                    // (`رئاسة إقليم كردستان`, without `ب`, is a body).
                    return;
                }
                if let Some(nm) = self.read_name(h.last + 1, 0, false).filter(|nm| {
                    self.linked(h.last + 1)
                        && nm.last > nm.first
                        && (nm.known >= 2 || self.f(nm.last) & lx::REGNAL != 0)
                }) {
                    // جامعة محمد الخامس، مؤسسة محمد السادس; and what
                    // follows the name as it follows a definite head
                    // (مؤسسة محمد السادس للتضامن).
                    let named = Head {
                        last: nm.last,
                        definite: true,
                        ..h
                    };
                    let last = self.extent(&named, Mode::Org).last.unwrap_or(nm.last);
                    // (And the adjectives that agree with the head, not
                    // with the name: مؤسسة الوليد بن طلال الإنسانية.)
                    let last = self.agreeing_adjectives(&h, last.max(nm.last));
                    push(out, last, Kind::Org, 0.65);
                    return;
                }
            }
            let ext = self.extent(&h, Mode::Org);
            if h.definite && self.stem_in(h.last, &["المركز"]) && !ext.genitive {
                // المركز الثاني، المركز التجاري: a rank or a kind of place;
                // a centre is named by its field (المركز المغربي للظرفية).
                return;
            }
            let platform_after = || {
                let next = ext.last.unwrap_or(h.last) + 1;
                self.is_punct(next, &["\"", "«"]) || self.listed_org_at(next).is_some()
            };
            if self.stem_in(h.last, &["شبكه"])
                && self
                    .word(h.last + 1)
                    .is_some_and(|w| GRID_GENITIVES.contains(&w))
                && !platform_after()
            {
                // شبكة المياه، شبكة الإنترنت، شبكة التواصل الاجتماعي: a
                // grid or the web, not a broadcaster or a body. (Before
                // the platform's name, `شبكة التواصل الاجتماعي فيسبوك`,
                // the phrase stands, so that the tagger's reading of the
                // whole does not swallow the name.)
                return;
            }
            if ext.last == Some(h.last + 1)
                && self
                    .word(h.last + 1)
                    .is_some_and(|w| FAMILY_GENITIVES.contains(&w))
            {
                // مجلس عزاء، مجلس العائلة: a gathering, not a body.
                return;
            }
            if ext.last == Some(h.last + 1) && unnamed_management_at(self.doc, h.last) {
                // إدارة الشركة، إدارة النادي: the management of a company
                // or a club not named.
                return;
            }
            if h.definite
                && ext.last == Some(h.last + 1)
                && self
                    .word(h.last + 1)
                    .is_some_and(|w| LOCAL_NISBAS.contains(&w))
            {
                // المنتدى الإقليمي + a ل-genitive not read: a head and a
                // local nisba alone name no body.
                return;
            }
            if ext.last.is_some_and(|e| {
                e <= h.last + 2
                    && self
                        .word(e)
                        .and_then(|w| w.strip_prefix("لل"))
                        .is_some_and(|rest| TOWN_NOUNS.contains(&rest))
            }) {
                // المجلس البلدي للمدينة: a town's council, not named.
                return;
            }
            if traffic_at(self.doc, h.last) {
                // حركة المسافرين، حركة الملاحة: traffic, not a party.
                return;
            }
            if organising_act(self.doc, h.last) {
                // تنظيم الانتخابات، إدارة الأزمة: an act, not a body.
                return;
            }
            if ext.last.is_some()
                && ext.last == self.gpe_at(h.last + 1)
                && self.doc.analyses(h.last).any(|a| is_verbal_head(&a.stem))
            {
                // بتنظيم قطر لكأس العرب: the verbal noun and its subject,
                // not a body; the place is the lists' to find.
                return;
            }
            if let Some(last) = ext.last {
                // مركز + a generic noun is a place in town, not a name;
                // and a mission of «the country» alone is not named
                // (سفارة الدولة، قنصلية البلاد).
                if (h.f & lx::FAC_HEAD != 0 && self.f(h.last + 1) & lx::GENERIC != 0)
                    || (last == h.last + 1
                        && self.stem_in(h.last, &MISSION_HEADS)
                        && self.stem_in(h.last + 1, &["الدوله", "البلاد", "البلد"]))
                {
                    return;
                }
                push(out, last, Kind::Org, if h.definite { 0.6 } else { 0.7 });
            }
        }
    }

    /// Whether a title starts at token `j` (no clitic) and a person whose
    /// first word is a listed name part follows it right after its extent,
    /// or after a comma there (`الرئيس الأمريكي` + `ترامب`).
    fn holder_after(&self, j: usize) -> bool {
        let Some(t) = self
            .head_at(j, lx::OCC)
            .filter(|t| t.first == j && t.skip == 0 && !t.restored)
        else {
            return false;
        };
        let last = self.extent(&t, Mode::Title).last.unwrap_or(t.last);
        // The name may stand after a comma (`إدارة الرئيس الأمريكي، جو
        // بايدن`).
        let comma = self.linked(last + 1) && self.is_punct(last + 1, &["،", ","]);
        let at = if comma { last + 2 } else { last + 1 };
        self.name_after(at)
            .is_some_and(|nm| nm.first == at && nm.known >= 1)
    }

    /// The name `nm` of a ruler a body is named after, ended before a
    /// second given name that no connector joins to it: that one is the
    /// holder of a title before the body (`مدير مستشفى الملك فهد التخصصي`
    /// + `علي الحربي`، `مدير جامعة الملك سعود` + `بدران العمر`; not `الملك
    /// سلمان بن عبد العزيز`، `الملك عبد الله الثاني`).
    fn ruler_name(&self, mut nm: Name) -> Name {
        if let Some(k) = (nm.first + 1..=nm.last).find(|&k| {
            self.cats(k).has(Category::Given)
                && self.f(k - 1) & lx::CONN == 0
                && self.word(k - 1) != Some("عبد")
        }) {
            nm.last = k - 1;
        }
        nm
    }

    /// A body named after a ruler from indefinite head `h`: its title
    /// and name (`جامعة السلطان قابوس`), then what follows a name as it
    /// follows a definite head and the adjectives that agree with the
    /// head (`جامعة الإمام محمد بن سعود الإسلامية`). Not a government or a
    /// force (`حكومة الشيخ محمد بن زايد`). Gives the body's last token and
    /// the name's.
    fn named_after_ruler(&self, h: &Head) -> Option<(usize, usize)> {
        if h.definite
            || h.f & lx::KASHIF_ORG_HEAD != 0
            || !self
                .word(h.last + 1)
                .is_some_and(|w| ROYAL_TITLES.contains(&w))
            || !self.linked(h.last + 1)
            || !self.linked(h.last + 2)
        {
            return None;
        }
        let nm = self
            .read_name(h.last + 2, 0, false)
            .filter(|nm| nm.known >= 1)
            .map(|nm| self.ruler_name(nm))?;
        let named = Head {
            last: nm.last,
            definite: true,
            ..*h
        };
        let last = self.extent(&named, Mode::Org).last.unwrap_or(nm.last);
        Some((self.agreeing_adjectives(h, last.max(nm.last)), nm.last))
    }

    /// The last token of the definite adjectives after token `end` that
    /// agree with head `h` in gender (`end` itself when there are none):
    /// after a name inside a body's name, the adjectives are the head's
    /// (`جماعة أنصار الله` + `الحوثية`).
    fn agreeing_adjectives(&self, h: &Head, mut end: usize) -> usize {
        while self.linked(end + 1)
            && self.def_adj(end + 1, Mode::Org)
            && self.word(end + 1).is_some_and(|x| self.same_gender(h, x))
            && !self.blocks_extent(end + 1, Mode::Org)
        {
            end += 1;
        }
        end
    }

    /// The gazetteer's hit that starts exactly at token `j` (a clitic
    /// reading included) in any of `cats`.
    fn listed_at(&self, j: usize, cats: &[Category]) -> Option<GazetteerHit> {
        self.hit(j)
            .filter(|hit| hit.at.first == j && hit.categories.any(cats))
    }

    /// The last token of a listed organisation or club that starts at
    /// token `j` (read through a `ل`/`لل` proclitic: `للأمم المتحدة`).
    fn listed_org_at(&self, j: usize) -> Option<usize> {
        self.listed_at(j, &[Category::Org, Category::Club])
            .map(|hit| hit.at.last)
    }

    /// The last token of a listed given name of several words starting
    /// exactly at token `j` (`نور الدين`، `عز الدين`), with no clitic.
    fn compound_given_at(&self, j: usize) -> Option<usize> {
        self.listed_at(j, &[Category::Given])
            .filter(|hit| hit.at.last > j && hit.at.skip == 0 && !hit.at.restored_article)
            .map(|hit| hit.at.last)
    }

    /// The last token of an organisation named from a head noun at token
    /// `j`, behind the proclitic `ل` (`لشركة أرامكو`، `للبنك الدولي`) or
    /// with no proclitic (`شركة موانئ دبي العالمية`): a listed one after
    /// the head, or what the construct grammar reads; or of a facility
    /// named after a ruler (`مستشفى الملك فيصل التخصصي`).
    fn body_at(&self, j: usize, behind_lam: bool) -> Option<usize> {
        let h = self
            .head_at(j, lx::ORG_HEAD | lx::FAC_HEAD)
            .filter(|h| h.first == j && h.behind_clitic() == behind_lam)?;
        if h.f & lx::ORG_HEAD == 0 {
            // A facility named after a ruler (`مدير مستشفى الملك فهد
            // التخصصي` + `علي الحربي`): its name, so that the holder's
            // after it is read.
            return self.named_after_ruler(&h).map(|(last, _)| last);
        }
        self.listed_org_after(&h)
            .or_else(|| self.extent(&h, Mode::Org).last)
    }

    /// The last token of a title ending at `last` that runs on through
    /// `لدى` into the title of the office it is attached to (`الوزير
    /// المنتدب لدى رئيس الحكومة المكلف بالميزانية`: one title). Before a
    /// place or a body (`سفير المغرب لدى فرنسا`) the title ends at `last`.
    fn delegated_to(&self, last: usize) -> usize {
        if !(self.linked(last + 1) && self.word(last + 1) == Some("لدي") && self.linked(last + 2))
        {
            return last;
        }
        let Some(h) = self.head_at(last + 2, lx::OCC).filter(|h| h.skip == 0) else {
            return last;
        };
        let ext = self.extent(&h, Mode::Title);
        if !h.definite && ext.last.is_none() && h.last == h.first {
            return last;
        }
        self.charged_with(ext.last.unwrap_or(h.last))
    }

    /// The last token of a title that ends at `last` on `المكلف` «in
    /// charge» with what its holder is in charge of: `ب` and a definite
    /// noun, its adjectives and up to three nouns coordinated by `و`
    /// (`الوزير المنتدب المكلف بالميزانية`، `الوزيرة المكلفة بالانتقال
    /// الرقمي وإصلاح الإدارة`, as Moroccan titles run). `last` otherwise.
    fn charged_with(&self, last: usize) -> usize {
        let charged = self
            .word(last)
            .is_some_and(|w| w == "المكلف" || w == "المكلفه");
        let field = |j: usize| {
            self.linked(j)
                && self
                    .word(j)
                    .and_then(|w| w.strip_prefix('ب'))
                    .is_some_and(|w| is_def(w) && self.f(j) & HARD_STOP == 0)
        };
        if !charged || !field(last + 1) {
            return last;
        }
        let mut e = last + 1;
        let mut ands = 0;
        // An indefinite noun behind `و` takes a definite genitive
        // (`وإصلاح الإدارة`).
        let mut construct = false;
        while self.linked(e + 1) {
            let Some(w) = self.word(e + 1) else { break };
            let free = self.f(e + 1) & (HARD_STOP | lx::OCC) == 0;
            let and_noun = w
                .strip_prefix('و')
                .filter(|rest| is_def(rest) || (letters(rest) >= 4 && !rest.starts_with('ب')));
            let adjective = self.def_adj(e + 1, Mode::Title) && free;
            if construct && is_def(w) && free {
                construct = false;
            } else if let Some(rest) = and_noun.filter(|_| ands < 3 && free) {
                ands += 1;
                construct = !is_def(rest);
            } else if !adjective {
                break;
            }
            e += 1;
        }
        e
    }

    /// The last token of a title behind `ل` at token `j` whose holder's
    /// deputy or envoy the title before it names, after an ordinal or
    /// `الخاص` (`النائب الأول` + `لرئيس مجلس النواب الأردني`, `المبعوث
    /// الخاص` + `لرئيس الجمهورية`): one title. (Not after any title: `قال
    /// الرئيس الأمريكي لرئيس الوزراء` speaks to another.)
    fn title_behind_lam(&self, j: usize) -> Option<usize> {
        let before = self.word(j.checked_sub(1)?)?;
        if !DEPUTY_ADJECTIVES.contains(&before) {
            return None;
        }
        let h = self.title_behind_lam_at(j)?;
        Some(self.extent(&h, Mode::Title).last.unwrap_or(h.last))
    }

    /// A title opened behind `ل` or a fused `لل` at token `j` (`لرئيس`،
    /// `للأمين العام`).
    fn title_behind_lam_at(&self, j: usize) -> Option<Head> {
        self.head_at(j, lx::OCC)
            .filter(|h| h.first == j && h.behind_clitic())
    }

    /// The last token of a listed title of several words starting exactly
    /// at token `j`, with no clitic (`القائد العام للقوات المسلحة`).
    fn listed_title_end(&self, j: usize) -> Option<usize> {
        self.listed_at(j, &[Category::Occ])
            .filter(|hit| hit.at.last > j && hit.at.skip == 0)
            .map(|hit| hit.at.last)
    }

    /// [`Cx::listed_org_at`] for a listed organisation of several words.
    fn listed_org_end(&self, j: usize) -> Option<usize> {
        self.listed_org_at(j).filter(|&last| last > j)
    }

    /// The last token of a listed organisation right after an indefinite
    /// head (`شركة` + `أرامكو السعودية`).
    fn listed_org_after(&self, h: &Head) -> Option<usize> {
        let j = h.last + 1;
        if h.definite || !self.linked(j) {
            return None;
        }
        self.listed_org_at(j)
    }

    /// An unlisted word that looks like a proper name after a head
    /// (مهرجان موازين، وادي درعة), not an indefinite adjective.
    fn proper_word(&self, j: usize, final_alef: bool) -> bool {
        let Some(w) = self.word(j) else { return false };
        if !self.unknown_name_word(j, false) || letters(w) < 3 {
            return false;
        }
        let adjective_like =
            w.ends_with('ي') || w.ends_with("يه") || (!final_alef && w.ends_with('ا'));
        let prefixed = ['ب', 'ل', 'ك', 'و', 'ف'].iter().any(|&c| w.starts_with(c));
        !adjective_like && !prefixed
    }

    /// Whether `h` is `كأس` or `قمة` and nothing from it to `last` names
    /// anything: no number, no listed name, nationality or organisation
    /// head (`قمة مجموعة العشرين`). These heads are also a cup and a peak (`كأس شاي ساخن`،
    /// `قمة الجبل`); `كأس العالم` and the like are listed events, and
    /// `قمة بغداد`، `قمة 2024` name one.
    fn common_cup_or_summit(&self, h: &Head, last: usize) -> bool {
        let ambiguous = self
            .doc
            .analyses(h.last)
            .any(|a| matches!(a.stem.as_ref(), "كاس" | "قمه"));
        ambiguous
            && !(h.last + 1..=last).any(|j| {
                self.toks
                    .get(j)
                    .is_some_and(|t| t.kind == TokenKind::Number || t.cats.any(&NAMING))
            })
    }

    /// The last token of a facility name after an indefinite head.
    fn facility(&self, h: &Head) -> Option<usize> {
        let mut j = h.last + 1;
        if !self.linked(j) {
            return None;
        }
        // A listed facility from the head on is taken whole (ملعب سانتياغو
        // برنابيو: the name reader stops at سانتياغو), with the adjectives
        // after it (مطار بيروت + الدولي).
        let listed = self.hit(h.first).filter(|hit| {
            hit.at.first == h.first && hit.at.last > h.last && hit.categories.has(Category::Fac)
        });
        // ملعب الأمير مولاي عبد الله: a title or honorific inside the name.
        let mut titled = false;
        if let Some(t) = self
            .head_at(j, lx::HONORIFIC | lx::OCC)
            .filter(|_| listed.is_none())
        {
            if t.skip == 0 && t.last == j {
                j = t.last + 1;
                titled = true;
            }
        }
        let mut last = if let Some(hit) = listed {
            hit.at.last
        } else if let Some(g) = (!titled).then(|| self.gpe_at(j)).flatten() {
            g
        } else if let Some(m) = (!titled).then(|| self.day_and_month(j)).flatten() {
            // ملعب 5 جويلية، جسر 6 أكتوبر: named after a day.
            return Some(m);
        } else if let Some(nm) = self.read_name(j, 0, titled).filter(|nm| {
            self.linked(j)
                && (nm.known >= 2
                    || (titled && nm.parts >= 1)
                    || (nm.last > nm.first && nm.known >= 1))
        }) {
            if titled {
                self.ruler_name(nm).last
            } else {
                nm.last
            }
        } else if let Some(nm) = (!titled)
            .then(|| self.read_name(j, 0, false))
            .flatten()
            .filter(|nm| {
                // متحف زايد الوطني: one listed name and an adjective.
                nm.parts == 1
                    && nm.known == 1
                    && self.linked(nm.last + 1)
                    && self.def_adj(nm.last + 1, Mode::Org)
                    && self.f(nm.last + 1) & lx::GENERIC_NISBA == 0
            })
        {
            nm.last
        } else if self.named_by_a_noun(h, j) {
            // مستشفى الشفاء، فندق الرشيد: in Kashif's convention a hospital,
            // mosque, prison or hotel is named by the definite noun after
            // its indefinite head.
            j
        } else {
            return None;
        };
        // Trailing adjectives: الدولي، المتوسط.
        for _ in 0..2 {
            let k = last + 1;
            if self.linked(k) && self.def_adj(k, Mode::Org) && self.f(k) & lx::GENERIC_NISBA == 0 {
                last = k;
            } else {
                break;
            }
        }
        Some(last)
    }

    /// Whether the indefinite facility head `h` is one that a definite
    /// common noun at token `j` names, in Kashif's convention, which keeps
    /// such a building whole (`مستشفى الشفاء`, `سجن الحراش`): a hospital,
    /// mosque, prison or hotel, where the noun is neither an adjective nor a
    /// word that ends an extent.
    fn named_by_a_noun(&self, h: &Head, j: usize) -> bool {
        const NAMED: [&str; 6] = ["مستشفي", "مسجد", "جامع", "سجن", "معتقل", "فندق"];
        self.doc.convention == Convention::Kashif
            && h.first == h.last
            && self.word(h.last).is_some_and(|w| NAMED.contains(&w))
            && self.word(j).is_some_and(is_def)
            && !self.def_adj(j, Mode::Org)
            && !self.blocks_extent(j, Mode::Org)
    }

    /// The last token of a day's number and a month's name at token `j`
    /// (`5 جويلية`، `6 أكتوبر`، `14 كانون الثاني`), on one line.
    fn day_and_month(&self, j: usize) -> Option<usize> {
        let day = self.toks.get(j)?;
        let n: u32 = day.w.parse().ok()?;
        if day.kind != TokenKind::Number || !(1..=31).contains(&n) {
            return None;
        }
        let (w, next) = (self.word(j + 1)?, self.next_word(j + 2));
        let words = super::date::month_words(w, next);
        (words > 0 && self.linked(j + 1)).then_some(j + words)
    }

    /// The last token of a place name after an indefinite place head.
    fn place(&self, h: &Head) -> Option<usize> {
        let j = h.last + 1;
        if !self.linked(j) {
            return None;
        }
        let w = self.word(j)?;
        let f = self.f(j);
        let mut last = if let Some(g) = self.gpe_at(j) {
            g
        } else if (is_def(w)
            && f & (HARD_STOP | lx::BOUND | lx::GENERIC | lx::OCC | HEADS) == 0
            && is_all_letters(w))
            || self.cats(j).has(Category::Loc)
            || self.proper_word(j, false)
            || self.known_part(j)
        {
            j
        } else {
            return None;
        };
        for _ in 0..2 {
            let k = last + 1;
            if self.linked(k) && self.def_adj(k, Mode::Org) {
                last = k;
            } else {
                break;
            }
        }
        Some(last)
    }

    /// A quoted name after a head or after ما يسمى ب: تنظيم "داعش".
    /// Whatever the convention does with the head noun, what the quotes
    /// hold is a name: `صحيفة « النهار »` is a newspaper in ANERcorp's
    /// convention too (which leaves `صحيفة` out).
    fn quoted(&self, i: usize, out: &mut Vec<Candidate>) {
        // The quote comes at most three tokens on (a head of three words,
        // or يسمى ب): most tokens stop here, before any lookup.
        if !(i + 1..=i + 3).any(|j| self.is_punct(j, &QUOTES_OPEN)) {
            return;
        }
        let Some(w) = self.word(i) else { return };
        // A title noun first: a quoted name after برنامج is a programme's
        // (the UN's programmes, برنامج الأمم المتحدة الإنمائي, are listed
        // organisations; برنامج opens no other).
        let (kind, j) = if self
            .doc
            .analyses(i)
            .any(|a| TITLE_NOUNS.contains(&a.stem.as_ref()))
        {
            (Kind::Misc, i + 1)
        } else if let Some(h) = self
            .head_at(i, QUOTED_ORG | lx::EVENT_HEAD | lx::FAC_HEAD)
            .filter(|h| !self.field_head(h))
        {
            let kind = if h.f & QUOTED_ORG != 0 {
                Kind::Org
            } else if h.f & lx::EVENT_HEAD != 0 {
                Kind::Event
            } else {
                Kind::Fac
            };
            (kind, h.last + 1)
        } else if PLURAL_ORG_HEADS.contains(&w) && self.next_word(i + 1) == Some("مثل") {
            (Kind::Org, i + 1)
        } else if matches!(
            w,
            "يسمي" | "تسمي" | "المسمي" | "المسماه" | "المعروف" | "المعروفه" | "بمسمي"
        ) {
            let mut j = i + 1;
            if self.next_word(j) == Some("ب") {
                j += 1;
            }
            (Kind::Org, j)
        } else {
            return;
        };
        // (A plural head and «such as»: `جماعات مثل "بوكو حرام"`; an
        // agency's «news»: `وكالة أنباء "فارس"`.)
        let j = if self.linked(j)
            && (self.word(j) == Some("مثل") || kind == Kind::Org && self.word(j) == Some("انباء"))
        {
            j + 1
        } else {
            j
        };
        if !self.is_punct(j, &QUOTES_OPEN) || j == 0 {
            return;
        }
        // Same line as the head.
        let gap = match (self.doc.tokens.get(j - 1), self.doc.tokens.get(j)) {
            (Some(a), Some(b)) => self.doc.text().get(a.end..b.start).unwrap_or("\n"),
            _ => "\n",
        };
        if gap.contains('\n') {
            return;
        }
        // A book's, film's or song's title runs longer than a body's name
        // (in Kashif's convention: on the slices of the ANERcorp train
        // file, the one such title is a programme's, which ANERcorp leaves
        // out).
        let most = if kind == Kind::Misc && self.doc.convention == Convention::Kashif {
            8
        } else {
            4
        };
        // A head and quotes mark a name as plainly as anything does: it
        // stands where the tagger saw none (`صحيفة « النهار »`); so do the
        // quoted names joined to it by `و` (`جماعات مثل "بوكو حرام"
        // و"الشباب"`).
        let mut open = j;
        while let Some((first, last)) = self.quoted_at(open, most) {
            if last >= first + 2 && self.goes_on(first) {
                // «بين الأكاديمية "وشخصية من عالم الثقافة"»: words quoted
                // from a clause that goes on, not a name.
                break;
            }
            let mut c = self.candidate(first, 0, last, kind, 0.75);
            c.whole = true;
            out.push(c);
            let and = last + 2;
            if !(self.word(and) == Some("و") && self.linked(and + 1)) {
                break;
            }
            open = and + 1;
        }
    }

    /// Whether word `j` opens on the conjunction `و` before a word of three
    /// letters or more on no list: a clause going on.
    fn goes_on(&self, j: usize) -> bool {
        self.word(j)
            .and_then(|w| w.strip_prefix('و'))
            .is_some_and(|rest| {
                letters(rest) >= 3 && self.cats(j).is_empty() && self.f(j) & HEADS == 0
            })
    }

    /// The first and last tokens of a name of at most `most` words between
    /// quotes, the opening one at token `open`.
    fn quoted_at(&self, open: usize, most: usize) -> Option<(usize, usize)> {
        if !self.is_punct(open, &QUOTES_OPEN) {
            return None;
        }
        let first = open + 1;
        let mut j = first;
        while j < self.n() && j - first <= most {
            let t = &self.toks[j];
            if j > first && !t.linked {
                return None;
            }
            match t.kind {
                TokenKind::Word | TokenKind::Number => j += 1,
                _ => break,
            }
        }
        if j == first || j - first > most || !self.is_punct(j, &QUOTES_CLOSE) {
            return None;
        }
        if self.word(first).is_none() || self.f(first) & HARD_STOP != 0 {
            return None;
        }
        Some((first, j - 1))
    }

    /// Later mentions of a name already found: a bare surname (حموشي) or
    /// the full name again.
    fn later_mentions(&self, out: &mut Vec<Candidate>) {
        let mut surnames: HashSet<&str, crate::hash::WordHash> = HashSet::default();
        // Tokens that overlap a name already found.
        let tokens = &self.doc.tokens;
        let mut covered = vec![false; tokens.len()];
        let mut cover = |s: usize, e: usize| {
            let first = tokens.partition_point(|t| t.end <= s);
            for (t, c) in tokens.iter().zip(covered.iter_mut()).skip(first) {
                if t.start >= e {
                    break;
                }
                *c = true;
            }
        };
        let add_name =
            |surnames: &mut HashSet<&'d str, crate::hash::WordHash>, s: usize, e: usize| {
                let last_tok = self.doc.token_at_or_after(e).saturating_sub(1);
                let first_tok = self.doc.token_at_or_after(s);
                if last_tok > first_tok {
                    if let Some(w) = self.word(last_tok) {
                        if letters(w) >= 3
                            && self.f(last_tok) == 0
                            && w != "الله"
                            && !self.cats(last_tok).any(&Category::GPE)
                        {
                            surnames.insert(w);
                        }
                    }
                }
            };
        for c in out.iter().filter(|c| c.kind == Kind::Pers) {
            add_name(&mut surnames, c.start, c.end);
            cover(c.start, c.end);
        }
        for h in self.doc.gazetteer_hits(self.gaz).iter().flatten() {
            if h.categories.has(Category::Person) && h.at.last > h.at.first {
                let (s, e) = h.at.span(&self.doc.tokens);
                add_name(&mut surnames, s, e);
                cover(s, e);
            }
        }
        if surnames.is_empty() {
            return;
        }
        for (j, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word || covered.get(j).copied().unwrap_or(true) {
                continue;
            }
            for a in self.doc.analyses(j) {
                if a.restored_article {
                    continue;
                }
                if surnames.contains(a.stem.as_ref()) {
                    out.push(self.candidate(j, a.skip, j, Kind::Pers, 0.65));
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
