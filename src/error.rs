//! The crate's one error type.
//!
//! Opaque by design (as in `aho-corasick`): callers match on
//! [`Error::kind`] only when they need to, and new failure modes do not
//! break them.

use std::fmt;

/// An error from building an extractor, parsing an option or loading data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    detail: String,
}

/// The broad class of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// An entity kind name that does not exist (e.g. in `--types`).
    UnknownKind,
    /// A date that is not `YYYY-MM-DD` or does not exist.
    BadDate,
    /// Embedded or supplied model/gazetteer bytes could not be read.
    BadData,
    /// A user lexicon that could not be read.
    BadLexicon,
    /// An annotation convention name that does not exist.
    UnknownConvention,
}

impl Error {
    /// The broad class of this error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub(crate) fn new(kind: ErrorKind, detail: impl Into<String>) -> Error {
        Error {
            kind,
            detail: detail.into(),
        }
    }

    pub(crate) fn unknown_kind(name: &str) -> Error {
        Error::new(
            ErrorKind::UnknownKind,
            format!("unknown entity type {name:?}"),
        )
    }

    pub(crate) fn bad_convention(name: &str) -> Error {
        Error::new(
            ErrorKind::UnknownConvention,
            format!("unknown convention {name:?} (expected kashif, anercorp or aqmar)"),
        )
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

impl std::error::Error for Error {}
