//! The fixed-width encodings: latin1 (and ascii, which encodes the same way) and utf16le.

use boa_engine::string::JsStrVariant;
use boa_engine::JsStr;

/// Each code unit's low byte, as Node's latin1 and ascii encoders keep it.
#[must_use]
pub fn latin1_encode(s: JsStr<'_>) -> Vec<u8> {
    match s.variant() {
        JsStrVariant::Latin1(bytes) => bytes.to_vec(),
        JsStrVariant::Utf16(units) => units.iter().map(|&u| u as u8).collect(),
    }
}

/// [`latin1_encode`] into `out`; returns the number of bytes written.
pub fn latin1_encode_into(s: JsStr<'_>, out: &mut [u8]) -> usize {
    let n = s.len().min(out.len());
    match s.variant() {
        JsStrVariant::Latin1(bytes) => out[..n].copy_from_slice(&bytes[..n]),
        JsStrVariant::Utf16(units) => {
            for (o, &u) in out.iter_mut().zip(&units[..n]) {
                *o = u as u8;
            }
        }
    }
    n
}

/// Each code unit as two little-endian bytes.
#[must_use]
pub fn utf16le_encode(s: JsStr<'_>) -> Vec<u8> {
    let mut out = vec![0; s.len() * 2];
    utf16le_encode_into(s, &mut out);
    out
}

/// [`utf16le_encode`] into `out`, whole code units only; returns the number of bytes written.
pub fn utf16le_encode_into(s: JsStr<'_>, out: &mut [u8]) -> usize {
    let n = s.len().min(out.len() / 2);
    for (i, unit) in s.iter().take(n).enumerate() {
        out[2 * i..2 * i + 2].copy_from_slice(&unit.to_le_bytes());
    }
    n * 2
}

/// Pairs of bytes as little-endian code units; an odd last byte is dropped.
#[must_use]
pub fn utf16le_decode(bytes: &[u8]) -> Vec<u16> {
    bytes.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_keeps_low_bytes() {
        let units = [0x68, 0xe9, 0x20ac];
        assert_eq!(latin1_encode(JsStr::utf16(&units)), vec![0x68, 0xe9, 0xac]);
        let mut out = [0u8; 2];
        assert_eq!(latin1_encode_into(JsStr::latin1(b"abc"), &mut out), 2);
        assert_eq!(&out, b"ab");
    }

    #[test]
    fn utf16le_round_trip() {
        let units = [0x61, 0xd83d, 0xde00];
        let bytes = utf16le_encode(JsStr::utf16(&units));
        assert_eq!(bytes, vec![0x61, 0, 0x3d, 0xd8, 0x00, 0xde]);
        assert_eq!(utf16le_decode(&bytes[..5]), vec![0x61, 0xd83d]);
        let mut out = [0u8; 3];
        assert_eq!(utf16le_encode_into(JsStr::utf16(&units), &mut out), 2);
    }
}
