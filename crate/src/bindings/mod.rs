//! `internalBinding(name)`: the native halves of the built-in modules.
//!
//! Each binding is one file exporting `create(ctx) -> JsObject`; [`create`] maps names to them.
//! Bindings are thin: they convert arguments, touch Rust state, and return plain values. Argument
//! validation with Node's error codes happens in the JavaScript that calls them.

mod buffer;
mod config;
mod contextify;
mod crypto;
mod fs;
mod fs_dirent;
mod fs_fast;
mod messaging;
mod os;
mod output;
mod path;
mod process_methods;
mod stdin;
mod task_queue;
mod timers;
mod url;
mod util;
mod uv;
mod view;
mod zlib;

pub use config::NODE_VERSION;
pub use contextify::compile_function;

use boa_engine::object::ObjectInitializer;
use boa_engine::{Context, JsObject, JsResult, JsValue, NativeFunction};

/// Build the binding called `name`, if there is one.
pub fn create(ctx: &mut Context, name: &str) -> Option<JsResult<JsObject>> {
    Some(match name {
        "buffer" => Ok(buffer::create(ctx)),
        "config" => config::create(ctx),
        "contextify" => Ok(contextify::create(ctx)),
        "crypto" => Ok(crypto::create(ctx)),
        "fs" => Ok(fs::create(ctx)),
        "messaging" => Ok(messaging::create(ctx)),
        "os" => Ok(os::create(ctx)),
        "modules" => Ok(crate::modules::binding(ctx)),
        "output" => Ok(output::create(ctx)),
        "path" => Ok(path::create(ctx)),
        "process_methods" => Ok(process_methods::create(ctx)),
        "stdin" => Ok(stdin::create(ctx)),
        "task_queue" => Ok(task_queue::create(ctx)),
        "timers" => Ok(timers::create(ctx)),
        "url" => Ok(url::create(ctx)),
        "util" => Ok(util::create(ctx)),
        "uv" => uv::create(ctx),
        "zlib" => Ok(zlib::create(ctx)),
        _ => return None,
    })
}

/// A native function of a binding: name, arity, implementation.
type Native = (&'static str, usize, fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>);

/// An object whose methods are `natives`.
fn object_with(ctx: &mut Context, natives: &[Native]) -> JsObject {
    let mut init = ObjectInitializer::new(ctx);
    for &(name, length, f) in natives {
        init.function(NativeFunction::from_fn_ptr(f), boa_engine::JsString::from(name), length);
    }
    init.build()
}

/// Argument `i` as a u64 id or count (negative, NaN and missing become 0).
fn arg_u64(args: &[JsValue], i: usize) -> u64 {
    args.get(i).and_then(JsValue::as_number).filter(|n| *n > 0.0).map_or(0, |n| n as u64)
}

/// Argument `i` as a Rust string (`undefined` for a non-string).
fn arg_string(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    match args.get(i) {
        Some(v) => {
            let s = v.to_string(ctx)?;
            if let boa_engine::string::JsStrVariant::Latin1(bytes) = s.variant() {
                if bytes.is_ascii() {
                    // ASCII bytes are their own UTF-8.
                    return Ok(String::from_utf8_lossy(bytes).into_owned());
                }
            }
            // The plain conversion is the escaped one whenever there is no lone surrogate.
            Ok(s.to_std_string().unwrap_or_else(|_| s.to_std_string_escaped()))
        }
        None => Ok(String::new()),
    }
}

/// Argument `i` as a list of values (a JS array), or empty.
fn arg_list(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Vec<JsValue>> {
    let Some(obj) = args.get(i).and_then(JsValue::as_object) else { return Ok(Vec::new()) };
    let array = boa_engine::object::builtins::JsArray::from_object(obj)?;
    let len = array.length(ctx)?;
    (0..len).map(|k| array.get(k, ctx)).collect()
}
