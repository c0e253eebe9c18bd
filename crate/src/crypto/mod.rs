//! The byte-level cryptography behind `require('crypto')`: hashes, HMAC, key derivation,
//! random bytes and (in [`cipher`]) AES ciphers, over the RustCrypto crates. No JavaScript here; `bindings/crypto.rs` wraps it.
//!
//! Algorithm names arrive as the user typed them; [`canonical`] maps Node's accepted spellings
//! (any case, `RSA-` prefixes, OpenSSL's `SHA2-256` forms) onto one name per algorithm.

pub mod cipher;
pub mod job;

use sha2::digest::{ExtendableOutput, FixedOutput, Update};

/// A running fixed-output hash or MAC, behind one object-safe face.
pub trait Running {
    fn feed(&mut self, data: &[u8]);
    /// The output for everything fed so far (the state is left as it was).
    fn output(&self) -> Vec<u8>;
    fn fork(&self) -> Box<dyn Running>;
}

impl<T: Update + FixedOutput + Clone + 'static> Running for T {
    fn feed(&mut self, data: &[u8]) {
        self.update(data);
    }
    fn output(&self) -> Vec<u8> {
        self.clone().finalize_fixed().to_vec()
    }
    fn fork(&self) -> Box<dyn Running> {
        Box::new(self.clone())
    }
}

/// The digest names `getHashes()` lists, in Node's (sorted) order.
pub const HASHES: &[&str] = &[
    "RSA-MD5",
    "RSA-SHA1",
    "RSA-SHA224",
    "RSA-SHA256",
    "RSA-SHA3-224",
    "RSA-SHA3-256",
    "RSA-SHA3-384",
    "RSA-SHA3-512",
    "RSA-SHA384",
    "RSA-SHA512",
    "RSA-SHA512/224",
    "RSA-SHA512/256",
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha3-224",
    "sha3-256",
    "sha3-384",
    "sha3-512",
    "sha384",
    "sha512",
    "sha512-224",
    "sha512-256",
    "shake128",
    "shake256",
];

/// The one name of the algorithm `name` spells, if it is one we have.
pub fn canonical(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let bare = lower.strip_prefix("rsa-").unwrap_or(&lower);
    let bare = bare.strip_suffix("withrsaencryption").unwrap_or(bare);
    // `sha512/256` alone is not a name OpenSSL knows, though `rsa-sha512/256` is.
    if bare == lower && bare.starts_with("sha512/") {
        return None;
    }
    Some(match bare {
        "md5" => "md5",
        "sha1" | "sha-1" => "sha1",
        "sha224" | "sha-224" | "sha2-224" => "sha224",
        "sha256" | "sha-256" | "sha2-256" => "sha256",
        "sha384" | "sha-384" | "sha2-384" => "sha384",
        "sha512" | "sha-512" | "sha2-512" => "sha512",
        "sha512-224" | "sha512/224" | "sha-512/224" | "sha2-512/224" => "sha512-224",
        "sha512-256" | "sha512/256" | "sha-512/256" | "sha2-512/256" => "sha512-256",
        "sha3-224" => "sha3-224",
        "sha3-256" => "sha3-256",
        "sha3-384" => "sha3-384",
        "sha3-512" => "sha3-512",
        "shake128" => "shake128",
        "shake256" => "shake256",
        _ => return None,
    })
}

/// Run `$body` with the type alias `$D` bound to the fixed-output digest called `$name`
/// (a canonical name); `None` for XOFs and unknown names.
macro_rules! with_digest {
    ($name:expr, $D:ident => $body:expr) => {
        match $name {
            "md5" => {
                type $D = md5::Md5;
                Some($body)
            }
            "sha1" => {
                type $D = sha1::Sha1;
                Some($body)
            }
            "sha224" => {
                type $D = sha2::Sha224;
                Some($body)
            }
            "sha256" => {
                type $D = sha2::Sha256;
                Some($body)
            }
            "sha384" => {
                type $D = sha2::Sha384;
                Some($body)
            }
            "sha512" => {
                type $D = sha2::Sha512;
                Some($body)
            }
            "sha512-224" => {
                type $D = sha2::Sha512_224;
                Some($body)
            }
            "sha512-256" => {
                type $D = sha2::Sha512_256;
                Some($body)
            }
            "sha3-224" => {
                type $D = sha3::Sha3_224;
                Some($body)
            }
            "sha3-256" => {
                type $D = sha3::Sha3_256;
                Some($body)
            }
            "sha3-384" => {
                type $D = sha3::Sha3_384;
                Some($body)
            }
            "sha3-512" => {
                type $D = sha3::Sha3_512;
                Some($body)
            }
            _ => None,
        }
    };
}

/// An extendable-output function's running state.
#[derive(Clone)]
pub enum Xof {
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

/// A running hash or HMAC: fed with [`Hasher::update`], finished once with [`Hasher::finish`].
pub enum Hasher {
    Fixed(Box<dyn Running>),
    Xof(Box<Xof>, usize),
}

impl Clone for Hasher {
    fn clone(&self) -> Self {
        match self {
            Self::Fixed(d) => Self::Fixed(d.fork()),
            Self::Xof(x, len) => Self::Xof(x.clone(), *len),
        }
    }
}

impl Hasher {
    /// A hash of algorithm `name`; `output_len` overrides an XOF's default length.
    pub fn new(name: &str, output_len: Option<usize>) -> Option<Self> {
        match canonical(name)? {
            "shake128" => Some(Self::Xof(Box::new(Xof::Shake128(Default::default())), output_len.unwrap_or(16))),
            "shake256" => Some(Self::Xof(Box::new(Xof::Shake256(Default::default())), output_len.unwrap_or(32))),
            other => with_digest!(other, D => Box::new(D::default()) as Box<dyn Running>).map(Self::Fixed),
        }
    }

    /// An HMAC keyed with `key` over algorithm `name` (XOFs have no HMAC).
    pub fn hmac(name: &str, key: &[u8]) -> Option<Self> {
        use hmac::Mac;
        let name = canonical(name)?;
        with_digest!(name, D => Box::new(
            hmac::SimpleHmac::<D>::new_from_slice(key).expect("HMAC takes keys of any length"),
        ) as Box<dyn Running>)
        .map(Self::Fixed)
    }

    /// Whether `name` is a fixed-output digest (what HMAC, PBKDF2 and HKDF accept).
    pub fn is_fixed(name: &str) -> bool {
        Self::output_size(name).is_some()
    }

    /// The output size in bytes of the fixed digest `name`.
    pub fn output_size(name: &str) -> Option<usize> {
        with_digest!(canonical(name)?, D => <D as sha2::digest::OutputSizeUser>::output_size())
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            Self::Fixed(d) => d.feed(data),
            Self::Xof(x, _) => match &mut **x {
                Xof::Shake128(h) => h.update(data),
                Xof::Shake256(h) => h.update(data),
            },
        }
    }

    /// The digest of everything fed so far.
    pub fn finish(&self) -> Vec<u8> {
        match self {
            Self::Fixed(d) => d.output(),
            Self::Xof(x, len) => {
                let mut out = vec![0; *len];
                match (**x).clone() {
                    Xof::Shake128(h) => h.finalize_xof_into(&mut out),
                    Xof::Shake256(h) => h.finalize_xof_into(&mut out),
                }
                out
            }
        }
    }

    /// Change an XOF's output length (for `hash.copy({ outputLength })`).
    pub fn set_output_len(&mut self, len: usize) {
        if let Self::Xof(_, l) = self {
            *l = len;
        }
    }

    pub fn is_xof(&self) -> bool {
        matches!(self, Self::Xof(..))
    }
}

/// PBKDF2-HMAC with digest `name`; `None` for an unknown digest.
pub fn pbkdf2(name: &str, password: &[u8], salt: &[u8], iterations: u32, len: usize) -> Option<Vec<u8>> {
    let mut out = vec![0; len];
    with_digest!(canonical(name)?, D => pbkdf2::pbkdf2::<hmac::SimpleHmac<D>>(password, salt, iterations, &mut out))?
        .ok()?;
    Some(out)
}

/// HKDF (extract then expand) with digest `name`; `None` for an unknown digest or a too-long key.
pub fn hkdf(name: &str, ikm: &[u8], salt: &[u8], info: &[u8], len: usize) -> Option<Vec<u8>> {
    let mut out = vec![0; len];
    with_digest!(canonical(name)?, D => {
        hkdf::SimpleHkdf::<D>::new(Some(salt), ikm).expand(info, &mut out).is_ok()
    })?
    .then_some(out)
}

/// scrypt with cost `n` (a power of two), block size `r`, parallelism `p`.
pub fn scrypt(password: &[u8], salt: &[u8], n: u64, r: u32, p: u32, len: usize) -> Option<Vec<u8>> {
    if n < 2 || !n.is_power_of_two() {
        return None;
    }
    let log_n = n.trailing_zeros() as u8;
    // NOTE: the crate's `len` only sizes its PHC strings; the real output length is `out`'s.
    let params = scrypt::Params::new(log_n, r, p, len.clamp(10, 64)).ok()?;
    let mut out = vec![0; len];
    if len == 0 {
        return Some(out);
    }
    scrypt::scrypt(password, salt, &params, &mut out).ok()?;
    Some(out)
}

/// Fill `buf` from the system's secure random source.
pub fn fill_random(buf: &mut [u8]) -> bool {
    getrandom::getrandom(buf).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn hash(name: &str, data: &[u8]) -> String {
        let mut h = Hasher::new(name, None).unwrap();
        h.update(data);
        hex(&h.finish())
    }

    #[test]
    fn known_digests() {
        assert_eq!(hash("md5", b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hash("SHA256", b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hash("RSA-SHA1", b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hash("shake128", b""), "7f9c2ba4e88f827d616045507605853e");
        assert!(Hasher::new("nope", None).is_none());
    }

    #[test]
    fn hmac_and_kdfs() {
        let mut h = Hasher::hmac("sha256", b"key").unwrap();
        h.update(b"The quick brown fox jumps over the lazy dog");
        assert_eq!(hex(&h.finish()), "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        let k = pbkdf2("sha1", b"password", b"salt", 1, 20).unwrap();
        assert_eq!(hex(&k), "0c60c80f961f0e71f3a9b524af6012062fe037a6");
        assert!(hkdf("sha256", b"k", b"s", b"i", 255 * 32 + 1).is_none());
        assert!(scrypt(b"", b"", 3, 1, 1, 16).is_none());
        assert_eq!(scrypt(b"", b"", 16, 1, 1, 64).map(|k| hex(&k[..8])).as_deref(), Some("77d6576238657b20"));
    }
}
