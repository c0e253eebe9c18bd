//! The `#[wasm_bindgen]` facade of the browser build: one runtime per [`WasmRuntime`], driven in
//! slices by the page's JavaScript loop driver (`www/nodeboa.js`). Every Rust error becomes a JS
//! `Error` here, with a Node-style `code` where there is one.

// NOTE: `#[wasm_bindgen]` expands to unsafe FFI glue; this file itself writes no unsafe code.
#![allow(unsafe_code)]

use crate::host::{BytesStdin, CallbackOutput, CompletionQueue, Host, PoolJob, StdinSource, WebWorkerPool};
use crate::vfs::Kind;
use crate::{Entry, Environment, RunMode, Runtime, RuntimeOptions, Slice};
use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

fn error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}

fn errno_error(err: crate::errno::Errno, syscall: &str, path: &str) -> JsValue {
    let e = js_sys::Error::new(&format!("{}: {}, {} '{}'", err.code, err.message, syscall, path));
    let _ = Reflect::set(&e, &"code".into(), &err.code.into());
    let _ = Reflect::set(&e, &"errno".into(), &err.errno.into());
    let _ = Reflect::set(&e, &"syscall".into(), &syscall.into());
    let _ = Reflect::set(&e, &"path".into(), &path.into());
    e.into()
}

fn get(options: &JsValue, key: &str) -> JsValue {
    Reflect::get(options, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn function(options: &JsValue, key: &str) -> Result<Function, JsValue> {
    get(options, key).dyn_into::<Function>().map_err(|_| error(&format!("options.{key} must be a function")))
}

fn strings(value: &JsValue) -> Vec<String> {
    if !Array::is_array(value) {
        return Vec::new();
    }
    Array::from(value).iter().map(|v| v.as_string().unwrap_or_default()).collect()
}

/// One nodeboa runtime in the page.
#[wasm_bindgen]
pub struct WasmRuntime {
    runtime: Runtime,
    completions: Arc<CompletionQueue>,
}

#[wasm_bindgen]
impl WasmRuntime {
    /// `new WasmRuntime({ cwd, args, env: [[k, v]...], poolSize, stdout(bytes), stderr(bytes),
    /// stdin: Uint8Array | undefined, post(id, kind, payload) })`.
    ///
    /// # Errors
    /// A bad option, or a bootstrap failure (a nodeboa bug).
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<WasmRuntime, JsValue> {
        let output = CallbackOutput::new(function(&options, "stdout")?, function(&options, "stderr")?);
        let pool_size = get(&options, "poolSize").as_f64().map_or(4, |n| n as usize);
        let pool = WebWorkerPool::new(pool_size, function(&options, "post")?);
        let stdin = get(&options, "stdin");
        let stdin: Option<Arc<dyn StdinSource>> = if stdin.is_undefined() || stdin.is_null() {
            Some(Arc::new(BytesStdin::new(Vec::new())))
        } else if let Some(text) = stdin.as_string() {
            Some(Arc::new(BytesStdin::new(text.into_bytes())))
        } else {
            Some(Arc::new(BytesStdin::new(Uint8Array::new(&stdin).to_vec())))
        };
        let completions = Arc::new(CompletionQueue::default());
        let host = Host::browser(Rc::new(output), Rc::new(pool), Arc::clone(&completions), stdin);
        let env = get(&options, "env");
        let env = if Array::is_array(&env) {
            Array::from(&env)
                .iter()
                .filter_map(|pair| {
                    let pair = strings(&pair);
                    Some((pair.first()?.clone(), pair.get(1)?.clone()))
                })
                .collect()
        } else {
            Vec::new()
        };
        let cwd = get(&options, "cwd").as_string().unwrap_or_else(|| "/home/user".into());
        let runtime_options = RuntimeOptions {
            exec_path: "/usr/local/bin/node".into(),
            args: strings(&get(&options, "args")),
            env,
            cwd,
            ..RuntimeOptions::default()
        };
        let runtime = Runtime::new(host, runtime_options).map_err(|e| error(&e))?;
        Ok(Self { runtime, completions })
    }

    /// Run the main script `path` (absolute, in the VFS) up to the end of its first turn.
    #[wasm_bindgen(js_name = startFile)]
    pub fn start_file(&mut self, path: String) {
        // An uncaught error or process.exit() is reported by the next slice as the exit.
        if self.runtime.start(Entry::File(path)).is_ok() {
            let _ = crate::event_loop::run_opening_timers(self.runtime.context());
        }
    }

    /// Run `code` as `node -e` does (`print`: as `node -p`).
    #[wasm_bindgen(js_name = startEval)]
    pub fn start_eval(&mut self, code: String, print: bool) {
        if self.runtime.start(Entry::Eval { code, print }).is_ok() {
            let _ = crate::event_loop::run_opening_timers(self.runtime.context());
        }
    }

    /// Run loop iterations for at most about `budget_ms` of wall time. Returns `-2` when the
    /// process may continue at once, `-1` when it waits only for pool work, the ms to the next
    /// timer otherwise; or `{ exit: code }` when it has exited.
    #[wasm_bindgen(js_name = runSlice)]
    pub fn run_slice(&mut self, budget_ms: f64) -> JsValue {
        let start = js_sys::Date::now();
        loop {
            match self.runtime.run_slice(RunMode::NoWait) {
                Slice::Exited(code) => {
                    let result = Object::new();
                    let _ = Reflect::set(&result, &"exit".into(), &code.into());
                    return result.into();
                }
                Slice::Continue { wait_ms: Some(0) } => {
                    if js_sys::Date::now() - start >= budget_ms {
                        return JsValue::from(-2);
                    }
                }
                Slice::Continue { wait_ms: Some(ms) } => return JsValue::from(ms as f64),
                Slice::Continue { wait_ms: None } => {
                    if !self.completions.is_empty() {
                        continue;
                    }
                    return JsValue::from(-1);
                }
            }
        }
    }

    /// A worker finished pool request `id` with `result` bytes.
    pub fn complete(&self, id: f64, result: &[u8]) {
        self.completions.push(crate::host::Completion { id: id as u64, result: Box::new(result.to_vec()) });
    }

    /// Trap on purpose (`unreachable`), for the embedder's trap-recovery tests.
    #[wasm_bindgen(js_name = __trap)]
    pub fn trap(&self) {
        core::arch::wasm32::unreachable();
    }

    /// End the program at the next callback boundary.
    pub fn stop(&self) {
        self.runtime.stop();
    }

    fn environment(&mut self) -> Rc<Environment> {
        Environment::of(self.runtime.context())
    }

    /// Write a file, creating its parent directories.
    ///
    /// # Errors
    /// An errno error (`ENOTDIR`, `EISDIR`, ...).
    #[wasm_bindgen(js_name = writeFile)]
    pub fn write_file(&mut self, path: &str, bytes: &[u8]) -> Result<(), JsValue> {
        let env = self.environment();
        let mut vfs = env.vfs.borrow_mut();
        let path = resolve(&env, path);
        vfs.mkdir_all(parent(&path)).map_err(|e| errno_error(e, "mkdir", &path))?;
        vfs.write_file(&path, bytes.to_vec()).map_err(|e| errno_error(e, "open", &path))
    }

    /// # Errors
    /// `ENOENT`, `EISDIR`.
    #[wasm_bindgen(js_name = readFile)]
    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let bytes = env.vfs.borrow_mut().read_file(&path);
        bytes.map_err(|e| errno_error(e, "open", &path))
    }

    /// # Errors
    /// `ENOTDIR` when a component is a file.
    pub fn mkdir(&mut self, path: &str) -> Result<(), JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let made = env.vfs.borrow_mut().mkdir_all(&path);
        made.map_err(|e| errno_error(e, "mkdir", &path))
    }

    /// Remove a file.
    ///
    /// # Errors
    /// `ENOENT`, `EISDIR`.
    pub fn remove(&mut self, path: &str) -> Result<(), JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let removed = env.vfs.borrow_mut().unlink(&path);
        removed.map_err(|e| errno_error(e, "unlink", &path))
    }

    /// `"file"`, `"directory"`, or `null` when nothing is there.
    pub fn kind(&mut self, path: &str) -> JsValue {
        let env = self.environment();
        let path = resolve(&env, path);
        let kind = env.vfs.borrow_mut().kind(&path);
        match kind {
            Ok(Kind::File) => "file".into(),
            Ok(Kind::Directory) => "directory".into(),
            Err(_) => JsValue::NULL,
        }
    }

    /// The process's working directory.
    pub fn cwd(&mut self) -> String {
        self.environment().cwd.borrow().clone()
    }
}

fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

fn resolve(env: &Environment, path: &str) -> String {
    if path.starts_with('/') {
        crate::vfs::normalize(path)
    } else {
        crate::vfs::normalize(&format!("{}/{}", env.cwd.borrow(), path))
    }
}

/// Run one pool job (the worker's entry point): `kind` and `payload` as posted by the pool.
///
/// # Errors
/// An unknown job kind.
#[wasm_bindgen(js_name = runPoolJob)]
pub fn run_pool_job(kind: u32, payload: &[u8]) -> Result<Vec<u8>, JsValue> {
    PoolJob::decode(kind, payload).map(|job| job.run()).ok_or_else(|| error(&format!("unknown pool job kind {kind}")))
}
