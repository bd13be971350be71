//! Tokens of the normalised text.
//!
//! A token is a word (a run of letters of one script), a number (digits
//! with inner `.`/`,` separators, and the Arabic comma `،` that much of
//! the Maghrebi press writes as a decimal mark, `4،7 بالمائة`), a punctuation mark, or a *whole* token
//! that must never be cut: a URL, an e-mail address, a hashtag or a
//! mention. Spaces separate tokens and are not tokens themselves.
//!
//! Letters and digits glued together are split (`و7` → `و`, `7`;
//! `2024م` → `2024`, `م`), which is how the date recogniser can read
//! `يومي 6 و7 ماي`. Proclitics are *not* split here: that is a lexical
//! decision made by [`clitics`] with the help of the gazetteers.
//!
//! Offsets are byte offsets into [`crate::normalize::Normalized::text`].

pub mod clitics;

use regex::Regex;
use std::sync::LazyLock;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters of one script (Arabic or Latin), possibly with proclitics.
    Word,
    /// ASCII digits (the normalised view has already folded Arabic-Indic
    /// digits), with inner `.`, `,` or `،` separators: `3.5`, `1,200,000`,
    /// `4،7`.
    Number,
    /// One punctuation or symbol character.
    Punct,
    /// `https://…`, `www.…`
    Url,
    /// `name@host.tld`
    Email,
    /// `#المغرب_اليوم`
    Hashtag,
    /// `@account`
    Mention,
}

/// One token: a kind and a byte range of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text`, the string it was cut from.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A letter that can be part of a word: Arabic-script letters (hamza to
/// yeh, the extended Persian/Urdu letters) and alphabetic characters of any
/// other script.
pub fn is_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063A}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}')
        || (!is_arabic_block(c) && c.is_alphabetic())
}

fn is_arabic_block(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
}

/// A letter of the Arabic blocks (not a mark, digit or sign).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    is_arabic_block(c) && is_letter(c)
}

/// Tokens that are cut as a whole before anything else.
static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
    // Character classes are spelled out: the crate is built without
    // regex's Unicode tables.
    const AR: &str =
        r"\x{0621}-\x{063A}\x{0641}-\x{064A}\x{0660}-\x{0669}\x{066E}-\x{06D3}\x{06F0}-\x{06FF}";
    let url = r#"(?:(?:https?|ftp)://|www\.)[^ \t\n<>"'«»“”،؛]+"#;
    let email = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}";
    let bare_domain = r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|ma|dz|tn|eg|sa|ae|qa|kw|bh|om|jo|lb|sy|iq|ly|sd|ps|mr|ye|gov|edu|info|io|int)(?:/[^ \t\n<>\x22'«»“”،؛]*)?";
    let hashtag = format!(r"#[A-Za-z0-9_{AR}]+");
    let mention = r"@[A-Za-z0-9_]{2,}";
    let pattern = format!(
        "(?P<url>{url})|(?P<email>{email})|(?P<domain>{bare_domain})|(?P<hashtag>{hashtag})|(?P<mention>{mention})"
    );
    Regex::new(&pattern).expect("static token pattern")
});

/// Whether `text` has what every whole token needs: `://` or `www.`
/// (URL), `@` (e-mail, mention), `#` (hashtag) or a dot before a
/// lowercase ASCII letter (the `.com`, `.ma`, … of a bare domain). Without
/// one, [`WHOLE`] cannot match, so it is not run (nor, on the first such
/// text, compiled).
fn may_have_whole(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'@' | b'#' => true,
        b':' => b[i + 1..].starts_with(b"//"),
        b'.' => b.get(i + 1).is_some_and(u8::is_ascii_lowercase) || b[..i].ends_with(b"www"),
        _ => false,
    })
}

/// Cuts `text` (a normalised view) into tokens.
///
/// ```
/// use kashif::tokenize::{tokenize, TokenKind};
/// let text = "زار فاس يوم 6 و7 ماي، انظر https://example.org/a #المغرب_اليوم";
/// let toks: Vec<_> = tokenize(text).iter().map(|t| (t.text(text), t.kind)).collect();
/// assert!(toks.contains(&("و", TokenKind::Word)));
/// assert!(toks.contains(&("7", TokenKind::Number)));
/// assert!(toks.contains(&("https://example.org/a", TokenKind::Url)));
/// assert!(toks.contains(&("#المغرب_اليوم", TokenKind::Hashtag)));
/// assert!(toks.contains(&("،", TokenKind::Punct)));
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut pos = 0;
    if !may_have_whole(text) {
        plain_tokens(text, 0, text.len(), &mut tokens);
        return tokens;
    }
    for caps in WHOLE.captures_iter(text) {
        let Some(m) = caps.get(0) else { continue };
        // A hashtag or mention must not start in the middle of a word.
        let kind = if caps.name("url").is_some() || caps.name("domain").is_some() {
            TokenKind::Url
        } else if caps.name("email").is_some() {
            TokenKind::Email
        } else if caps.name("hashtag").is_some() {
            TokenKind::Hashtag
        } else {
            TokenKind::Mention
        };
        let mut end = m.end();
        if kind == TokenKind::Url {
            // Trailing punctuation belongs to the sentence, not the URL.
            end = m.start()
                + m.as_str()
                    .trim_end_matches(['.', ',', ')', '!', '?', ':', ';'])
                    .len();
        }
        if m.start() < pos {
            continue;
        }
        plain_tokens(text, pos, m.start(), &mut tokens);
        tokens.push(Token {
            start: m.start(),
            end,
            kind,
        });
        pos = end;
    }
    plain_tokens(text, pos, text.len(), &mut tokens);
    tokens
}

/// Arabic spellings of the Latin letters' names, in the matching spelling
/// of [`crate::normalize::arabic::key`] (hamza on or under the alef and
/// the dotless final ى folded), the pieces of an acronym written letter by
/// letter: `بي بي سي`، `إف بي آي`، `سي إن إن`.
const LETTER_NAMES: &[&str] = &[
    "اي",
    "بي",
    "سي",
    "دي",
    "اف",
    "جي",
    "اتش",
    "جيه",
    "كي",
    "كيه",
    "ال",
    "ام",
    "ان",
    "او",
    "كيو",
    "ار",
    "اس",
    "تي",
    "يو",
    "في",
    "دبليو",
    "اكس",
    "واي",
    "زد",
    "ايه",
];

/// Whether `word` is one letter of an acronym: an Arabic letter alone
/// (`أ ف ب`) or a Latin letter's name ([`LETTER_NAMES`]).
pub(crate) fn letter_name(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return is_arabic_letter(c);
    }
    LETTER_NAMES.contains(&crate::normalize::arabic::key(word).as_str())
}

/// Token `i` and the tokens either side of it, where all three exist.
pub fn with_neighbours(tokens: &[Token], i: usize) -> Option<(&Token, &Token, &Token)> {
    Some((
        tokens.get(i.checked_sub(1)?)?,
        tokens.get(i)?,
        tokens.get(i + 1)?,
    ))
}

/// Whether only spaces (or nothing) stand between tokens `a` and `b`, `b`
/// after `a`: no line break, no punctuation.
pub fn only_spaces_between(text: &str, a: &Token, b: &Token) -> bool {
    text.get(a.end..b.start)
        .is_some_and(|gap| gap.bytes().all(|c| c == b' '))
}

/// Whether token `i` is the dot inside an acronym written letter by
/// letter with dots (`بي. بي. سي`، `إف. بي. آي`، `أ. ف. ب`): a `.` glued
/// to a letter before it, followed (after a space or none: `أ.ف.ب`) by
/// another letter; or the dot after a name's middle initial (`جورج و.
/// بوش`). Such a dot ends no sentence ([`crate::tagger::sentences`]) and
/// does not cut a listed phrase ([`crate::gazetteer`]).
pub fn acronym_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some((prev, dot, next)) = dot_between_words(text, tokens, i) else {
        return false;
    };
    matches!(text.get(dot.end..next.start), Some("" | " "))
        && (letter_name(prev.text(text)) && letter_name(next.text(text))
            || initial(text, tokens, i - 1))
}

/// Whether token `i` is the dot of a web name, glued to a word on each
/// side (`العربية.نت`): a listed name runs over it as over a space
/// ([`crate::gazetteer`]).
pub fn web_dot(text: &str, tokens: &[Token], i: usize) -> bool {
    dot_between_words(text, tokens, i).is_some_and(|(_, dot, next)| dot.end == next.start)
}

/// Token `i` with its neighbours where it is a `.` glued to the word
/// before it, with a word after it.
fn dot_between_words<'t>(
    text: &str,
    tokens: &'t [Token],
    i: usize,
) -> Option<(&'t Token, &'t Token, &'t Token)> {
    let (prev, dot, next) = with_neighbours(tokens, i)?;
    (dot.kind == TokenKind::Punct
        && dot.text(text) == "."
        && prev.end == dot.start
        && prev.kind == TokenKind::Word
        && next.kind == TokenKind::Word)
        .then_some((prev, dot, next))
}

/// Whether token `i` is a single Arabic letter after a word, the middle
/// initial of a name (`جورج و. بوش`), not the `م` or `هـ` of a year after
/// its number (`عام 1991 م.`).
fn initial(text: &str, tokens: &[Token], i: usize) -> bool {
    let (Some(word), Some(letter)) = (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i))
    else {
        return false;
    };
    let mut chars = letter.text(text).chars();
    let single = chars.next().is_some_and(is_arabic_letter) && chars.next().is_none();
    single && word.kind == TokenKind::Word && text.get(word.end..letter.start) == Some(" ")
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Class {
    Space,
    ArabicLetter,
    OtherLetter,
    Digit,
    Punct,
}

fn class(c: char) -> Class {
    if c.is_ascii_digit() {
        Class::Digit
    } else if is_arabic_letter(c) {
        Class::ArabicLetter
    } else if is_letter(c) {
        Class::OtherLetter
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Punct
    }
}

fn plain_tokens(text: &str, from: usize, to: usize, out: &mut Vec<Token>) {
    let slice = &text[from..to];
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let start = from + i;
        match class(c) {
            Class::Space => {}
            Class::Punct => out.push(Token {
                start,
                end: start + c.len_utf8(),
                kind: TokenKind::Punct,
            }),
            Class::Digit => {
                let mut end = start + 1;
                while let Some(&(j, d)) = iter.peek() {
                    // A separator counts only between two digits.
                    let separator = matches!(d, '.' | ',' | '،')
                        && slice[j + d.len_utf8()..].starts_with(|x: char| x.is_ascii_digit());
                    if !(d.is_ascii_digit() || separator) {
                        break;
                    }
                    iter.next();
                    end = from + j + d.len_utf8();
                }
                out.push(Token {
                    start,
                    end,
                    kind: TokenKind::Number,
                });
            }
            cls => {
                let mut end = start + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if class(d) == cls {
                        iter.next();
                        end = from + j + d.len_utf8();
                    } else {
                        break;
                    }
                }
                out.push(Token {
                    start,
                    end,
                    kind: TokenKind::Word,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    /// Which `.` tokens of `text` are [`acronym_dot`]s, by the text before.
    fn acronym_dots(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        (0..toks.len())
            .filter(|&i| acronym_dot(text, &toks, i))
            .map(|i| &text[..toks[i].start])
            .collect()
    }

    #[test]
    fn dots_inside_acronyms_and_after_initials() {
        assert_eq!(
            acronym_dots("بثت بي. بي. سي الخبر."),
            ["بثت بي", "بثت بي. بي"]
        );
        assert_eq!(acronym_dots("قال إف.بي.آي"), ["قال إف", "قال إف.بي"]);
        assert_eq!(acronym_dots("نقلت أ. ف. ب"), ["نقلت أ", "نقلت أ. ف"]);
        assert_eq!(acronym_dots("وصل جورج و. بوش"), ["وصل جورج و"]);
        // Sentence ends: a word that is not a letter, a year's م after
        // its number, a dot before a line break.
        assert!(acronym_dots("وصل إلى دبي. وقال").is_empty());
        assert!(acronym_dots("ولد عام 1991 م. وقال").is_empty());
        assert!(acronym_dots("بي.\nسي").is_empty());
        assert!(acronym_dots("بي .سي").is_empty());
    }

    #[test]
    fn dots_of_web_names() {
        let web = |text: &str| -> Vec<usize> {
            let toks = tokenize(text);
            (0..toks.len())
                .filter(|&i| web_dot(text, &toks, i))
                .collect()
        };
        assert_eq!(web("نشرت العربية.نت تقريرا"), [2]);
        // A dot with a space on either side, or at the end, is no part
        // of a name.
        assert!(web("وصل إلى دبي. وقال").is_empty());
        assert!(web("وصل إلى دبي .وقال").is_empty());
        assert!(web("وصل إلى دبي.").is_empty());
        assert!(web("بلغ 3.5 مليون").is_empty());
    }

    #[test]
    fn arabic_punctuation_is_split() {
        let t = words("قال: «مرحبا»، ثم غادر؟");
        let texts: Vec<_> = t.iter().map(|x| x.0).collect();
        assert_eq!(
            texts,
            ["قال", ":", "«", "مرحبا", "»", "،", "ثم", "غادر", "؟"]
        );
    }

    #[test]
    fn url_inside_arabic_text_is_whole() {
        let t = words("للمزيد زوروا https://www.example.ma/news?id=3. شكرا");
        assert!(t.contains(&("https://www.example.ma/news?id=3", TokenKind::Url)));
        assert!(t.contains(&(".", TokenKind::Punct)));
        let t = words("الموقع hespress.com ينشر");
        assert!(t.contains(&("hespress.com", TokenKind::Url)));
    }

    #[test]
    fn email_hashtag_mention() {
        let t = words("راسلونا على info@kashif.org أو @kashif_ar مع #المغرب_اليوم");
        assert!(t.contains(&("info@kashif.org", TokenKind::Email)));
        assert!(t.contains(&("@kashif_ar", TokenKind::Mention)));
        assert!(t.contains(&("#المغرب_اليوم", TokenKind::Hashtag)));
    }

    #[test]
    fn numbers_and_glued_letters() {
        let t = words("بلغ 1,200,000 و3.5 في 2024م");
        let texts: Vec<_> = t.iter().map(|x| x.0).collect();
        assert_eq!(texts, ["بلغ", "1,200,000", "و", "3.5", "في", "2024", "م"]);
        // The Arabic comma between two digits is a separator (`4،7`), and
        // a comma of the sentence otherwise (`3، 4`).
        let t = words("بنسبة 4،7 و3، 4");
        let texts: Vec<_> = t.iter().map(|x| x.0).collect();
        assert_eq!(texts, ["بنسبة", "4،7", "و", "3", "،", "4"]);
        // A trailing separator is punctuation.
        let t = words("عددهم 12.");
        assert_eq!(t.last(), Some(&(".", TokenKind::Punct)));
    }

    #[test]
    fn whole_tokens_need_their_marks() {
        for t in ["a://b", "www.x", "a@b", "#x", "x.com", "وwww.", "a.b"] {
            assert!(may_have_whole(t), "{t}");
        }
        for t in ["قال. ثم", "www", "a:/b", "A.COM", "3.5", "ftp:", ""] {
            assert!(!may_have_whole(t), "{t}");
        }
    }

    #[test]
    fn latin_and_arabic_split() {
        let t = words("شركةGoogle");
        assert_eq!(t.len(), 2);
    }
}
