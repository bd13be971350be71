//! Saved web pages: the readable text of an HTML file.
//!
//! The same rules as the page's `DOMParser` reader (`www/files.js`), so a
//! page saved from a news site gives the CLI and the browser the same text:
//! the contents of `script`, `style`, `head`, navigation, header, footer,
//! aside, form and embedded-media elements are dropped; block elements
//! (paragraphs, headings, list items, table cells…) end a line; inside a
//! line, runs of white space become one space; empty lines are dropped.
//! Character references are decoded (numeric ones and the common named
//! ones). Tags are never interpreted beyond their names: this is a reader
//! of text, not a browser.

/// Elements whose contents are not part of the readable text.
pub const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "head", "title", "svg", "math", "nav", "header",
    "footer", "aside", "form", "iframe", "object", "button", "select", "textarea", "canvas",
    "audio", "video",
];

/// Elements that begin and end a line.
pub const BLOCK: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "ul",
    "caption",
    "details",
    "summary",
];

/// Elements whose contents are raw text (no tags inside).
const RAW: &[&str] = &["script", "style", "textarea", "title"];

/// The readable text of `html`.
///
/// ```
/// let page = "<html><head><title>x</title><script>var a = '<p>';</script></head>\
///   <body><nav><a href=/>الرئيسية</a></nav><h1>وصل   الوفد</h1><p>إلى&nbsp;فاس &amp; مكناس</p></body></html>";
/// assert_eq!(kashif::formats::html::text(page), "وصل الوفد\nإلى فاس & مكناس");
/// ```
pub fn text(html: &str) -> String {
    let lower = html.to_ascii_lowercase(); // same byte offsets as `html`
    let bytes = html.as_bytes();
    let mut raw = String::new();
    let mut i = 0;
    let mut text_from = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        let next = bytes.get(i + 1).copied().unwrap_or(0);
        let tag_like = next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?';
        if !tag_like {
            i += 1; // a literal '<'
            continue;
        }
        raw.push_str(&decode_entities(&html[text_from..i]));
        if lower[i..].starts_with("<!--") {
            i = lower[i + 4..]
                .find("-->")
                .map_or(bytes.len(), |p| i + 4 + p + 3);
        } else if next == b'!' || next == b'?' {
            i = lower[i..].find('>').map_or(bytes.len(), |p| i + p + 1);
        } else {
            let closing = next == b'/';
            let name_from = i + 1 + usize::from(closing);
            let name_len = lower[name_from..]
                .bytes()
                .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
                .count();
            let name = &lower[name_from..name_from + name_len];
            let end = tag_end(bytes, name_from + name_len);
            let self_closing = end >= 2 && bytes[end - 2] == b'/';
            i = end;
            if !closing && !self_closing && SKIP.contains(&name) {
                i = skip_element(&lower, i, name);
            } else if BLOCK.contains(&name) {
                raw.push('\n');
            }
        }
        text_from = i;
    }
    raw.push_str(&decode_entities(&html[text_from.min(html.len())..]));
    tidy_lines(&raw)
}

/// The offset just after the `>` that ends a tag whose name ends at `from`
/// (quoted attribute values may hold `>`).
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = 0u8;
    for (k, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (0, b'"' | b'\'') => quote = b,
            (0, b'>') => return k + 1,
            (q, b) if q == b => quote = 0,
            _ => {}
        }
    }
    bytes.len()
}

/// The offset after the end tag that closes the element `name` opened
/// before `from` (nested elements of the same name counted).
fn skip_element(lower: &str, from: usize, name: &str) -> usize {
    let close = format!("</{name}");
    if RAW.contains(&name) {
        return lower[from..].find(&close).map_or(lower.len(), |p| {
            tag_end(lower.as_bytes(), from + p + close.len())
        });
    }
    let open = format!("<{name}");
    let is_name_end = |at: usize| {
        lower
            .as_bytes()
            .get(at)
            .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
    };
    let mut depth = 1usize;
    let mut at = from;
    while let Some(p) = lower[at..].find('<') {
        let k = at + p;
        if lower[k..].starts_with(&close) && is_name_end(k + close.len()) {
            depth -= 1;
            let end = tag_end(lower.as_bytes(), k + close.len());
            if depth == 0 {
                return end;
            }
            at = end;
        } else if lower[k..].starts_with(&open) && is_name_end(k + open.len()) {
            depth += 1;
            at = k + open.len();
        } else {
            at = k + 1;
        }
    }
    lower.len()
}

/// Collapses white space inside each line, trims lines, drops empty ones.
pub(crate) fn tidy_lines(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.split('\n') {
        let mut words = line.split_whitespace().peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        for (k, w) in words.enumerate() {
            if k > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

/// Decodes numeric character references and the common named ones;
/// anything else stays as written.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let semi = rest[..rest.len().min(12)].find(';');
        let decoded = semi.and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "laquo" => '«',
        "raquo" => '»',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "shy" => '\u{ad}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_skips_and_literal_lt() {
        let page = "<body><header><nav><ul><li>قائمة</li></ul></nav><div><nav>x</nav></div></header>\
                    <main><p data-x=\"a>b\">أ &lt; ب</p><p>3 < 4</p></main><footer>حقوق</footer></body>";
        assert_eq!(text(page), "أ < ب\n3 < 4");
    }

    #[test]
    fn comments_doctype_and_unclosed() {
        assert_eq!(
            text("<!doctype html><!-- <p>لا</p> --><p>نعم<script>x"),
            "نعم"
        );
        assert_eq!(
            text("نص &unknown; &#1601;&#x627;&#x633;"),
            "نص &unknown; فاس"
        );
    }

    #[test]
    fn table_cells_are_lines() {
        assert_eq!(text("<table><tr><td>أ</td><td>ب</td></tr></table>"), "أ\nب");
    }
}
