//! zlib's pool jobs: compression work described by data, so it can run on a Web Worker.
//! Kinds are local to this file (0..100); `host::pool_job` routes them here.
//!
//! A result is [`encode_result`] bytes holding [`Fields`]: a status (`OK`, `CODEC_ERROR`,
//! `TOO_LARGE`), whether the finishing write stopped it, then the output (or the error's
//! message), the errno and the error code.

use super::engine::ZlibOptions;
use super::{process_buffer_phased, BufferError, Flush, Mode, Phase, Spec};
use crate::host::{decode_result, encode_result, FieldReader, Fields};

/// One zlib job for the pool.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZlibJob {
    /// A whole buffer through a fresh stream ([`process_buffer`]).
    Buffer { spec: Spec, input: Vec<u8>, chunk_size: usize, flush: Flush, finish_flush: Flush, max_output: usize },
}

const BUFFER: u32 = 1;

pub const OK: u32 = 0;
pub const CODEC_ERROR: u32 = 1;
pub const TOO_LARGE: u32 = 2;

/// A finished job, read back on the loop's side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobOutcome {
    Output(Vec<u8>),
    /// `at_finish`: the finishing write failed (Node reports it one pool round trip later).
    Error {
        message: String,
        errno: i32,
        code: String,
        at_finish: bool,
    },
    TooLarge {
        at_finish: bool,
    },
}

impl JobOutcome {
    /// The outcome from a job's result bytes (`None` if they are not a zlib job's).
    #[must_use]
    pub fn decode(bytes: Vec<u8>) -> Option<Self> {
        let body = decode_result(bytes)?;
        let mut r = FieldReader::new(&body);
        let status = r.u32()?;
        let at_finish = r.u32()? == 1;
        Some(match status {
            OK => Self::Output(r.bytes()?.to_vec()),
            CODEC_ERROR => Self::Error { message: r.string()?, errno: r.u32()? as i32, code: r.string()?, at_finish },
            _ => Self::TooLarge { at_finish },
        })
    }
}

impl ZlibJob {
    /// Do the work; the result bytes go back to the loop.
    #[must_use]
    pub fn run(&self) -> Vec<u8> {
        match self {
            Self::Buffer { spec, input, chunk_size, flush, finish_flush, max_output } => {
                let result =
                    process_buffer_phased(spec.clone(), input, *chunk_size, [*flush, *finish_flush], *max_output);
                let fields = match result {
                    Ok(out) => Fields::new().u32(OK).u32(1).bytes(&out),
                    Err((BufferError::Codec(e), phase)) => Fields::new()
                        .u32(CODEC_ERROR)
                        .u32(u32::from(phase == Phase::Finish))
                        .bytes(e.message.as_bytes())
                        .u32(e.errno as u32)
                        .bytes(e.code.as_bytes()),
                    Err((BufferError::TooLarge, phase)) => {
                        Fields::new().u32(TOO_LARGE).u32(u32::from(phase == Phase::Finish))
                    }
                };
                encode_result(Some(fields.finish()))
            }
        }
    }

    /// The job as `(kind, payload)`.
    #[must_use]
    pub fn encode(&self) -> (u32, Vec<u8>) {
        match self {
            Self::Buffer { spec, input, chunk_size, flush, finish_flush, max_output } => {
                let z = &spec.zlib;
                let mut f = Fields::new()
                    .u32(spec.mode as u32)
                    .u32(z.level as u32)
                    .u32(z.window_bits as u32)
                    .u32(z.mem_level as u32)
                    .u32(z.strategy as u32)
                    .bytes(&z.dictionary)
                    .u32(spec.brotli.len() as u32);
                for &(k, v) in &spec.brotli {
                    f = f.u32(k).u32(v);
                }
                let f = f.bytes(input).u64(*chunk_size as u64).u32(*flush).u32(*finish_flush).u64(*max_output as u64);
                (BUFFER, f.finish())
            }
        }
    }

    /// The job back from `(kind, payload)`.
    #[must_use]
    pub fn decode(kind: u32, payload: &[u8]) -> Option<Self> {
        if kind != BUFFER {
            return None;
        }
        let mut r = FieldReader::new(payload);
        let mode = Mode::from_u32(r.u32()?)?;
        let zlib = ZlibOptions {
            level: r.u32()? as i32,
            window_bits: r.u32()? as i32,
            mem_level: r.u32()? as i32,
            strategy: r.u32()? as i32,
            dictionary: r.bytes()?.to_vec(),
        };
        let n = r.u32()?;
        let mut brotli = Vec::new();
        for _ in 0..n {
            brotli.push((r.u32()?, r.u32()?));
        }
        Some(Self::Buffer {
            spec: Spec { mode, zlib, brotli },
            input: r.bytes()?.to_vec(),
            chunk_size: usize::try_from(r.u64()?).ok()?,
            flush: r.u32()?,
            finish_flush: r.u32()?,
            max_output: usize::try_from(r.u64()?).unwrap_or(usize::MAX),
        })
    }
}
