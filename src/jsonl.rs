//! The JSON Lines input of `kashif extract --jsonl`: cutting a batch of
//! bytes into numbered lines and reading each line as a text to analyse.
//!
//! A line is `{"id": …, "text": "…"}` (any other members are ignored, `id`
//! may be any JSON value or absent) or a bare JSON string. Blank lines are
//! skipped. A line that is not valid UTF-8, not JSON or not of that shape
//! gives an error message for that line only; the CLI writes it as
//! `{"line": N, "error": "…"}` and goes on with the next line.
//!
//! It lives in the library, not in the binary, so that the fuzz target
//! `jsonl` (`fuzz/`) reads lines exactly as the CLI does.
//!
//! ```
//! use kashif::jsonl::{read, Input};
//! let batch = b"{\"id\": 7, \"text\": \"\xd9\x81\xd8\xa7\xd8\xb3\"}\r\n\n\"\xd9\x81\xd8\xa7\xd8\xb3\"\n{oops\n";
//! let lines: Vec<_> = read(1, batch).collect();
//! assert_eq!(lines.len(), 3); // line 2 is blank
//! let (n, Ok(Input { id, text })) = &lines[0] else { panic!() };
//! assert_eq!((*n, id.as_ref().and_then(|v| v.as_u64()), text.as_str()), (1, Some(7), "فاس"));
//! assert!(matches!(&lines[1], (3, Ok(Input { id: None, .. }))));
//! assert!(matches!(&lines[2], (4, Err(e)) if e.starts_with("not valid JSON")));
//! ```

use serde_json::Value;

/// One line's text and its optional id.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The line's `id`, if it had one (the CLI uses the line number then).
    pub id: Option<Value>,
    /// The text to analyse.
    pub text: String,
}

/// Each line of `bytes` with its number (the first is `first`), without
/// its line break (`\n` or `\r\n`). A last line without a break counts.
pub fn lines(first: usize, bytes: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    bytes
        .split_inclusive(|&b| b == b'\n')
        .enumerate()
        .map(move |(i, line)| {
            let line = line.strip_suffix(b"\n").unwrap_or(line);
            (first + i, line.strip_suffix(b"\r").unwrap_or(line))
        })
}

/// The non-blank lines of `bytes`, numbered from `first`, each read by
/// [`parse_line`].
pub fn read(
    first: usize,
    bytes: &[u8],
) -> impl Iterator<Item = (usize, Result<Input, String>)> + '_ {
    lines(first, bytes)
        .filter(|(_, line)| !line.iter().all(u8::is_ascii_whitespace))
        .map(|(n, line)| (n, parse_line(line)))
}

/// Reads one line; the error says what is wrong with it.
pub fn parse_line(line: &[u8]) -> Result<Input, String> {
    let line = std::str::from_utf8(line).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at column {})",
            e.valid_up_to() + 1
        )
    })?;
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    match value {
        Value::String(text) => Ok(Input { id: None, text }),
        Value::Object(mut obj) => {
            let text = match obj.remove("text") {
                Some(Value::String(t)) => t,
                Some(_) => return Err("\"text\" must be a string".into()),
                None => return Err("missing \"text\"".into()),
            };
            Ok(Input {
                id: obj.remove("id"),
                text,
            })
        }
        _ => Err("expected an object with \"text\" or a JSON string".into()),
    }
}
