//! The `#[wasm_bindgen]` facade of the browser build: one runtime per [`WasmRuntime`], driven in
//! slices by the page's JavaScript loop driver (`www/lib/index.js`). Every Rust error becomes a
//! JS `Error` here, with a Node-style `code` where there is one.
//!
//! The loop-event stream crosses as numbers, not objects: when the embedder asks for it
//! (`loopEvents: true`), the tracer appends fixed-width records to one `Vec<f64>` that the driver
//! takes once per slice ([`WasmRuntime::take_loop_events`]) and decodes. When it is off no tracer
//! is installed, so a callback costs one `Cell` read and nothing is allocated.

// NOTE: `#[wasm_bindgen]` expands to unsafe FFI glue; this file itself writes no unsafe code.
#![allow(unsafe_code)]

use crate::event_loop::{LoopEvent, Phase};
use crate::host::{
    BytesStdin, CallbackOutput, CompletionQueue, Host, PerformanceClock, PoolJob, StdinSource, WebWorkerPool,
};
use crate::vfs::{ArchiveLayer, FetchLayer, Fetcher, FileType, Kind, LowerLayer};
use crate::{Entry, Environment, RunMode, Runtime, RuntimeOptions, Slice};
use js_sys::{Array, Function, Object, Reflect, Uint8Array};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// The page's `performance.now()`: loop events carry it, so the driver can line them up with
    /// its own and the workers' timestamps.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

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

/// The `lower` option: a read-only layer under the VFS whose files are copied up when first
/// read. `{ archive: Uint8Array, mount? }` serves a tar archive (gzipped or not);
/// `{ fetch(path) → Uint8Array | null, mount? }` asks the page for each path (the convention of
/// [`FetchLayer`]: a path ending in `/` asks for a directory listing, one name per line).
fn lower_layer(options: &JsValue) -> Result<Option<Box<dyn LowerLayer>>, JsValue> {
    let lower = get(options, "lower");
    if lower.is_undefined() || lower.is_null() {
        return Ok(None);
    }
    let mount = get(&lower, "mount").as_string().unwrap_or_else(|| "/".into());
    let archive = get(&lower, "archive");
    if !archive.is_undefined() {
        let layer = ArchiveLayer::new(Uint8Array::new(&archive).to_vec(), &mount)
            .map_err(|e| errno_error(e, "open", "options.lower.archive"))?;
        return Ok(Some(Box::new(layer)));
    }
    let fetch = function(&lower, "fetch").map_err(|_| error("options.lower needs an archive or a fetch function"))?;
    let fetcher: Fetcher = Box::new(move |path: &str| {
        let answer = fetch.call1(&JsValue::NULL, &JsValue::from_str(path)).ok()?;
        (!answer.is_undefined() && !answer.is_null()).then(|| Uint8Array::new(&answer).to_vec())
    });
    Ok(Some(Box::new(FetchLayer::new(fetcher, &mount))))
}

/// `process.execPath` in a page.
const EXEC_PATH: &str = "/usr/local/bin/node";

/// Numbers per loop-event record: `[code, phase, a, b, c, d, timeMs]`.
const EVENT_WIDTH: usize = 7;
/// Records kept between two takes; more are counted as dropped (a `nextTick` storm in one slice).
const EVENT_CAP: usize = 65_536;
/// Record codes (`www/lib/index.js` decodes them).
const EVENT_PHASE: f64 = 0.0;
const EVENT_CALLBACK: f64 = 1.0;
const EVENT_POOL_JOB_START: f64 = 2.0;
const EVENT_POOL_JOB_END: f64 = 3.0;
const EVENT_DROPPED: f64 = 4.0;

fn phase_index(phase: Option<Phase>) -> f64 {
    match phase {
        None => -1.0,
        Some(Phase::Timers) => 0.0,
        Some(Phase::Pending) => 1.0,
        Some(Phase::Poll) => 2.0,
        Some(Phase::Check) => 3.0,
        Some(Phase::Close) => 4.0,
    }
}

/// The loop events of one runtime since the driver last took them.
#[derive(Default)]
struct EventBuffer {
    records: RefCell<Vec<f64>>,
    dropped: Cell<u32>,
}

impl EventBuffer {
    fn push(&self, event: &LoopEvent) {
        let mut records = self.records.borrow_mut();
        if records.len() >= EVENT_CAP * EVENT_WIDTH {
            self.dropped.set(self.dropped.get().saturating_add(1));
            return;
        }
        let n = |v: usize| v as f64;
        let record = match *event {
            LoopEvent::Phase { phase, timers, immediates, ticks, requests } => {
                [EVENT_PHASE, phase_index(Some(phase)), n(timers), n(immediates), n(ticks), n(requests)]
            }
            LoopEvent::Callback { phase } => [EVENT_CALLBACK, phase_index(phase), 0.0, 0.0, 0.0, 0.0],
            LoopEvent::PoolJobStart { id } => [EVENT_POOL_JOB_START, -1.0, id as f64, 0.0, 0.0, 0.0],
            LoopEvent::PoolJobEnd { id } => [EVENT_POOL_JOB_END, -1.0, id as f64, 0.0, 0.0, 0.0],
            // A kind of event added to the loop later is skipped until it gets a record code, so
            // the browser build keeps compiling when the tracer grows (only it sees this file).
            #[allow(unreachable_patterns)]
            _ => return,
        };
        records.extend_from_slice(&record);
        records.push(performance_now());
    }

    /// Everything recorded so far (and a dropped-count record), leaving the buffer empty.
    fn take(&self) -> Vec<f64> {
        let mut records = std::mem::take(&mut *self.records.borrow_mut());
        let dropped = self.dropped.replace(0);
        if dropped > 0 {
            records.extend_from_slice(&[EVENT_DROPPED, -1.0, f64::from(dropped), 0.0, 0.0, 0.0]);
            records.push(performance_now());
        }
        records
    }
}

/// One nodeboa runtime in the page.
#[wasm_bindgen]
pub struct WasmRuntime {
    runtime: Runtime,
    completions: Arc<CompletionQueue>,
    pool: Rc<WebWorkerPool>,
    output: Rc<CallbackOutput>,
    stdin: Arc<BytesStdin>,
    clock: Rc<PerformanceClock>,
    events: Option<Rc<EventBuffer>>,
    /// The clock's reading when the runtime was stashed (see [`WasmRuntime::stash`]).
    stashed_at_ms: f64,
}

thread_local! {
    /// The runtime put aside by [`WasmRuntime::stash`], for [`WasmRuntime::unstash`].
    static STASHED: RefCell<Option<WasmRuntime>> = const { RefCell::new(None) };
}

#[wasm_bindgen]
impl WasmRuntime {
    /// A runtime that knows nothing of its embedder yet: its bootstrap runs from `bootStep`
    /// (the page yields between stages), then [`WasmRuntime::configure`] gives it its options.
    /// Booting before configuring is what lets a page boot once and restore that booted state
    /// from a heap snapshot later (`www/lib/snapshot.js`; see `Runtime::configure`).
    ///
    /// # Errors
    /// A bootstrap failure (a nodeboa bug).
    pub fn template() -> Result<WasmRuntime, JsValue> {
        let output = Rc::new(CallbackOutput::default());
        let pool = Rc::new(WebWorkerPool::detached());
        let stdin = Arc::new(BytesStdin::new(Vec::new()));
        let clock = Rc::new(PerformanceClock::new());
        let completions = Arc::new(CompletionQueue::default());
        let host = Host::browser(
            Rc::clone(&clock),
            Rc::clone(&output) as Rc<dyn crate::host::Output>,
            Rc::clone(&pool) as Rc<dyn crate::host::WorkPool>,
            Arc::clone(&completions),
            Some(Arc::clone(&stdin) as Arc<dyn StdinSource>),
        );
        let options = RuntimeOptions { exec_path: EXEC_PATH.into(), cwd: "/".into(), ..RuntimeOptions::default() };
        let runtime = Runtime::begin(host, options).map_err(|e| error(&e))?;
        Ok(Self { runtime, completions, pool, output, stdin, clock, events: None, stashed_at_ms: 0.0 })
    }

    /// Give the runtime its embedder: `configure({ cwd, args, env: [[k, v]...], poolSize,
    /// stdout(bytes), stderr(bytes), stdin: string | Uint8Array | undefined, post(id, kind,
    /// payload), loopEvents: boolean, lower: { archive | fetch, mount } })`. Finishes the
    /// bootstrap first if stages are left.
    ///
    /// # Errors
    /// A bad option, or a bootstrap failure (a nodeboa bug).
    pub fn configure(&mut self, options: JsValue) -> Result<(), JsValue> {
        self.output.attach(function(&options, "stdout")?, function(&options, "stderr")?);
        let pool_size = get(&options, "poolSize").as_f64().map_or(4, |n| n as usize);
        self.pool.attach(pool_size, function(&options, "post")?);
        let stdin = get(&options, "stdin");
        self.stdin.set(if stdin.is_undefined() || stdin.is_null() {
            Vec::new()
        } else if let Some(text) = stdin.as_string() {
            text.into_bytes()
        } else {
            Uint8Array::new(&stdin).to_vec()
        });
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
            exec_path: EXEC_PATH.into(),
            args: strings(&get(&options, "args")),
            env,
            cwd,
            lower: lower_layer(&options)?,
            ..RuntimeOptions::default()
        };
        self.runtime.configure(Some(runtime_options)).map_err(|e| error(&e))?;
        let events = get(&options, "loopEvents").is_truthy().then(|| Rc::new(EventBuffer::default()));
        let tracer = events.as_ref().map(|buffer| {
            let sink = Rc::clone(buffer);
            Box::new(move |e: &LoopEvent| sink.push(e)) as Box<dyn Fn(&LoopEvent)>
        });
        crate::event_loop::state(self.runtime.context()).set_tracer(tracer);
        self.events = events;
        Ok(())
    }

    /// Put this runtime aside inside the wasm instance (its JavaScript handle is spent), so that
    /// the instance's memory can be copied as a heap snapshot with nothing of it held by the page.
    /// [`WasmRuntime::unstash`] gives it back, in this instance or in one restored from the copy.
    pub fn stash(self) {
        let mut runtime = self;
        runtime.stashed_at_ms = runtime.clock.elapsed_ms();
        STASHED.with(|stashed| *stashed.borrow_mut() = Some(runtime));
    }

    /// The runtime [`WasmRuntime::stash`] put aside, if any; its monotonic clock goes on from
    /// where it was stashed.
    pub fn unstash() -> Option<WasmRuntime> {
        let runtime = STASHED.with(|stashed| stashed.borrow_mut().take())?;
        runtime.clock.resume_at(runtime.stashed_at_ms);
        Some(runtime)
    }

    /// Run the bootstrap's next stage (each well under 16 ms); true once it is complete.
    ///
    /// # Errors
    /// A bootstrap failure (a nodeboa bug).
    #[wasm_bindgen(js_name = bootStep)]
    pub fn boot_step(&mut self) -> Result<bool, JsValue> {
        self.runtime.boot_step().map_err(|e| error(&e))
    }

    /// The loop events since the last call, as flat records of 7 numbers
    /// `[code, phase, a, b, c, d, timeMs]` (see `www/lib/index.js`); empty when the stream is off.
    #[wasm_bindgen(js_name = takeLoopEvents)]
    pub fn take_loop_events(&self) -> Vec<f64> {
        self.events.as_ref().map(|buffer| buffer.take()).unwrap_or_default()
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
        self.pool.finished();
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

    /// `mkdir(2)`, or `mkdir -p` when `recursive`.
    ///
    /// # Errors
    /// `EEXIST` (not recursive), `ENOENT` (missing parent, not recursive), `ENOTDIR`.
    pub fn mkdir(&mut self, path: &str, recursive: bool) -> Result<(), JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let mut vfs = env.vfs.borrow_mut();
        let made = if recursive { vfs.mkdir_all(&path) } else { vfs.mkdir(&path, 0o777) };
        made.map_err(|e| errno_error(e, "mkdir", &path))
    }

    /// `symlink(target, path)`: a symbolic link at `path` (parents created) to `target`, kept as
    /// written (a relative target resolves from the link's directory).
    ///
    /// # Errors
    /// `EEXIST` when `path` exists, `ENOTDIR` when a parent is a file.
    pub fn symlink(&mut self, target: &str, path: &str) -> Result<(), JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let mut vfs = env.vfs.borrow_mut();
        vfs.mkdir_all(parent(&path)).map_err(|e| errno_error(e, "mkdir", &path))?;
        vfs.symlink(target, &path).map_err(|e| errno_error(e, "symlink", &path))
    }

    /// Remove a file, a symlink or an empty directory; with `recursive`, a directory and
    /// everything under it (`rm -r`).
    ///
    /// # Errors
    /// `ENOENT`, `ENOTEMPTY` (a non-empty directory without `recursive`), `EBUSY` (`/`).
    pub fn remove(&mut self, path: &str, recursive: bool) -> Result<(), JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let mut vfs = env.vfs.borrow_mut();
        remove_tree(&mut vfs, &path, recursive)
    }

    /// The entries of a directory, sorted by name: `[{ name, type: "file" | "directory" |
    /// "symlink" }]`.
    ///
    /// # Errors
    /// `ENOENT`, `ENOTDIR`.
    pub fn readdir(&mut self, path: &str) -> Result<Array, JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let entries = env.vfs.borrow_mut().readdir(&path).map_err(|e| errno_error(e, "scandir", &path))?;
        let out = Array::new();
        for (name, file_type) in entries {
            let entry = Object::new();
            let _ = Reflect::set(&entry, &"name".into(), &name.into());
            let _ = Reflect::set(&entry, &"type".into(), &file_type_name(file_type).into());
            out.push(&entry);
        }
        Ok(out)
    }

    /// `stat(2)` (`follow`) or `lstat(2)`: `{ type, size, mode, mtimeMs }`.
    ///
    /// # Errors
    /// `ENOENT`, `ENOTDIR`, `ELOOP`.
    pub fn stat(&mut self, path: &str, follow: bool) -> Result<Object, JsValue> {
        let env = self.environment();
        let path = resolve(&env, path);
        let stat = env.vfs.borrow_mut().stat(&path, follow);
        let stat = stat.map_err(|e| errno_error(e, if follow { "stat" } else { "lstat" }, &path))?;
        let out = Object::new();
        let file_type = match stat.mode & 0o170_000 {
            0o040_000 => "directory",
            0o120_000 => "symlink",
            _ => "file",
        };
        let _ = Reflect::set(&out, &"type".into(), &file_type.into());
        let _ = Reflect::set(&out, &"size".into(), &(stat.size as f64).into());
        let _ = Reflect::set(&out, &"mode".into(), &stat.mode.into());
        let _ = Reflect::set(&out, &"mtimeMs".into(), &(stat.mtime as f64 / 1e6).into());
        Ok(out)
    }

    /// The VFS's in-memory layer as a tar archive (`Vfs::export_tar`).
    #[wasm_bindgen(js_name = exportSnapshot)]
    pub fn export_snapshot(&mut self) -> Vec<u8> {
        let env = self.environment();
        let tar = env.vfs.borrow_mut().export_tar();
        tar
    }

    /// Unpack a tar archive (gzipped or not) into the VFS, replacing files of the same names.
    ///
    /// # Errors
    /// `EINVAL` for bytes that are not a tar archive; `ENOTDIR` and the like when an entry cannot
    /// be placed.
    #[wasm_bindgen(js_name = importSnapshot)]
    pub fn import_snapshot(&mut self, bytes: &[u8]) -> Result<(), JsValue> {
        let env = self.environment();
        let imported = env.vfs.borrow_mut().import_tar(bytes);
        imported.map_err(|e| errno_error(e, "import", "/"))
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

fn file_type_name(file_type: FileType) -> &'static str {
    match file_type {
        FileType::File => "file",
        FileType::Directory => "directory",
        FileType::Symlink => "symlink",
        FileType::CharDevice => "charDevice",
        FileType::Fifo => "fifo",
    }
}

/// Remove `path` (not following a final symlink); a directory's contents first when `recursive`.
fn remove_tree(vfs: &mut crate::vfs::Vfs, path: &str, recursive: bool) -> Result<(), JsValue> {
    let stat = vfs.stat(path, false).map_err(|e| errno_error(e, "lstat", path))?;
    if stat.mode & 0o170_000 != 0o040_000 {
        return vfs.unlink(path).map_err(|e| errno_error(e, "unlink", path));
    }
    if recursive {
        let entries = vfs.readdir(path).map_err(|e| errno_error(e, "scandir", path))?;
        for (name, _) in entries {
            let child = if path == "/" { format!("/{name}") } else { format!("{path}/{name}") };
            remove_tree(vfs, &child, true)?;
        }
    }
    vfs.rmdir(path).map_err(|e| errno_error(e, "rmdir", path))
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
