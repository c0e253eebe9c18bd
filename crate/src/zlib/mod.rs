//! The byte-level compression behind `require('zlib')`: deflate/inflate/gzip/gunzip/raw/unzip
//! streams ([`engine`], over `zlib-rs`), brotli streams ([`brotli`], over the `brotli` crate),
//! CRC-32, and the one-shot buffer operation the pool runs ([`job`]). No JavaScript here;
//! `bindings/zlib.rs` wraps it and `lib/zlib.js` gives it Node's API.
//!
//! # How and why
//!
//! **Backends, chosen by measurement.** Node 20 bundles Chromium's zlib fork (1.3.1-e00f703). On
//! x86 with SSE4.2 it hashes match candidates with a CRC32C instruction and forces 15 hash bits,
//! so its deflate output differs from every stock zlib. We compared raw deflate bytes with
//! `zlib.deflateRawSync` on 448 cases (8 inputs: 60 kB text, 64 kB random, 100 kB of one byte,
//! empty, 1 byte, 1 MiB text, a JS source, a mixed file; levels -1..9, strategies 0..4 at
//! levels 1/6/9, memLevel 1..9 and windowBits 9..15 at levels 1/6/9), one output buffer per call:
//!
//! | backend | identical to node | builds for wasm32 |
//! |---|---|---|
//! | `zlib-rs` 0.6 (pure Rust, zlib-ng's algorithms) | 115/448 (26%) | yes |
//! | `libz-sys` 1.1 (stock zlib 1.3.1, C) | 116/448 (26%) | no: needs clang, absent here |
//! | `miniz_oxide` 0.8 (pure Rust) | 56/448 (12%) | yes |
//! | `libz-ng-sys` (C) | not measured: needs cmake, absent here | no |
//!
//! `zlib-rs` matches on: empty and 1-byte inputs (all options), `Z_HUFFMAN_ONLY` and `Z_RLE`
//! (every input and level: these do not hash), level 0 up to 64 kB (and beyond when written in
//! Node's 16 KiB output chunks, as we do), levels 7 and 8 at default options (8/8 inputs at
//! level 8), level 9 with `Z_FILTERED`; it does not match at levels 1-6 and 9 on real data, nor
//! with memLevel or windowBits changed (3/105). It is the only candidate with memLevel,
//! strategy, dictionaries and every flush mode that also builds for the browser, so it is used.
//! NOTE: compressed bytes from levels 1-6/9 (the default is 6) differ from Node's, even for
//! some tiny inputs with a repeat (5 zero bytes: node 11 bytes, here 13). They are valid
//! deflate streams that node inflates to the same data, and inflation is exact, with one
//! edge: a stream cut mid-block and inflated with `Z_SYNC_FLUSH` may yield one byte more
//! here than node's inflate hands out (278 vs 277 in our probe).
//!
//! For brotli, the `brotli` crate 8.0 gave bytes identical to `zlib.brotliCompressSync` on
//! 220/386 cases (57%): qualities 0-11 × lgwin 10/16/22/24 × the same inputs, plus text/font
//! modes. Empty and 1-byte inputs always match; q5 25/36, other qualities about half.
//! NOTE: brotli bytes therefore differ from Node's for many inputs; decompression is exact.
//! NOTE: on some corrupt brotli input the Rust decoder names another error than Google's C
//! decoder (`b"garbage data here"`: node `ERR__ERROR_FORMAT_PADDING_1` (-14), here `..._2`).
//!
//! **Streams and the pool.** A job on the pool must be plain data (it may run on a Web
//! Worker), but a live zlib or brotli state cannot be serialized. So:
//! - one-shot callback forms (`zlib.gzip(buf, cb)`) are a [`job::ZlibJob::Buffer`]: input,
//!   mode and options in, output or error out. It runs on a pool thread natively and on a Web
//!   Worker in the browser;
//! - a stream (`createGzip()`) keeps its [`Engine`] in the binding's handle. Each async chunk
//!   moves the engine into pool work and back on completion (Node's handle also does one pool
//!   round trip per `write`), so chunks of one stream never overlap. Natively that is a pool
//!   thread; in the browser closures cannot cross to a worker, so the work runs on the page and
//!   still completes in a later poll phase.

pub mod brotli;
pub mod engine;
pub mod job;

use self::brotli::{BrotliDecoder, BrotliEncoder};
use self::engine::{ZlibEngine, ZlibOptions};

/// A flush number: zlib's `Z_*` flush values, or brotli's `BROTLI_OPERATION_*`.
pub type Flush = u32;

/// Node's zlib modes (`zlib.constants.DEFLATE` ...), numbered as Node numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Deflate = 1,
    Inflate = 2,
    Gzip = 3,
    Gunzip = 4,
    DeflateRaw = 5,
    InflateRaw = 6,
    Unzip = 7,
    BrotliDecode = 8,
    BrotliEncode = 9,
}

impl Mode {
    /// The mode numbered `n`.
    #[must_use]
    pub fn from_u32(n: u32) -> Option<Self> {
        Some(match n {
            1 => Self::Deflate,
            2 => Self::Inflate,
            3 => Self::Gzip,
            4 => Self::Gunzip,
            5 => Self::DeflateRaw,
            6 => Self::InflateRaw,
            7 => Self::Unzip,
            8 => Self::BrotliDecode,
            9 => Self::BrotliEncode,
            _ => return None,
        })
    }

    fn is_brotli(self) -> bool {
        matches!(self, Self::BrotliDecode | Self::BrotliEncode)
    }
}

/// A codec failure, as Node reports it: `message`, `errno` and `code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodecError {
    pub message: String,
    pub errno: i32,
    pub code: String,
}

/// What one codec call did.
#[derive(Debug)]
pub struct Progress {
    pub consumed: usize,
    pub produced: usize,
    pub error: Option<CodecError>,
}

/// How to build an engine: the mode and its options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    pub mode: Mode,
    /// zlib modes only.
    pub zlib: ZlibOptions,
    /// brotli modes only: `(parameter number, value)` pairs.
    pub brotli: Vec<(u32, u32)>,
}

enum Codec {
    Zlib(ZlibEngine),
    BrotliEncode(BrotliEncoder),
    BrotliDecode(BrotliDecoder),
}

/// A live stream of any mode.
pub struct Engine {
    spec: Spec,
    codec: Codec,
}

/// Node's message when a brotli or zlib handle cannot be set up.
pub(crate) fn init_failed() -> CodecError {
    CodecError { message: "Initialization failed".into(), errno: -2, code: "ERR_ZLIB_INITIALIZATION_FAILED".into() }
}

impl Engine {
    /// A stream built from `spec`.
    ///
    /// # Errors
    /// Options the codec rejects.
    pub fn new(spec: Spec) -> Result<Self, CodecError> {
        let codec = Self::codec(&spec)?;
        Ok(Self { spec, codec })
    }

    fn codec(spec: &Spec) -> Result<Codec, CodecError> {
        Ok(match spec.mode {
            Mode::BrotliEncode => Codec::BrotliEncode(BrotliEncoder::new(&spec.brotli)?),
            Mode::BrotliDecode => Codec::BrotliDecode(BrotliDecoder::new(&spec.brotli)?),
            mode => Codec::Zlib(ZlibEngine::new(mode, spec.zlib.clone())?),
        })
    }

    /// One codec call: compress or decompress from `input` into `out` with `flush`.
    pub fn write(&mut self, flush: Flush, input: &[u8], out: &mut [u8]) -> Progress {
        match &mut self.codec {
            Codec::Zlib(z) => z.write(flush, input, out),
            Codec::BrotliEncode(b) => b.write(flush, input, out),
            Codec::BrotliDecode(b) => b.write(flush, input, out),
        }
    }

    /// Back to a fresh stream with the same options.
    ///
    /// # Errors
    /// As [`Engine::new`].
    pub fn reset(&mut self) -> Result<(), CodecError> {
        match &mut self.codec {
            Codec::Zlib(z) => z.reset(),
            _ => {
                self.codec = Self::codec(&self.spec)?;
                Ok(())
            }
        }
    }

    /// Change level and strategy (zlib deflate streams).
    ///
    /// # Errors
    /// zlib refused.
    pub fn params(&mut self, level: i32, strategy: i32) -> Result<(), CodecError> {
        match &mut self.codec {
            Codec::Zlib(z) => z.params(level, strategy),
            _ => Ok(()),
        }
    }
}

/// Why a one-shot operation stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BufferError {
    Codec(CodecError),
    /// The output passed `max_output` bytes (Node's `ERR_BUFFER_TOO_LARGE`).
    TooLarge,
}

/// Which write of a one-shot operation stopped it: the input's, or the finishing flush's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Input,
    Finish,
}

/// A whole buffer through a fresh stream, the way Node's callback form drives its handle: the
/// input written with `flush` (the stream's default flush), then an empty write with `finish_flush`, into output chunks of
/// `chunk_size` bytes (a partly used chunk is reused by the next write, as Node does).
///
/// # Errors
/// The codec's error, or [`BufferError::TooLarge`] once the output passes `max_output`.
pub fn process_buffer(
    spec: Spec,
    input: &[u8],
    chunk_size: usize,
    [flush, finish_flush]: [Flush; 2],
    max_output: usize,
) -> Result<Vec<u8>, BufferError> {
    process_buffer_phased(spec, input, chunk_size, [flush, finish_flush], max_output).map_err(|(e, _)| e)
}

/// [`process_buffer`], also telling which write failed.
///
/// # Errors
/// As [`process_buffer`].
pub fn process_buffer_phased(
    spec: Spec,
    input: &[u8],
    chunk_size: usize,
    [flush, finish_flush]: [Flush; 2],
    max_output: usize,
) -> Result<Vec<u8>, (BufferError, Phase)> {
    let chunk_size = chunk_size.max(64);
    let mut engine = Engine::new(spec).map_err(|e| (BufferError::Codec(e), Phase::Input))?;
    let mut output = Vec::new();
    let mut chunk = vec![0u8; chunk_size];
    let mut offset = 0;
    for (data, flush, phase) in [(input, flush, Phase::Input), (&[][..], finish_flush, Phase::Finish)] {
        let mut at = 0;
        loop {
            let progress = engine.write(flush, &data[at..], &mut chunk[offset..]);
            if let Some(e) = progress.error {
                return Err((BufferError::Codec(e), phase));
            }
            output.extend_from_slice(&chunk[offset..offset + progress.produced]);
            if output.len() > max_output {
                return Err((BufferError::TooLarge, phase));
            }
            let full = offset + progress.produced == chunk_size;
            offset += progress.produced;
            if full {
                offset = 0;
            }
            if !full {
                break;
            }
            at += progress.consumed;
        }
    }
    Ok(output)
}

fn zlib_spec(mode: Mode, level: i32) -> Spec {
    Spec { mode, zlib: ZlibOptions { level, ..ZlibOptions::default() }, brotli: Vec::new() }
}

/// `bytes` gzipped at `level` (-1 for the default), as `zlib.gzip` would.
#[must_use]
pub fn gzip(bytes: &[u8], level: i32) -> Vec<u8> {
    // A fresh gzip stream with valid options cannot fail and has no output limit.
    process_buffer(zlib_spec(Mode::Gzip, level), bytes, 16 * 1024, [0, 4], usize::MAX).unwrap_or_default()
}

/// `bytes` gunzipped (concatenated members included).
///
/// # Errors
/// The data is not valid gzip: Node's message, errno and code.
pub fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, CodecError> {
    process_buffer(zlib_spec(Mode::Gunzip, -1), bytes, 16 * 1024, [0, 4], usize::MAX).map_err(|e| match e {
        BufferError::Codec(e) => e,
        BufferError::TooLarge => init_failed(),
    })
}

/// CRC-32 of `bytes`, continuing from `start` (`zlib.crc32`).
#[must_use]
pub fn crc32(bytes: &[u8], start: u32) -> u32 {
    zlib_rs::crc32::crc32(start, bytes)
}

/// Whether brotli is `mode` (used by the binding to pick the flush bounds).
#[must_use]
pub fn is_brotli(mode: Mode) -> bool {
    mode.is_brotli()
}

#[cfg(test)]
mod tests;
