//! Base64 in both alphabets. Encoding pads the standard alphabet and not the URL one; decoding
//! is Node's lenient one: either alphabet, characters outside it are skipped, the first `=`
//! ends the data, and a trailing partial group yields the whole bytes it holds.

const STANDARD: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64 (`url`: the URL alphabet without padding).
#[must_use]
pub fn encode(bytes: &[u8], url: bool) -> Vec<u8> {
    let table = if url { URL } else { STANDARD };
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let b = [group[0], *group.get(1).unwrap_or(&0), *group.get(2).unwrap_or(&0)];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        let chars = group.len() + 1;
        for k in 0..4 {
            if k < chars {
                out.push(table[(n >> (18 - 6 * k) & 63) as usize]);
            } else if !url {
                out.push(b'=');
            }
        }
    }
    out
}

fn value(unit: u32) -> Option<u32> {
    Some(match unit {
        0x41..=0x5a => unit - 0x41,
        0x61..=0x7a => unit - 0x61 + 26,
        0x30..=0x39 => unit - 0x30 + 52,
        0x2b | 0x2d => 62,
        0x2f | 0x5f => 63,
        _ => return None,
    })
}

/// Decode base64 or base64url (Latin-1 or UTF-16 code units) leniently; see the module comment.
#[must_use]
pub fn decode<T: Copy + Into<u32>>(units: &[T]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() / 4 * 3 + 2);
    let mut acc = 0u32;
    let mut count = 0u32;
    for &unit in units {
        let unit: u32 = unit.into();
        if unit == u32::from(b'=') {
            break;
        }
        let Some(v) = value(unit) else { continue };
        acc = acc << 6 | v;
        count += 1;
        if count == 4 {
            out.extend_from_slice(&[(acc >> 16) as u8, (acc >> 8) as u8, acc as u8]);
            acc = 0;
            count = 0;
        }
    }
    match count {
        2 => out.push((acc >> 4) as u8),
        3 => out.extend_from_slice(&[(acc >> 10) as u8, (acc >> 2) as u8]),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn encodes_with_and_without_padding() {
        assert_eq!(encode(b"ab", false), b"YWI=");
        assert_eq!(encode(b"a", false), b"YQ==");
        assert_eq!(encode(&[0xfb, 0xff], true), b"-_8");
        assert_eq!(encode(b"", false), b"");
    }

    #[test]
    fn decodes_leniently() {
        assert_eq!(decode(&units("YW Jj\n")), b"abc");
        assert_eq!(decode(&units("Y$W*Jj")), b"abc");
        assert_eq!(decode(&units("YQ==YWJj")), b"a");
        assert_eq!(decode(&units("-_-_")), vec![0xfb, 0xff, 0xbf]);
        assert_eq!(decode(&units("YWJ")), b"ab");
        assert_eq!(decode(&units("Y")), b"");
        assert_eq!(decode(&units("=YWJj")), b"");
    }
}
