//! The benchmark report: every workload of `crate/benches/workloads/` on `node`, the nodeboa CLI
//! and bare Boa (the same `boa_engine` with no runtime, hosted by this binary: see `bare.rs`),
//! plus start-up time and peak memory after boot. Prints medians and the ratios nodeboa / bare
//! Boa and nodeboa / node, writes `target/bench/native.json`, merges `target/bench/chromium.json`
//! (the browser host, written by `scripts/bench-browser.sh`) into `target/bench/report.json`, and
//! draws `target/bench/report.svg`. `target/bench/report.md` holds the tables for the README.
//!
//! How: each (workload, host) pair runs in a fresh process, 5 times (1 with `--quick`); the
//! workload times its own hot part with `performance.now()` and prints `BENCH <name> <ms>` last,
//! so process start-up is excluded from workload figures and measured on its own (wall time of
//! `console.log(1)` from spawn to exit). Every run is wrapped in `/usr/bin/time -f %M` for the
//! peak resident size. fs workloads get a fresh directory on tmpfs (`/dev/shm`) as argv[2], so
//! node does no disk I/O either (nodeboa's writes stay in its in-memory VFS anyway).
//!
//! Usage (through `scripts/bench.sh`, or `cargo bench --bench report -- ARGS`):
//!   `--quick`                 the `// quick` workloads, 1 run each
//!   `--runs N`                runs per (workload, host)
//!   `--only a,b`              only these workloads (names, or prefixes ending in `*`)
//!   `--callgrind NAME`        instruction counts of one workload (valgrind), no timing
//!   `--merge-only`            rebuild report.json/.md/.svg from native.json and chromium.json
//!   `--bare FILE`             (internal) run FILE in bare Boa
//!
//! Timings are reported, never asserted.

mod bare;
mod chart;
mod pool_ceiling;
mod runner;
mod workloads;

use runner::{HostCommand, Reading};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use workloads::Workload;

const TIMEOUT: Duration = Duration::from_secs(180);
const STARTUP_RUNS: usize = 20;

struct Options {
    quick: bool,
    runs: usize,
    only: Vec<String>,
    callgrind: Option<String>,
    merge_only: bool,
}

fn options() -> Result<Options, String> {
    let mut o = Options { quick: false, runs: 5, only: Vec::new(), callgrind: None, merge_only: false };
    let mut runs = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--quick" => o.quick = true,
            "--runs" => runs = Some(args.next().and_then(|v| v.parse().ok()).ok_or("--runs needs a number")?),
            "--only" => o.only = args.next().ok_or("--only needs names")?.split(',').map(String::from).collect(),
            "--callgrind" => o.callgrind = Some(args.next().ok_or("--callgrind needs a workload name")?),
            "--merge-only" => o.merge_only = true,
            "--bench" => {} // added by `cargo bench`
            other => return Err(format!("unknown argument {other}")),
        }
    }
    o.runs = runs.unwrap_or(if o.quick { 1 } else { 5 });
    Ok(o)
}

fn root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    root.canonicalize().unwrap_or(root)
}

fn out_dir() -> PathBuf {
    root().join("target/bench")
}

fn hosts() -> Vec<HostCommand> {
    let nodeboa = std::env::var_os("NODEBOA_BIN")
        .filter(|b| !b.is_empty())
        .unwrap_or_else(|| OsString::from(env!("CARGO_BIN_EXE_nodeboa")));
    let me = std::env::current_exe().expect("current exe").into_os_string();
    vec![
        HostCommand { name: "node", program: "node".into(), pre_args: Vec::new() },
        HostCommand { name: "nodeboa", program: nodeboa, pre_args: Vec::new() },
        HostCommand { name: "bare", program: me, pre_args: vec!["--bare".into()] },
    ]
}

fn median(xs: &[f64]) -> Option<f64> {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => None,
        n if n % 2 == 1 => Some(v[n / 2]),
        n => Some((v[n / 2 - 1] + v[n / 2]) / 2.0),
    }
}

fn sh(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .current_dir(root())
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {cores} cores, node {}", sh("node", &["--version"]))
}

fn commit() -> String {
    let sha = sh("git", &["rev-parse", "--short", "HEAD"]);
    let dirty = !sh("git", &["status", "--porcelain", "--untracked-files=no"]).is_empty();
    if dirty {
        format!("{sha}+dirty")
    } else {
        sha
    }
}

/// A fresh scratch directory on tmpfs (or the temp dir where there is no /dev/shm).
fn scratch(n: usize) -> PathBuf {
    let base = if Path::new("/dev/shm").is_dir() { PathBuf::from("/dev/shm") } else { std::env::temp_dir() };
    let dir = base.join(format!("nodeboa-bench-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// The runs of one (workload variant, host): milliseconds, peak RSS, or why none.
struct Sample {
    runs: Vec<f64>,
    rss_kb: Vec<f64>,
    skipped: bool,
    error: Option<String>,
}

fn measure(
    host: &HostCommand,
    script: &Path,
    name: &str,
    env: &[(String, String)],
    runs: usize,
    n: &mut usize,
) -> Sample {
    let mut s = Sample { runs: Vec::new(), rss_kb: Vec::new(), skipped: false, error: None };
    for _ in 0..runs {
        *n += 1;
        let dir = scratch(*n);
        let args = [dir.clone().into_os_string()];
        let args: &[OsString] = if host.name == "bare" { &[] } else { &args };
        let result = runner::run(host, script, args, &dir, env, TIMEOUT, true);
        let _ = std::fs::remove_dir_all(&dir);
        let finished = match result {
            Ok(f) => f,
            Err(e) => {
                s.error = Some(format!("cannot run {}: {e}", host.program.to_string_lossy()));
                break;
            }
        };
        match runner::reading(&finished.stdout, name) {
            Some(Reading::Ms(ms)) => {
                s.runs.push(ms);
                s.rss_kb.extend(finished.max_rss_kb.map(|k| k as f64));
            }
            Some(Reading::Skipped) => {
                s.skipped = true;
                break;
            }
            None => {
                let why =
                    if finished.timed_out { "timed out".to_string() } else { format!("exit {:?}", finished.code) };
                let tail: String = finished
                    .stderr
                    .lines()
                    .rev()
                    .take(4)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect::<Vec<_>>()
                    .join(" | ");
                s.error = Some(format!("{why}, no BENCH line: {tail}"));
                break;
            }
        }
    }
    s
}

fn startup(hosts: &[HostCommand], runs: usize) -> (Map<String, Value>, Map<String, Value>) {
    let dir = scratch(0);
    let script = dir.join("startup.js");
    std::fs::write(&script, "console.log(1);\n").expect("startup script");
    let (mut wall, mut rss) = (Map::new(), Map::new());
    for host in hosts {
        let mut times = Vec::new();
        let mut peaks = Vec::new();
        for i in 0..runs {
            if let Ok(f) = runner::run(host, &script, &[], &dir, &[], TIMEOUT, false) {
                if f.stdout.trim() == "1" && i > 0 {
                    times.push(f.wall_ms); // the first run only warms the page cache
                }
            }
        }
        for _ in 0..3 {
            if let Ok(f) = runner::run(host, &script, &[], &dir, &[], TIMEOUT, true) {
                peaks.extend(f.max_rss_kb.map(|k| k as f64));
            }
        }
        wall.insert(host.name.into(), json!({ "median_ms": median(&times), "runs": times }));
        rss.insert(host.name.into(), json!(median(&peaks)));
        println!(
            "startup {:<8} {:>8.1} ms   peak RSS {:>8} KB",
            host.name,
            median(&times).unwrap_or(f64::NAN),
            median(&peaks).unwrap_or(f64::NAN)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    (wall, rss)
}

fn selected(w: &Workload, o: &Options) -> bool {
    if !o.only.is_empty() {
        return o.only.iter().any(|p| match p.strip_suffix('*') {
            Some(prefix) => w.name.starts_with(prefix),
            None => w.name == *p,
        });
    }
    !o.quick || w.quick
}

fn run_native(o: &Options, list: &[Workload]) -> Value {
    let hosts = hosts();
    let mut results = Map::new();
    let mut rss = Map::new();
    let mut errors = Map::new();
    let mut n = 0;
    for w in list.iter().filter(|w| selected(w, o)) {
        for (variant, env) in w.variants() {
            let mut per_host = Map::new();
            for host in hosts.iter().filter(|h| w.runs_on(h.name)) {
                if host.name == "bare" && !env.is_empty() {
                    continue; // bare Boa has no thread pool
                }
                let script = if host.name == "bare" { w.bare_script() } else { &w.script };
                let s = measure(host, script, &w.name, &env, o.runs, &mut n);
                let shown = match (&s.error, s.skipped) {
                    (Some(e), _) => format!("error: {e}"),
                    (None, true) => "skipped".into(),
                    (None, false) => format!("{:.1} ms", median(&s.runs).unwrap_or(f64::NAN)),
                };
                println!("{variant:<24} {:<8} {shown}", host.name);
                if let Some(e) = s.error {
                    errors.insert(format!("{variant}/{}", host.name), e.into());
                } else if s.skipped {
                    per_host.insert(host.name.into(), json!({ "skipped": true }));
                } else {
                    per_host.insert(host.name.into(), json!({ "median_ms": median(&s.runs), "runs": s.runs }));
                    rss.entry(variant.clone()).or_insert_with(|| json!({}))[host.name] = json!(median(&s.rss_kb));
                }
            }
            results.insert(variant, Value::Object(per_host));
        }
    }
    // The same pool jobs on plain threads: the machine's ceiling for the speedup.
    for k in 1..=4 {
        if let Some(Value::Object(per_host)) = results.get_mut(&format!("pbkdf2_pool@{k}")) {
            let runs: Vec<f64> = (0..o.runs).map(|_| pool_ceiling::time_ms(k)).collect();
            println!("{:<24} {:<8} {:.1} ms", format!("pbkdf2_pool@{k}"), "threads", median(&runs).unwrap_or(f64::NAN));
            per_host.insert("threads".into(), json!({ "median_ms": median(&runs), "runs": runs }));
        }
    }
    let (startup_ms, boot_rss) = startup(&hosts, if o.quick { 4 } else { STARTUP_RUNS });
    results.insert("startup".into(), Value::Object(startup_ms));
    let twins: Vec<&str> = list.iter().filter(|w| w.bare_twin.is_some()).map(|w| w.name.as_str()).collect();
    let units: Map<String, Value> = list
        .iter()
        .filter_map(|w| {
            let u = w.bytes.map(|b| json!({ "bytes": b })).or(w.ops.map(|n| json!({ "ops": n })))?;
            Some((w.name.clone(), u))
        })
        .collect();
    json!({
        "date": sh("date", &["-u", "+%Y-%m-%dT%H:%M:%SZ"]),
        "commit": commit(),
        "machine": machine(),
        "results": results,
        "extra": {
            "runs_per_host": o.runs,
            "quick": o.quick,
            "startup": "wall ms from spawn to exit of `console.log(1)`, measured by the runner, median of the runs after a warm-up run",
            "max_rss_kb_after_boot": boot_rss,
            "max_rss_kb": rss,
            "bare_twins": twins,
            "units": units,
            "errors": errors,
        }
    })
}

fn ms(results: &Value, workload: &str, host: &str) -> Option<f64> {
    results.get(workload)?.get(host)?.get("median_ms")?.as_f64()
}

fn fmt_ms(v: Option<f64>) -> String {
    match v {
        None => "–".into(),
        Some(v) if v >= 100.0 => format!("{v:.0}"),
        Some(v) if v >= 10.0 => format!("{v:.1}"),
        Some(v) => format!("{v:.2}"),
    }
}

fn fmt_ratio(v: Option<f64>) -> String {
    v.map_or("–".into(), |r| if r >= 10.0 { format!("{r:.0}×") } else { format!("{r:.2}×") })
}

/// Merges chromium.json into the native report, then writes report.json, report.md, report.svg
/// and prints the table.
fn report(mut native: Value) {
    let dir = out_dir();
    let chromium: Option<Value> =
        std::fs::read_to_string(dir.join("chromium.json")).ok().and_then(|s| serde_json::from_str(&s).ok());
    if let Some(c) = &chromium {
        if let (Some(theirs), Some(ours)) =
            (c.get("results").and_then(Value::as_object), native["results"].as_object_mut())
        {
            for (w, hosts) in theirs {
                if let Some(ch) = hosts.get("chromium") {
                    ours.entry(w.clone()).or_insert_with(|| json!({}))["chromium"] = ch.clone();
                }
            }
        }
        native["extra"]["chromium"] = json!({ "date": c["date"], "commit": c["commit"], "extra": c["extra"] });
    }
    let results = native["results"].clone();
    let twins: Vec<String> = native["extra"]["bare_twins"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        .unwrap_or_default();
    let units = native["extra"]["units"].clone();
    let has_chromium = chromium.is_some();

    let mut md = String::new();
    let _ = writeln!(md, "Medians in ms (lower is better); ratios > 1 mean nodeboa is slower. † = bare Boa ran the `.bare.js` twin (the engine-floor equivalent of the API).\n");
    let mut header = "| workload | node | nodeboa | bare Boa | nodeboa / bare | nodeboa / node |".to_string();
    let mut rule = "|---|---:|---:|---:|---:|---:|".to_string();
    if has_chromium {
        header.push_str(" Chromium | Chromium / CLI |");
        rule.push_str("---:|---:|");
    }
    header.push_str(" nodeboa throughput |");
    rule.push_str("---|");
    let _ = writeln!(md, "{header}\n{rule}");
    let mut rows = Vec::new();
    let mut worst_bare = Vec::new();
    let mut worst_node = Vec::new();
    let names: Vec<String> = results.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
    let mut names: Vec<String> = names.into_iter().filter(|n| n != "startup").collect();
    names.push("startup".into());
    for w in &names {
        let (node, ours, bare, ch) =
            (ms(&results, w, "node"), ms(&results, w, "nodeboa"), ms(&results, w, "bare"), ms(&results, w, "chromium"));
        let skipped = results[w]["nodeboa"]["skipped"].as_bool() == Some(true);
        let r_bare = ours.zip(bare).map(|(a, b)| a / b);
        let r_node = ours.zip(node).map(|(a, b)| a / b);
        let r_ch = ch.zip(ours).map(|(a, b)| a / b);
        let twin = if twins.contains(w) { " †" } else { "" };
        let base = w.split('@').next().unwrap_or(w);
        let throughput = match (ours, units.get(base)) {
            (Some(t), Some(u)) if u.get("bytes").is_some() => {
                let mbs = u["bytes"].as_f64().unwrap_or(0.0) / 1_048_576.0 / (t / 1e3);
                if mbs < 10.0 {
                    format!("{mbs:.2} MB/s")
                } else {
                    format!("{mbs:.0} MB/s")
                }
            }
            (Some(t), Some(u)) if u.get("ops").is_some() => {
                format!("{:.0} ops/s", u["ops"].as_f64().unwrap_or(0.0) / (t / 1e3))
            }
            _ => String::new(),
        };
        let mut line = format!(
            "| {w}{} | {} | {} | {}{twin} | {} | {} |",
            if skipped { " (skipped: API missing)" } else { "" },
            fmt_ms(node),
            fmt_ms(ours),
            fmt_ms(bare),
            fmt_ratio(r_bare),
            fmt_ratio(r_node)
        );
        if has_chromium {
            let _ = write!(line, " {} | {} |", fmt_ms(ch), fmt_ratio(r_ch));
        }
        let _ = write!(line, " {throughput} |");
        let _ = writeln!(md, "{line}");
        if let Some(r) = r_bare {
            worst_bare.push((r, format!("{w}{twin}")));
        }
        if let Some(r) = r_node {
            worst_node.push((r, w.clone()));
        }
        rows.push(chart::Row { label: w.clone(), ratios: vec![r_bare, r_node, r_ch] });
    }
    // Pool speedup: time with 1 thread / time with k threads.
    let mut pool = String::new();
    for host in ["node", "nodeboa", "threads"] {
        let one = ms(&results, "pbkdf2_pool@1", host);
        let sp: Vec<String> = (1..=4)
            .map(|k| {
                one.zip(ms(&results, &format!("pbkdf2_pool@{k}"), host))
                    .map_or("–".into(), |(a, b)| format!("{:.2}×", a / b))
            })
            .collect();
        if one.is_some() {
            let label = if host == "threads" { "plain threads, no runtime (the machine's ceiling)" } else { host };
            let _ = writeln!(pool, "| {label} | {} |", sp.join(" | "));
        }
    }
    if !pool.is_empty() {
        let _ = writeln!(
            md,
            "\nThread-pool speedup, 8 × pbkdf2 (100 000 iterations), time at UV_THREADPOOL_SIZE=1 / time at k:\n"
        );
        let _ = writeln!(md, "| host | 1 | 2 | 3 | 4 |\n|---|---:|---:|---:|---:|\n{pool}");
    }
    let rss = &native["extra"]["max_rss_kb_after_boot"];
    let _ = writeln!(
        md,
        "\nPeak RSS after boot (`console.log(1)`, /usr/bin/time): node {} MB, nodeboa {} MB, bare Boa {} MB.",
        rss["node"].as_f64().map_or("–".into(), |k| format!("{:.1}", k / 1024.0)),
        rss["nodeboa"].as_f64().map_or("–".into(), |k| format!("{:.1}", k / 1024.0)),
        rss["bare"].as_f64().map_or("–".into(), |k| format!("{:.1}", k / 1024.0))
    );
    worst_bare.sort_by(|a, b| b.0.total_cmp(&a.0));
    worst_node.sort_by(|a, b| b.0.total_cmp(&a.0));
    let top = |v: &[(f64, String)]| {
        v.iter().take(5).map(|(r, w)| format!("{w} {}", fmt_ratio(Some(*r)))).collect::<Vec<_>>().join(", ")
    };
    let _ = writeln!(
        md,
        "\nWorst nodeboa / bare Boa: {}.\n\nWorst nodeboa / node: {}.",
        top(&worst_bare),
        top(&worst_node)
    );
    if let Some(c) = &chromium {
        let _ = writeln!(
            md,
            "\nChromium figures from chromium.json (commit {}, {}).",
            c["commit"].as_str().unwrap_or("?"),
            c["date"].as_str().unwrap_or("?")
        );
    } else {
        let _ = writeln!(md, "\nNo target/bench/chromium.json: the Chromium columns are absent.");
    }
    let title = format!(
        "nodeboa benchmark ratios (log scale), commit {}, {}",
        native["commit"].as_str().unwrap_or("?"),
        native["date"].as_str().unwrap_or("?")
    );
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("report.json"), serde_json::to_string_pretty(&native).unwrap_or_default() + "\n");
    let _ = std::fs::write(dir.join("report.md"), &md);
    let _ = std::fs::write(dir.join("report.svg"), chart::svg(&title, &rows));
    println!("\n{md}");
    println!(
        "date {} commit {} machine {}\nwrote {}/report.json, report.md, report.svg",
        native["date"].as_str().unwrap_or("?"),
        native["commit"].as_str().unwrap_or("?"),
        native["machine"].as_str().unwrap_or("?"),
        dir.display()
    );
}

/// Instruction counts (valgrind callgrind) of one workload under nodeboa and bare Boa, with the
/// boot (`console.log(1)`) counted separately so the workload's own share shows.
fn callgrind(name: &str, list: &[Workload]) -> i32 {
    let Some(w) = list.iter().find(|w| w.name == name) else {
        eprintln!("no workload {name}; known: {}", list.iter().map(|w| w.name.as_str()).collect::<Vec<_>>().join(" "));
        return 2;
    };
    let dir = scratch(0);
    let boot = dir.join("boot.js");
    let _ = std::fs::write(&boot, "console.log(1);\n");
    let count = |host: &HostCommand, script: &Path| -> Option<u64> {
        let out_file = dir.join("callgrind.out");
        let mut args = vec![
            OsString::from("--tool=callgrind"),
            OsString::from(format!("--callgrind-out-file={}", out_file.display())),
        ];
        args.push(host.program.clone());
        args.extend(host.pre_args.iter().cloned());
        let valgrind = HostCommand { name: host.name, program: "valgrind".into(), pre_args: args };
        let extra = [dir.clone().into_os_string()];
        let extra: &[OsString] = if host.name == "bare" { &[] } else { &extra };
        let f = runner::run(&valgrind, script, extra, &dir, &[], Duration::from_secs(3600), false).ok()?;
        f.stderr.lines().find_map(|l| l.split("Collected :").nth(1).and_then(|v| v.trim().parse().ok()))
    };
    let hosts = hosts();
    println!("{:<8} {:>16} {:>16} {:>16}", "host", "total Ir", "boot Ir", "workload Ir");
    let mut got = BTreeMap::new();
    for host in hosts.iter().filter(|h| h.name != "node" && w.runs_on(h.name)) {
        let script = if host.name == "bare" { w.bare_script() } else { &w.script };
        let total = count(host, script);
        let boot_ir = count(host, &boot);
        let own = total.zip(boot_ir).map(|(t, b)| t.saturating_sub(b));
        let show = |v: Option<u64>| v.map_or("–".into(), |v| v.to_string());
        println!("{:<8} {:>16} {:>16} {:>16}", host.name, show(total), show(boot_ir), show(own));
        got.insert(host.name, own);
    }
    if let (Some(Some(a)), Some(Some(b))) = (got.get("nodeboa"), got.get("bare")) {
        println!("{name}: nodeboa / bare Boa = {:.2}× instructions (boot excluded)", *a as f64 / *b as f64);
    }
    let _ = std::fs::remove_dir_all(&dir);
    0
}

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("--bare") {
        let Some(file) = argv.get(2) else {
            eprintln!("usage: report --bare FILE");
            std::process::exit(2);
        };
        std::process::exit(bare::run(Path::new(file)));
    }
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let list = workloads::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/workloads"));
    if let Some(name) = &o.callgrind {
        std::process::exit(callgrind(name, &list));
    }
    let native_path = out_dir().join("native.json");
    let native = if o.merge_only {
        match std::fs::read_to_string(&native_path).ok().and_then(|s| serde_json::from_str(&s).ok()) {
            Some(v) => v,
            None => {
                eprintln!("no {}: run without --merge-only first", native_path.display());
                std::process::exit(1);
            }
        }
    } else {
        let v = run_native(&o, &list);
        let _ = std::fs::create_dir_all(out_dir());
        let _ = std::fs::write(&native_path, serde_json::to_string_pretty(&v).unwrap_or_default() + "\n");
        v
    };
    report(native);
}
