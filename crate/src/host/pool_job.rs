//! Pool work described by data rather than by a closure, so it can cross to a Web Worker (which
//! runs the same wasm module) as well as run on a native pool thread.
//!
//! A job travels as `(kind, payload)` bytes: [`PoolJob::encode`] on the loop's side,
//! [`PoolJob::decode`] and [`PoolJob::run`] on the worker's, whose result bytes come back as the
//! completion. Each subsystem owns its jobs (`crate::crypto::job`, `crate::zlib::job`) and its
//! range of kinds; this file only routes between them. [`Fields`] and [`FieldReader`] are the
//! one payload codec they share: length-prefixed byte strings and little-endian integers.

use crate::crypto::job::CryptoJob;
use crate::zlib::job::ZlibJob;

/// One job for the thread pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PoolJob {
    /// CPU-bound busy work: `rounds` passes of a 64-bit mixing hash over `data`; returns the
    /// 8-byte digest (little endian). The pool's own test and benchmark job.
    BusyHash { data: Vec<u8>, rounds: u32 },
    /// The sum of the bytes, as 8 bytes little endian.
    SumBytes(Vec<u8>),
    /// Key derivation and the like (`crypto.pbkdf2`, `scrypt`, `hkdf`).
    Crypto(CryptoJob),
    /// Compression (`zlib`'s callback and stream forms).
    Zlib(ZlibJob),
}

const KIND_BUSY_HASH: u32 = 1;
const KIND_SUM_BYTES: u32 = 2;
/// Crypto jobs use kinds `CRYPTO_BASE..CRYPTO_BASE + 100`.
const CRYPTO_BASE: u32 = 100;
/// Zlib jobs use kinds `ZLIB_BASE..ZLIB_BASE + 100`.
const ZLIB_BASE: u32 = 200;
const RANGE: u32 = 100;

impl PoolJob {
    /// Do the work. Pure: the same job gives the same bytes on every host.
    #[must_use]
    pub fn run(&self) -> Vec<u8> {
        match self {
            Self::BusyHash { data, rounds } => {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325;
                for round in 0..*rounds {
                    h ^= u64::from(round);
                    for &b in data {
                        h ^= u64::from(b);
                        h = h.wrapping_mul(0x0100_0000_01b3);
                        h ^= h >> 29;
                    }
                }
                h.to_le_bytes().to_vec()
            }
            Self::SumBytes(data) => data.iter().map(|&b| u64::from(b)).sum::<u64>().to_le_bytes().to_vec(),
            Self::Crypto(job) => job.run(),
            Self::Zlib(job) => job.run(),
        }
    }

    /// The job as `(kind, payload)`, to post to a worker.
    #[must_use]
    pub fn encode(&self) -> (u32, Vec<u8>) {
        match self {
            Self::BusyHash { data, rounds } => {
                let mut payload = rounds.to_le_bytes().to_vec();
                payload.extend_from_slice(data);
                (KIND_BUSY_HASH, payload)
            }
            Self::SumBytes(data) => (KIND_SUM_BYTES, data.clone()),
            Self::Crypto(job) => {
                let (kind, payload) = job.encode();
                (CRYPTO_BASE + kind, payload)
            }
            Self::Zlib(job) => {
                let (kind, payload) = job.encode();
                (ZLIB_BASE + kind, payload)
            }
        }
    }

    /// The job back from `(kind, payload)`; `None` for an unknown kind or a short payload.
    #[must_use]
    pub fn decode(kind: u32, payload: &[u8]) -> Option<Self> {
        match kind {
            KIND_BUSY_HASH => {
                let rounds = u32::from_le_bytes(payload.get(..4)?.try_into().ok()?);
                Some(Self::BusyHash { data: payload[4..].to_vec(), rounds })
            }
            KIND_SUM_BYTES => Some(Self::SumBytes(payload.to_vec())),
            k if (CRYPTO_BASE..CRYPTO_BASE + RANGE).contains(&k) => {
                CryptoJob::decode(k - CRYPTO_BASE, payload).map(Self::Crypto)
            }
            k if (ZLIB_BASE..ZLIB_BASE + RANGE).contains(&k) => ZlibJob::decode(k - ZLIB_BASE, payload).map(Self::Zlib),
            _ => None,
        }
    }
}

/// Builds a job payload: fields appended in order.
#[derive(Debug, Default)]
pub struct Fields(Vec<u8>);

impl Fields {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }
    #[must_use]
    pub fn bytes(mut self, b: &[u8]) -> Self {
        self.0.extend_from_slice(&(b.len() as u64).to_le_bytes());
        self.0.extend_from_slice(b);
        self
    }
    #[must_use]
    pub fn u32(mut self, v: u32) -> Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    #[must_use]
    pub fn u64(mut self, v: u64) -> Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    #[must_use]
    pub fn finish(self) -> Vec<u8> {
        self.0
    }
}

/// Reads a payload built by [`Fields`], in the same order; every getter is `None` past the end.
#[derive(Debug)]
pub struct FieldReader<'a>(&'a [u8]);

impl<'a> FieldReader<'a> {
    #[must_use]
    pub fn new(payload: &'a [u8]) -> Self {
        Self(payload)
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    pub fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    pub fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub fn bytes(&mut self) -> Option<&'a [u8]> {
        let len = usize::try_from(self.u64()?).ok()?;
        self.take(len)
    }
    pub fn string(&mut self) -> Option<String> {
        String::from_utf8(self.bytes()?.to_vec()).ok()
    }
}

/// A fallible job's result as bytes: a status byte (1 = ok) then the output.
#[must_use]
pub fn encode_result(result: Option<Vec<u8>>) -> Vec<u8> {
    match result {
        Some(mut bytes) => {
            bytes.insert(0, 1);
            bytes
        }
        None => vec![0],
    }
}

/// The output back from [`encode_result`]'s bytes.
#[must_use]
pub fn decode_result(mut bytes: Vec<u8>) -> Option<Vec<u8>> {
    match bytes.first() {
        Some(1) => {
            bytes.remove(0);
            Some(bytes)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{decode_result, encode_result, FieldReader, Fields, PoolJob};
    use crate::crypto::job::CryptoJob;

    #[test]
    fn jobs_round_trip_and_run() {
        let pbkdf2 = CryptoJob::Pbkdf2 {
            digest: "sha256".into(),
            password: b"pw".to_vec(),
            salt: b"salt".to_vec(),
            iterations: 2,
            len: 8,
        };
        for job in [
            PoolJob::BusyHash { data: b"abc".to_vec(), rounds: 3 },
            PoolJob::SumBytes(vec![1, 2, 250]),
            PoolJob::Crypto(pbkdf2),
        ] {
            let (kind, payload) = job.encode();
            assert_eq!(PoolJob::decode(kind, &payload), Some(job.clone()));
        }
        assert_eq!(PoolJob::SumBytes(vec![1, 2, 250]).run(), 253u64.to_le_bytes().to_vec());
        assert_eq!(PoolJob::decode(9, &[]), None);
        assert_eq!(PoolJob::decode(1, &[1]), None);
        assert_eq!(PoolJob::decode(100, &[1]), None);
    }

    #[test]
    fn fields_round_trip_and_stop_at_the_end() {
        let payload = Fields::new().bytes(b"xy").u32(7).u64(9).finish();
        let mut r = FieldReader::new(&payload);
        assert_eq!(r.bytes(), Some(&b"xy"[..]));
        assert_eq!(r.u32(), Some(7));
        assert_eq!(r.u64(), Some(9));
        assert_eq!(r.u32(), None);
        assert_eq!(decode_result(encode_result(Some(vec![5]))), Some(vec![5]));
        assert_eq!(decode_result(encode_result(None)), None);
        assert_eq!(decode_result(vec![]), None);
    }
}
