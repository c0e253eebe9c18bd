//! Loop overhead: the cost per callback of `setImmediate`, `process.nextTick` and promise
//! chains (100 000 each) in nodeboa, against bare Boa calling the same JavaScript function from
//! a Rust loop in this process (the engine's floor), and against `node`.
//!
//! `cargo bench --bench loop_overhead` prints medians of 5 runs and writes
//! `target/bench/loop_overhead.json`. Timings are reported, never asserted.

use boa_engine::{js_string, Context, JsValue, Source};
use nodeboa::host::{CompletionQueue, Host, MemoryOutput, SystemClock, ThreadPool, ThreadWaker};
use nodeboa::{Entry, Runtime, RuntimeOptions};
use std::process::Command;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

const N: u32 = 100_000;
const RUNS: usize = 5;

struct Workload {
    name: &'static str,
    /// Schedules `f` N times through the runtime; `f` counts its calls in `n`.
    nodeboa: &'static str,
}

const WORKLOADS: &[Workload] = &[
    Workload {
        name: "setImmediate",
        nodeboa: "let n = 0; function f() { if (++n < N) setImmediate(f); } setImmediate(f);",
    },
    Workload {
        name: "nextTick",
        nodeboa: "let n = 0; function f() { if (++n < N) process.nextTick(f); } process.nextTick(f);",
    },
    Workload {
        name: "promise chain",
        // A flat chain of hops (each reaction schedules the next), like the other two workloads.
        nodeboa: "let n = 0; function f() { if (++n < N) Promise.resolve().then(f); } Promise.resolve().then(f);",
    },
];

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn host() -> Host {
    let completions = Arc::new(CompletionQueue::default());
    Host {
        clock: Rc::new(SystemClock::new()),
        output: Rc::new(MemoryOutput::new()),
        pool: Some(Rc::new(ThreadPool::new(4))),
        waker: Rc::new(ThreadWaker::new(Arc::clone(&completions))),
        completions,
        stdin: None,
    }
}

/// Nanoseconds per callback in nodeboa: the whole run of the script, bootstrap excluded.
fn nodeboa_ns(w: &Workload) -> f64 {
    let mut rt = Runtime::new(host(), RuntimeOptions::default()).expect("bootstrap");
    let code = format!("const N = {N}; {}", w.nodeboa);
    let start = Instant::now();
    let exit = rt.run(Entry::Eval { code, print: false });
    assert_eq!(exit, 0);
    start.elapsed().as_nanos() as f64 / f64::from(N)
}

/// Nanoseconds per call of a counting function called N times from Rust by bare Boa.
fn bare_boa_ns() -> f64 {
    let mut ctx = Context::default();
    ctx.eval(Source::from_bytes("let n = 0; function f() { ++n; }")).expect("eval");
    let f = ctx.global_object().get(js_string!("f"), &mut ctx).expect("f").as_callable().expect("callable");
    let start = Instant::now();
    for _ in 0..N {
        f.call(&JsValue::undefined(), &[], &mut ctx).expect("call");
    }
    start.elapsed().as_nanos() as f64 / f64::from(N)
}

/// Nanoseconds per callback in node, timed inside node from the first schedule to the last call.
fn node_ns(w: &Workload) -> Option<f64> {
    let script = format!(
        "const N = {N}; const t0 = process.hrtime.bigint(); {}; \
         process.on('exit', () => console.log(Number(process.hrtime.bigint() - t0) / N));",
        w.nodeboa
    );
    let out = Command::new("node").arg("-e").arg(script).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let bare = median((0..RUNS).map(|_| bare_boa_ns()).collect());
    let mut rows = Vec::new();
    println!(
        "{:<15} {:>12} {:>12} {:>12} {:>10} {:>10}",
        "workload", "nodeboa ns", "bare Boa ns", "node ns", "/bare", "/node"
    );
    for w in WORKLOADS {
        let ours = median((0..RUNS).map(|_| nodeboa_ns(w)).collect());
        let node = node_ns(w).map(|_| median((0..RUNS).filter_map(|_| node_ns(w)).collect()));
        let vs_node = node.map_or("n/a".to_string(), |n| format!("{:.1}x", ours / n));
        println!(
            "{:<15} {:>12.0} {:>12.0} {:>12} {:>9.2}x {:>10}",
            w.name,
            ours,
            bare,
            node.map_or("n/a".into(), |n| format!("{n:.0}")),
            ours / bare,
            vs_node
        );
        rows.push(format!(
            "{{\"workload\":\"{}\",\"nodeboa_ns\":{ours:.1},\"bare_boa_ns\":{bare:.1},\"node_ns\":{},\"ratio_bare\":{:.3}}}",
            w.name,
            node.map_or("null".into(), |n| format!("{n:.1}")),
            ours / bare
        ));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("loop_overhead.json"), format!("[{}]\n", rows.join(",\n")));
}
