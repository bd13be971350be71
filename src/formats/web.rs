//! The browser's side of [`crate::formats`]: `readFile(file)` for the
//! page's worker.
//!
//! The worker passes a `File` as it is; its bytes are read through
//! `web_sys::Blob::array_buffer` and legacy text is decoded by the browser's
//! own `TextDecoder` (`web_sys::TextDecoder`, Windows-1256), so the module
//! carries no code-page tables and the worker no glue of its own.
//! HTML comes back as decoded markup, for the page's `DOMParser` (which
//! does not exist in a worker); PDF is not read here (the page uses
//! pdf.js).

use super::{decode, read, FileError, Format};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// What `readFile` resolves to.
#[derive(Serialize)]
struct Read {
    /// The format's code (`docx`, `txt`, …).
    format: &'static str,
    /// The document's text, or an HTML file's decoded markup.
    text: String,
    /// True when `text` is HTML markup still to be read by `DOMParser`.
    markup: bool,
}

/// Reads a `File` as text: `{format, text, markup}`. Rejects with an
/// `Error` whose message says why the file cannot be read (unknown type,
/// corrupt or encrypted document, a PDF).
#[wasm_bindgen(js_name = readFile)]
pub async fn read_file(file: web_sys::File) -> Result<JsValue, JsError> {
    let name = file.name();
    let format = Format::from_name(&name);
    if format == Some(Format::Pdf) {
        return Err(JsError::new(&FileError::PdfUnsupported.to_string()));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| JsError::new(&format!("cannot read the file: {e:?}")))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let out = if format == Some(Format::Html) {
        Read {
            format: "html",
            text: decode(&bytes, &windows_1256).map_err(|e| JsError::new(&e.to_string()))?,
            markup: true,
        }
    } else {
        let doc = read(&name, &bytes, &windows_1256).map_err(|e| JsError::new(&e.to_string()))?;
        Read {
            format: doc.format.code(),
            text: doc.text,
            markup: false,
        }
    };
    serde_wasm_bindgen::to_value(&out).map_err(|e| JsError::new(&e.to_string()))
}

/// Windows-1256 through the browser's `TextDecoder` (every byte maps to a
/// character, so this cannot fail; a decoder that is missing gives U+FFFD).
fn windows_1256(bytes: &[u8]) -> String {
    web_sys::TextDecoder::new_with_label("windows-1256")
        .and_then(|d| d.decode_with_u8_array(bytes))
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}
