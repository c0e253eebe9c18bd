//! The WHATWG Encoding Standard's decoders, as the platform provides them: natively the
//! `encoding_rs` crate; in a browser the page's own `TextDecoder`, which implements the same
//! standard.
//!
//! Callers ([`crate::bytes::whatwg`]) name the encoding (a canonical name from
//! `encoding_rs::Encoding::for_label`) and pass whole chunks; byte-order marks stay in the
//! output. Both hosts decode malformed input to U+FFFD, or report it (`None`) when `fatal`.
//!
//! NOTE: the browser build leaves the decoding to the page because `encoding_rs`'s CJK tables
//! and decoders are ~100 KB of the brotli-compressed `.wasm` (README "Wasm build profile"), and
//! every browser already ships a standard decoder for each of these encodings.

/// Decode `bytes` as the encoding named `name` into UTF-16 code units, or `None` when `fatal`
/// and the bytes are malformed (or the name is unknown).
#[cfg(not(target_arch = "wasm32"))]
#[must_use]
pub fn decode_whatwg(name: &str, bytes: &[u8], fatal: bool) -> Option<Vec<u16>> {
    use encoding_rs::{DecoderResult, Encoding};
    let mut decoder = Encoding::for_label(name.as_bytes())?.new_decoder_without_bom_handling();
    let mut out = vec![0u16; decoder.max_utf16_buffer_length(bytes.len())?];
    let written = if fatal {
        let (result, _read, written) = decoder.decode_to_utf16_without_replacement(bytes, &mut out, true);
        match result {
            DecoderResult::InputEmpty => written,
            _ => return None,
        }
    } else {
        let (_result, _read, written, _had_errors) = decoder.decode_to_utf16(bytes, &mut out, true);
        written
    };
    out.truncate(written);
    Some(out)
}

// NOTE: `#[wasm_bindgen]` expands to unsafe FFI glue; this code writes no unsafe itself.
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
mod page {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// The page's (or worker's) `TextDecoder`.
        pub type TextDecoder;
        #[wasm_bindgen(constructor, catch)]
        pub fn new(label: &str, options: &JsValue) -> Result<TextDecoder, JsValue>;
        #[wasm_bindgen(method, catch)]
        pub fn decode(this: &TextDecoder, input: &[u8]) -> Result<js_sys::JsString, JsValue>;
    }
}

/// Decode `bytes` as the encoding named `name` into UTF-16 code units, or `None` when `fatal`
/// and the bytes are malformed (or the page has no decoder for `name`).
#[cfg(target_arch = "wasm32")]
#[must_use]
pub fn decode_whatwg(name: &str, bytes: &[u8], fatal: bool) -> Option<Vec<u16>> {
    let options = js_sys::Object::new();
    for (key, value) in [("fatal", fatal), ("ignoreBOM", true)] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).ok()?;
    }
    let decoder = page::TextDecoder::new(name, &options).ok()?;
    let text = decoder.decode(bytes).ok()?;
    Some(text.iter().collect())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::decode_whatwg;

    #[test]
    fn decodes_and_reports_malformed_input() {
        assert_eq!(decode_whatwg("utf-16be", &[0, 0x61, 0xd8], false), Some(vec![0x61, 0xfffd]));
        assert_eq!(decode_whatwg("utf-16be", &[0, 0x61, 0xd8], true), None);
        assert_eq!(decode_whatwg("shift_jis", &[0x82, 0xa0], false), Some(vec![0x3042]));
        assert_eq!(decode_whatwg("shift_jis", &[0x82], true), None);
        assert_eq!(decode_whatwg("utf-16be", &[0xfe, 0xff, 0, 0x61], false), Some(vec![0xfeff, 0x61]));
        assert_eq!(decode_whatwg("no-such-encoding", &[0x61], false), None);
    }
}
