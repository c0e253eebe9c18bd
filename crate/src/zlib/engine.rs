//! One zlib stream (deflate, inflate, gzip, gunzip, raw, unzip) over `zlib-rs`'s safe API, with
//! the call semantics of Node's zlib handle: each [`ZlibEngine::write`] takes a flush mode, an
//! input slice and an output slice, runs the codec once, and reports what it consumed and
//! produced, or an error with Node's message, errno and code.
//!
//! Node-specific behaviour kept here (checked against node 20):
//! - a zlib stream that needs a preset dictionary gets the configured one and is retried;
//!   "Missing dictionary" / "Bad dictionary" otherwise (errno 2, `Z_NEED_DICT`);
//! - gunzip (and unzip fed a gzip stream) decodes concatenated members, skipping zero padding;
//! - a `Z_FINISH` write that leaves output space unused without reaching the end of the stream
//!   is "unexpected end of file" (`Z_BUF_ERROR`).

use super::{CodecError, Flush, Mode, Progress};
use zlib_rs::{Deflate, DeflateConfig, DeflateFlush, Inflate, InflateError, InflateFlush, Status, Strategy};

/// zlib's return codes, as Node exposes them in `zlib.codes`.
pub const Z_NEED_DICT: i32 = 2;
pub const Z_STREAM_ERROR: i32 = -2;
pub const Z_DATA_ERROR: i32 = -3;
pub const Z_MEM_ERROR: i32 = -4;
pub const Z_BUF_ERROR: i32 = -5;

/// The name of a zlib return code (`Z_DATA_ERROR`), as in `zlib.codes`.
#[must_use]
pub fn code_name(errno: i32) -> &'static str {
    match errno {
        0 => "Z_OK",
        1 => "Z_STREAM_END",
        Z_NEED_DICT => "Z_NEED_DICT",
        -1 => "Z_ERRNO",
        Z_STREAM_ERROR => "Z_STREAM_ERROR",
        Z_DATA_ERROR => "Z_DATA_ERROR",
        Z_MEM_ERROR => "Z_MEM_ERROR",
        Z_BUF_ERROR => "Z_BUF_ERROR",
        _ => "Z_VERSION_ERROR",
    }
}

fn zerror(message: &str, errno: i32) -> CodecError {
    CodecError { message: message.to_string(), errno, code: code_name(errno).to_string() }
}

/// The options a zlib stream is created with (already validated by JavaScript).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZlibOptions {
    pub level: i32,
    pub window_bits: i32,
    pub mem_level: i32,
    pub strategy: i32,
    pub dictionary: Vec<u8>,
}

impl Default for ZlibOptions {
    fn default() -> Self {
        Self { level: -1, window_bits: 15, mem_level: 8, strategy: 0, dictionary: Vec::new() }
    }
}

enum Codec {
    Deflate(Box<Deflate>),
    Inflate(Box<Inflate>),
}

/// A live zlib stream.
pub struct ZlibEngine {
    mode: Mode,
    options: ZlibOptions,
    codec: Codec,
    /// Unzip only: the stream turned out to be gzip (so concatenated members are decoded).
    unzip_is_gzip: Option<bool>,
}

fn strategy(n: i32) -> Strategy {
    match n {
        1 => Strategy::Filtered,
        2 => Strategy::HuffmanOnly,
        3 => Strategy::Rle,
        4 => Strategy::Fixed,
        _ => Strategy::Default,
    }
}

impl ZlibEngine {
    /// A stream for `mode` (one of the zlib modes).
    ///
    /// # Errors
    /// A dictionary the codec rejects (`Z_STREAM_ERROR`), or a non-zlib mode.
    pub fn new(mode: Mode, options: ZlibOptions) -> Result<Self, CodecError> {
        let codec = Self::codec(mode, &options)?;
        let mut engine = Self { mode, options, codec, unzip_is_gzip: None };
        engine.set_dictionary()?;
        Ok(engine)
    }

    fn codec(mode: Mode, o: &ZlibOptions) -> Result<Codec, CodecError> {
        // Out-of-range values never reach zlib-rs (whose constructors assert): JavaScript checks
        // them with Node's errors; these clamps only keep a bad direct call from panicking.
        let bits = o.window_bits.clamp(8, 15);
        let inflate_bits = if o.window_bits == 0 { 0 } else { bits };
        let deflate = |wrapped_bits: i32| {
            let config = DeflateConfig {
                level: o.level.clamp(-1, 9),
                window_bits: wrapped_bits,
                mem_level: o.mem_level.clamp(1, 9),
                strategy: strategy(o.strategy),
                ..DeflateConfig::default()
            };
            Ok(Codec::Deflate(Box::new(Deflate::new_with_config(config))))
        };
        // NOTE: like Node, a raw or gzip deflate stream asked for 8 window bits uses 9 (zlib
        // refuses 8 there).
        let at_least_9 = bits.max(9);
        let inflate = |header: bool, wbits: i32| Ok(Codec::Inflate(Box::new(Inflate::new(header, wbits as u8))));
        match mode {
            Mode::Deflate => deflate(bits),
            Mode::DeflateRaw => deflate(-at_least_9),
            Mode::Gzip => deflate(16 + at_least_9),
            Mode::Inflate => inflate(true, inflate_bits),
            Mode::InflateRaw => inflate(false, bits),
            Mode::Gunzip => inflate(true, 16 + inflate_bits),
            Mode::Unzip => inflate(true, 32 + inflate_bits),
            _ => Err(zerror("Init error", Z_STREAM_ERROR)),
        }
    }

    /// Node sets the dictionary up front for deflate and raw inflate; zlib inflate asks for it.
    fn set_dictionary(&mut self) -> Result<(), CodecError> {
        if self.options.dictionary.is_empty() {
            return Ok(());
        }
        let ok = match (&mut self.codec, self.mode) {
            (Codec::Deflate(d), Mode::Deflate | Mode::DeflateRaw) => d.set_dictionary(&self.options.dictionary).is_ok(),
            (Codec::Inflate(i), Mode::InflateRaw) => i.set_dictionary(&self.options.dictionary).is_ok(),
            _ => true,
        };
        if ok {
            Ok(())
        } else {
            Err(zerror("Failed to set dictionary", Z_STREAM_ERROR))
        }
    }

    /// Back to a fresh stream with the same options (Node's `reset()`).
    ///
    /// # Errors
    /// As [`ZlibEngine::new`].
    pub fn reset(&mut self) -> Result<(), CodecError> {
        match &mut self.codec {
            Codec::Deflate(d) => d.reset(),
            Codec::Inflate(_) => self.codec = Self::codec(self.mode, &self.options)?,
        }
        self.unzip_is_gzip = None;
        self.set_dictionary()
    }

    /// Change the compression level (Node's `params()`); a no-op for inflate streams.
    ///
    /// # Errors
    /// `Z_STREAM_ERROR` when zlib refuses.
    pub fn params(&mut self, level: i32, strategy: i32) -> Result<(), CodecError> {
        if let Codec::Deflate(d) = &mut self.codec {
            // NOTE: zlib-rs's safe API (`set_level`) takes no strategy and sets the default one, so
            // `params(level, strategy)` applies the level only and leaves `Z_DEFAULT_STRATEGY`.
            let _ = strategy;
            d.set_level(level.clamp(-1, 9)).map_err(|_| zerror("Failed to set parameters", Z_STREAM_ERROR))?;
            self.options.level = level;
        }
        Ok(())
    }

    /// One codec call: `flush` is zlib's flush number.
    pub fn write(&mut self, flush: Flush, input: &[u8], out: &mut [u8]) -> Progress {
        match &mut self.codec {
            Codec::Deflate(d) => {
                let f = match flush {
                    1 => DeflateFlush::PartialFlush,
                    2 => DeflateFlush::SyncFlush,
                    3 => DeflateFlush::FullFlush,
                    4 => DeflateFlush::Finish,
                    5 => DeflateFlush::Block,
                    _ => DeflateFlush::NoFlush,
                };
                let (in0, out0) = (d.total_in(), d.total_out());
                let result = d.compress(input, out, f);
                let consumed = (d.total_in() - in0) as usize;
                let produced = (d.total_out() - out0) as usize;
                let error = match result {
                    Ok(Status::StreamEnd) => None,
                    Ok(_) if flush == 4 && produced < out.len() => Some(zerror("unexpected end of file", Z_BUF_ERROR)),
                    Ok(_) => None,
                    Err(e) => Some(zerror(d.error_message().unwrap_or("Zlib error"), e as i32)),
                };
                Progress { consumed, produced, error }
            }
            Codec::Inflate(_) => self.inflate(flush, input, out),
        }
    }

    fn inflate(&mut self, flush: Flush, input: &[u8], out: &mut [u8]) -> Progress {
        let f = match flush {
            2 => InflateFlush::SyncFlush,
            4 => InflateFlush::Finish,
            5 => InflateFlush::Block,
            6 => InflateFlush::Trees,
            _ => InflateFlush::NoFlush,
        };
        if self.mode == Mode::Unzip && self.unzip_is_gzip.is_none() && !input.is_empty() {
            self.unzip_is_gzip = Some(input.starts_with(&[0x1f, 0x8b]) || input == [0x1f]);
        }
        let gzip_members = self.mode == Mode::Gunzip || self.unzip_is_gzip == Some(true);
        let (mut consumed, mut produced) = (0, 0);
        loop {
            let Codec::Inflate(inf) = &mut self.codec else { unreachable!("inflate on an inflate codec") };
            let (in0, out0) = (inf.total_in(), inf.total_out());
            let mut result = inf.decompress(&input[consumed..], &mut out[produced..], f);
            if let Err(InflateError::NeedDict { .. }) = result {
                if !self.options.dictionary.is_empty() && self.mode != Mode::InflateRaw {
                    result = match inf.set_dictionary(&self.options.dictionary) {
                        Ok(_) => {
                            let (i1, o1) = (inf.total_in() - in0, inf.total_out() - out0);
                            inf.decompress(&input[consumed + i1 as usize..], &mut out[produced + o1 as usize..], f)
                        }
                        Err(InflateError::DataError) => Err(InflateError::NeedDict { dict_id: 0 }),
                        Err(e) => Err(e),
                    };
                }
            }
            consumed += (inf.total_in() - in0) as usize;
            produced += (inf.total_out() - out0) as usize;
            let error = match result {
                Ok(Status::StreamEnd) => {
                    // Bytes after a gzip member: another member, unless it is zero padding.
                    if gzip_members && consumed < input.len() && input[consumed] != 0 {
                        match Self::codec(self.mode, &self.options) {
                            Ok(codec) => {
                                self.codec = codec;
                                continue;
                            }
                            Err(e) => Some(e),
                        }
                    } else {
                        None
                    }
                }
                Ok(_) if flush == 4 && produced < out.len() => Some(zerror("unexpected end of file", Z_BUF_ERROR)),
                Ok(_) => None,
                Err(InflateError::NeedDict { .. }) => Some(zerror(
                    if self.options.dictionary.is_empty() { "Missing dictionary" } else { "Bad dictionary" },
                    Z_NEED_DICT,
                )),
                Err(e) => {
                    let errno = match e {
                        InflateError::StreamError => Z_STREAM_ERROR,
                        InflateError::MemError => Z_MEM_ERROR,
                        _ => Z_DATA_ERROR,
                    };
                    Some(zerror(inf_message(&self.codec).unwrap_or("Zlib error"), errno))
                }
            };
            return Progress { consumed, produced, error };
        }
    }
}

fn inf_message(codec: &Codec) -> Option<&'static str> {
    match codec {
        Codec::Inflate(i) => i.error_message(),
        Codec::Deflate(d) => d.error_message(),
    }
}
