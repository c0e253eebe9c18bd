//! Running one host process: spawn it, collect its stdout, wait for it with a watchdog (killed
//! after the timeout), and read the workload's `BENCH <name> <ms>` line. Optionally wrapped in
//! `/usr/bin/time -f %M` for the child's peak resident size.

use std::ffi::OsString;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A program and the arguments that come before the script.
#[derive(Clone, Debug)]
pub struct HostCommand {
    pub name: &'static str,
    pub program: OsString,
    pub pre_args: Vec<OsString>,
}

#[derive(Debug, Default)]
pub struct Finished {
    pub stdout: String,
    pub stderr: String,
    pub code: Option<i32>,
    /// Wall time from spawn to exit, measured from outside.
    pub wall_ms: f64,
    /// Peak resident set size, when measured.
    pub max_rss_kb: Option<u64>,
    pub timed_out: bool,
}

pub const TIME: &str = "/usr/bin/time";

/// Runs `host script args...` in `cwd` with extra `env`.
pub fn run(
    host: &HostCommand,
    script: &Path,
    args: &[OsString],
    cwd: &Path,
    env: &[(String, String)],
    timeout: Duration,
    measure_rss: bool,
) -> std::io::Result<Finished> {
    let rss_file = std::env::temp_dir().join(format!("nodeboa-bench-rss-{}", std::process::id()));
    let mut cmd = if measure_rss {
        let mut c = Command::new(TIME);
        c.arg("-o").arg(&rss_file).arg("-f").arg("%M").arg(&host.program);
        c
    } else {
        Command::new(&host.program)
    };
    cmd.args(&host.pre_args).arg(script).args(args).current_dir(cwd).stdin(Stdio::null());
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id();
    let mut out = child.stdout.take().expect("piped stdout");
    let mut err = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    // The watchdog kills the child (by its own pid) if it outlives the timeout.
    let (cancel, cancelled) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if cancelled.recv_timeout(timeout) == Err(mpsc::RecvTimeoutError::Timeout) {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            return true;
        }
        false
    });
    let status = child.wait()?;
    let wall_ms = start.elapsed().as_secs_f64() * 1e3;
    let _ = cancel.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let max_rss_kb = if measure_rss {
        let text = std::fs::read_to_string(&rss_file).unwrap_or_default();
        let _ = std::fs::remove_file(&rss_file);
        text.lines().rev().find_map(|l| l.trim().parse().ok())
    } else {
        None
    };
    Ok(Finished { stdout, stderr, code: status.code(), wall_ms, max_rss_kb, timed_out })
}

/// What the `BENCH` line said.
#[derive(Debug, PartialEq)]
pub enum Reading {
    Ms(f64),
    Skipped,
}

/// The last non-empty stdout line, if it is `BENCH <name> <ms|skipped>`.
pub fn reading(stdout: &str, name: &str) -> Option<Reading> {
    let last = stdout.lines().rev().find(|l| !l.trim().is_empty())?;
    let mut parts = last.split_whitespace();
    if parts.next()? != "BENCH" || parts.next()? != name {
        return None;
    }
    match parts.next()? {
        "skipped" => Some(Reading::Skipped),
        v => v.parse().ok().filter(|ms: &f64| ms.is_finite()).map(Reading::Ms),
    }
}
