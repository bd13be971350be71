//! Word (`.docx`) and OpenDocument (`.odt`) files: zip archives of XML.
//!
//! The text is the body's paragraphs in document order, one per line —
//! table cells are paragraphs too, row by row — then the footnotes and
//! endnotes, after a blank line. Tabs and line breaks inside a paragraph
//! are kept; deleted text (tracked changes) and field codes are not.

use super::FileError;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// Refuse parts that inflate past this (a zip bomb, not a document).
const MAX_PART: u64 = 256 << 20;

/// The text of a `.docx` file.
pub fn docx(bytes: &[u8]) -> Result<String, FileError> {
    let mut zip = open(bytes)?;
    let body =
        part(&mut zip, "word/document.xml")?.ok_or(FileError::Missing("word/document.xml"))?;
    let mut text = word_xml(&body)?;
    for notes in ["word/footnotes.xml", "word/endnotes.xml"] {
        if let Some(xml) = part(&mut zip, notes)? {
            append_section(&mut text, &word_xml(&xml)?);
        }
    }
    Ok(text)
}

/// The text of an `.odt` file.
pub fn odt(bytes: &[u8]) -> Result<String, FileError> {
    let mut zip = open(bytes)?;
    let content = part(&mut zip, "content.xml")?.ok_or(FileError::Missing("content.xml"))?;
    odt_xml(&content)
}

type Zip<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

fn open(bytes: &[u8]) -> Result<Zip<'_>, FileError> {
    // An encrypted Office file is an OLE compound file, not a zip.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(FileError::Encrypted);
    }
    zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| FileError::Corrupt(e.to_string()))
}

/// The part `name` as text, `None` if the archive has no such part.
fn part(zip: &mut Zip<'_>, name: &str) -> Result<Option<String>, FileError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(FileError::Corrupt(format!("{name}: {e}"))),
    };
    let mut bytes = Vec::new();
    file.take(MAX_PART)
        .read_to_end(&mut bytes)
        .map_err(|e| FileError::Corrupt(format!("{name}: {e}")))?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| FileError::Corrupt(format!("{name} is not UTF-8 XML")))
}

fn append_section(text: &mut String, section: &str) {
    let section = section.trim_start_matches('\n');
    if section.trim().is_empty() {
        return;
    }
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(section);
}

fn xml_error(e: impl std::fmt::Display) -> FileError {
    FileError::Corrupt(format!("bad XML: {e}"))
}

/// WordprocessingML: text in `w:t`, paragraphs `w:p`, `w:tab`, `w:br`.
fn word_xml(xml: &str) -> Result<String, FileError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut in_text = 0usize; // inside <w:t>
    let mut paragraph_open = false;
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text += 1,
                b"p" => paragraph_open = true,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = in_text.saturating_sub(1),
                b"p" => {
                    out.push('\n');
                    paragraph_open = false;
                }
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" if paragraph_open => out.push('\t'),
                b"br" | b"cr" if paragraph_open => out.push('\n'),
                b"p" => out.push('\n'),
                _ => {}
            },
            Event::Text(t) if in_text > 0 => out.push_str(&t.unescape().map_err(xml_error)?),
            Event::CData(t) if in_text > 0 => out.push_str(&String::from_utf8_lossy(&t)),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(tidy(out))
}

/// OpenDocument text: `text:p` and `text:h` paragraphs, `text:s` spaces,
/// `text:tab`, `text:line-break`.
fn odt_xml(xml: &str) -> Result<String, FileError> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut depth = 0usize; // open text:p / text:h
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(e) => {
                if matches!(e.local_name().as_ref(), b"p" | b"h") {
                    if depth > 0 {
                        out.push('\n'); // a note's paragraph inside a paragraph
                    }
                    depth += 1;
                }
            }
            Event::End(e) => {
                if matches!(e.local_name().as_ref(), b"p" | b"h") {
                    depth = depth.saturating_sub(1);
                    out.push('\n');
                }
            }
            Event::Empty(e) if depth > 0 => match e.local_name().as_ref() {
                b"s" => {
                    let n = e
                        .try_get_attribute("text:c")
                        .ok()
                        .flatten()
                        .and_then(|a| std::str::from_utf8(&a.value).ok()?.parse::<usize>().ok())
                        .unwrap_or(1);
                    out.extend(std::iter::repeat_n(' ', n.min(1000)));
                }
                b"tab" => out.push('\t'),
                b"line-break" => out.push('\n'),
                _ => {}
            },
            Event::Empty(e) if matches!(e.local_name().as_ref(), b"p" | b"h") => out.push('\n'),
            Event::Text(t) if depth > 0 => out.push_str(&t.unescape().map_err(xml_error)?),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(tidy(out))
}

/// Drops the trailing line breaks (the last paragraph's end).
fn tidy(mut text: String) -> String {
    let keep = text.trim_end_matches('\n').len();
    text.truncate(keep);
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    /// A zip of `parts`, deflated (writing needs only the flate2 backend).
    fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, body) in parts {
            w.start_file(*name, SimpleFileOptions::default()).unwrap();
            w.write_all(body.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn docx_paragraphs_tables_notes() {
        let body = format!(
            r#"<w:document {W}><w:body>
<w:p><w:r><w:t>وصل الوزير</w:t></w:r><w:r><w:t xml:space="preserve"> إلى فاس</w:t></w:r></w:p>
<w:p><w:r><w:delText>محذوف</w:delText><w:instrText>PAGE</w:instrText><w:t>أ</w:t><w:tab/><w:t>ب &amp; ج</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>خلية 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>خلية 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p/></w:body></w:document>"#
        );
        let notes = format!(
            r#"<w:footnotes {W}><w:footnote w:type="separator"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>هامش</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
        let bytes = zip_of(&[("word/document.xml", &body), ("word/footnotes.xml", &notes)]);
        assert_eq!(
            docx(&bytes).unwrap(),
            "وصل الوزير إلى فاس\nأ\tب & ج\nخلية 1\nخلية 2\n\nهامش"
        );
    }

    #[test]
    fn odt_paragraphs_and_spaces() {
        let content = r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:h>عنوان</text:h><text:p>أ<text:s text:c="2"/>ب<text:tab/>ج</text:p></office:text></office:body></office:document-content>"#;
        let bytes = zip_of(&[("content.xml", content)]);
        assert_eq!(odt(&bytes).unwrap(), "عنوان\nأ  ب\tج");
    }

    #[test]
    fn corrupt_encrypted_missing() {
        assert!(matches!(
            docx(b"PK\x03\x04 not really"),
            Err(FileError::Corrupt(_))
        ));
        assert_eq!(
            docx(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]),
            Err(FileError::Encrypted)
        );
        let bytes = zip_of(&[("mimetype", "x")]);
        assert_eq!(docx(&bytes), Err(FileError::Missing("word/document.xml")));
    }
}
