//! Byte codecs behind `Buffer`, `TextEncoder`/`TextDecoder` and `string_decoder`.
//!
//! Strings arrive as Boa's [`JsStr`] (Latin-1 or UTF-16 code units) and leave as UTF-16 code
//! units or Latin-1 bytes, so no codec ever goes through a Rust `String`. Each module holds one
//! encoding family and matches what Node 20 produces for it, byte for byte:
//! - [`utf8`]: WTF-16 → UTF-8 (lone surrogates become U+FFFD) and the WHATWG decoder;
//! - [`base64`]: standard and URL alphabets, Node's lenient decoder;
//! - [`hex`]: lower-case encoding, decoding that stops at the first invalid pair;
//! - [`single`]: the one-byte and two-byte encodings (latin1, ascii, utf16le);
//! - [`whatwg`]: `TextDecoder`'s other WHATWG encodings (utf-16be, iso-8859-x, windows-125x, ...).

pub mod base64;
pub mod hex;
pub mod single;
pub mod utf8;
pub mod whatwg;

use boa_engine::string::JsStrVariant;
use boa_engine::JsStr;

/// The encodings Node's `Buffer` knows, numbered as `internal/buffer.js` passes them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8 = 1,
    Utf16le = 2,
    Latin1 = 3,
    Ascii = 4,
    Base64 = 5,
    Base64url = 6,
    Hex = 7,
}

impl Encoding {
    /// The encoding numbered `id`, if any.
    #[must_use]
    pub fn from_id(id: u32) -> Option<Self> {
        Some(match id {
            1 => Self::Utf8,
            2 => Self::Utf16le,
            3 => Self::Latin1,
            4 => Self::Ascii,
            5 => Self::Base64,
            6 => Self::Base64url,
            7 => Self::Hex,
            _ => return None,
        })
    }
}

/// Encode `s` into a new byte vector.
#[must_use]
pub fn encode(s: JsStr<'_>, enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => utf8::encode(s),
        Encoding::Utf16le => single::utf16le_encode(s),
        Encoding::Latin1 | Encoding::Ascii => single::latin1_encode(s),
        Encoding::Base64 | Encoding::Base64url => match s.variant() {
            JsStrVariant::Latin1(bytes) => base64::decode(bytes),
            JsStrVariant::Utf16(units) => base64::decode(units),
        },
        Encoding::Hex => match s.variant() {
            JsStrVariant::Latin1(bytes) => hex::decode(bytes),
            JsStrVariant::Utf16(units) => hex::decode(units),
        },
    }
}

/// Encode `s` into `out`, writing only whole characters; returns the number of bytes written.
pub fn encode_into(s: JsStr<'_>, enc: Encoding, out: &mut [u8]) -> usize {
    match enc {
        Encoding::Utf8 => utf8::encode_into(s, out),
        Encoding::Utf16le => single::utf16le_encode_into(s, out),
        Encoding::Latin1 | Encoding::Ascii => single::latin1_encode_into(s, out),
        _ => {
            let bytes = encode(s, enc);
            let n = bytes.len().min(out.len());
            out[..n].copy_from_slice(&bytes[..n]);
            n
        }
    }
}

/// A decoded string: Latin-1 bytes when every character fits, UTF-16 otherwise.
#[derive(Debug, PartialEq, Eq)]
pub enum Decoded {
    Latin1(Vec<u8>),
    Utf16(Vec<u16>),
}

/// Decode `bytes` as `enc`.
#[must_use]
pub fn decode(bytes: &[u8], enc: Encoding) -> Decoded {
    match enc {
        Encoding::Utf8 => utf8::decode(bytes),
        Encoding::Utf16le => Decoded::Utf16(single::utf16le_decode(bytes)),
        Encoding::Latin1 => Decoded::Latin1(bytes.to_vec()),
        Encoding::Ascii => Decoded::Latin1(bytes.iter().map(|b| b & 0x7f).collect()),
        Encoding::Base64 => Decoded::Latin1(base64::encode(bytes, false)),
        Encoding::Base64url => Decoded::Latin1(base64::encode(bytes, true)),
        Encoding::Hex => Decoded::Latin1(hex::encode(bytes)),
    }
}

/// The number of bytes `encode(s, enc)` produces.
#[must_use]
pub fn byte_length(s: JsStr<'_>, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => utf8::byte_length(s),
        Encoding::Utf16le => s.len() * 2,
        Encoding::Latin1 | Encoding::Ascii => s.len(),
        _ => encode(s, enc).len(),
    }
}
