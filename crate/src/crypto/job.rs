//! crypto's pool jobs: key derivation and random bytes described by data, so it can run on a Web Worker as well
//! as on a native pool thread. Kinds are local to this file; `host::pool_job` routes them here.
//! Results are [`encode_result`] bytes: a status byte, then the derived key.

use crate::host::{encode_result, FieldReader, Fields};

/// One crypto job for the pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptoJob {
    Pbkdf2 {
        digest: String,
        password: Vec<u8>,
        salt: Vec<u8>,
        iterations: u32,
        len: usize,
    },
    Scrypt {
        password: Vec<u8>,
        salt: Vec<u8>,
        n: u64,
        r: u32,
        p: u32,
        len: usize,
    },
    Hkdf {
        digest: String,
        ikm: Vec<u8>,
        salt: Vec<u8>,
        info: Vec<u8>,
        len: usize,
    },
    /// `len` bytes from the secure random source (`randomBytes`, `randomFill`).
    Random {
        len: usize,
    },
    /// An HMAC of `data` (Web Crypto's `sign` and `verify`).
    Hmac {
        digest: String,
        key: Vec<u8>,
        data: Vec<u8>,
    },
}

const PBKDF2: u32 = 1;
const SCRYPT: u32 = 2;
const HKDF: u32 = 3;
const RANDOM: u32 = 4;
const HMAC: u32 = 5;

impl CryptoJob {
    /// Do the work: the derived key, or a failure status (unknown digest, bad parameters).
    #[must_use]
    pub fn run(&self) -> Vec<u8> {
        encode_result(match self {
            Self::Pbkdf2 { digest, password, salt, iterations, len } => {
                super::pbkdf2(digest, password, salt, *iterations, *len)
            }
            Self::Scrypt { password, salt, n, r, p, len } => super::scrypt(password, salt, *n, *r, *p, *len),
            Self::Hkdf { digest, ikm, salt, info, len } => super::hkdf(digest, ikm, salt, info, *len),
            Self::Random { len } => {
                let mut out = vec![0; *len];
                super::fill_random(&mut out).then_some(out)
            }
            Self::Hmac { digest, key, data } => super::Hasher::hmac(digest, key).map(|mut h| {
                h.update(data);
                h.finish()
            }),
        })
    }

    /// The job as `(kind, payload)`.
    #[must_use]
    pub fn encode(&self) -> (u32, Vec<u8>) {
        match self {
            Self::Pbkdf2 { digest, password, salt, iterations, len } => (
                PBKDF2,
                Fields::new()
                    .bytes(digest.as_bytes())
                    .bytes(password)
                    .bytes(salt)
                    .u32(*iterations)
                    .u64(*len as u64)
                    .finish(),
            ),
            Self::Scrypt { password, salt, n, r, p, len } => {
                (SCRYPT, Fields::new().bytes(password).bytes(salt).u64(*n).u32(*r).u32(*p).u64(*len as u64).finish())
            }
            Self::Hkdf { digest, ikm, salt, info, len } => (
                HKDF,
                Fields::new().bytes(digest.as_bytes()).bytes(ikm).bytes(salt).bytes(info).u64(*len as u64).finish(),
            ),
            Self::Random { len } => (RANDOM, Fields::new().u64(*len as u64).finish()),
            Self::Hmac { digest, key, data } => {
                (HMAC, Fields::new().bytes(digest.as_bytes()).bytes(key).bytes(data).finish())
            }
        }
    }

    /// The job back from `(kind, payload)`; `None` for an unknown kind or a short payload.
    #[must_use]
    pub fn decode(kind: u32, payload: &[u8]) -> Option<Self> {
        let mut r = FieldReader::new(payload);
        let len = |v: u64| usize::try_from(v).ok();
        Some(match kind {
            PBKDF2 => Self::Pbkdf2 {
                digest: r.string()?,
                password: r.bytes()?.to_vec(),
                salt: r.bytes()?.to_vec(),
                iterations: r.u32()?,
                len: len(r.u64()?)?,
            },
            SCRYPT => Self::Scrypt {
                password: r.bytes()?.to_vec(),
                salt: r.bytes()?.to_vec(),
                n: r.u64()?,
                r: r.u32()?,
                p: r.u32()?,
                len: len(r.u64()?)?,
            },
            HKDF => Self::Hkdf {
                digest: r.string()?,
                ikm: r.bytes()?.to_vec(),
                salt: r.bytes()?.to_vec(),
                info: r.bytes()?.to_vec(),
                len: len(r.u64()?)?,
            },
            RANDOM => Self::Random { len: len(r.u64()?)? },
            HMAC => Self::Hmac { digest: r.string()?, key: r.bytes()?.to_vec(), data: r.bytes()?.to_vec() },
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::CryptoJob;
    use crate::host::decode_result;

    #[test]
    fn random_job_round_trips_and_runs() {
        let job = CryptoJob::Random { len: 33 };
        let (kind, payload) = job.encode();
        assert_eq!(CryptoJob::decode(kind, &payload), Some(job.clone()));
        assert_eq!(decode_result(job.run()).map(|b| b.len()), Some(33));
        assert_eq!(CryptoJob::decode(kind, &[1, 2]), None);
    }

    #[test]
    fn hmac_job_round_trips_and_runs() {
        let job = CryptoJob::Hmac { digest: "sha256".into(), key: b"key".to_vec(), data: b"abc".to_vec() };
        let (kind, payload) = job.encode();
        assert_eq!(CryptoJob::decode(kind, &payload), Some(job.clone()));
        let mac = decode_result(job.run()).unwrap();
        assert_eq!(mac[..4], [0x9c, 0x19, 0x6e, 0x32]);
        let unknown = CryptoJob::Hmac { digest: "nope".into(), key: vec![], data: vec![] };
        assert_eq!(decode_result(unknown.run()), None);
    }
}
