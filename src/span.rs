//! The vocabulary shared by every stage: entity kinds, sources, typed
//! values, and the [`Entity`] the faces return.
//!
//! Kind names follow Wojood (so results compare with SinaTools), plus five
//! digital kinds. Offsets in an [`Entity`] are **byte** offsets into the
//! text the user gave; the CLI converts them to code points and the WASM
//! face to UTF-16 code units at the boundary.

use serde::Serialize;
use std::fmt;
use std::str::FromStr;

macro_rules! kinds {
    ($( $(#[$doc:meta])* $v:ident => $code:literal, $ar:literal, $en:literal, $colour:literal; )*) => {
        /// What an entity is. See the README for an example of each.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum Kind {
            $( $(#[$doc])* #[serde(rename = $code)] $v, )*
        }

        impl Kind {
            /// Every kind, in display order.
            pub const ALL: &'static [Kind] = &[$(Kind::$v),*];

            /// The code used in JSON and on the command line, e.g. `"PERS"`.
            pub fn code(self) -> &'static str {
                match self { $(Kind::$v => $code),* }
            }

            /// A short Arabic label for the page.
            pub fn label_ar(self) -> &'static str {
                match self { $(Kind::$v => $ar),* }
            }

            /// A short English label.
            pub fn label_en(self) -> &'static str {
                match self { $(Kind::$v => $en),* }
            }

            /// The highlight colour (CSS hex) used by the page.
            pub fn colour(self) -> &'static str {
                match self { $(Kind::$v => $colour),* }
            }
        }

        impl FromStr for Kind {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Kind, crate::Error> {
                match s.trim().to_ascii_uppercase().as_str() {
                    $($code => Ok(Kind::$v),)*
                    "PER" | "PERSON" => Ok(Kind::Pers),
                    _ => Err(crate::Error::unknown_kind(s)),
                }
            }
        }
    };
}

kinds! {
    /// A person: عبد اللطيف حموشي.
    Pers => "PERS", "شخص", "Person", "#f4a261";
    /// A nationality, religious or political group: النمساوية، المغاربة.
    Norp => "NORP", "جماعة أو جنسية", "Group / nationality", "#e9c46a";
    /// A title or occupation: المدير العام للأمن الوطني.
    Occ => "OCC", "منصب أو مهنة", "Title / occupation", "#c9ada7";
    /// An organisation: المديرية العامة للأمن الوطني.
    Org => "ORG", "مؤسسة", "Organisation", "#90be6d";
    /// A country, city or other political territory: تركيا، فيينا.
    Gpe => "GPE", "دولة أو مدينة", "Country / city", "#4cc9f0";
    /// A geographic place that is not political: نهر النيل، جبال الأطلس.
    Loc => "LOC", "مكان", "Location", "#48cae4";
    /// A building or facility: مركز فيينا الدولي.
    Fac => "FAC", "منشأة", "Facility", "#a0c4ff";
    /// A named event: مهرجان موازين.
    Event => "EVENT", "حدث", "Event", "#ffadad";
    /// A date or period: يومي 6 و7 ماي الجاري.
    Date => "DATE", "تاريخ", "Date", "#bdb2ff";
    /// A time of day: الساعة العاشرة صباحا.
    Time => "TIME", "وقت", "Time", "#cdb4db";
    /// An amount of money: 3 ملايين درهم.
    Money => "MONEY", "مبلغ مالي", "Money", "#80ed99";
    /// A percentage: 12 في المئة.
    Percent => "PERCENT", "نسبة مئوية", "Percent", "#b5e48c";
    /// A count: ثلاثة آلاف.
    Cardinal => "CARDINAL", "عدد", "Cardinal", "#d9ed92";
    /// A rank: الثاني والعشرين.
    Ordinal => "ORDINAL", "ترتيب", "Ordinal", "#fde68a";
    /// A measured quantity: 40 كيلومترا.
    Quantity => "QUANTITY", "كمية", "Quantity", "#ffd6a5";
    /// A currency named on its own: الدرهم.
    Curr => "CURR", "عملة", "Currency", "#caffbf";
    /// A web address.
    Url => "URL", "رابط", "URL", "#9bf6ff";
    /// An e-mail address.
    Email => "EMAIL", "بريد إلكتروني", "E-mail", "#9bf6ff";
    /// A telephone number.
    Phone => "PHONE", "هاتف", "Phone", "#9bf6ff";
    /// A hashtag: #المغرب_اليوم.
    Hashtag => "HASHTAG", "وسم", "Hashtag", "#ffc6ff";
    /// A mention of an account: @user.
    Mention => "MENTION", "إشارة", "Mention", "#ffc6ff";
    /// Anything else named (ANERcorp's MISC), e.g. a product or a law.
    Misc => "MISC", "أخرى", "Other", "#e0e0e0";
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Where an entity came from. Also the tie-breaker of last resort in
/// overlap resolution (see [`crate::resolve`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A pattern recogniser (dates, numbers, digital kinds, phrase rules).
    Pattern,
    /// A gazetteer match.
    Gazetteer,
    /// The statistical tagger.
    Model,
    /// The user's lexicon.
    User,
}

impl Source {
    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Pattern => "pattern",
            Source::Gazetteer => "gazetteer",
            Source::Model => "model",
            Source::User => "user",
        }
    }
}

/// A typed value, when one can be determined.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A date, a partial date (`2025-05`) or an interval
    /// (`2025-05-06/2025-05-07`), ISO 8601. `calendar` is `"gregorian"`,
    /// `"hijri"` or `"relative"`; Hijri values are written in the Hijri
    /// calendar (`1445-09-01` is 1 Ramadan 1445) and carry their Gregorian
    /// day or interval in `gregorian`. A `"relative"` value is an offset
    /// from the (unknown) document date, an ISO-8601 duration with a sign
    /// (`-P3D` three days before, `P2M` two months after) or an interval
    /// of two of them (`-P10D/P0D`).
    Date {
        /// The ISO-8601 text.
        iso: String,
        /// The calendar `iso` is written in.
        calendar: &'static str,
        /// For a Hijri value, the same day or interval in the Gregorian
        /// calendar (tabular Islamic calendar; see [`crate::calendar`]).
        #[serde(skip_serializing_if = "Option::is_none")]
        gregorian: Option<String>,
    },
    /// A time of day, `HH:MM`.
    Time {
        /// The ISO-8601 time.
        iso: String,
        /// The time zone named with it: `Z` (GMT, UTC, غرينتش), an offset
        /// (`+03:00` for مكة), or the place named (`بيروت`).
        #[serde(skip_serializing_if = "Option::is_none")]
        zone: Option<String>,
        /// The Gregorian day of a date said just before the time
        /// (`الخميس الساعة 8 مساء`), so the two make one moment.
        #[serde(skip_serializing_if = "Option::is_none")]
        date: Option<String>,
    },
    /// Money: an amount and, when known, its ISO-4217 code.
    Money {
        /// The amount (the lower end of a range).
        amount: f64,
        /// ISO-4217 code, e.g. `MAD`.
        #[serde(skip_serializing_if = "Option::is_none")]
        currency: Option<String>,
        /// The upper end of a range (`بين 200 و300 مليون دولار`).
        #[serde(skip_serializing_if = "Option::is_none")]
        max: Option<f64>,
        /// A bound said before the amount: `"lt"` (أقل من), `"gt"` (أكثر
        /// من), `"le"` (لا يتجاوز), `"ge"` (لا يقل عن), `"approx"` (حوالي، نحو).
        #[serde(skip_serializing_if = "Option::is_none")]
        bound: Option<&'static str>,
        /// The currency word is used by several countries (ليرة، دينار) and
        /// nothing in the text says which: `currency` is left out.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        ambiguous: bool,
    },
    /// A measured quantity with its unit.
    Quantity {
        /// The amount.
        amount: f64,
        /// The unit, as a short English symbol (`km`, `kg`, `t`, …).
        unit: String,
    },
    /// A currency named alone.
    Currency {
        /// ISO-4217 code.
        currency: String,
    },
    /// A plain number: cardinals, ordinals, percentages.
    Number(f64),
}

impl Value {
    /// Money with no range, bound or ambiguity.
    pub fn money(amount: f64, currency: Option<String>) -> Value {
        Value::Money {
            amount,
            currency,
            max: None,
            bound: None,
            ambiguous: false,
        }
    }
}

/// One recognised entity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Byte offset of the first byte in the input text.
    pub start: usize,
    /// Byte offset just past the last byte (exclusive).
    pub end: usize,
    /// Exactly `input[start..end]`.
    pub text: String,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: Kind,
    /// The display form: diacritics, tatweel and controls removed, the
    /// proclitic removed and `لل` written as `ال`.
    pub canonical: String,
    /// A typed value, when there is one.
    pub value: Option<Value>,
    /// Which recogniser found it.
    pub source: Source,
    /// Confidence in 0..=1.
    pub score: f32,
    /// Nesting depth: 0 for top-level entities, 1 for an entity inside one,
    /// 2 for one inside that, and so on (returned only with
    /// `Options::nested`; at most [`crate::resolve::MAX_DEPTH`]).
    pub depth: u8,
    /// Mentions of the same real-world entity share a group id.
    pub group: u32,
    /// For a demonym (NORP), the country it refers to; for an alias, the
    /// name of the entity it stands for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}
