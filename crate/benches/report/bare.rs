//! The bare-Boa host: the same `boa_engine` as nodeboa with no runtime at all, the engine's
//! floor. A script gets `console.log` (its arguments converted to strings, joined by spaces),
//! `performance.now()` (milliseconds since this host started), `readFile(path)` (a UTF-8 file
//! relative to the script's folder, for twins that compile the sources a runtime would load),
//! `writeFile(path, text)` (absolute), `tmpDir()`, and `importModule(path)` (an ES module graph
//! through Boa's own `SimpleModuleLoader`: loaded, linked and evaluated, its namespace
//! returned), and nothing else: no `require`, no timers, no `process`. The script runs inside a function, like a CommonJS module. After
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

fn install_globals(ctx: &mut Context, start: Instant, dir: &Path) -> JsResult<()> {
    let dir = boa_engine::JsString::from(dir.to_string_lossy().as_ref());
    let read = NativeFunction::from_copy_closure_with_captures(
        |_, args, dir: &boa_engine::JsString, ctx| {
            let rel = args.first().cloned().unwrap_or_default().to_string(ctx)?.to_std_string_escaped();
            let path = Path::new(&dir.to_std_string_escaped()).join(rel);
            std::fs::read_to_string(&path)
                .map(|s| JsValue::from(boa_engine::JsString::from(s.as_str())))
                .map_err(|e| boa_engine::JsNativeError::error().with_message(format!("{}: {e}", path.display())).into())
        },
        dir,
    );
    ctx.register_global_builtin_callable(js_string!("readFile"), 1, read)?;
    let write = NativeFunction::from_fn_ptr(|_, args, ctx| {
        let path = args.first().cloned().unwrap_or_default().to_string(ctx)?.to_std_string_escaped();
        let text = args.get(1).cloned().unwrap_or_default().to_string(ctx)?.to_std_string_escaped();
        std::fs::write(&path, text)
            .map(|()| JsValue::undefined())
            .map_err(|e| boa_engine::JsNativeError::error().with_message(format!("{path}: {e}")).into())
    });
    ctx.register_global_builtin_callable(js_string!("writeFile"), 2, write)?;
    let tmp = NativeFunction::from_fn_ptr(|_, _, _| {
        let dir = std::env::temp_dir().join(format!("bare-boa-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        Ok(JsValue::from(boa_engine::JsString::from(dir.to_string_lossy().as_ref())))
    });
    ctx.register_global_builtin_callable(js_string!("tmpDir"), 0, tmp)?;
    ctx.register_global_builtin_callable(js_string!("importModule"), 1, NativeFunction::from_fn_ptr(import_module))?;
    let console =
        ObjectInitializer::new(ctx).function(NativeFunction::from_fn_ptr(console_log), js_string!("log"), 0).build();
    ctx.register_global_property(js_string!("console"), console, Attribute::all())?;
    let now = NativeFunction::from_copy_closure(move |_, _, _| Ok(JsValue::from(start.elapsed().as_secs_f64() * 1e3)));
    let performance = ObjectInitializer::new(ctx).function(now, js_string!("now"), 0).build();
    ctx.register_global_property(js_string!("performance"), performance, Attribute::all())?;
    Ok(())
}

/// `importModule(path)`: parse, load, link and evaluate the module graph at `path` with Boa's
/// `SimpleModuleLoader` (installed on the context), then return its namespace.
fn import_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use boa_engine::builtins::promise::PromiseState;
    let path = args.first().cloned().unwrap_or_default().to_string(ctx)?.to_std_string_escaped();
    let source = Source::from_filepath(Path::new(&path))
        .map_err(|e| boa_engine::JsNativeError::error().with_message(format!("{path}: {e}")))?;
    let module = boa_engine::Module::parse(source, None, ctx)?;
    let promise = module.load_link_evaluate(ctx);
    ctx.run_jobs()?;
    match promise.state() {
        PromiseState::Fulfilled(_) => Ok(module.namespace(ctx).into()),
        PromiseState::Rejected(err) => Err(boa_engine::JsError::from_opaque(err)),
        PromiseState::Pending => Err(boa_engine::JsNativeError::error().with_message("module did not settle").into()),
    }
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
    let loader = match boa_engine::module::SimpleModuleLoader::new("/") {
        Ok(loader) => std::rc::Rc::new(loader),
        Err(e) => {
            eprintln!("module loader: {e}");
            return 1;
        }
    };
    let Ok(mut ctx) = Context::builder().module_loader(loader).build() else {
        eprintln!("cannot build a context");
        return 1;
    };
    let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
    let result = install_globals(&mut ctx, start, &dir)
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
