//! `internalBinding('crypto')`: thin natives over [`crate::crypto`] for `lib/internal/crypto/`.
//!
//! Every byte input is a view (TypedArray, DataView or ArrayBuffer); JavaScript turns strings
//! into Buffers first and checks arguments with Node's error codes. Outputs are fresh
//! `ArrayBuffer`s. The `*Job` natives run their work on the pool and call `callback(result)`
//! in a later poll phase (`result` is an ArrayBuffer, or `undefined` when the work failed).
//!
//! | native | does |
//! |---|---|
//! | `hashNew(alg, outputLength?)` | a hash handle, or `undefined` for an unknown algorithm |
//! | `hmacNew(alg, key)` | an HMAC handle, or `undefined` |
//! | `hashUpdate(h, view)`, `hashDigest(h)`, `hashCopy(h, outputLength?)` | feed, finish, fork |
//! | `hashSize(alg)` | a fixed digest's size in bytes, or `undefined` |
//! | `getHashes()` | the algorithm names |
//! | `randomFill(view, offset, size)`, `randomFillJob(view, offset, size, callback)` | random bytes |
//! | `pbkdf2(alg, pass, salt, iter, len, callback?)`, `scrypt(pass, salt, N, r, p, len, callback?)`, `hkdf(alg, ikm, salt, info, len, callback?)` | key derivation |
//! | `randomBytesJob(len, callback)` | `len` random bytes made on the pool, as an ArrayBuffer |
//! | `hmacJob(alg, key, data, callback)` | an HMAC computed on the pool (Web Crypto `sign`/`verify`) |
//! | `cipherNew(name, key, iv or null, decrypt, authTagLength?)` | a cipher handle, or an error name (`'unknown'`, `'keylen'`, `'iv'`, `'tag'`) |
//! | `cipherUpdate(c, view)`, `cipherFinal(c)` | an ArrayBuffer, or an error name (`'state'`, `'bad_decrypt'`, `'wrong_final_block_length'`, `'auth'`) |
//! | `cipherSetAAD(c, view)`, `cipherSetAutoPadding(c, on)`, `cipherSetAuthTag(c, view, fixedLength)` | `undefined`, or an error name |
//! | `cipherGetAuthTag(c)` | the tag made by `final` as an ArrayBuffer, or `undefined` |
//! | `cipherInfo(nameOrNid)` | `[name, nid, mode, blockSize, ivLength, keyLength]`, or `undefined` |
//! | `getCiphers()` | the cipher names |

use super::object_with;
use super::view::View;
use crate::crypto::cipher::{self as cipher_mod, Cipher, CipherError};
use crate::crypto::job::CryptoJob;
use crate::crypto::{self, Hasher, HASHES};
use crate::event_loop::state;
use crate::host::{decode_result, PoolJob};
use boa_engine::object::builtins::{AlignedVec, JsArray, JsArrayBuffer};
use boa_engine::{Context, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue};
use boa_gc::{Finalize, Trace};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("hashNew", 2, hash_new),
            ("hmacNew", 2, hmac_new),
            ("hashUpdate", 2, hash_update),
            ("hashDigest", 1, hash_digest),
            ("hashCopy", 2, hash_copy),
            ("hashSize", 1, hash_size),
            ("getHashes", 0, get_hashes),
            ("randomFill", 3, random_fill),
            ("randomFillJob", 4, random_fill_job),
            ("pbkdf2", 6, pbkdf2),
            ("scrypt", 7, scrypt),
            ("hkdf", 6, hkdf),
            ("randomBytesJob", 2, random_bytes_job),
            ("hmacJob", 4, hmac_job),
            ("cipherNew", 5, cipher_new),
            ("cipherUpdate", 2, cipher_update),
            ("cipherFinal", 1, cipher_final),
            ("cipherSetAAD", 2, cipher_set_aad),
            ("cipherSetAutoPadding", 2, cipher_set_auto_padding),
            ("cipherSetAuthTag", 3, cipher_set_auth_tag),
            ("cipherGetAuthTag", 1, cipher_get_auth_tag),
            ("cipherInfo", 1, cipher_info),
            ("getCiphers", 0, get_ciphers),
        ],
    )
}

/// A running hash, held by a JS handle object.
#[derive(Trace, Finalize, JsData)]
#[boa_gc(unsafe_empty_trace)]
struct HashHandle(Hasher);

fn bytes_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Vec<u8>> {
    Ok(View::of(args.get(i), ctx)?.to_vec())
}

fn str_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    match args.get(i) {
        Some(v) => Ok(v.to_string(ctx)?.to_std_string_escaped()),
        None => Ok(String::new()),
    }
}

/// Argument `i` as a non-negative integer (missing, negative or NaN: `None`).
fn size_arg(args: &[JsValue], i: usize) -> Option<usize> {
    args.get(i).and_then(JsValue::as_number).filter(|n| *n >= 0.0).map(|n| n as usize)
}

fn array_buffer(bytes: Vec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArrayBuffer::from_byte_block(AlignedVec::from_slice(0, &bytes), ctx)?.into())
}

/// A JS handle object holding `hasher`.
fn handle(hasher: Hasher) -> JsValue {
    JsObject::from_proto_and_data(None, HashHandle(hasher)).into()
}

fn with_hasher<R>(args: &[JsValue], f: impl FnOnce(&mut Hasher) -> R) -> JsResult<R> {
    let obj =
        args.first().and_then(JsValue::as_object).ok_or_else(|| JsNativeError::typ().with_message("not a hash"))?;
    let mut data = obj.downcast_mut::<HashHandle>().ok_or_else(|| JsNativeError::typ().with_message("not a hash"))?;
    Ok(f(&mut data.0))
}

fn hash_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = str_arg(args, 0, ctx)?;
    Ok(match Hasher::new(&name, size_arg(args, 1)) {
        Some(h) => handle(h),
        None => JsValue::undefined(),
    })
}

fn hmac_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = str_arg(args, 0, ctx)?;
    let key = bytes_arg(args, 1, ctx)?;
    Ok(match Hasher::hmac(&name, &key) {
        Some(h) => handle(h),
        None => JsValue::undefined(),
    })
}

fn hash_update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = bytes_arg(args, 1, ctx)?;
    with_hasher(args, |h| h.update(&data))?;
    Ok(JsValue::undefined())
}

fn hash_digest(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let out = with_hasher(args, |h| h.finish())?;
    array_buffer(out, ctx)
}

fn hash_copy(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let len = size_arg(args, 1);
    let mut copy = with_hasher(args, |h| h.clone())?;
    if let Some(len) = len {
        copy.set_output_len(len);
    }
    Ok(handle(copy))
}

fn hash_size(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = str_arg(args, 0, ctx)?;
    Ok(Hasher::output_size(&name).map_or(JsValue::undefined(), |n| JsValue::from(n as u32)))
}

fn get_hashes(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let names = HASHES.iter().map(|n| JsValue::from(JsString::from(*n)));
    Ok(JsArray::from_iter(names, ctx).into())
}

fn random_bytes(len: usize) -> JsResult<Vec<u8>> {
    let mut buf = vec![0; len];
    if crypto::fill_random(&mut buf) {
        Ok(buf)
    } else {
        Err(JsNativeError::error().with_message("no secure random source").into())
    }
}

fn random_fill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(args.first(), ctx)?;
    let offset = size_arg(args, 1).unwrap_or(0).min(view.len);
    let size = size_arg(args, 2).unwrap_or(view.len - offset).min(view.len - offset);
    view.write(offset, &random_bytes(size)?);
    Ok(JsValue::undefined())
}

fn callback_arg(args: &[JsValue], i: usize) -> Option<JsObject> {
    args.get(i).and_then(JsValue::as_callable)
}

fn random_fill_job(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(args.first(), ctx)?;
    let offset = size_arg(args, 1).unwrap_or(0).min(view.len);
    let size = size_arg(args, 2).unwrap_or(view.len - offset).min(view.len - offset);
    let callback = callback_arg(args, 3).ok_or_else(|| JsNativeError::typ().with_message("callback required"))?;
    // A data job, so in the browser the bytes are made on a Web Worker like the KDFs'.
    state(ctx).submit_job(
        PoolJob::Crypto(CryptoJob::Random { len: size }),
        Box::new(move |ctx, result| {
            let bytes = result.downcast::<Vec<u8>>().ok().and_then(|b| decode_result(*b));
            let ok = bytes.is_some();
            if let Some(bytes) = bytes {
                view.write(offset, &bytes);
            }
            callback.call(&JsValue::undefined(), &[JsValue::from(ok)], ctx).map(|_| ())
        }),
    );
    Ok(JsValue::undefined())
}

/// Run `job` now and return its bytes, or (with a callback at `cb_index`) on the pool (a Web
/// Worker in the browser), calling back with the bytes as an ArrayBuffer (`undefined` on failure).
fn run_job(args: &[JsValue], cb_index: usize, ctx: &mut Context, job: CryptoJob) -> JsResult<JsValue> {
    let Some(callback) = callback_arg(args, cb_index) else {
        return match decode_result(job.run()) {
            Some(bytes) => array_buffer(bytes, ctx),
            None => Ok(JsValue::undefined()),
        };
    };
    state(ctx).submit_job(
        PoolJob::Crypto(job),
        Box::new(move |ctx, result| {
            let bytes = result.downcast::<Vec<u8>>().ok().and_then(|b| decode_result(*b));
            let value = match bytes {
                Some(bytes) => array_buffer(bytes, ctx)?,
                None => JsValue::undefined(),
            };
            callback.call(&JsValue::undefined(), &[value], ctx).map(|_| ())
        }),
    );
    Ok(JsValue::undefined())
}

fn pbkdf2(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = str_arg(args, 0, ctx)?;
    let password = bytes_arg(args, 1, ctx)?;
    let salt = bytes_arg(args, 2, ctx)?;
    let iterations = size_arg(args, 3).unwrap_or(1).min(u32::MAX as usize) as u32;
    let len = size_arg(args, 4).unwrap_or(0);
    run_job(args, 5, ctx, CryptoJob::Pbkdf2 { digest: name, password, salt, iterations, len })
}

fn scrypt(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let password = bytes_arg(args, 0, ctx)?;
    let salt = bytes_arg(args, 1, ctx)?;
    let n = size_arg(args, 2).unwrap_or(0) as u64;
    let r = size_arg(args, 3).unwrap_or(0).min(u32::MAX as usize) as u32;
    let p = size_arg(args, 4).unwrap_or(0).min(u32::MAX as usize) as u32;
    let len = size_arg(args, 5).unwrap_or(0);
    run_job(args, 6, ctx, CryptoJob::Scrypt { password, salt, n, r, p, len })
}

fn hkdf(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = str_arg(args, 0, ctx)?;
    let ikm = bytes_arg(args, 1, ctx)?;
    let salt = bytes_arg(args, 2, ctx)?;
    let info = bytes_arg(args, 3, ctx)?;
    let len = size_arg(args, 4).unwrap_or(0);
    run_job(args, 5, ctx, CryptoJob::Hkdf { digest: name, ikm, salt, info, len })
}

fn random_bytes_job(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let len = size_arg(args, 0).unwrap_or(0);
    run_job(args, 1, ctx, CryptoJob::Random { len })
}

fn hmac_job(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let digest = str_arg(args, 0, ctx)?;
    let key = bytes_arg(args, 1, ctx)?;
    let data = bytes_arg(args, 2, ctx)?;
    run_job(args, 3, ctx, CryptoJob::Hmac { digest, key, data })
}

// ----- ciphers -----

/// A running cipher, held by a JS handle object.
#[derive(Trace, Finalize, JsData)]
#[boa_gc(unsafe_empty_trace)]
struct CipherHandle(Cipher);

fn with_cipher<R>(args: &[JsValue], f: impl FnOnce(&mut Cipher) -> R) -> JsResult<R> {
    let not_cipher = || JsNativeError::typ().with_message("not a cipher");
    let obj = args.first().and_then(JsValue::as_object).ok_or_else(not_cipher)?;
    let mut data = obj.downcast_mut::<CipherHandle>().ok_or_else(not_cipher)?;
    Ok(f(&mut data.0))
}

fn error_name(err: CipherError) -> JsValue {
    JsValue::from(JsString::from(err.name()))
}

/// `Ok` bytes as an ArrayBuffer, `Err` as its error name.
fn bytes_or_error(result: Result<Vec<u8>, CipherError>, ctx: &mut Context) -> JsResult<JsValue> {
    match result {
        Ok(bytes) => array_buffer(bytes, ctx),
        Err(err) => Ok(error_name(err)),
    }
}

fn unit_or_error(result: Result<(), CipherError>) -> JsValue {
    result.map_or_else(error_name, |()| JsValue::undefined())
}

fn cipher_new(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = str_arg(args, 0, ctx)?;
    let Some(spec) = cipher_mod::lookup(&name) else {
        return Ok(JsValue::from(JsString::from("unknown")));
    };
    let key = bytes_arg(args, 1, ctx)?;
    let iv = match args.get(2) {
        Some(v) if !v.is_null_or_undefined() => Some(View::of(Some(v), ctx)?.to_vec()),
        _ => None,
    };
    let decrypt = args.get(3).is_some_and(JsValue::to_boolean);
    let tag_len = size_arg(args, 4);
    Ok(match Cipher::new(spec, &key, iv.as_deref(), decrypt, tag_len) {
        Ok(cipher) => JsObject::from_proto_and_data(None, CipherHandle(cipher)).into(),
        Err(err) => error_name(err),
    })
}

fn cipher_update(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = bytes_arg(args, 1, ctx)?;
    let result = with_cipher(args, |c| c.update(&data))?;
    bytes_or_error(result, ctx)
}

fn cipher_final(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let result = with_cipher(args, Cipher::finish)?;
    bytes_or_error(result, ctx)
}

fn cipher_set_aad(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let aad = bytes_arg(args, 1, ctx)?;
    Ok(unit_or_error(with_cipher(args, |c| c.set_aad(&aad))?))
}

fn cipher_set_auto_padding(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let on = args.get(1).is_none_or(JsValue::to_boolean);
    Ok(unit_or_error(with_cipher(args, |c| c.set_auto_padding(on))?))
}

fn cipher_set_auth_tag(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let tag = bytes_arg(args, 1, ctx)?;
    let fixed = args.get(2).is_some_and(JsValue::to_boolean);
    Ok(unit_or_error(with_cipher(args, |c| c.set_auth_tag(&tag, fixed))?))
}

fn cipher_get_auth_tag(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match with_cipher(args, |c| c.auth_tag())? {
        Some(tag) => array_buffer(tag, ctx),
        None => Ok(JsValue::undefined()),
    }
}

fn cipher_info(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let spec = match args.first() {
        Some(v) if v.is_number() => {
            v.as_number().filter(|n| n.fract() == 0.0 && *n >= 0.0).and_then(|n| cipher_mod::lookup_nid(n as u32))
        }
        _ => cipher_mod::lookup(&str_arg(args, 0, ctx)?),
    };
    let Some(spec) = spec else { return Ok(JsValue::undefined()) };
    let fields = [
        JsValue::from(JsString::from(spec.name)),
        JsValue::from(spec.nid),
        JsValue::from(JsString::from(spec.mode.name())),
        JsValue::from(spec.block_size as u32),
        JsValue::from(spec.iv_len as u32),
        JsValue::from(spec.key_len as u32),
    ];
    Ok(JsArray::from_iter(fields, ctx).into())
}

fn get_ciphers(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let names = cipher_mod::CIPHER_NAMES.iter().map(|n| JsValue::from(JsString::from(*n)));
    Ok(JsArray::from_iter(names, ctx).into())
}
