//! The WHATWG Encoding Standard's legacy decoders behind `TextDecoder` (utf-16be, the
//! single-byte families such as iso-8859-x, windows-125x and koi8, and the CJK encodings): the
//! labels through the `encoding_rs` crate's table, the decoding through the host's decoders
//! ([`crate::host::decode_whatwg`]: `encoding_rs` natively, the page's `TextDecoder` in a
//! browser), with Node's ICU differences applied.
//!
//! utf-8, utf-16le and the windows-1252 labels keep their own fast paths in [`super`]; this
//! module only names labels and decodes whole chunks. Byte-order marks are left in the output:
//! `TextDecoder` strips them itself, after its own `ignoreBOM` rule.
//!
//! NOTE: Node's ICU has no table for iso-8859-16 and no `replacement` or `x-user-defined`
//! decoder, so those labels are reported as unsupported here too, as Node reports them.
//!
//! NOTE: for malformed CJK input (gbk, big5, shift_jis, euc-jp, euc-kr, iso-2022-jp) ICU and
//! the WHATWG decoders resynchronise differently, so the number of U+FFFD can differ from
//! Node's; well-formed input decodes the same.

use crate::host;
use encoding_rs::Encoding;

/// The canonical lower-case name for a WHATWG `label`, or `None` when Node does not support it.
/// The labels of the `replacement` encoding (iso-2022-kr, hz-gb-2312, ...) give `replacement`,
/// which `TextDecoder` then rejects by that name, as Node does.
#[must_use]
pub fn name_for_label(label: &str) -> Option<String> {
    let enc = Encoding::for_label(label.trim_matches(|c| matches!(c, '\t' | '\n' | '\x0c' | '\r' | ' ')).as_bytes())?;
    let name = enc.name().to_ascii_lowercase();
    match name.as_str() {
        "x-user-defined" | "iso-8859-16" => None,
        _ => Some(name),
    }
}

/// A byte and what it decodes to (`None`: unmapped).
type ByteFix = (u8, Option<u16>);

/// Where Node's ICU tables differ from the WHATWG ones for a single-byte encoding: the byte and
/// what ICU decodes it to (`None`: unmapped, an error). Node is the reference, so these win.
const ICU_DIFFERENCES: &[(&str, &[ByteFix])] = &[
    (
        "windows-874",
        &[
            (0xdb, Some(0xf8c1)),
            (0xdc, Some(0xf8c2)),
            (0xdd, Some(0xf8c3)),
            (0xde, Some(0xf8c4)),
            (0xfc, Some(0xf8c5)),
            (0xfd, Some(0xf8c6)),
            (0xfe, Some(0xf8c7)),
            (0xff, Some(0xf8c8)),
        ],
    ),
    ("windows-1253", &[(0xaa, Some(0xaa))]),
    ("windows-1255", &[(0xca, None)]),
    ("koi8-u", &[(0xae, Some(0x255d)), (0xbe, Some(0x256c))]),
    ("ibm866", &[(0x1a, Some(0x1c)), (0x1c, Some(0x7f)), (0x7f, Some(0x1a))]),
];

/// Decode a single-byte encoding through its 256-entry table with ICU's differences applied.
/// The table is the host decoder's output for the bytes 0..=255: in a single-byte encoding each
/// byte is one character, and U+FFFD there means the byte is unmapped.
fn decode_single_byte(name: &str, fixes: &[(u8, Option<u16>)], bytes: &[u8], fatal: bool) -> Option<Vec<u16>> {
    let all: Vec<u8> = (0..=255).collect();
    let decoded = host::decode_whatwg(name, &all, false)?;
    if decoded.len() != 256 {
        return None;
    }
    let mut table: Vec<Option<u16>> = decoded.into_iter().map(|unit| (unit != 0xfffd).then_some(unit)).collect();
    for &(byte, unit) in fixes {
        table[usize::from(byte)] = unit;
    }
    bytes
        .iter()
        .map(|&b| match table[usize::from(b)] {
            Some(unit) => Some(unit),
            None if fatal => None,
            None => Some(0xfffd),
        })
        .collect()
}

/// Decode a whole chunk as the encoding named `name` (a name from [`name_for_label`]), into
/// UTF-16 code units. Malformed input becomes U+FFFD, or makes the result `None` when `fatal`.
/// An unknown name also gives `None`.
#[must_use]
pub fn decode(name: &str, bytes: &[u8], fatal: bool) -> Option<Vec<u16>> {
    if let Some((_, fixes)) = ICU_DIFFERENCES.iter().find(|(n, _)| *n == name) {
        return decode_single_byte(name, fixes, bytes, fatal);
    }
    host::decode_whatwg(name, bytes, fatal)
}

#[cfg(test)]
mod tests {
    use super::{decode, name_for_label};

    #[test]
    fn names_labels_as_node_does() {
        assert_eq!(name_for_label(" Latin2 ").as_deref(), Some("iso-8859-2"));
        assert_eq!(name_for_label("UTF-16BE").as_deref(), Some("utf-16be"));
        assert_eq!(name_for_label("iso-8859-16"), None);
        assert_eq!(name_for_label("x-user-defined"), None);
        assert_eq!(name_for_label("iso-2022-kr").as_deref(), Some("replacement"));
        assert_eq!(name_for_label("bogus"), None);
    }

    #[test]
    fn decodes_and_reports_malformed_input() {
        assert_eq!(decode("utf-16be", &[0, 0x61, 0xd8], false), Some(vec![0x61, 0xfffd]));
        assert_eq!(decode("utf-16be", &[0, 0x61, 0xd8], true), None);
        assert_eq!(decode("iso-8859-2", &[0xa9], false), Some(vec![0x160]));
        assert_eq!(decode("iso-8859-3", &[0xa5], true), None);
        assert_eq!(decode("koi8-u", &[0x41, 0xae], false), Some(vec![0x41, 0x255d]));
        assert_eq!(decode("windows-1255", &[0xca], false), Some(vec![0xfffd]));
    }
}
