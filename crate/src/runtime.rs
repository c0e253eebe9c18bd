//! One nodeboa runtime: a Boa context, its event loop, its filesystem, and its process identity.
//!
//! [`Runtime::run`] is Node's whole life cycle for the CLI: run the entry, spin the loop, emit
//! 'beforeExit' (which may schedule more work), emit 'exit'. Hosts that must yield between slices
//! (the browser) call [`Runtime::start`], then [`Runtime::run_slice`] until it reports the end.

use crate::builtins::{self, Builtins};
use crate::event_loop::{self, state, task_queues, Exiting, Flow, Hooks, LoopState, RunMode};
use crate::host::Host;
use crate::jobs::MicrotaskQueue;
use crate::vfs::{LowerLayer, Vfs};
use boa_engine::builtins::promise::{OperationType, PromiseState};
use boa_engine::context::HostHooks;
use boa_engine::job::JobCallback;
use boa_engine::object::builtins::JsPromise;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue};
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

/// What the embedder tells the runtime about the process it pretends to be.
pub struct RuntimeOptions {
    /// `process.execPath` and `process.argv[0]`.
    pub exec_path: String,
    /// `process.execArgv`.
    pub exec_argv: Vec<String>,
    /// The arguments after the script (`process.argv.slice(2)`).
    pub args: Vec<String>,
    /// `process.env`.
    pub env: Vec<(String, String)>,
    /// The initial working directory (created in the VFS if missing).
    pub cwd: String,
    /// The read-only layer under the in-memory filesystem.
    pub lower: Option<Box<dyn LowerLayer>>,
    /// Read built-in JavaScript from this folder instead of the embedded copies.
    pub lib_dir: Option<PathBuf>,
    /// `process.pid` and `process.ppid`.
    pub pid: u32,
    pub ppid: u32,
    /// How deep the host's native stack lets Boa go: see [`Limits`].
    pub limits: Limits,
}

/// Depth limits that keep guest code from overflowing the host's native stack. A native thread
/// of the CLI has 1 GiB of stack; a wasm instance links with 16 MiB, so the browser host sets
/// lower values.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Most nested brackets a source may have before parsing refuses it (a RangeError).
    pub max_nesting_depth: usize,
    /// Most nested JavaScript calls (Node allows about 10 800 trivial frames).
    pub recursion: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self { max_nesting_depth: 10_000, recursion: 9_000 }
    }
}

impl Default for RuntimeOptions {
    fn default() -> Self {
        Self {
            exec_path: "/usr/local/bin/nodeboa".into(),
            exec_argv: Vec::new(),
            args: Vec::new(),
            env: Vec::new(),
            cwd: "/".into(),
            lower: None,
            lib_dir: None,
            pid: 42,
            ppid: 41,
            limits: Limits::default(),
        }
    }
}

/// The process as the guest sees it: identity, working directory and filesystem.
pub struct Environment {
    pub argv: Vec<String>,
    pub exec_argv: Vec<String>,
    pub exec_path: String,
    pub vars: Vec<(String, String)>,
    pub pid: u32,
    pub ppid: u32,
    pub cwd: RefCell<String>,
    pub vfs: RefCell<Vfs>,
    pub limits: Limits,
}

impl Environment {
    /// The environment `options` describe, its VFS stamped by `host`'s clock and carrying its
    /// standard streams. The working directory is created if missing.
    fn new(host: &Host, options: RuntimeOptions) -> Self {
        let cwd = crate::vfs::normalize(&options.cwd);
        let wall = Rc::clone(&host.clock);
        // The files the guest makes are the process's; `/`, `/tmp` and `/dev` are root's.
        let owner = crate::host::machine::credentials();
        let mut vfs = Vfs::with_clock(options.lower, &cwd, Box::new(move || wall.wall_ns()), owner);
        vfs.set_streams(host.std_streams());
        Self {
            argv: std::iter::once(options.exec_path.clone()).chain(options.args).collect(),
            exec_argv: options.exec_argv,
            exec_path: options.exec_path,
            vars: options.env,
            pid: options.pid,
            ppid: options.ppid,
            vfs: RefCell::new(vfs),
            cwd: RefCell::new(cwd),
            limits: options.limits,
        }
    }

    /// The environment of the runtime that owns `ctx`.
    ///
    /// # Panics
    /// If `ctx` was not built by [`Runtime::new`].
    #[must_use]
    pub fn of(ctx: &Context) -> Rc<Self> {
        Rc::clone(ctx.get_data::<Rc<Self>>().expect("the runtime installs its environment"))
    }
}

/// What the runtime runs first.
pub enum Entry {
    /// A script file (CommonJS), as `nodeboa FILE`.
    File(String),
    /// Source text, as `nodeboa -e CODE` (or `-p CODE`, which prints the result).
    Eval { code: String, print: bool },
}

/// What one slice of the loop left behind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slice {
    /// More work is scheduled; call again after at most this many ms (0: at once).
    Continue { wait_ms: Option<u64> },
    /// The process has exited with this code.
    Exited(i32),
}

/// Node's process-level promise hooks for Boa.
struct NodeHostHooks;

/// The async context frame a promise reaction was made in (its `JobCallback`'s host field).
#[derive(boa_gc::Trace, boa_gc::Finalize, boa_engine::JsData)]
struct ReactionFrame(JsValue);

impl HostHooks for NodeHostHooks {
    /// A promise reaction (`then`, `await`) takes the async context frame it was made in...
    fn make_job_callback(&self, callback: boa_engine::object::builtins::JsFunction, ctx: &mut Context) -> JobCallback {
        JobCallback::new(callback, ReactionFrame(state(ctx).async_frame()))
    }

    /// ... and runs in it.
    fn call_job_callback(
        &self,
        job: &JobCallback,
        this: &JsValue,
        args: &[JsValue],
        ctx: &mut Context,
    ) -> JsResult<JsValue> {
        let frame = job.host_defined().downcast_ref::<ReactionFrame>().map(|f| f.0.clone()).unwrap_or_default();
        let st = state(ctx);
        let outer = st.swap_async_frame(frame);
        let result = job.callback().call(this, args, ctx);
        st.swap_async_frame(outer);
        result
    }

    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        ctx: &mut Context,
    ) {
        let promise = promise.clone().upcast();
        let st = state(ctx);
        match operation {
            OperationType::Reject => {
                let reason = match JsPromise::from_object(promise.clone()).map(|p| p.state()) {
                    Ok(PromiseState::Rejected(reason)) => reason,
                    _ => JsValue::undefined(),
                };
                st.rejections.borrow_mut().rejected(promise, reason);
            }
            OperationType::Handle => st.rejections.borrow_mut().handled(&promise),
        }
    }

    /// `eval` and `new Function`: refuse sources nested deeper than the native stack allows, as
    /// `contextify` does for modules.
    fn ensure_can_compile_strings(
        &self,
        _realm: boa_engine::realm::Realm,
        parameters: &[JsString],
        body: &JsString,
        _direct: bool,
        ctx: &mut Context,
    ) -> JsResult<()> {
        let limit = Environment::of(ctx).limits.max_nesting_depth;
        let too_deep = |s: &JsString| crate::source_check::max_nesting_depth(&s.to_std_string_lossy()) > limit;
        if too_deep(body) || parameters.iter().any(too_deep) {
            return Err(boa_engine::JsNativeError::range().with_message("Maximum call stack size exceeded").into());
        }
        Ok(())
    }
}

/// How many bytes of garbage (as `boa_gc` counts them: the size of each `GcBox`) may pile up
/// between two collections, at least. See [`GcHeadroom`]. NOTE: until session 11 this said 8 MiB
/// of 64 KiB boxes, but each box, aligned to 64 KiB behind its header, counted 128 KiB: 16 MiB
/// is what was measured and tuned.
const GC_HEADROOM: usize = 16 * 1024 * 1024;
/// One ballast box: ~128 KiB as `boa_gc` counts it (`size_of` of its box), all zeros. Moving it
/// copies them, so the headroom costs start-up time: its size is a trade between that and fewer
/// collections. NOTE: zeros, not padding: a copied padding is whatever the stack held, and the
/// pages it dirties would go into every heap snapshot of a booted runtime (www/lib/snapshot.js
/// keeps only the pages the bootstrap changed: 14.7 MB with padding, 2.7 MB with zeros).
#[derive(boa_gc::Trace, boa_gc::Finalize)]
#[boa_gc(unsafe_empty_trace)]
struct GcBallast(#[allow(dead_code)] [u8; BALLAST_BYTES]);

/// A ballast box's size: 128 KiB less its `boa_gc` header (as the 64 KiB-aligned box it replaced).
const BALLAST_BYTES: usize = 128 * 1024 - 16;

/// Raises `boa_gc`'s collection threshold so that a collection comes after [`GC_HEADROOM`] bytes
/// of new allocation rather than after ~0.4× the live heap.
///
/// # How and why
///
/// Every `boa_gc` collection traces the whole heap, and the resident heap of a runtime is large:
/// the bootstrap and the library modules it loaded stay live for the whole process. `boa_gc`
/// collects when its byte count passes a threshold that starts at 1 MiB and is only ever raised,
/// to `live / 0.7`, after a collection that left more than 70 % of it live. With a large resident
/// heap that policy collects after every ~0.43 × live bytes of new garbage, tracing the library
/// each time, so a program that allocates pays for the library on every collection (a bare Boa,
/// whose live heap is tiny, collects as rarely per byte as its 1 MiB start allows).
///
/// The threshold is private to `boa_gc` 0.22 (no configuration API), but its raising rule is
/// reachable: allocate a ballast of `GC_HEADROOM` counted bytes, let the collections that this triggers
/// see it live (each raises the threshold to `live / 0.7`), then drop it (the next collection
/// takes its memory back). The threshold stays, so later collections come after at least
/// `GC_HEADROOM` bytes of garbage. The same threshold is shared by every runtime on the thread.
/// NOTE: upstream fix would be a public `boa_gc` setting for the threshold (or a threshold grown
/// from the live size after every collection, as V8 and SpiderMonkey size their heaps).
///
/// It runs as the bootstrap's last stages (see [`Runtime::boot_step`]): the collections the
/// ballast triggers trace the whole boot heap, ~20 ms in one go, so it is allocated an eighth at a
/// time (each step ~1–4 ms natively, about one collection), held in between, then dropped.
/// NOTE: the dropped ballast is left to the next collection that comes by itself (after
/// `GC_HEADROOM` bytes of garbage) rather than collected at once: that collection traced the whole
/// boot heap for nothing but handing back memory nobody has asked for yet (11–13 ms in a page,
/// the longest step of a runtime's creation). Its boxes were never written past their first
/// byte, so until then they are mostly untouched pages.
/// NOTE: every runtime reserves it, although the threshold is per thread and never lowered: its
/// collection is also what frees the heaps of the runtimes freed before it. Skipping it after the
/// first runtime of a page grew the page's memory by 32 MiB over 20 create/run/free cycles (the
/// browser test of `free()`), against nothing with it.
#[derive(Default)]
struct GcHeadroom {
    ballast: Vec<boa_gc::Gc<GcBallast>>,
}

impl GcHeadroom {
    const STEPS: usize = 8;

    /// One step; true once the headroom is reserved and the ballast dropped.
    fn step(&mut self) -> bool {
        let chunk = std::mem::size_of::<GcBallast>();
        let total = GC_HEADROOM / chunk;
        if self.ballast.len() < total {
            let more = (total / Self::STEPS).max(1).min(total - self.ballast.len());
            self.ballast.extend((0..more).map(|_| boa_gc::Gc::new(GcBallast([0; BALLAST_BYTES]))));
            return false;
        }
        self.ballast.clear();
        true
    }
}

/// Boa's value stack, in values (its default of 10 240 is far below Node's depth).
const STACK_SIZE_LIMIT: usize = 16 * 1024 * 1024;

pub struct Runtime {
    ctx: Context,
    state: Rc<LoopState>,
    /// Set by the bootstrap's last stage.
    main_hooks: Option<MainHooks>,
    /// The bootstrap module's exports (`step`) while its stages are still running.
    booting: Option<JsObject>,
    /// The GC headroom being reserved, after the bootstrap's JavaScript (see [`GcHeadroom`]).
    headroom: Option<GcHeadroom>,
    /// Whether the bootstrap's `configure` has given `process` its identity (see
    /// [`Runtime::configure`]).
    configured: bool,
    /// Set once 'exit' has been emitted and the code is final.
    finished: Option<i32>,
}

/// Bootstrap exports the loop does not need but the runtime does.
struct MainHooks {
    run_main: JsObject,
    eval_main: JsObject,
    configure: JsObject,
}

impl Runtime {
    /// Create a runtime and run Node's bootstrap (globals, `process`, `console`, timers).
    ///
    /// # Errors
    /// A message when the bootstrap JavaScript fails, which is a bug of nodeboa.
    pub fn new(host: Host, options: RuntimeOptions) -> Result<Self, String> {
        let mut runtime = Self::begin(host, options)?;
        while !runtime.boot_step()? {}
        Ok(runtime)
    }

    /// Create a runtime whose bootstrap has not run yet: [`Runtime::boot_step`] runs it one stage
    /// at a time (each well under a frame's 16 ms), so that a page can give the thread back
    /// between stages. [`Runtime::new`] runs them all.
    ///
    /// # Errors
    /// A message when the bootstrap JavaScript fails, which is a bug of nodeboa.
    pub fn begin(host: Host, options: RuntimeOptions) -> Result<Self, String> {
        let microtasks = Rc::new(MicrotaskQueue::default());
        let module_loader = crate::modules::loader();
        let mut ctx = Context::builder()
            .job_executor(Rc::clone(&microtasks))
            .module_loader(Rc::clone(&module_loader))
            .host_hooks(Rc::new(NodeHostHooks))
            .build()
            .map_err(|e| e.to_string())?;
        ctx.runtime_limits_mut().set_recursion_limit(options.limits.recursion);
        ctx.runtime_limits_mut().set_stack_size_limit(STACK_SIZE_LIMIT);
        crate::engine::install(&mut ctx).map_err(|e| e.to_string())?;
        let state = Rc::new(LoopState::new(host, microtasks));
        ctx.insert_data(Rc::clone(&state));
        ctx.insert_data(module_loader);
        let lib_dir = options.lib_dir.clone();
        ctx.insert_data(Rc::new(Environment::new(&state.host, options)));
        Builtins::install(&mut ctx, lib_dir);
        let exports = builtins::require(&mut ctx, "internal/bootstrap/node")
            .map_err(|e| format!("nodeboa bootstrap failed: {e}"))?;
        let booting = exports.as_object().ok_or("bootstrap exported nothing")?;
        Ok(Self {
            ctx,
            state,
            main_hooks: None,
            booting: Some(booting),
            headroom: None,
            configured: false,
            finished: None,
        })
    }

    /// Run the bootstrap's next stage. Returns true once the bootstrap is complete (at once when
    /// it already was); the runtime can run a guest then.
    ///
    /// # Errors
    /// A message when the bootstrap JavaScript fails, which is a bug of nodeboa.
    pub fn boot_step(&mut self) -> Result<bool, String> {
        if let Some(headroom) = &mut self.headroom {
            if headroom.step() {
                self.headroom = None;
                return Ok(true);
            }
            return Ok(false);
        }
        let Some(exports) = self.booting.clone() else { return Ok(true) };
        let ctx = &mut self.ctx;
        let get = |ctx: &mut Context, name: &str| -> Result<JsObject, String> {
            exports
                .get(JsString::from(name), ctx)
                .ok()
                .and_then(|v| v.as_callable())
                .ok_or_else(|| format!("bootstrap hook {name} is missing"))
        };
        let step = get(ctx, "step")?;
        let done = step.call(&JsValue::undefined(), &[], ctx).map_err(|e| format!("nodeboa bootstrap failed: {e}"))?;
        if !done.to_boolean() {
            return Ok(false);
        }
        self.state.set_hooks(Hooks {
            on_uncaught: get(ctx, "onUncaught")?,
            on_unhandled_rejection: get(ctx, "onUnhandledRejection")?,
            on_rejection_handled: get(ctx, "onRejectionHandled")?,
            format_fatal: get(ctx, "formatFatal")?,
            emit_before_exit: get(ctx, "emitBeforeExit")?,
            emit_exit: get(ctx, "emitExit")?,
        });
        self.main_hooks = Some(MainHooks {
            run_main: get(ctx, "runMain")?,
            eval_main: get(ctx, "evalMain")?,
            configure: get(ctx, "configure")?,
        });
        self.booting = None;
        self.headroom = Some(GcHeadroom::default());
        Ok(false)
    }

    /// Give the booted process its identity: `process.argv`, `env`, `pid`, the module search
    /// paths, from the runtime's [`Environment`]. With `options`, that environment (and the VFS
    /// in it) is first replaced by one built from them. Runs what is left of the bootstrap first.
    ///
    /// # How and why
    /// The bootstrap builds nothing from the environment: whatever `process` holds of it is
    /// applied here, after. So a booted runtime is the same whatever it will run, and a page can
    /// boot one before it knows its options, or restore one booted earlier from a heap snapshot
    /// (`www/lib/snapshot.js`), then configure it. The CLI takes the same path
    /// ([`Runtime::start`] configures a runtime not configured yet), so the differential suites
    /// check that nothing of the environment is read before this.
    ///
    /// # Errors
    /// A message when the bootstrap JavaScript fails, which is a bug of nodeboa.
    pub fn configure(&mut self, options: Option<RuntimeOptions>) -> Result<(), String> {
        while !self.boot_step()? {}
        if let Some(options) = options {
            self.ctx.runtime_limits_mut().set_recursion_limit(options.limits.recursion);
            let environment = Environment::new(&self.state.host, options);
            self.ctx.insert_data(Rc::new(environment));
        }
        let Some(main_hooks) = &self.main_hooks else { return Err("the bootstrap has not finished".into()) };
        let configure = main_hooks.configure.clone();
        configure
            .call(&JsValue::undefined(), &[], &mut self.ctx)
            .map_err(|e| format!("nodeboa bootstrap failed: {e}"))?;
        self.configured = true;
        Ok(())
    }

    /// Run `entry` to the end of the process, as `node` does; returns the exit code.
    pub fn run(&mut self, entry: Entry) -> i32 {
        if self.start(entry).is_ok() {
            loop {
                match self.run_slice(RunMode::Default) {
                    Slice::Exited(code) => return code,
                    Slice::Continue { .. } => {}
                }
            }
        }
        self.exit_code()
    }

    /// Run the entry script and drain the ticks and microtasks it queued.
    ///
    /// # Errors
    /// [`Exiting`] when the process ended already (an uncaught error, `process.exit()`).
    pub fn start(&mut self, entry: Entry) -> Flow {
        // Timers started by the main script count from here, as Node's count from the loop time
        // cached before the script ran: a slow script eats into their delay, bootstrap does not.
        // A bootstrap still in stages (an embedder that did not step it to the end) ends here.
        loop {
            match self.boot_step() {
                Ok(true) => break,
                Ok(false) => {}
                Err(message) => {
                    self.state.host.output.stderr(format!("{message}\n").as_bytes());
                    self.state.set_exit_code(task_queues::GENERIC_USER_ERROR);
                    return Err(Exiting);
                }
            }
        }
        if !self.configured {
            if let Err(message) = self.configure(None) {
                self.state.host.output.stderr(format!("{message}\n").as_bytes());
                self.state.set_exit_code(task_queues::GENERIC_USER_ERROR);
                return Err(Exiting);
            }
        }
        self.state.update_time();
        let ctx = &mut self.ctx;
        let Some(main_hooks) = &self.main_hooks else { return Err(Exiting) };
        let (hook, args) = match entry {
            Entry::File(path) => (&main_hooks.run_main, vec![JsString::from(path.as_str()).into()]),
            Entry::Eval { code, print } => {
                (&main_hooks.eval_main, vec![JsString::from(code.as_str()).into(), print.into()])
            }
        };
        if let Err(err) = hook.call(&JsValue::undefined(), &args, ctx) {
            task_queues::report_uncaught(ctx, err, false)?;
        }
        task_queues::after_callback(ctx)
    }

    /// Run the loop in `mode`; when it runs dry, emit 'beforeExit' and, if nothing new was
    /// scheduled, 'exit'.
    pub fn run_slice(&mut self, mode: RunMode) -> Slice {
        if let Some(code) = self.finished {
            return Slice::Exited(code);
        }
        let ctx = &mut self.ctx;
        let alive = match event_loop::run(ctx, mode) {
            Ok(alive) => alive,
            Err(Exiting) => return self.finish(),
        };
        if alive {
            return Slice::Continue { wait_ms: self.state.poll_timeout() };
        }
        if self.emit_before_exit().is_err() {
            return self.finish();
        }
        if self.state.alive() {
            return Slice::Continue { wait_ms: Some(0) };
        }
        let code = task_queues::emit_exit(&mut self.ctx, None);
        task_queues::drain_microtasks_at_exit(&mut self.ctx);
        self.state.set_exit_code(code);
        self.finish()
    }

    fn emit_before_exit(&mut self) -> Flow {
        let Some(hooks) = self.state.hooks() else { return Ok(()) };
        let code = self.exit_code_from_process();
        if let Err(err) = hooks.emit_before_exit.call(&JsValue::undefined(), &[code.into()], &mut self.ctx) {
            task_queues::report_uncaught(&mut self.ctx, err, false)?;
        }
        task_queues::after_callback(&mut self.ctx)
    }

    /// `process.exitCode`, or 0.
    fn exit_code_from_process(&mut self) -> i32 {
        let process = self.ctx.global_object().get(js_string!("process"), &mut self.ctx).ok();
        process
            .and_then(|p| p.as_object())
            .and_then(|p| p.get(js_string!("exitCode"), &mut self.ctx).ok())
            .and_then(|c| c.as_number())
            .map_or(0, |n| n as i32)
    }

    fn finish(&mut self) -> Slice {
        self.state.host.output.flush();
        let code = self.exit_code();
        self.finished = Some(code);
        Slice::Exited(code)
    }

    /// The exit code, once the process has exited (0 before).
    #[must_use]
    pub fn exit_code(&self) -> i32 {
        self.finished.or_else(|| self.state.exit_code()).unwrap_or(0)
    }

    /// Stop the program at the next callback boundary (the embedder's `stop()`).
    pub fn stop(&self) {
        self.state.request_stop();
    }

    /// Evaluate `code` as a classic script in this runtime's global scope (tests, embedders).
    ///
    /// # Errors
    /// What the script throws.
    pub fn eval(&mut self, code: &str) -> JsResult<JsValue> {
        self.ctx.eval(boa_engine::Source::from_bytes(code))
    }

    /// The Boa context, for embedders that add their own globals.
    pub fn context(&mut self) -> &mut Context {
        &mut self.ctx
    }
}
