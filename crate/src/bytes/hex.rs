//! Hexadecimal: lower-case encoding; decoding reads pairs until the first invalid one.

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// Two lower-case hex digits per byte.
#[must_use]
pub fn encode(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    out
}

fn digit(unit: u32) -> Option<u8> {
    let c = u8::try_from(unit).ok()?;
    (c as char).to_digit(16).map(|d| d as u8)
}

/// Bytes from pairs of hex digits (Latin-1 or UTF-16 code units), stopping at the first pair
/// that is not two digits (an odd trailing digit is ignored), as Node does.
#[must_use]
pub fn decode<T: Copy + Into<u32>>(units: &[T]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() / 2);
    for pair in units.chunks_exact(2) {
        match (digit(pair[0].into()), digit(pair[1].into())) {
            (Some(hi), Some(lo)) => out.push(hi << 4 | lo),
            _ => break,
        }
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
    fn round_trip() {
        assert_eq!(encode(&[0, 0xab, 0xff]), b"00abff");
        assert_eq!(decode(&units("00ABff")), vec![0, 0xab, 0xff]);
    }

    #[test]
    fn stops_at_invalid_pair() {
        assert_eq!(decode(&units("abzz12")), vec![0xab]);
        assert_eq!(decode(&units("123")), vec![0x12]);
        assert_eq!(decode(&units("1g23")), Vec::<u8>::new());
        assert_eq!(decode(&units("\u{0161}1")), Vec::<u8>::new());
    }
}
