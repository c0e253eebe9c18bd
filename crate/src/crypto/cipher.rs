//! Symmetric ciphers behind `createCipheriv` / `createDecipheriv`: AES-128/192/256 in CBC, ECB,
//! CTR and GCM, over the RustCrypto `aes`, `cbc`, `ecb`, `ctr` and `ghash` crates.
//!
//! How and why: Node's cipher objects are OpenSSL `EVP_CIPHER_CTX`s, and scripts see OpenSSL's
//! buffering through `update()`'s output sizes. So [`Cipher`] reproduces it exactly:
//! - CBC/ECB emit whole blocks only; a decrypting context with padding on holds back the last
//!   full block until `final` (it may be the padding block), so `update` of a multiple of 16
//!   bytes returns 16 bytes fewer than it was given.
//! - CTR and GCM are stream modes: every `update` returns as many bytes as it was given.
//! - GCM is composed here from CTR (32-bit counter) and GHASH as in NIST SP 800-38D, because the
//!   `aes-gcm` crate is one-shot and fixes the IV length in the type, while Node streams and
//!   takes IVs of 1 to 128 bytes. AAD is hashed (zero-padded) when the first data arrives.
//!
//! Failures come back as [`CipherError`]s; the JavaScript side turns them into Node's errors.

use aes::cipher::generic_array::GenericArray;
use aes::cipher::{
    consts::U16, BlockCipher, BlockDecrypt, BlockDecryptMut, BlockEncrypt, BlockEncryptMut, BlockSizeUser, KeyInit,
    KeyIvInit, StreamCipher,
};
use ghash::universal_hash::UniversalHash;

/// A block cipher mode of operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Cbc,
    Ecb,
    Ctr,
    Gcm,
}

impl Mode {
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Cbc => "cbc",
            Self::Ecb => "ecb",
            Self::Ctr => "ctr",
            Self::Gcm => "gcm",
        }
    }
}

/// One cipher as OpenSSL describes it (`getCipherInfo`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CipherSpec {
    /// OpenSSL's short name, as `getCipherInfo` reports it (`aes-128-cbc`, `id-aes128-gcm`).
    pub name: &'static str,
    pub nid: u32,
    pub mode: Mode,
    pub key_len: usize,
    /// The default IV length (0 for ECB, which takes none).
    pub iv_len: usize,
    pub block_size: usize,
}

const fn spec(name: &'static str, nid: u32, mode: Mode, key_len: usize) -> CipherSpec {
    let (iv_len, block_size) = match mode {
        Mode::Cbc => (16, 16),
        Mode::Ecb => (0, 16),
        Mode::Ctr => (16, 1),
        Mode::Gcm => (12, 1),
    };
    CipherSpec { name, nid, mode, key_len, iv_len, block_size }
}

/// Every cipher we implement, each once.
pub const SPECS: &[CipherSpec] = &[
    spec("aes-128-ecb", 418, Mode::Ecb, 16),
    spec("aes-128-cbc", 419, Mode::Cbc, 16),
    spec("aes-192-ecb", 422, Mode::Ecb, 24),
    spec("aes-192-cbc", 423, Mode::Cbc, 24),
    spec("aes-256-ecb", 426, Mode::Ecb, 32),
    spec("aes-256-cbc", 427, Mode::Cbc, 32),
    spec("id-aes128-gcm", 895, Mode::Gcm, 16),
    spec("id-aes192-gcm", 898, Mode::Gcm, 24),
    spec("id-aes256-gcm", 901, Mode::Gcm, 32),
    spec("aes-128-ctr", 904, Mode::Ctr, 16),
    spec("aes-192-ctr", 905, Mode::Ctr, 24),
    spec("aes-256-ctr", 906, Mode::Ctr, 32),
];

/// The names `getCiphers()` lists for the ciphers above, in Node's (sorted) order.
pub const CIPHER_NAMES: &[&str] = &[
    "aes-128-cbc",
    "aes-128-ctr",
    "aes-128-ecb",
    "aes-128-gcm",
    "aes-192-cbc",
    "aes-192-ctr",
    "aes-192-ecb",
    "aes-192-gcm",
    "aes-256-cbc",
    "aes-256-ctr",
    "aes-256-ecb",
    "aes-256-gcm",
    "aes128",
    "aes192",
    "aes256",
    "id-aes128-GCM",
    "id-aes192-GCM",
    "id-aes256-GCM",
];

/// The cipher `name` spells (any case, OpenSSL's aliases), if we have it.
#[must_use]
pub fn lookup(name: &str) -> Option<&'static CipherSpec> {
    let lower = name.to_ascii_lowercase();
    let canonical = match lower.as_str() {
        "aes128" => "aes-128-cbc",
        "aes192" => "aes-192-cbc",
        "aes256" => "aes-256-cbc",
        "aes-128-gcm" => "id-aes128-gcm",
        "aes-192-gcm" => "id-aes192-gcm",
        "aes-256-gcm" => "id-aes256-gcm",
        other => other,
    };
    SPECS.iter().find(|s| s.name == canonical)
}

/// The cipher with OpenSSL's numeric id `nid`.
#[must_use]
pub fn lookup_nid(nid: u32) -> Option<&'static CipherSpec> {
    SPECS.iter().find(|s| s.nid == nid)
}

impl CipherSpec {
    /// Whether `len` is an IV length this cipher accepts.
    #[must_use]
    pub fn iv_len_ok(&self, len: usize) -> bool {
        match self.mode {
            Mode::Gcm => (1..=128).contains(&len),
            _ => len == self.iv_len,
        }
    }
}

/// Why a cipher operation failed, named after the OpenSSL or Node error it becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CipherError {
    InvalidKeyLength,
    InvalidIv,
    InvalidAuthTagLength,
    /// Data was added, or `final` called, after `final`.
    InvalidState,
    /// The padding of the last block is wrong.
    BadDecrypt,
    /// Block modes: the input was not a whole number of blocks.
    WrongFinalBlockLength,
    /// GCM: the tag did not match, or none was set.
    AuthFailed,
}

impl CipherError {
    /// A short stable name, for the binding to hand to JavaScript.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::InvalidKeyLength => "keylen",
            Self::InvalidIv => "iv",
            Self::InvalidAuthTagLength => "tag",
            Self::InvalidState => "state",
            Self::BadDecrypt => "bad_decrypt",
            Self::WrongFinalBlockLength => "wrong_final_block_length",
            Self::AuthFailed => "auth",
        }
    }
}

/// The GCM tag lengths OpenSSL accepts.
#[must_use]
pub fn gcm_tag_len_ok(len: usize) -> bool {
    matches!(len, 4 | 8 | 12..=16)
}

/// Whole blocks transformed in place (`data.len()` is a multiple of 16).
trait Blocks {
    fn apply(&mut self, data: &mut [u8]);
}

struct Enc<T>(T);
struct Dec<T>(T);

impl<T: BlockEncryptMut> Blocks for Enc<T> {
    fn apply(&mut self, data: &mut [u8]) {
        for block in data.chunks_exact_mut(16) {
            self.0.encrypt_block_mut(GenericArray::from_mut_slice(block));
        }
    }
}

impl<T: BlockDecryptMut> Blocks for Dec<T> {
    fn apply(&mut self, data: &mut [u8]) {
        for block in data.chunks_exact_mut(16) {
            self.0.decrypt_block_mut(GenericArray::from_mut_slice(block));
        }
    }
}

/// GCM's authentication half: GHASH over the AAD and the ciphertext, streamed.
struct Gcm {
    ghash: ghash::GHash,
    /// `E(K, J0)`, xored into the hash to make the tag.
    tag_mask: [u8; 16],
    aad: Vec<u8>,
    aad_len: u64,
    /// The ciphertext's last partial block, not hashed yet.
    partial: Vec<u8>,
    data_len: u64,
    /// False until the first data: the AAD is still open.
    started: bool,
    tag_len: usize,
    /// Encrypting: the tag made by `final`. Decrypting: the tag set by `setAuthTag`.
    tag: Option<Vec<u8>>,
}

impl Gcm {
    fn start(&mut self) {
        if !self.started {
            self.started = true;
            self.ghash.update_padded(&self.aad);
            self.aad_len = self.aad.len() as u64;
            self.aad = Vec::new();
        }
    }

    fn hash_data(&mut self, mut data: &[u8]) {
        self.start();
        self.data_len += data.len() as u64;
        if !self.partial.is_empty() {
            let take = (16 - self.partial.len()).min(data.len());
            self.partial.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.partial.len() < 16 {
                return;
            }
            let block = std::mem::take(&mut self.partial);
            self.ghash.update_padded(&block);
        }
        let whole = data.len() / 16 * 16;
        self.ghash.update_padded(&data[..whole]);
        self.partial.extend_from_slice(&data[whole..]);
    }

    fn tag(&mut self) -> Vec<u8> {
        self.start();
        let partial = std::mem::take(&mut self.partial);
        self.ghash.update_padded(&partial);
        let mut lengths = [0u8; 16];
        lengths[..8].copy_from_slice(&(self.aad_len * 8).to_be_bytes());
        lengths[8..].copy_from_slice(&(self.data_len * 8).to_be_bytes());
        self.ghash.update_padded(&lengths);
        let mut tag = self.ghash.clone().finalize().to_vec();
        for (t, m) in tag.iter_mut().zip(self.tag_mask) {
            *t ^= m;
        }
        tag.truncate(self.tag_len);
        tag
    }
}

enum Engine {
    Block(Box<dyn Blocks>),
    Stream(Box<dyn StreamCipher>),
    Gcm(Box<dyn StreamCipher>, Box<Gcm>),
}

/// A running encryption or decryption: fed with [`Cipher::update`], ended by [`Cipher::finish`].
pub struct Cipher {
    engine: Engine,
    decrypt: bool,
    padding: bool,
    /// Block modes: input not yet transformed (less than a block, or the held-back block).
    pending: Vec<u8>,
    finished: bool,
}

fn build<C>(mode: Mode, key: &[u8], iv: &[u8], decrypt: bool, tag_len: usize) -> Engine
where
    C: BlockCipher + BlockSizeUser<BlockSize = U16> + BlockEncrypt + BlockDecrypt + KeyInit + Clone + 'static,
{
    match mode {
        Mode::Cbc if decrypt => Engine::Block(Box::new(Dec(
            cbc::Decryptor::<C>::new_from_slices(key, iv).expect("key and IV lengths checked")
        ))),
        Mode::Cbc => Engine::Block(Box::new(Enc(
            cbc::Encryptor::<C>::new_from_slices(key, iv).expect("key and IV lengths checked")
        ))),
        Mode::Ecb if decrypt => {
            Engine::Block(Box::new(Dec(ecb::Decryptor::<C>::new_from_slice(key).expect("key length checked"))))
        }
        Mode::Ecb => {
            Engine::Block(Box::new(Enc(ecb::Encryptor::<C>::new_from_slice(key).expect("key length checked"))))
        }
        Mode::Ctr => {
            Engine::Stream(Box::new(ctr::Ctr128BE::<C>::new_from_slices(key, iv).expect("key and IV lengths checked")))
        }
        Mode::Gcm => {
            let block = C::new_from_slice(key).expect("key length checked");
            let mut h = GenericArray::default();
            block.encrypt_block(&mut h);
            let mut ghash = ghash::GHash::new(&h);
            // The pre-counter block J0: the IV and a counter of 1, or GHASH of the IV if it is
            // not 96 bits long.
            let mut j0 = [0u8; 16];
            if iv.len() == 12 {
                j0[..12].copy_from_slice(iv);
                j0[15] = 1;
            } else {
                let mut iv_hash = ghash.clone();
                iv_hash.update_padded(iv);
                let mut lengths = [0u8; 16];
                lengths[8..].copy_from_slice(&(iv.len() as u64 * 8).to_be_bytes());
                iv_hash.update_padded(&lengths);
                j0.copy_from_slice(&iv_hash.finalize());
            }
            let mut mask = GenericArray::clone_from_slice(&j0);
            block.encrypt_block(&mut mask);
            let counter = u32::from_be_bytes([j0[12], j0[13], j0[14], j0[15]]).wrapping_add(1);
            j0[12..].copy_from_slice(&counter.to_be_bytes());
            let stream = ctr::Ctr32BE::<C>::new_from_slices(key, &j0).expect("key and IV lengths checked");
            // Keep `ghash` fresh for the data (the IV hash above used a clone).
            ghash = ghash::GHash::new(&h);
            let gcm = Gcm {
                ghash,
                tag_mask: mask.into(),
                aad: Vec::new(),
                aad_len: 0,
                partial: Vec::new(),
                data_len: 0,
                started: false,
                tag_len,
                tag: None,
            };
            Engine::Gcm(Box::new(stream), Box::new(gcm))
        }
    }
}

impl Cipher {
    /// A cipher context for `spec`. `iv` is `None` for a `null` IV (ECB only); `tag_len` is
    /// GCM's `authTagLength` (16 if not given).
    ///
    /// # Errors
    /// A key, IV or tag length the cipher does not take.
    pub fn new(
        spec: &CipherSpec,
        key: &[u8],
        iv: Option<&[u8]>,
        decrypt: bool,
        tag_len: Option<usize>,
    ) -> Result<Self, CipherError> {
        if key.len() != spec.key_len {
            return Err(CipherError::InvalidKeyLength);
        }
        let iv = match iv {
            Some(iv) if spec.iv_len_ok(iv.len()) || (spec.mode == Mode::Ecb && iv.is_empty()) => iv,
            None if spec.mode == Mode::Ecb => &[],
            _ => return Err(CipherError::InvalidIv),
        };
        if spec.mode == Mode::Gcm && tag_len.is_some_and(|n| !gcm_tag_len_ok(n)) {
            return Err(CipherError::InvalidAuthTagLength);
        }
        let tag_len = tag_len.unwrap_or(16);
        let engine = match spec.key_len {
            16 => build::<aes::Aes128>(spec.mode, key, iv, decrypt, tag_len),
            24 => build::<aes::Aes192>(spec.mode, key, iv, decrypt, tag_len),
            _ => build::<aes::Aes256>(spec.mode, key, iv, decrypt, tag_len),
        };
        Ok(Self { engine, decrypt, padding: true, pending: Vec::new(), finished: false })
    }

    /// Transform `input`, returning what OpenSSL would emit now.
    ///
    /// # Errors
    /// [`CipherError::InvalidState`] after `final`.
    pub fn update(&mut self, input: &[u8]) -> Result<Vec<u8>, CipherError> {
        if self.finished {
            return Err(CipherError::InvalidState);
        }
        Ok(match &mut self.engine {
            Engine::Block(blocks) => {
                self.pending.extend_from_slice(input);
                let total = self.pending.len();
                let ready =
                    if self.decrypt && self.padding { total.saturating_sub(1) / 16 * 16 } else { total / 16 * 16 };
                let mut out: Vec<u8> = self.pending.drain(..ready).collect();
                blocks.apply(&mut out);
                out
            }
            Engine::Stream(stream) => {
                let mut out = input.to_vec();
                stream.apply_keystream(&mut out);
                out
            }
            Engine::Gcm(stream, gcm) => {
                let mut out = input.to_vec();
                if self.decrypt {
                    gcm.hash_data(input);
                    stream.apply_keystream(&mut out);
                } else {
                    stream.apply_keystream(&mut out);
                    gcm.hash_data(&out);
                }
                out
            }
        })
    }

    /// End the operation: the last bytes (padding handled), or why it failed.
    ///
    /// # Errors
    /// Bad padding, a partial last block, a GCM tag mismatch, or a second `final`.
    pub fn finish(&mut self) -> Result<Vec<u8>, CipherError> {
        if self.finished {
            return Err(CipherError::InvalidState);
        }
        self.finished = true;
        match &mut self.engine {
            Engine::Block(blocks) => {
                let mut last = std::mem::take(&mut self.pending);
                if !self.decrypt && self.padding {
                    let pad = 16 - last.len() % 16;
                    last.resize(last.len() + pad, pad as u8);
                }
                if !last.len().is_multiple_of(16) || (self.decrypt && self.padding && last.is_empty()) {
                    return Err(CipherError::WrongFinalBlockLength);
                }
                blocks.apply(&mut last);
                if self.decrypt && self.padding {
                    let pad = usize::from(last[last.len() - 1]);
                    if pad == 0 || pad > 16 || !last[last.len() - pad..].iter().all(|&b| usize::from(b) == pad) {
                        return Err(CipherError::BadDecrypt);
                    }
                    last.truncate(last.len() - pad);
                }
                Ok(last)
            }
            Engine::Stream(_) => Ok(Vec::new()),
            Engine::Gcm(_, gcm) => {
                let tag = gcm.tag();
                if !self.decrypt {
                    gcm.tag = Some(tag);
                    return Ok(Vec::new());
                }
                match &gcm.tag {
                    Some(expected) if expected.len() <= tag.len() && constant_eq(expected, &tag[..expected.len()]) => {
                        Ok(Vec::new())
                    }
                    _ => Err(CipherError::AuthFailed),
                }
            }
        }
    }

    /// Turn PKCS#7 padding on or off (block modes; other modes ignore it).
    ///
    /// # Errors
    /// [`CipherError::InvalidState`] after `final`.
    pub fn set_auto_padding(&mut self, on: bool) -> Result<(), CipherError> {
        if self.finished {
            return Err(CipherError::InvalidState);
        }
        self.padding = on;
        Ok(())
    }

    /// Add additional authenticated data (GCM, before any data).
    ///
    /// # Errors
    /// Not GCM, or data was already given.
    pub fn set_aad(&mut self, aad: &[u8]) -> Result<(), CipherError> {
        match &mut self.engine {
            Engine::Gcm(_, gcm) if !gcm.started && !self.finished => {
                gcm.aad.extend_from_slice(aad);
                Ok(())
            }
            _ => Err(CipherError::InvalidState),
        }
    }

    /// The tag an encrypting GCM context made in `final`.
    #[must_use]
    pub fn auth_tag(&self) -> Option<Vec<u8>> {
        match &self.engine {
            Engine::Gcm(_, gcm) if !self.decrypt => gcm.tag.clone(),
            _ => None,
        }
    }

    /// Give a decrypting GCM context the tag to check in `final` (once, before `final`).
    ///
    /// # Errors
    /// [`CipherError::InvalidAuthTagLength`] for a length GCM does not take (or not the
    /// `authTagLength` given); [`CipherError::InvalidState`] otherwise.
    pub fn set_auth_tag(&mut self, tag: &[u8], fixed_len: bool) -> Result<(), CipherError> {
        match &mut self.engine {
            Engine::Gcm(_, gcm) if self.decrypt && !self.finished && gcm.tag.is_none() => {
                if !gcm_tag_len_ok(tag.len()) || (fixed_len && tag.len() != gcm.tag_len) {
                    return Err(CipherError::InvalidAuthTagLength);
                }
                gcm.tag = Some(tag.to_vec());
                Ok(())
            }
            _ => Err(CipherError::InvalidState),
        }
    }
}

fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn run(name: &str, key: &str, iv: &str, decrypt: bool, padding: bool, input: &str) -> Result<String, CipherError> {
        let spec = lookup(name).unwrap();
        let mut c = Cipher::new(spec, &unhex(key), Some(&unhex(iv)), decrypt, None)?;
        c.set_auto_padding(padding)?;
        let mut out = c.update(&unhex(input))?;
        out.extend(c.finish()?);
        Ok(hex(&out))
    }

    #[test]
    fn nist_sp800_38a_vectors() {
        let key = "2b7e151628aed2a6abf7158809cf4f3c";
        let plain = "6bc1bee22e409f96e93d7e117393172a";
        let iv = "000102030405060708090a0b0c0d0e0f";
        assert_eq!(run("aes-128-cbc", key, iv, false, false, plain).unwrap(), "7649abac8119b246cee98e9b12e9197d");
        assert_eq!(run("AES-128-ECB", key, "", false, false, plain).unwrap(), "3ad77bb40d7a3660a89ecaf32466ef97");
        let ctr_iv = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";
        assert_eq!(run("aes-128-ctr", key, ctr_iv, false, true, plain).unwrap(), "874d6191b620e3261bef6864990db6ce");
    }

    #[test]
    fn gcm_vectors() {
        // GCM spec test case 2 (zero key, zero IV, one zero block) and test case 6 (60-byte IV).
        let spec = lookup("aes-128-gcm").unwrap();
        let mut c = Cipher::new(spec, &[0; 16], Some(&[0; 12]), false, None).unwrap();
        assert_eq!(hex(&c.update(&[0; 16]).unwrap()), "0388dace60b6a392f328c2b971b2fe78");
        c.finish().unwrap();
        assert_eq!(hex(&c.auth_tag().unwrap()), "ab6e47d42cec13bdf53a67b21257bddf");

        let key = unhex("feffe9928665731c6d6a8f9467308308");
        let iv = unhex(
            "9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b",
        );
        let aad = unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        let plain = unhex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        );
        let mut c = Cipher::new(spec, &key, Some(&iv), false, None).unwrap();
        c.set_aad(&aad).unwrap();
        let mut out = c.update(&plain[..7]).unwrap();
        out.extend(c.update(&plain[7..]).unwrap());
        c.finish().unwrap();
        assert_eq!(&hex(&out)[..16], "8ce24998625615b6");
        let tag = c.auth_tag().unwrap();
        assert_eq!(hex(&tag), "619cc5aefffe0bfa462af43c1699d050");

        let mut d = Cipher::new(spec, &key, Some(&iv), true, None).unwrap();
        d.set_aad(&aad).unwrap();
        d.set_auth_tag(&tag, false).unwrap();
        assert_eq!(d.update(&out).unwrap(), plain);
        assert!(d.finish().is_ok());

        let mut bad = Cipher::new(spec, &key, Some(&iv), true, None).unwrap();
        bad.set_auth_tag(&tag, false).unwrap();
        bad.update(&out).unwrap();
        assert_eq!(bad.finish(), Err(CipherError::AuthFailed));
    }

    #[test]
    fn openssl_buffering_and_padding() {
        let spec = lookup("aes128").unwrap();
        let mut d = Cipher::new(spec, &[1; 16], Some(&[2; 16]), true, None).unwrap();
        let sizes: Vec<usize> = [5, 16, 11, 16, 32].iter().map(|&n| d.update(&vec![0; n]).unwrap().len()).collect();
        assert_eq!(sizes, [0, 16, 0, 16, 32]);
        assert_eq!(d.finish(), Err(CipherError::BadDecrypt));
        assert_eq!(d.update(b"x"), Err(CipherError::InvalidState));

        let mut e = Cipher::new(spec, &[1; 16], Some(&[2; 16]), false, None).unwrap();
        e.set_auto_padding(false).unwrap();
        e.update(&[0; 15]).unwrap();
        assert_eq!(e.finish(), Err(CipherError::WrongFinalBlockLength));

        assert_eq!(
            run("aes-256-cbc", &"00".repeat(32), &"00".repeat(16), true, true, "").err(),
            Some(CipherError::WrongFinalBlockLength)
        );
        let ct = run("aes-192-cbc", &"11".repeat(24), &"22".repeat(16), false, true, "616263").unwrap();
        assert_eq!(run("aes-192-cbc", &"11".repeat(24), &"22".repeat(16), true, true, &ct).unwrap(), "616263");
    }

    #[test]
    fn argument_checks() {
        let gcm = lookup("id-aes256-GCM").unwrap();
        assert_eq!(gcm.name, "id-aes256-gcm");
        assert_eq!(Cipher::new(gcm, &[0; 16], Some(&[0; 12]), false, None).err(), Some(CipherError::InvalidKeyLength));
        assert_eq!(Cipher::new(gcm, &[0; 32], Some(&[]), false, None).err(), Some(CipherError::InvalidIv));
        assert_eq!(Cipher::new(gcm, &[0; 32], Some(&[0; 129]), false, None).err(), Some(CipherError::InvalidIv));
        assert_eq!(
            Cipher::new(gcm, &[0; 32], Some(&[0; 12]), false, Some(7)).err(),
            Some(CipherError::InvalidAuthTagLength)
        );
        let ecb = lookup("aes-128-ecb").unwrap();
        assert!(Cipher::new(ecb, &[0; 16], None, false, None).is_ok());
        assert!(lookup("des").is_none());
        assert_eq!(lookup_nid(906).map(|s| s.name), Some("aes-256-ctr"));
    }
}
