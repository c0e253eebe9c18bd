//! Brotli streams over the `brotli` crate (a pure-Rust port of Google's library): the encoder
//! and decoder behind `zlib.createBrotliCompress()` and `createBrotliDecompress()`, with Node's
//! write semantics (an operation per call: process, flush, finish, emit metadata) and errors.

use super::engine::Z_BUF_ERROR;
use super::{init_failed, CodecError, Flush, Progress};
use brotli::enc::encode::{BrotliEncoderOperation, BrotliEncoderParameter, BrotliEncoderStateStruct};
use brotli::enc::StandardAlloc;
use brotli::{BrotliDecompressStream, BrotliResult, BrotliState};

/// `BROTLI_PARAM_*` numbers Node accepts for the encoder, and the decoder's.
const ENCODER_PARAMS: [BrotliEncoderParameter; 7] = [
    BrotliEncoderParameter::BROTLI_PARAM_MODE,
    BrotliEncoderParameter::BROTLI_PARAM_QUALITY,
    BrotliEncoderParameter::BROTLI_PARAM_LGWIN,
    BrotliEncoderParameter::BROTLI_PARAM_LGBLOCK,
    BrotliEncoderParameter::BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING,
    BrotliEncoderParameter::BROTLI_PARAM_SIZE_HINT,
    BrotliEncoderParameter::BROTLI_PARAM_LARGE_WINDOW,
];

/// A brotli compressor.
pub struct BrotliEncoder(Box<BrotliEncoderStateStruct<StandardAlloc>>);

impl BrotliEncoder {
    /// A compressor with `params` (`(BROTLI_PARAM_* number, value)` pairs).
    ///
    /// # Errors
    /// A parameter the encoder rejects (Node's "Initialization failed").
    pub fn new(params: &[(u32, u32)]) -> Result<Self, CodecError> {
        let mut state = Box::new(BrotliEncoderStateStruct::new(StandardAlloc::default()));
        for &(key, value) in params {
            match ENCODER_PARAMS.get(key as usize) {
                Some(p) => {
                    if !state.set_parameter(*p, value) {
                        return Err(init_failed());
                    }
                }
                // NPOSTFIX, NDIRECT and STREAM_OFFSET (7..=9): accepted, left at their defaults.
                None if key <= 9 => {}
                None => return Err(init_failed()),
            }
        }
        Ok(Self(state))
    }

    /// One `BrotliEncoderCompressStream` call with operation `flush`.
    pub fn write(&mut self, flush: Flush, input: &[u8], out: &mut [u8]) -> Progress {
        let op = match flush {
            1 => BrotliEncoderOperation::BROTLI_OPERATION_FLUSH,
            2 => BrotliEncoderOperation::BROTLI_OPERATION_FINISH,
            3 => BrotliEncoderOperation::BROTLI_OPERATION_EMIT_METADATA,
            _ => BrotliEncoderOperation::BROTLI_OPERATION_PROCESS,
        };
        let (mut avail_in, mut in_off, mut avail_out, mut out_off) = (input.len(), 0, out.len(), 0);
        let ok = self.0.compress_stream(
            op,
            &mut avail_in,
            input,
            &mut in_off,
            &mut avail_out,
            out,
            &mut out_off,
            &mut None,
            &mut |_, _, _, _| (),
        );
        let error = (!ok).then(|| CodecError {
            message: "Compression failed".into(),
            errno: -1,
            code: "ERR_BROTLI_COMPRESSION_FAILED".into(),
        });
        Progress { consumed: in_off, produced: out_off, error }
    }
}

/// A brotli decompressor.
pub struct BrotliDecoder {
    state: Box<BrotliState<StandardAlloc, StandardAlloc, StandardAlloc>>,
    last: Option<BrotliResult>,
}

impl BrotliDecoder {
    /// A decompressor; Node's decoder parameters (ring buffer reallocation, large window) are
    /// accepted and have no effect here.
    ///
    /// # Errors
    /// An unknown parameter number.
    pub fn new(params: &[(u32, u32)]) -> Result<Self, CodecError> {
        if params.iter().any(|&(k, _)| k > 1) {
            return Err(init_failed());
        }
        let state = BrotliState::new(StandardAlloc::default(), StandardAlloc::default(), StandardAlloc::default());
        Ok(Self { state: Box::new(state), last: None })
    }

    /// One `BrotliDecoderDecompressStream` call; `flush` only matters for the end check.
    pub fn write(&mut self, flush: Flush, input: &[u8], out: &mut [u8]) -> Progress {
        let (mut avail_in, mut in_off, mut avail_out, mut out_off, mut total) = (input.len(), 0, out.len(), 0, 0);
        let result = BrotliDecompressStream(
            &mut avail_in,
            &mut in_off,
            input,
            &mut avail_out,
            &mut out_off,
            out,
            &mut total,
            &mut self.state,
        );
        let error = match result {
            BrotliResult::ResultFailure => {
                let code = self.state.error_code;
                let name = format!("{code:?}");
                Some(CodecError {
                    message: "Decompression failed".into(),
                    errno: code as i32,
                    code: format!("ERR_{}", name.trim_start_matches("BROTLI_DECODER")),
                })
            }
            BrotliResult::NeedsMoreInput if flush == 2 => Some(CodecError {
                message: "unexpected end of file".into(),
                errno: Z_BUF_ERROR,
                code: "Z_BUF_ERROR".into(),
            }),
            _ => None,
        };
        self.last = Some(result);
        Progress { consumed: in_off, produced: out_off, error }
    }
}
