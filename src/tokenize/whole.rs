//! The tokens cut as a whole before anything else: URLs, e-mail addresses,
//! bare domains, hashtags and mentions, found by hand-written matchers.
//!
//! The matchers implement exactly these patterns, with the leftmost-first
//! semantics of a backtracking regex (the earliest start wins; at one start
//! the alternatives are tried in this order; quantifiers are greedy):
//!
//! ```text
//! url      (?:(?:https?|ftp)://|www\.)[^ \t\n<>"'«»“”،؛]+
//! email    [A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}
//! domain   [A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|…|int)(?:/[^ \t\n<>"'«»“”،؛]*)?
//! hashtag  #[A-Za-z0-9_\x{0621}-\x{063A}\x{0641}-\x{064A}\x{0660}-\x{0669}\x{066E}-\x{06D3}\x{06F0}-\x{06FF}]+
//! mention  @[A-Za-z0-9_]{2,}
//! ```
//!
//! (They were regexes; the regex engine cost a third of the WebAssembly
//! module's code and tens of milliseconds to compile at start-up.) A
//! differential test against the regex crate keeps them honest.
//!
//! Every search is linear in the text: a failed e-mail or domain attempt
//! rules out every later start inside the same run, which is skipped.

/// What a whole token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whole {
    /// `url` or `domain`.
    Url,
    /// `email`.
    Email,
    /// `hashtag`.
    Hashtag,
    /// `mention`.
    Mention,
}

/// The top-level domains a bare domain may end with, in the pattern's
/// order (the first that the label starts with is taken).
const TLDS: [&str; 27] = [
    "com", "org", "net", "ma", "dz", "tn", "eg", "sa", "ae", "qa", "kw", "bh", "om", "jo", "lb",
    "sy", "iq", "ly", "sd", "ps", "mr", "ye", "gov", "edu", "info", "io", "int",
];

/// A character that ends a URL or a domain's path.
fn ends_url(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '<' | '>' | '"' | '\'' | '«' | '»' | '“' | '”' | '،' | '؛'
    )
}

fn is_local(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
}

fn is_label(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_hashtag_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || c == '_'
        || matches!(c,
            '\u{0621}'..='\u{063A}'
            | '\u{0641}'..='\u{064A}'
            | '\u{0660}'..='\u{0669}'
            | '\u{066E}'..='\u{06D3}'
            | '\u{06F0}'..='\u{06FF}')
}

/// End of the run of bytes from `i` that satisfy `f`.
fn run(b: &[u8], i: usize, f: fn(u8) -> bool) -> usize {
    i + b[i..].iter().take_while(|&&x| f(x)).count()
}

/// End of the run of characters of `s` from byte `i` that satisfy `f`.
fn char_run(s: &str, i: usize, f: fn(char) -> bool) -> usize {
    s[i..]
        .char_indices()
        .find(|&(_, c)| !f(c))
        .map_or(s.len(), |(j, _)| i + j)
}

/// The dot-separated labels from `i` (`[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*`
/// taken as far as it goes): the start of every label, and the end.
fn labels(b: &[u8], i: usize) -> (Vec<usize>, usize) {
    let mut starts = vec![i];
    let mut end = run(b, i, is_label);
    while b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(|&x| is_label(x)) {
        starts.push(end + 1);
        end = run(b, end + 1, is_label);
    }
    (starts, end)
}

fn url(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let after = ["http://", "https://", "ftp://", "www."]
        .iter()
        .find(|p| rest.starts_with(*p))
        .map(|p| i + p.len())?;
    let end = char_run(s, after, |c| !ends_url(c));
    (end > after).then_some(end)
}

/// An e-mail address starting at `i`; `Err(e)` when there is none from any
/// start before `e` in the same run.
fn email(b: &[u8], i: usize) -> Result<usize, usize> {
    let at = run(b, i, is_local);
    if at == i {
        return Err(i + 1);
    }
    if b.get(at) != Some(&b'@') || !b.get(at + 1).is_some_and(|&x| is_label(x)) {
        return Err(at);
    }
    let (starts, _) = labels(b, at + 1);
    // The last label (not the first) that starts with two letters; the
    // address ends after its letters.
    starts
        .iter()
        .skip(1)
        .rev()
        .find_map(|&l| {
            let end = run(b, l, |x| x.is_ascii_alphabetic());
            (end >= l + 2).then_some(end)
        })
        .ok_or(at)
}

/// A bare domain starting at `i`; `Err(e)` when there is none from any
/// start before `e`.
fn domain(s: &str, i: usize) -> Result<usize, usize> {
    let b = s.as_bytes();
    if !is_label(b[i]) {
        return Err(i + 1);
    }
    let (starts, end) = labels(b, i);
    let tld_end = starts
        .iter()
        .skip(1)
        .rev()
        .find_map(|&l| {
            TLDS.iter()
                .find(|t| b[l..].starts_with(t.as_bytes()))
                .map(|t| l + t.len())
        })
        .ok_or(end)?;
    if b.get(tld_end) == Some(&b'/') {
        return Ok(char_run(s, tld_end + 1, |c| !ends_url(c)));
    }
    Ok(tld_end)
}

fn hashtag(s: &str, i: usize) -> Option<usize> {
    if s.as_bytes()[i] != b'#' {
        return None;
    }
    let end = char_run(s, i + 1, is_hashtag_char);
    (end > i + 1).then_some(end)
}

fn mention(b: &[u8], i: usize) -> Option<usize> {
    if b[i] != b'@' {
        return None;
    }
    let end = run(b, i + 1, is_word);
    (end >= i + 3).then_some(end)
}

/// The first whole token that starts at or after byte `from` of `s`:
/// `(start, end, kind)`.
pub fn find(s: &str, from: usize) -> Option<(usize, usize, Whole)> {
    let b = s.as_bytes();
    // Starts before these cannot begin an e-mail address or a domain.
    let mut no_email = from;
    let mut no_domain = from;
    for i in from..b.len() {
        // Every pattern starts with an ASCII character.
        if !b[i].is_ascii() {
            continue;
        }
        if let Some(end) = url(s, i) {
            return Some((i, end, Whole::Url));
        }
        if i >= no_email {
            match email(b, i) {
                Ok(end) => return Some((i, end, Whole::Email)),
                Err(e) => no_email = e,
            }
        }
        if i >= no_domain {
            match domain(s, i) {
                Ok(end) => return Some((i, end, Whole::Url)),
                Err(e) => no_domain = e,
            }
        }
        if let Some(end) = hashtag(s, i) {
            return Some((i, end, Whole::Hashtag));
        }
        if let Some(end) = mention(b, i) {
            return Some((i, end, Whole::Mention));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    /// The patterns these matchers replace, as the tokenizer had them.
    static WHOLE: LazyLock<Regex> = LazyLock::new(|| {
        const AR: &str = r"\x{0621}-\x{063A}\x{0641}-\x{064A}\x{0660}-\x{0669}\x{066E}-\x{06D3}\x{06F0}-\x{06FF}";
        let url = r#"(?:(?:https?|ftp)://|www\.)[^ \t\n<>"'«»“”،؛]+"#;
        let email = r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}";
        let bare_domain = r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|ma|dz|tn|eg|sa|ae|qa|kw|bh|om|jo|lb|sy|iq|ly|sd|ps|mr|ye|gov|edu|info|io|int)(?:/[^ \t\n<>\x22'«»“”،؛]*)?";
        let hashtag = format!(r"#[A-Za-z0-9_{AR}]+");
        let mention = r"@[A-Za-z0-9_]{2,}";
        Regex::new(&format!(
            "(?P<url>{url})|(?P<email>{email})|(?P<domain>{bare_domain})|(?P<hashtag>{hashtag})|(?P<mention>{mention})"
        ))
        .unwrap()
    });

    fn by_regex(s: &str) -> Vec<(usize, usize, Whole)> {
        WHOLE
            .captures_iter(s)
            .map(|c| {
                let m = c.get(0).unwrap();
                let kind = if c.name("url").is_some() || c.name("domain").is_some() {
                    Whole::Url
                } else if c.name("email").is_some() {
                    Whole::Email
                } else if c.name("hashtag").is_some() {
                    Whole::Hashtag
                } else {
                    Whole::Mention
                };
                (m.start(), m.end(), kind)
            })
            .collect()
    }

    fn by_hand(s: &str) -> Vec<(usize, usize, Whole)> {
        let mut out = Vec::new();
        let mut at = 0;
        while let Some(m) = find(s, at) {
            at = m.1;
            out.push(m);
        }
        out
    }

    #[test]
    fn examples_agree_with_the_regex() {
        for s in [
            "انظر https://example.org/a، و www.x.ma/ب «http://a.b»",
            "info@kashif.org a.b@c.d.e9.fr x@y.c0m z@w.co.9k @ab @a #وسم_اليوم# #",
            "example.community a.b.com/x/y mail.gov.ma. x.io y.info z.int w.in",
            "foo.bar@x.com hello-world.net/ ftp://f http:// www. a@b.cc.dd",
            "x@-.com - .com a..com -.org 12.34 ٣.com a.b.ye/«x",
        ] {
            assert_eq!(by_hand(s), by_regex(s), "{s}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn agrees_with_the_regex(s in "[a-dio-rtwAZ0-9._%+@#/:\\- \\n'\"«،وب٣ـ]{0,40}") {
            prop_assert_eq!(by_hand(&s), by_regex(&s));
        }

        #[test]
        fn agrees_on_likely_shapes(parts in proptest::collection::vec(
            "(https?://|ftp://|www\\.|@|#|\\.|\\.com|\\.org|\\.info|\\.int|\\.io|\\.in|\\.ma|/|[a-z]{1,3}|[0-9]{1,2}|-|_| |،|وسم)", 0..14)) {
            let s: String = parts.concat();
            prop_assert_eq!(by_hand(&s), by_regex(&s));
        }
    }
}
