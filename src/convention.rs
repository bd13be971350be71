//! Annotation conventions: which phrases count as names, and where a name
//! starts and ends.
//!
//! Corpora disagree. Kashif's own convention is Wojood's (the README's
//! kinds table): a government body, a ministry, a force or a national team
//! is an organisation with its head noun (`وزارة الصحة المصرية`،
//! `الحكومة العراقية`، `المنتخب المغربي`). ANERcorp, the corpus most
//! published Arabic results are measured on, leaves most of those out
//! (`وزارة` is `O` 43 times out of 43 in its train split) and often tags a
//! company's name without its generic head (`شركة X` → `X`). AQMAR
//! (Arabic Wikipedia) follows a third, close to ANERcorp's.
//!
//! The convention is a real mode of the tagger, not a filter on its
//! output: the tagger is trained on sentences of all three corpora, each
//! marked with its convention, and its lexical features (a word's stem and
//! the stem before it) are also conjoined with that mark
//! ([`crate::tagger::features`]), so the model learns what is shared and
//! which words each convention treats differently. The rules follow
//! it too: in Kashif's convention an organisation phrase opened by a head
//! noun is kept whole whatever the tagger says
//! ([`crate::recognize::rules`]); in ANERcorp's the tagger decides.
//!
//! ```
//! use kashif::{Convention, Extractor, Kind, Options};
//! let ex = Extractor::new();
//! let text = "أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة";
//! let orgs = |opts: &Options| -> Vec<String> {
//!     ex.extract(text, opts).into_iter().filter(|e| e.kind == Kind::Org).map(|e| e.text).collect()
//! };
//! assert_eq!(orgs(&Options::default()), ["وزارة الصحة المصرية"]);
//! let anercorp = Options { convention: Convention::Anercorp, ..Options::default() };
//! assert!(orgs(&anercorp).is_empty());
//! ```

use crate::error::Error;
use std::fmt;
use std::str::FromStr;

/// An annotation convention (see the module docs).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Convention {
    /// Kashif's own, Wojood's: organisations whole with their head noun.
    #[default]
    Kashif,
    /// ANERcorp's (Benajiba et al. 2007; the CAMeL Lab split).
    Anercorp,
    /// AQMAR's (Arabic Wikipedia, Mohit et al. 2012).
    Aqmar,
}

impl Convention {
    /// Every convention, in the order of [`Convention::id`].
    pub const ALL: [Convention; 3] = [Convention::Kashif, Convention::Anercorp, Convention::Aqmar];

    /// The lower-case name (`kashif`, `anercorp`, `aqmar`).
    pub fn name(self) -> &'static str {
        match self {
            Convention::Kashif => "kashif",
            Convention::Anercorp => "anercorp",
            Convention::Aqmar => "aqmar",
        }
    }

    /// A small number for the tagger's features (stable: it is hashed into
    /// the shipped model).
    pub fn id(self) -> i64 {
        match self {
            Convention::Kashif => 1,
            Convention::Anercorp => 2,
            Convention::Aqmar => 3,
        }
    }
}

impl fmt::Display for Convention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Convention {
    type Err = Error;

    /// Parses a name as [`Convention::name`] writes it (any case; `wojood`
    /// is Kashif's).
    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kashif" | "wojood" => Ok(Convention::Kashif),
            "anercorp" => Ok(Convention::Anercorp),
            "aqmar" => Ok(Convention::Aqmar),
            _ => Err(Error::bad_convention(s)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for c in Convention::ALL {
            assert_eq!(c.name().parse::<Convention>().ok(), Some(c));
            assert_eq!(
                c.to_string().to_uppercase().parse::<Convention>().ok(),
                Some(c)
            );
        }
        assert_eq!(
            "Wojood".parse::<Convention>().ok(),
            Some(Convention::Kashif)
        );
        let err = "conll".parse::<Convention>().err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("conll") && e.contains("anercorp")));
    }

    #[test]
    fn ids_are_distinct() {
        let mut ids: Vec<i64> = Convention::ALL.iter().map(|c| c.id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), Convention::ALL.len());
    }
}
