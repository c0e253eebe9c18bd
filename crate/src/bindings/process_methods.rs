//! `internalBinding('process_methods')`: the natives behind `process.hrtime`, `uptime`,
//! `memoryUsage`, `cwd`, `chdir`, `reallyExit` and `getuid`/`getgid`.

use super::{arg_string, object_with};
use crate::event_loop::state;
use crate::runtime::Environment;
use crate::vfs::Kind;
use boa_engine::error::RuntimeLimitError;
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsBigInt, JsError, JsObject, JsResult, JsString, JsValue};

pub fn create(ctx: &mut Context) -> JsObject {
    object_with(
        ctx,
        &[
            ("hrtime", 0, hrtime),
            ("hrtimeBigInt", 0, hrtime_bigint),
            ("uptime", 0, uptime),
            ("memoryUsage", 0, memory_usage),
            ("cwd", 0, cwd),
            ("chdir", 1, chdir),
            ("reallyExit", 1, really_exit),
            ("credentials", 0, credentials),
        ],
    )
}

/// `[uid, gid]`: the process's, which own the files it makes in the VFS.
fn credentials(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (uid, gid) = {
        let env = Environment::of(ctx);
        let vfs = env.vfs.borrow();
        (vfs.uid, vfs.gid)
    };
    let ids = [JsValue::from(uid), JsValue::from(gid)];
    Ok(JsArray::from_iter(ids, ctx).into())
}

/// `[seconds, nanoseconds]` of the monotonic clock.
fn hrtime(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let ns = state(ctx).host.clock.now_ns();
    let parts = [JsValue::from((ns / 1_000_000_000) as f64), JsValue::from((ns % 1_000_000_000) as f64)];
    Ok(JsArray::from_iter(parts, ctx).into())
}

fn hrtime_bigint(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let ns = state(ctx).host.clock.now_ns();
    Ok(JsBigInt::from(i128::from(ns)).into())
}

/// Seconds since the runtime started.
fn uptime(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(state(ctx).host.clock.now_ns() as f64 / 1e9))
}

/// `{ rss, heapTotal, heapUsed, external, arrayBuffers }`.
/// NOTE: Boa reports no heap statistics; the heap figures are derived from the resident size.
fn memory_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let rss = crate::host::resident_set_size() as f64;
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    obj.set(js_string!("rss"), rss, false, ctx)?;
    obj.set(js_string!("heapTotal"), (rss * 0.6).floor(), false, ctx)?;
    obj.set(js_string!("heapUsed"), (rss * 0.4).floor(), false, ctx)?;
    obj.set(js_string!("external"), 0, false, ctx)?;
    obj.set(js_string!("arrayBuffers"), 0, false, ctx)?;
    Ok(obj.into())
}

fn cwd(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsString::from(Environment::of(ctx).cwd.borrow().as_str()).into())
}

/// `chdir(path) → undefined | 'ENOENT'`: the error name, for `lib` to build Node's error.
fn chdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let target = arg_string(args, 0, ctx)?;
    let env = Environment::of(ctx);
    let absolute =
        crate::vfs::normalize(&if target.starts_with('/') { target } else { format!("{}/{target}", env.cwd.borrow()) });
    let kind = env.vfs.borrow_mut().kind(&absolute);
    match kind {
        Ok(Kind::Directory) => {
            *env.cwd.borrow_mut() = absolute;
            Ok(JsValue::undefined())
        }
        Ok(Kind::File) => Ok(js_string!("ENOTDIR").into()),
        Err(e) => Ok(JsString::from(e.code).into()),
    }
}

/// End the process now: record the code and unwind with an error no guest `catch` can stop.
fn really_exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = args.first().and_then(JsValue::as_number).map_or(0, |n| n as i32);
    state(ctx).set_exit_code(code);
    // NOTE: Boa's runtime-limit errors are the only ones `try`/`finally` cannot intercept;
    // the loop sees the exit code and never reports this one.
    Err(JsError::from(RuntimeLimitError::Recursion))
}
