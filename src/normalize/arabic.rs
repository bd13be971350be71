//! Character folds for Arabic text: pure functions, no state, no offsets.
//!
//! Two levels, kept apart on purpose:
//!
//! * [`clean_char`] is the *display* fold. It removes what a reader never
//!   sees as a letter (harakat, Quranic marks, superscript alef, tatweel,
//!   zero-width and bidi controls), unfolds presentation forms (NFKC) and
//!   turns exotic spaces into a plain space. The result is still correctly
//!   spelled Arabic, so it is what [`crate::Entity::canonical`] shows.
//! * [`key_char`] is the *matching* fold. On top of `clean_char` it merges
//!   letters that writers use interchangeably: alef forms (أ إ آ ٱ → ا),
//!   ى → ي, ة → ه, Persian kaf/yeh, and Arabic-Indic or Persian digits with
//!   their separators (٫ ٬ ٪) → ASCII. Keys are never shown to the user.
//!
//! This file has no dependency on the rest of the crate so that `build.rs`
//! can include it with `#[path]` and compile gazetteer keys with exactly the
//! fold used at run time.

/// What one input character becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// The character is kept as it is.
    Keep,
    /// The character disappears (a diacritic, tatweel, a control).
    Delete,
    /// The character is replaced by another one.
    Char(char),
    /// The character expands by compatibility decomposition (NFKC), e.g. the
    /// ligature ﻻ becomes لا. The expansion must be folded again.
    Decompose,
}

/// Harakat (fatha, damma, kasra, tanwin, shadda, sukun, …) and other
/// combining marks of the Arabic block, the superscript alef and the
/// Quranic annotation signs.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08D3}'..='\u{08FF}')
}

/// Tatweel (kashida), the elongation stroke: ـ.
pub const TATWEEL: char = '\u{0640}';

/// Zero-width characters and bidirectional controls that carry no letter.
pub fn is_invisible_control(c: char) -> bool {
    matches!(c,
        '\u{00AD}'              // soft hyphen
        | '\u{061C}'            // Arabic letter mark
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}' // ZWSP, ZWNJ, ZWJ, LRM, RLM
        | '\u{202A}'..='\u{202E}' // LRE, RLE, PDF, LRO, RLO
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' // LRI, RLI, FSI, PDI
        | '\u{FE00}'..='\u{FE0F}' // variation selectors
        | '\u{FEFF}')
}

/// Spaces other than U+0020 that should act as one (NBSP, en/em spaces,
/// narrow NBSP, ideographic space), plus tab and the other C0/C1 controls
/// except line feed.
pub fn is_space_like(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{000B}' | '\u{000C}' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    ) || (c.is_control() && c != '\n' && c != '\r')
}

/// Characters whose NFKC form is a different string and that we unfold:
/// Arabic presentation forms A and B, and full-width ASCII.
pub fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' | '\u{FF01}'..='\u{FF5E}')
}

/// The display fold of one character (see the module docs).
pub fn clean_char(c: char) -> Fold {
    if c.is_ascii() && !c.is_ascii_control() {
        return Fold::Keep;
    }
    if is_arabic_mark(c) || c == TATWEEL || is_invisible_control(c) {
        Fold::Delete
    } else if is_space_like(c) {
        Fold::Char(' ')
    } else if is_presentation_form(c) {
        Fold::Decompose
    } else {
        Fold::Keep
    }
}

/// The matching fold of one character (see the module docs). Always a
/// superset of [`clean_char`].
pub fn key_char(c: char) -> Fold {
    match clean_char(c) {
        Fold::Keep => {}
        other => return other,
    }
    let folded = match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' | '\u{0675}' => 'ا',
        'ى' | 'ی' | 'ۍ' | 'ې' => 'ي',
        'ة' | 'ۃ' | 'ہ' | 'ە' => 'ه',
        'ک' | 'ڪ' => 'ك',
        'ٹ' => 'ت',
        '٫' => '.',
        '٬' => ',',
        '٪' => '%',
        '\u{0660}'..='\u{0669}' => digit(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => digit(c as u32 - 0x06F0),
        _ => return Fold::Keep,
    };
    Fold::Char(folded)
}

fn digit(d: u32) -> char {
    char::from_digit(d, 10).unwrap_or('0')
}

/// Applies `fold` to every character of `s`, expanding presentation forms.
pub fn fold_str(s: &str, fold: fn(char) -> Fold) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, fold, &mut out);
    }
    out
}

/// Appends the fold of `c` to `out`; returns how many bytes were appended.
pub fn push_folded(c: char, fold: fn(char) -> Fold, out: &mut String) -> usize {
    let before = out.len();
    match fold(c) {
        Fold::Keep => out.push(c),
        Fold::Delete => {}
        Fold::Char(r) => out.push(r),
        Fold::Decompose => match COMPAT.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => {
                for d in COMPAT[i].1.chars() {
                    // The decomposition of a presentation form is ordinary
                    // text: fold it once more (it never decomposes again).
                    match fold(d) {
                        Fold::Keep | Fold::Decompose => out.push(d),
                        Fold::Delete => {}
                        Fold::Char(r) => out.push(r),
                    }
                }
            }
            // No decomposition: the character stands for itself.
            Err(_) => out.push(c),
        },
    }
    out.len() - before
}

// The table is generated rather than computed with a Unicode
// normalisation crate, whose tables for all of Unicode would ship in the
// page's module for these few hundred characters.
include!("compat_table.rs");

/// The display form of a phrase: [`clean_char`] on every character, runs of
/// spaces collapsed to one, no space at either end.
pub fn clean(s: &str) -> String {
    collapse_spaces(&fold_str(s, clean_char))
}

/// The matching key of a phrase: [`key_char`] on every character, runs of
/// spaces collapsed to one, no space at either end.
pub fn key(s: &str) -> String {
    collapse_spaces(&fold_str(s, key_char))
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split([' ', '\n', '\r']).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_keeps_spelling_but_drops_marks() {
        assert_eq!(clean("مُحَمَّدٌ"), "محمد");
        assert_eq!(clean("الأمـــــم"), "الأمم");
        assert_eq!(clean("هٰذا"), "هذا");
        assert_eq!(clean("\u{200F}القدس\u{202B}"), "القدس");
        assert_eq!(clean("مدرسة"), "مدرسة");
    }

    #[test]
    fn key_merges_variants() {
        assert_eq!(key("إسلام"), key("اسلام"));
        assert_eq!(key("مصطفى"), "مصطفي");
        assert_eq!(key("مدرسة"), "مدرسه");
        assert_eq!(key("آذار"), "اذار");
        assert_eq!(key("٢٠٢٤"), "2024");
        assert_eq!(key("۱۴۰۳"), "1403");
        assert_eq!(key("٣٫٥"), "3.5");
        assert_eq!(key("کتاب"), "كتاب");
    }

    #[test]
    fn compat_table_matches_nfkd() {
        use unicode_normalization::char::decompose_compatible;
        let mut n = 0;
        for c in ('\u{FB00}'..='\u{FFFF}').filter(|&c| is_presentation_form(c)) {
            let mut want = String::new();
            decompose_compatible(c, |d| want.push(d));
            let got = match COMPAT.binary_search_by_key(&c, |&(k, _)| k) {
                Ok(i) => COMPAT[i].1.to_string(),
                Err(_) => c.to_string(),
            };
            assert_eq!(got, want, "U+{:04X}", c as u32);
            n += 1;
        }
        assert!(n > 800);
    }

    #[test]
    fn presentation_forms_unfold() {
        // ﻻ (lam-alef ligature) and ﺑ (beh initial form).
        assert_eq!(clean("\u{FEFB}"), "لا");
        assert_eq!(key("\u{FE91}\u{FEF4}\u{FE96}"), "بيت");
        assert_eq!(key("\u{FEF7}"), "لا"); // ﻷ → لأ → لا
    }

    #[test]
    fn spaces_collapse() {
        assert_eq!(clean("  عبد\u{00A0}\u{00A0}الله \t "), "عبد الله");
    }
}
