//! The CLI's file reading: a file whose extension `kashif::formats` knows
//! (`.docx`, `.odt`, `.html`, `.srt`, `.vtt`) is read as that format, and a
//! `.txt`, `.csv` or `.md` that is not UTF-8 is decoded (UTF-16 by its BOM,
//! Windows-1256 with `encoding_rs`); anything else (UTF-8 text as it is,
//! stdin, other names) is read as before.

use anyhow::{anyhow, Result};
use kashif::formats::{self, Format};
use std::path::Path;

/// Windows-1256 bytes as text.
fn windows_1256(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1256
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// The text of `path` given its `bytes`: `Ok(None)` when the path is not
/// a known format (the caller reads it as UTF-8), `Err` with the reason
/// when it is one and cannot be read.
pub fn text_of(path: &Path, bytes: &[u8]) -> Result<Option<String>> {
    let name = path.to_string_lossy();
    let plain = matches!(
        Format::from_name(&name),
        Some(Format::Text | Format::Csv | Format::Markdown)
    );
    if path.as_os_str() == "-"
        || Format::from_name(&name).is_none()
        || (plain && std::str::from_utf8(bytes).is_ok())
    {
        return Ok(None);
    }
    formats::read(&name, bytes, &windows_1256)
        .map(|doc| Some(doc.text))
        .map_err(|e| anyhow!("{e}"))
}
