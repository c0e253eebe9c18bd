//! `internalBinding('zlib')`: thin natives over [`crate::zlib`] for `lib/zlib.js`.
//!
//! A handle is one live stream (its [`Engine`] lives in the handle object). Writes use Node's
//! handle protocol: `(flush, input, inOff, inLen, out, outOff, outLen)`, answering
//! `[availOutAfter, availInAfter]`, plus `message, errno, code` when the codec failed.
//!
//! | native | does |
//! |---|---|
//! | `createHandle(mode, windowBits, level, memLevel, strategy, dictionary?, brotliParams)` | a handle, or `undefined` if the codec refused the options |
//! | `writeSync(h, flush, in, inOff, inLen, out, outOff, outLen)` | one codec call now |
//! | `write(h, ..., callback)` | the same call as pool work; `callback(result)` in a later poll phase |
//! | `params(h, level, strategy)`, `reset(h)`, `close(h)` | Node's handle methods (`true` on success) |
//! | `bufferJob(mode, windowBits, level, memLevel, strategy, dictionary?, brotliParams, input, chunkSize, flush, finishFlush, maxOutput, callback)` | a whole buffer as a [`ZlibJob`]: `callback(out?, message, errno, code, tooLarge)` |
//! | `crc32(data, start)` | CRC-32 |
//!
//! `brotliParams` is a flat array `[key, value, key, value, ...]`. Views are TypedArrays,
//! DataViews or ArrayBuffers.

use super::object_with;
use super::view::View;
use crate::event_loop::state;
use crate::host::PoolJob;
use crate::zlib::engine::ZlibOptions;
use crate::zlib::job::{JobOutcome, ZlibJob};
use crate::zlib::{CodecError, Engine, Mode, Progress, Spec};
use boa_engine::object::builtins::{AlignedVec, JsArray, JsArrayBuffer};
use boa_engine::{Context, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue};
use boa_gc::{Finalize, Trace};
use std::cell::RefCell;

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("createHandle", 7, create_handle),
            ("writeSync", 8, write_sync),
            ("write", 9, write),
            ("params", 3, params),
            ("reset", 1, reset),
            ("close", 1, close),
            ("bufferJob", 13, buffer_job),
            ("crc32", 2, crc32),
        ],
    )
}

/// A live stream. `engine` is `None` while a write runs on the pool, and after `close`.
#[derive(Trace, Finalize, JsData)]
#[boa_gc(unsafe_empty_trace)]
struct ZlibHandle {
    engine: RefCell<Option<Engine>>,
    closed: RefCell<bool>,
}

fn not_a_view() -> JsNativeError {
    JsNativeError::typ().with_message("expected an ArrayBuffer or ArrayBufferView")
}

/// Argument `i` as an integer (`default` when missing or not a number).
fn int_arg(args: &[JsValue], i: usize, default: i64) -> i64 {
    args.get(i).and_then(JsValue::as_number).filter(|n| n.is_finite()).map_or(default, |n| n as i64)
}

fn usize_arg(args: &[JsValue], i: usize) -> usize {
    usize::try_from(int_arg(args, i, 0)).unwrap_or(0)
}

fn handle_arg(args: &[JsValue]) -> JsResult<JsObject> {
    args.first()
        .and_then(JsValue::as_object)
        .filter(|o| o.downcast_ref::<ZlibHandle>().is_some())
        .ok_or_else(|| JsNativeError::typ().with_message("not a zlib handle").into())
}

/// The [`Spec`] from arguments `first..first + 7` (see the table above).
fn spec_args(args: &[JsValue], first: usize, ctx: &mut Context) -> JsResult<Option<Spec>> {
    let Some(mode) = Mode::from_u32(int_arg(args, first, 0) as u32) else { return Ok(None) };
    let dictionary = match args.get(first + 5) {
        Some(v) if v.is_object() => {
            let view = View::of(Some(v), ctx)?;
            view.read(0, view.len)
        }
        _ => Vec::new(),
    };
    let zlib = ZlibOptions {
        window_bits: int_arg(args, first + 1, 15) as i32,
        level: int_arg(args, first + 2, -1) as i32,
        mem_level: int_arg(args, first + 3, 8) as i32,
        strategy: int_arg(args, first + 4, 0) as i32,
        dictionary,
    };
    let mut brotli = Vec::new();
    if let Some(obj) = args.get(first + 6).and_then(JsValue::as_object) {
        let list = JsArray::from_object(obj)?;
        let len = list.length(ctx)?;
        let mut k = 0;
        while k + 1 < len {
            let key = list.get(k, ctx)?.to_number(ctx)?;
            let value = list.get(k + 1, ctx)?.to_number(ctx)?;
            brotli.push((key as u32, value as u32));
            k += 2;
        }
    }
    Ok(Some(Spec { mode, zlib, brotli }))
}

fn create_handle(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(spec) = spec_args(args, 0, ctx)? else { return Ok(JsValue::undefined()) };
    Ok(match Engine::new(spec) {
        Ok(engine) => {
            let handle = ZlibHandle { engine: RefCell::new(Some(engine)), closed: RefCell::new(false) };
            JsObject::from_proto_and_data(None, handle).into()
        }
        Err(_) => JsValue::undefined(),
    })
}

/// The arguments of one write: flush, the input bytes, and the output view's window.
struct WriteArgs {
    flush: u32,
    input: Vec<u8>,
    out: View,
    out_off: usize,
    out_len: usize,
}

fn write_args(args: &[JsValue], ctx: &mut Context) -> JsResult<WriteArgs> {
    let flush = int_arg(args, 1, 0) as u32;
    let input = match args.get(2) {
        Some(v) if v.is_object() => View::of(Some(v), ctx)?.read(usize_arg(args, 3), usize_arg(args, 4)),
        _ => Vec::new(),
    };
    let out = View::of(args.get(5), ctx)?;
    let out_off = usize_arg(args, 6).min(out.len);
    let out_len = usize_arg(args, 7).min(out.len - out_off);
    Ok(WriteArgs { flush, input, out, out_off, out_len })
}

/// Run one codec call; the output bytes and what happened.
fn run_write(engine: &mut Engine, flush: u32, input: &[u8], out_len: usize) -> (Vec<u8>, Progress) {
    let mut out = vec![0u8; out_len];
    let progress = engine.write(flush, input, &mut out);
    out.truncate(progress.produced);
    (out, progress)
}

/// `[availOutAfter, availInAfter]`, plus `message, errno, code` on failure.
fn write_result(w: &WriteArgs, bytes: &[u8], progress: &Progress, ctx: &mut Context) -> JsValue {
    w.out.write(w.out_off, bytes);
    let mut items = vec![
        JsValue::from((w.out_len - progress.produced) as f64),
        JsValue::from((w.input.len() - progress.consumed) as f64),
    ];
    if let Some(e) = &progress.error {
        items.extend(error_values(e));
    }
    JsArray::from_iter(items, ctx).into()
}

fn error_values(e: &CodecError) -> [JsValue; 3] {
    [JsString::from(e.message.as_str()).into(), JsValue::from(e.errno), JsString::from(e.code.as_str()).into()]
}

fn closed_error() -> CodecError {
    CodecError { message: "zlib binding closed".into(), errno: -2, code: "Z_STREAM_ERROR".into() }
}

fn write_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = handle_arg(args)?;
    let w = write_args(args, ctx)?;
    let handle = obj.downcast_ref::<ZlibHandle>().ok_or_else(not_a_view)?;
    let mut slot = handle.engine.borrow_mut();
    let (bytes, progress) = match slot.as_mut() {
        Some(engine) => run_write(engine, w.flush, &w.input, w.out_len),
        None => (Vec::new(), Progress { consumed: 0, produced: 0, error: Some(closed_error()) }),
    };
    drop(slot);
    drop(handle);
    Ok(write_result(&w, &bytes, &progress, ctx))
}

fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = handle_arg(args)?;
    let w = write_args(args, ctx)?;
    let callback = args
        .get(8)
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback required"))?;
    let engine = obj.downcast_ref::<ZlibHandle>().and_then(|h| h.engine.borrow_mut().take());
    let (flush, input, out_len) = (w.flush, w.input.clone(), w.out_len);
    state(ctx).submit_work(
        Box::new(move || {
            let outcome = match engine {
                Some(mut engine) => {
                    let (bytes, progress) = run_write(&mut engine, flush, &input, out_len);
                    (Some(engine), bytes, progress)
                }
                None => (None, Vec::new(), Progress { consumed: 0, produced: 0, error: Some(closed_error()) }),
            };
            Box::new(outcome)
        }),
        Box::new(move |ctx, result| {
            let Ok(outcome) = result.downcast::<(Option<Engine>, Vec<u8>, Progress)>() else {
                return Ok(());
            };
            let (engine, bytes, progress) = *outcome;
            if let Some(handle) = obj.downcast_ref::<ZlibHandle>() {
                if !*handle.closed.borrow() {
                    *handle.engine.borrow_mut() = engine;
                }
            }
            let value = write_result(&w, &bytes, &progress, ctx);
            callback.call(&JsValue::undefined(), &[value], ctx).map(|_| ())
        }),
    );
    Ok(JsValue::undefined())
}

fn with_engine(args: &[JsValue], f: impl FnOnce(&mut Engine) -> bool) -> JsResult<JsValue> {
    let obj = handle_arg(args)?;
    let handle = obj.downcast_ref::<ZlibHandle>().ok_or_else(not_a_view)?;
    let ok = handle.engine.borrow_mut().as_mut().is_some_and(f);
    Ok(JsValue::from(ok))
}

fn params(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let (level, strategy) = (int_arg(args, 1, -1) as i32, int_arg(args, 2, 0) as i32);
    with_engine(args, |e| e.params(level, strategy).is_ok())
}

fn reset(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    with_engine(args, |e| e.reset().is_ok())
}

fn close(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let obj = handle_arg(args)?;
    if let Some(handle) = obj.downcast_ref::<ZlibHandle>() {
        *handle.closed.borrow_mut() = true;
        handle.engine.borrow_mut().take();
    }
    Ok(JsValue::undefined())
}

fn array_buffer(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArrayBuffer::from_byte_block(AlignedVec::from_slice(0, bytes), ctx)?.into())
}

fn buffer_job(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let spec = spec_args(args, 0, ctx)?.ok_or_else(|| JsNativeError::range().with_message("bad zlib mode"))?;
    let input = {
        let view = View::of(args.get(7), ctx)?;
        view.read(0, view.len)
    };
    let chunk_size = usize_arg(args, 8);
    let flush = int_arg(args, 9, 0) as u32;
    let finish_flush = int_arg(args, 10, 0) as u32;
    let max_output = args.get(11).and_then(JsValue::as_number).filter(|n| *n >= 0.0).map_or(usize::MAX, |n| n as usize);
    let callback = args
        .get(12)
        .and_then(JsValue::as_callable)
        .ok_or_else(|| JsNativeError::typ().with_message("callback required"))?;
    let job = ZlibJob::Buffer { spec, input, chunk_size, flush, finish_flush, max_output };
    state(ctx).submit_job(
        PoolJob::Zlib(job),
        Box::new(move |ctx, result| {
            let outcome = result.downcast::<Vec<u8>>().ok().and_then(|b| JobOutcome::decode(*b));
            // Node's callback form takes two pool round trips (the input's write, then the
            // finishing flush): a result of the finishing write waits for a second one.
            let at_finish = match &outcome {
                Some(JobOutcome::Output(_)) => true,
                Some(JobOutcome::Error { at_finish, .. } | JobOutcome::TooLarge { at_finish }) => *at_finish,
                None => false,
            };
            if !at_finish {
                return call_back_job(&callback, outcome, ctx);
            }
            state(ctx)
                .submit_work(Box::new(|| Box::new(())), Box::new(move |ctx, _| call_back_job(&callback, outcome, ctx)));
            Ok(())
        }),
    );
    Ok(JsValue::undefined())
}

/// `callback(out)` or `callback(undefined, message, errno, code)` or `(..., tooLarge = true)`.
fn call_back_job(callback: &JsObject, outcome: Option<JobOutcome>, ctx: &mut Context) -> JsResult<()> {
    let values = match outcome {
        Some(JobOutcome::Output(bytes)) => vec![array_buffer(&bytes, ctx)?],
        Some(JobOutcome::Error { message, errno, code, .. }) => {
            let [m, n, c] = error_values(&CodecError { message, errno, code });
            vec![JsValue::undefined(), m, n, c]
        }
        Some(JobOutcome::TooLarge { .. }) | None => {
            let mut v = vec![JsValue::undefined(); 4];
            v.push(JsValue::from(true));
            v
        }
    };
    callback.call(&JsValue::undefined(), &values, ctx).map(|_| ())
}

fn crc32(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let view = View::of(args.first(), ctx)?;
    let start = args.get(1).and_then(JsValue::as_number).map_or(0, |n| n as u32);
    Ok(JsValue::from(crate::zlib::crc32(&view.read(0, view.len), start)))
}
