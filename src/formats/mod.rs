//! Files as text: what the page and the CLI read besides pasted UTF-8.
//!
//! A journalist's material comes as files — plain text in UTF-8, UTF-16 or
//! an older archive's Windows-1256, Word and OpenDocument files, saved web
//! pages, subtitles. This module owns turning one file's bytes into the one
//! text the extractor reads; every entity offset then points into that text
//! (the *document*), as it would into a pasted one.
//!
//! | format | extensions | text |
//! |---|---|---|
//! | plain | `.txt` `.csv` `.md` | the decoded text ([`decode`]) |
//! | Word, OpenDocument | `.docx` `.odt` | paragraphs in reading order, tables and footnotes included ([`office`]) |
//! | web page | `.html` `.htm` | readable text, without scripts, styles or menus ([`html`]) |
//! | subtitles | `.srt` `.vtt` | each cue's timing on a line, its text on the next ([`subtitles`]) |
//! | PDF | `.pdf` | not here: the page reads PDFs with pdf.js |
//!
//! Plain text keeps its line breaks as they are (`\r\n` too: offsets point
//! into the file's text); the other formats' text is built with `\n`.
//! The legacy decoder is a parameter: the CLI passes `encoding_rs`, the
//! page's worker the browser's own `TextDecoder` (`web`, in the WebAssembly build).
//!
//! ```
//! use kashif::formats::{read, Format};
//! let legacy = |_: &[u8]| String::new(); // never called for UTF-8
//! let doc = read("notes.srt", "1\n00:00:01,000 --> 00:00:03,000\nوصل الوفد إلى فاس\n".as_bytes(), &legacy).unwrap();
//! assert_eq!(doc.format, Format::Srt);
//! assert_eq!(doc.text, "00:00:01,000 --> 00:00:03,000\nوصل الوفد إلى فاس");
//! ```

pub mod html;
pub mod office;
pub mod subtitles;
#[cfg(target_arch = "wasm32")]
pub mod web;

use std::fmt;

/// A file format Kashif reads, known by the file name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt`
    Text,
    /// `.csv`
    Csv,
    /// `.md`, `.markdown`
    Markdown,
    /// `.html`, `.htm`, `.xhtml`
    Html,
    /// `.srt`
    Srt,
    /// `.vtt`
    Vtt,
    /// `.docx`
    Docx,
    /// `.odt`
    Odt,
    /// `.pdf` (read by the page only)
    Pdf,
}

impl Format {
    /// The format of a file named `name` (by its extension, any case), or
    /// `None` for an extension Kashif does not read.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.').map(|(_, e)| e)?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "csv" | "tsv" => Format::Csv,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            "srt" => Format::Srt,
            "vtt" => Format::Vtt,
            "docx" => Format::Docx,
            "odt" => Format::Odt,
            "pdf" => Format::Pdf,
            _ => return None,
        })
    }

    /// A short lower-case name: `txt`, `csv`, `md`, `html`, `srt`, `vtt`,
    /// `docx`, `odt`, `pdf`.
    pub fn code(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Srt => "srt",
            Format::Vtt => "vtt",
            Format::Docx => "docx",
            Format::Odt => "odt",
            Format::Pdf => "pdf",
        }
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileError {
    /// The extension is not one Kashif reads.
    UnknownType(String),
    /// A `.docx`/`.odt` that is not a readable zip archive.
    Corrupt(String),
    /// An encrypted (password-protected) Office file.
    Encrypted,
    /// A zip archive without the part a document of its kind has.
    Missing(&'static str),
    /// A PDF given to a reader without a PDF text extractor (the CLI).
    PdfUnsupported,
    /// Text that is neither UTF-8 nor Windows-1256 Arabic: the offset of
    /// the first byte that is not UTF-8.
    Encoding(usize),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::UnknownType(ext) if ext.is_empty() => write!(
                f,
                "unknown file type (no extension; expected .txt .csv .md .html .htm .srt .vtt .docx .odt .pdf)"
            ),
            FileError::UnknownType(ext) => write!(
                f,
                "unknown file type .{ext} (expected .txt .csv .md .html .htm .srt .vtt .docx .odt .pdf)"
            ),
            FileError::Corrupt(why) => write!(f, "corrupt file: not a readable zip archive ({why})"),
            FileError::Encrypted => write!(f, "the document is encrypted (password-protected)"),
            FileError::Missing(part) => write!(f, "not a document of this kind: it has no {part}"),
            FileError::PdfUnsupported => write!(
                f,
                "PDF is read by the page only (open it in the browser page)"
            ),
            FileError::Encoding(at) => write!(
                f,
                "not valid UTF-8 (first bad byte at offset {at}) and not Windows-1256 Arabic text"
            ),
        }
    }
}

impl std::error::Error for FileError {}

/// One file read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// What the file was read as.
    pub format: Format,
    /// The text the extractor reads (entity offsets point into it).
    pub text: String,
}

/// Reads the file `name` with contents `bytes`. `legacy` decodes bytes
/// that are neither UTF-8 nor UTF-16 with a BOM (as Windows-1256).
pub fn read(
    name: &str,
    bytes: &[u8],
    legacy: &dyn Fn(&[u8]) -> String,
) -> Result<Document, FileError> {
    let format = Format::from_name(name).ok_or_else(|| {
        FileError::UnknownType(
            name.rsplit_once('.')
                .map(|(_, e)| e.to_string())
                .unwrap_or_default(),
        )
    })?;
    let text = match format {
        Format::Text | Format::Csv | Format::Markdown => decode(bytes, legacy)?,
        Format::Html => html::text(&decode(bytes, legacy)?),
        Format::Srt | Format::Vtt => subtitles::text(&decode(bytes, legacy)?),
        Format::Docx => office::docx(bytes)?,
        Format::Odt => office::odt(bytes)?,
        Format::Pdf => return Err(FileError::PdfUnsupported),
    };
    Ok(Document { format, text })
}

/// Decodes text bytes: UTF-8 or UTF-16 by their byte-order mark, else UTF-8
/// if the bytes are valid UTF-8, else `legacy` (Windows-1256 in Kashif's
/// readers) if that gives Arabic words. Arabic in UTF-8 is never valid
/// Windows-1256 Arabic and vice versa, so nothing needs asking; bytes that
/// are neither (a stray byte in Latin text) are an error, not a guess.
///
/// ```
/// use kashif::formats::{decode, FileError};
/// let never = |_: &[u8]| unreachable!();
/// assert_eq!(decode(b"\xEF\xBB\xBFa\r\nb", &never).unwrap(), "a\r\nb");
/// assert_eq!(decode(&[0xFF, 0xFE, 0x45, 0x06], &never).unwrap(), "م");
/// let legacy = |_: &[u8]| "مصر".to_string(); // as Windows-1256 reads E3 D5 D1
/// assert_eq!(decode(&[0xE3, 0xD5, 0xD1], &legacy).unwrap(), "مصر");
/// let latin = |_: &[u8]| "abcےdef".to_string();
/// assert_eq!(decode(b"abc\xFFdef", &latin), Err(FileError::Encoding(3)));
/// ```
pub fn decode(bytes: &[u8], legacy: &dyn Fn(&[u8]) -> String) -> Result<String, FileError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, u16::from_le_bytes)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, u16::from_be_bytes)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let text = legacy(bytes);
                if !has_arabic_word(&text) {
                    return Err(FileError::Encoding(e.valid_up_to()));
                }
                text
            }
        }
    };
    Ok(text)
}

/// Two Arabic letters in a row.
fn has_arabic_word(text: &str) -> bool {
    let letter = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
    let mut prev = false;
    text.chars().any(|c| {
        let l = letter(c);
        let pair = prev && l;
        prev = l;
        pair
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
    String::from_utf16_lossy(&units)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_legacy(_: &[u8]) -> String {
        panic!("legacy decoder called")
    }

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::from_name("تقرير.DOCX"), Some(Format::Docx));
        assert_eq!(Format::from_name("a.b.htm"), Some(Format::Html));
        assert_eq!(Format::from_name("README"), None);
        assert_eq!(Format::from_name("x.exe"), None);
    }

    #[test]
    fn unknown_type_names_the_extension() {
        let e = read("photo.jpeg", b"", &no_legacy).unwrap_err();
        assert!(e.to_string().contains(".jpeg"), "{e}");
    }

    #[test]
    fn utf16_big_endian_and_odd_byte() {
        assert_eq!(
            decode(&[0xFE, 0xFF, 0x06, 0x45, 0x00], &no_legacy).unwrap(),
            "م"
        );
    }

    #[test]
    fn invalid_utf8_goes_to_legacy() {
        let legacy = |b: &[u8]| format!("<{}> ال", b.len());
        assert_eq!(decode(&[0xC7, 0xE1], &legacy).unwrap(), "<2> ال");
    }

    #[test]
    fn line_breaks_kept() {
        assert_eq!(decode(b"a\r\nb\rc", &no_legacy).unwrap(), "a\r\nb\rc");
    }

    #[test]
    fn pdf_is_page_only() {
        assert_eq!(
            read("r.pdf", b"%PDF-1.7", &no_legacy),
            Err(FileError::PdfUnsupported)
        );
    }
}
