//! UTF-8: encoding JavaScript strings (WTF-16, so lone surrogates become U+FFFD) and the WHATWG
//! decoder (<https://encoding.spec.whatwg.org/#utf-8-decoder>), which replaces each maximal
//! invalid subpart with one U+FFFD, exactly as Node's `buf.toString()` and `TextDecoder` do.

use super::Decoded;
use boa_engine::string::JsStrVariant;
use boa_engine::JsStr;
use std::borrow::Cow;

const REPLACEMENT: u16 = 0xfffd;

/// Walk the code points of `units`, pairing surrogates and replacing lone ones.
fn for_each_char(units: &[u16], mut f: impl FnMut(u32) -> bool) {
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        let (cp, width) = match u {
            0xd800..=0xdbff => match units.get(i + 1) {
                Some(&lo @ 0xdc00..=0xdfff) => {
                    (0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(lo) - 0xdc00), 2)
                }
                _ => (u32::from(REPLACEMENT), 1),
            },
            0xdc00..=0xdfff => (u32::from(REPLACEMENT), 1),
            _ => (u32::from(u), 1),
        };
        if !f(cp) {
            return;
        }
        i += width;
    }
}

fn width(cp: u32) -> usize {
    match cp {
        0..=0x7f => 1,
        0x80..=0x7ff => 2,
        0x800..=0xffff => 3,
        _ => 4,
    }
}

fn put(cp: u32, out: &mut [u8]) {
    match out.len() {
        1 => out[0] = cp as u8,
        2 => {
            out[0] = 0xc0 | (cp >> 6) as u8;
            out[1] = 0x80 | (cp & 0x3f) as u8;
        }
        3 => {
            out[0] = 0xe0 | (cp >> 12) as u8;
            out[1] = 0x80 | (cp >> 6 & 0x3f) as u8;
            out[2] = 0x80 | (cp & 0x3f) as u8;
        }
        _ => {
            out[0] = 0xf0 | (cp >> 18) as u8;
            out[1] = 0x80 | (cp >> 12 & 0x3f) as u8;
            out[2] = 0x80 | (cp >> 6 & 0x3f) as u8;
            out[3] = 0x80 | (cp & 0x3f) as u8;
        }
    }
}

/// The UTF-8 length of `s`.
#[must_use]
pub fn byte_length(s: JsStr<'_>) -> usize {
    match s.variant() {
        JsStrVariant::Latin1(bytes) => bytes.len() + bytes.iter().filter(|&&b| b >= 0x80).count(),
        JsStrVariant::Utf16(units) => {
            let mut n = 0;
            for_each_char(units, |cp| {
                n += width(cp);
                true
            });
            n
        }
    }
}

/// `s` as UTF-8.
#[must_use]
pub fn encode(s: JsStr<'_>) -> Vec<u8> {
    encode_cow(s).into_owned()
}

/// `s` as UTF-8, borrowed when `s` is ASCII (its Latin-1 bytes are then its UTF-8 bytes).
#[must_use]
pub fn encode_cow(s: JsStr<'_>) -> Cow<'_, [u8]> {
    if let JsStrVariant::Latin1(bytes) = s.variant() {
        if bytes.is_ascii() {
            return Cow::Borrowed(bytes);
        }
    }
    let mut out = vec![0; byte_length(s)];
    encode_into(s, &mut out);
    Cow::Owned(out)
}

/// `s` as UTF-8 into `out`, whole characters only; returns the number of bytes written.
pub fn encode_into(s: JsStr<'_>, out: &mut [u8]) -> usize {
    let mut n = 0;
    match s.variant() {
        JsStrVariant::Latin1(bytes) => {
            // The ASCII prefix is copied as it is.
            let ascii = bytes.iter().position(|&b| b >= 0x80).unwrap_or(bytes.len()).min(out.len());
            out[..ascii].copy_from_slice(&bytes[..ascii]);
            n = ascii;
            for &b in &bytes[ascii..] {
                let w = if b < 0x80 { 1 } else { 2 };
                if n + w > out.len() {
                    break;
                }
                put(u32::from(b), &mut out[n..n + w]);
                n += w;
            }
        }
        JsStrVariant::Utf16(units) => for_each_char(units, |cp| {
            let w = width(cp);
            if n + w > out.len() {
                return false;
            }
            put(cp, &mut out[n..n + w]);
            n += w;
            true
        }),
    }
    n
}

/// Decode `bytes` with the WHATWG UTF-8 decoder (no BOM handling).
#[must_use]
pub fn decode(bytes: &[u8]) -> Decoded {
    if bytes.is_ascii() {
        return Decoded::Latin1(bytes.to_vec());
    }
    let mut out: Vec<u16> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            out.push(u16::from(b));
            i += 1;
            continue;
        }
        let (need, mut cp, lower, upper) = match b {
            0xc2..=0xdf => (1, u32::from(b & 0x1f), 0x80, 0xbf),
            0xe0 => (2, u32::from(b & 0x0f), 0xa0, 0xbf),
            0xed => (2, u32::from(b & 0x0f), 0x80, 0x9f),
            0xe1..=0xef => (2, u32::from(b & 0x0f), 0x80, 0xbf),
            0xf0 => (3, u32::from(b & 0x07), 0x90, 0xbf),
            0xf4 => (3, u32::from(b & 0x07), 0x80, 0x8f),
            0xf1..=0xf3 => (3, u32::from(b & 0x07), 0x80, 0xbf),
            _ => {
                out.push(REPLACEMENT);
                i += 1;
                continue;
            }
        };
        i += 1;
        let mut ok = true;
        for k in 0..need {
            let (lo, hi) = if k == 0 { (lower, upper) } else { (0x80, 0xbf) };
            match bytes.get(i) {
                Some(&c) if (lo..=hi).contains(&c) => {
                    cp = cp << 6 | u32::from(c & 0x3f);
                    i += 1;
                }
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            out.push(REPLACEMENT);
        } else if cp >= 0x10000 {
            let c = cp - 0x10000;
            out.push(0xd800 | (c >> 10) as u16);
            out.push(0xdc00 | (c & 0x3ff) as u16);
        } else {
            out.push(cp as u16);
        }
    }
    Decoded::Utf16(out)
}

/// How many bytes at the end of `bytes` begin a character that more input could complete
/// (0 to 3). A streaming decoder holds them back until the next chunk.
#[must_use]
pub fn incomplete_tail(bytes: &[u8]) -> usize {
    let n = bytes.len();
    for back in 1..=3.min(n) {
        let b = bytes[n - back];
        if (0x80..=0xbf).contains(&b) {
            continue;
        }
        let (need, lower, upper) = match b {
            0xc2..=0xdf => (1, 0x80, 0xbf),
            0xe0 => (2, 0xa0, 0xbf),
            0xed => (2, 0x80, 0x9f),
            0xe1..=0xef => (2, 0x80, 0xbf),
            0xf0 => (3, 0x90, 0xbf),
            0xf4 => (3, 0x80, 0x8f),
            0xf1..=0xf3 => (3, 0x80, 0xbf),
            _ => return 0,
        };
        if back > need {
            return 0;
        }
        let rest = &bytes[n - back + 1..];
        let valid = rest.iter().enumerate().all(|(k, c)| {
            let (lo, hi) = if k == 0 { (lower, upper) } else { (0x80, 0xbf) };
            (lo..=hi).contains(c)
        });
        return if valid && back <= need { back } else { 0 };
    }
    0
}

/// Whether `bytes` is well-formed UTF-8.
#[must_use]
pub fn is_valid(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &[u16]) -> Vec<u8> {
        encode(JsStr::utf16(s))
    }

    #[test]
    fn ascii_is_borrowed_and_latin1_is_encoded() {
        assert!(matches!(encode_cow(JsStr::latin1(b"plain")), Cow::Borrowed(b"plain")));
        let latin1 = encode_cow(JsStr::latin1(b"ab\xe9cd\xff"));
        assert!(matches!(latin1, Cow::Owned(_)));
        assert_eq!(&*latin1, "ab\u{e9}cd\u{ff}".as_bytes());
        // A short output keeps whole characters only, the ASCII prefix included.
        let mut out = [0u8; 3];
        assert_eq!(encode_into(JsStr::latin1(b"ab\xe9"), &mut out), 2);
        assert_eq!(&out[..2], b"ab");
        assert_eq!(utf16(&[0x61, 0xd800, 0x62]), "a\u{fffd}b".as_bytes());
    }

    fn decoded(bytes: &[u8]) -> Vec<u16> {
        match decode(bytes) {
            Decoded::Latin1(b) => b.into_iter().map(u16::from).collect(),
            Decoded::Utf16(u) => u,
        }
    }

    #[test]
    fn encodes_lone_surrogates_as_replacement() {
        assert_eq!(utf16(&[0xd800, 0x78]), vec![0xef, 0xbf, 0xbd, 0x78]);
        assert_eq!(utf16(&[0x61, 0xd83d, 0xde00]), vec![0x61, 0xf0, 0x9f, 0x98, 0x80]);
        assert_eq!(encode(JsStr::latin1(&[0x68, 0xe9])), vec![0x68, 0xc3, 0xa9]);
        assert_eq!(byte_length(JsStr::utf16(&[0x20ac, 0xdc00])), 6);
    }

    #[test]
    fn encode_into_keeps_whole_characters() {
        let mut out = [0u8; 4];
        assert_eq!(encode_into(JsStr::utf16(&[0x20ac, 0x20ac]), &mut out), 3);
        assert_eq!(encode_into(JsStr::utf16(&[0x20ac]), &mut out[..2]), 0);
    }

    #[test]
    fn decodes_maximal_subparts() {
        let bytes = [0xf0, 0x9f, 0x98, 0x41, 0xe0, 0x80, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xff];
        let mut want = vec![0xfffd, 0x41];
        want.extend([0xfffd; 8]);
        assert_eq!(decoded(&bytes), want);
        assert_eq!(decoded(&[0xf0, 0x9f, 0x98, 0x80]), vec![0xd83d, 0xde00]);
    }

    #[test]
    fn finds_incomplete_tails() {
        assert_eq!(incomplete_tail(b"ab"), 0);
        assert_eq!(incomplete_tail(&[0x61, 0xe2]), 1);
        assert_eq!(incomplete_tail(&[0xe2, 0x82]), 2);
        assert_eq!(incomplete_tail(&[0xe2, 0x82, 0xac]), 0);
        assert_eq!(incomplete_tail(&[0xf0, 0x9f, 0x98]), 3);
        assert_eq!(incomplete_tail(&[0xe0, 0x80]), 0);
        assert_eq!(incomplete_tail(&[0x80, 0x80]), 0);
    }
}
