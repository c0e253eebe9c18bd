//! The bare-Boa host: the same `boa_engine` as nodeboa with no runtime at all, the engine's
//! floor. A script gets `console.log` (its arguments converted to strings, joined by spaces),
//! `performance.now()` (milliseconds since this host started), and nothing else: no `require`,
//! no timers, no `process`. The script runs inside a function, like a CommonJS module. After
//! the script, the engine's job queue is drained, so promise chains run to the end.
//!
//! It runs in a child process (`report --bare FILE`), like the other hosts, so start-up time,
//! peak memory and instruction counts are measured the same way for all of them.

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsResult, JsValue, NativeFunction, Source};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

fn console_log(_this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut line = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            line.push(' ');
        }
        line.push_str(&arg.to_string(ctx)?.to_std_string_escaped());
    }
    line.push('\n');
    let _ = std::io::stdout().lock().write_all(line.as_bytes());
    Ok(JsValue::undefined())
}

fn install_globals(ctx: &mut Context, start: Instant) -> JsResult<()> {
    let console =
        ObjectInitializer::new(ctx).function(NativeFunction::from_fn_ptr(console_log), js_string!("log"), 0).build();
    ctx.register_global_property(js_string!("console"), console, Attribute::all())?;
    let now = NativeFunction::from_copy_closure(move |_, _, _| Ok(JsValue::from(start.elapsed().as_secs_f64() * 1e3)));
    let performance = ObjectInitializer::new(ctx).function(now, js_string!("now"), 0).build();
    ctx.register_global_property(js_string!("performance"), performance, Attribute::all())?;
    Ok(())
}

/// Runs `file` in bare Boa; the process exit code (0, or 1 after printing an uncaught error).
pub fn run(file: &Path) -> i32 {
    let start = Instant::now();
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}: {e}", file.display());
            return 1;
        }
    };
    // Wrapped in a function, as nodeboa and node wrap a CommonJS module: top-level `let`s are
    // then function locals, which Boa accesses faster than global lexical bindings.
    let wrapped = format!("(function () {{\n{source}\n}})();");
    let mut ctx = Context::default();
    let result = install_globals(&mut ctx, start)
        .and_then(|()| ctx.eval(Source::from_bytes(wrapped.as_bytes())))
        .and_then(|_| ctx.run_jobs());
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("Uncaught {e}");
            1
        }
    }
}
