//! Subtitles (`.srt`, `.vtt`): each cue's timing on a line, then its text
//! on the next.
//!
//! The timings stay in the text as context (who said what, when in the
//! video), as `start --> end` without the cue settings; the time
//! recogniser reads a clock only after a word like `الساعة`, so a timing
//! is never a time of day (pinned by a test in `tests/cli.rs`).
//!
//! Cue numbers, WebVTT headers, `NOTE`/`STYLE`/`REGION` blocks, cue
//! settings and formatting tags (`<i>`, `<c.x>`, `{\an8}`) are dropped; a
//! cue's lines are joined with a space (they are one sentence broken for
//! the screen).

/// The text of a subtitle file (`.srt` or `.vtt`, already decoded).
///
/// ```
/// let vtt = "WEBVTT\n\nNOTE مثال\n\nc1\n00:01.000 --> 00:03.500 align:start\n<v أحمد>وصل الوفد\nإلى فاس\n";
/// assert_eq!(kashif::formats::subtitles::text(vtt), "00:01.000 --> 00:03.500\nوصل الوفد إلى فاس");
/// ```
pub fn text(subs: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in subs.lines().chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if let Some(cue) = cue(&block) {
                out.push(cue);
            }
            block.clear();
        } else {
            block.push(line);
        }
    }
    out.join("\n")
}

/// One block's timing and text lines, if the block is a cue with text.
fn cue(block: &[&str]) -> Option<String> {
    let timing = block.iter().position(|l| l.contains("-->"))?;
    let mut times = block[timing].split_whitespace();
    let (start, _, end) = (times.next()?, times.next()?, times.next()?);
    let words: Vec<String> = block[timing + 1..]
        .iter()
        .map(|l| strip_tags(l))
        .filter(|l| !l.trim().is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    let joined = words.join(" ");
    let text = joined.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(format!("{start} --> {end}\n{text}"))
}

/// Drops `<…>` and `{…}` formatting tags.
fn strip_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut close = None;
    for c in line.chars() {
        match (close, c) {
            (None, '<') => close = Some('>'),
            (None, '{') => close = Some('}'),
            (Some(end), c) if c == end => close = None,
            (None, c) => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn srt_cues() {
        let srt = "1\n00:00:01,000 --> 00:00:04,000\n<i>قال الوزير</i>\n{\\an8}إن الاجتماع انتهى\n\n2\n00:00:05,000 --> 00:00:06,000\n\n3\n00:01:10,250 --> 00:01:12,000\nشكرا\n";
        assert_eq!(
            text(srt),
            "00:00:01,000 --> 00:00:04,000\nقال الوزير إن الاجتماع انتهى\n00:01:10,250 --> 00:01:12,000\nشكرا"
        );
    }

    #[test]
    fn no_cues() {
        assert_eq!(text("WEBVTT\n\nNOTE nothing\n"), "");
    }
}
