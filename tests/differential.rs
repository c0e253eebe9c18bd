//! Differential tests: every script is run under `node` (the spec) and under
//! `nodeboa`, and their stdout and exit codes must be identical (stderr is not
//! compared, because stack traces and warnings differ; it is only shown on a
//! failure).
//!
//! Layout, under `tests/differential/`:
//! - `<suite>/<name>.js` and `<suite>/<name>.mjs`: single-file cases, run with
//!   their directory as cwd; the test is named `<suite>/<name>.js`.
//! - `<suite>/<case>/main.js` (or `main.mjs`): a multi-file case, run with
//!   `<suite>/<case>/` as cwd; the test is named `<suite>/<case>`.
//!
//! Directives, as `//` comments in the leading comment block of the script:
//! - `// args: a b c`     extra argv after the script path (split on spaces);
//! - `// stdin: text`     text fed to stdin (`\n`, `\t`, `\\` are unescaped;
//!   several lines are concatenated); without it stdin is empty and closed;
//! - `// env: KEY=VALUE`  an extra environment variable (repeatable).
//!
//! Both hosts get the same argv, cwd and environment, and 10 s each (killed
//! after that, which fails the test). `NODEBOA_BIN` overrides the binary under
//! test, so the same cases can check another host.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(10);
const STDERR_LIMIT: usize = 2048;
const DIFF_CONTEXT: usize = 3;
const DIFF_MAX_LINES: usize = 20;

/// One differential case: the script to run and where to run it.
#[derive(Clone, Debug)]
struct Case {
    name: String,
    script: PathBuf,
    cwd: PathBuf,
}

/// Per-script settings read from its leading comments.
#[derive(Clone, Debug, Default)]
struct Directives {
    args: Vec<String>,
    stdin: Option<String>,
    env: Vec<(String, String)>,
}

/// What one host did with a script.
#[derive(Debug)]
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

fn main() {
    let args = Arguments::from_args();
    let root = cases_root();
    let known = known_failures(&root);
    let trials = discover(&root)
        .into_iter()
        .map(|case| {
            let name = case.name.clone();
            let ignored = known.contains(&name);
            Trial::test(name, move || run_case(&case)).with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// The cases listed in `KNOWN_FAILURES.txt` (`<test name>  <reason>` per line, `#` comments):
/// they are reported as ignored, never as passing; `-- --include-ignored` runs them anyway.
fn known_failures(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("KNOWN_FAILURES.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .collect()
}

fn cases_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/differential")
}

fn nodeboa_bin() -> PathBuf {
    match std::env::var_os("NODEBOA_BIN") {
        Some(bin) if !bin.is_empty() => PathBuf::from(bin),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_nodeboa")),
    }
}

// ---------------------------------------------------------------- discovery

fn discover(root: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    for suite in sorted_entries(root).into_iter().filter(|p| p.is_dir()) {
        let suite_name = file_name(&suite);
        for entry in sorted_entries(&suite) {
            if let Some(case) = case_for(&suite_name, &entry) {
                cases.push(case);
            }
        }
    }
    cases
}

fn case_for(suite: &str, entry: &Path) -> Option<Case> {
    let name = file_name(entry);
    if entry.is_dir() {
        let script = ["main.js", "main.mjs"].iter().map(|main| entry.join(main)).find(|p| p.is_file())?;
        return Some(Case { name: format!("{suite}/{name}"), script, cwd: entry.to_path_buf() });
    }
    if !(name.ends_with(".js") || name.ends_with(".mjs")) {
        return None;
    }
    let cwd = entry.parent()?.to_path_buf();
    Some(Case { name: format!("{suite}/{name}"), script: entry.to_path_buf(), cwd })
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    entries.sort();
    entries
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

// --------------------------------------------------------------- directives

fn parse_directives(source: &str) -> Directives {
    let mut d = Directives::default();
    for line in source.lines().map(str::trim) {
        if line.is_empty() || line.starts_with("#!") {
            continue;
        }
        let Some(comment) = line.strip_prefix("//") else { break };
        let comment = comment.trim_start();
        if let Some(v) = directive(comment, "args:") {
            d.args.extend(v.split_whitespace().map(String::from));
        } else if let Some(v) = directive(comment, "stdin:") {
            d.stdin.get_or_insert_with(String::new).push_str(&unescape(v));
        } else if let Some(v) = directive(comment, "env:") {
            if let Some((k, val)) = v.split_once('=') {
                d.env.push((k.trim().to_string(), val.to_string()));
            }
        }
    }
    d
}

fn directive<'a>(comment: &'a str, key: &str) -> Option<&'a str> {
    comment.strip_prefix(key).map(|v| v.strip_prefix(' ').unwrap_or(v))
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

// ------------------------------------------------------------------ running

fn run_case(case: &Case) -> Result<(), Failed> {
    let source =
        std::fs::read_to_string(&case.script).map_err(|e| format!("cannot read {}: {e}", case.script.display()))?;
    let directives = parse_directives(&source);
    let bin = nodeboa_bin();
    let (expected, actual) = thread::scope(|s| {
        let node = s.spawn(|| run_host(Path::new("node"), case, &directives));
        let ours = run_host(&bin, case, &directives);
        (node.join().expect("node runner panicked"), ours)
    });
    let expected = expected.map_err(|e| format!("cannot run node: {e}"))?;
    let actual = actual.map_err(|e| format!("cannot run {}: {e}", bin.display()))?;
    compare(&expected, &actual).map_err(Failed::from)
}

fn run_host(program: &Path, case: &Case, d: &Directives) -> std::io::Result<Outcome> {
    let mut cmd = Command::new(program);
    cmd.arg(&case.script)
        .args(&d.args)
        .current_dir(&case.cwd)
        .envs(d.env.iter().map(|(k, v)| (k, v)))
        .stdin(if d.stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    own_process_group(&mut cmd);
    let mut child = cmd.spawn()?;
    feed_stdin(&mut child, d.stdin.clone());
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let (status, timed_out) = wait_with_timeout(&mut child, TIMEOUT)?;
    // After a kill, a straggling grandchild may still hold the pipes open.
    let grace = if timed_out { Duration::from_secs(1) } else { TIMEOUT };
    Ok(Outcome {
        code: status.and_then(|s| s.code()),
        stdout: stdout.recv_timeout(grace).unwrap_or_default(),
        stderr: stderr.recv_timeout(grace).unwrap_or_default(),
        timed_out,
    })
}

/// Puts the child in its own process group, so a timeout kills its children too.
#[cfg(unix)]
fn own_process_group(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0);
}

#[cfg(not(unix))]
fn own_process_group(_cmd: &mut Command) {}

fn kill_tree(child: &mut Child) {
    #[cfg(unix)]
    let _ = Command::new("kill").args(["-s", "KILL", "--", &format!("-{}", child.id())]).stderr(Stdio::null()).status();
    let _ = child.kill();
}

fn feed_stdin(child: &mut Child, text: Option<String>) {
    let Some(mut pipe) = child.stdin.take() else { return };
    let text = text.unwrap_or_default();
    // Write errors are ignored: the script may exit without reading stdin.
    // Dropping the pipe at the end closes the child's stdin.
    thread::spawn(move || {
        let _ = pipe.write_all(text.as_bytes());
    });
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        let _ = tx.send(String::from_utf8_lossy(&buf).into_owned());
    });
    rx
}

/// Waits for `child`; kills its process group after `limit`.
/// Returns (status, timed_out).
fn wait_with_timeout(child: &mut Child, limit: Duration) -> std::io::Result<(Option<ExitStatus>, bool)> {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((Some(status), false));
        }
        if start.elapsed() >= limit {
            kill_tree(child);
            return Ok((child.wait().ok(), true));
        }
        thread::sleep(Duration::from_millis(5));
    }
}

// ---------------------------------------------------------------- comparing

fn compare(node: &Outcome, ours: &Outcome) -> Result<(), String> {
    if node.timed_out {
        return Err(format!("node itself timed out after {TIMEOUT:?}: the case is broken"));
    }
    let same = !ours.timed_out && node.code == ours.code && node.stdout == ours.stdout;
    if same {
        return Ok(());
    }
    let mut msg = String::new();
    if ours.timed_out {
        msg.push_str(&format!("nodeboa timed out after {TIMEOUT:?} and was killed\n"));
    }
    msg.push_str(&format!("exit code: node {} / nodeboa {}\n", show_code(node.code), show_code(ours.code)));
    if node.stdout != ours.stdout {
        msg.push_str("stdout differs (- node, + nodeboa):\n");
        msg.push_str(&line_diff(&node.stdout, &ours.stdout));
    }
    msg.push_str("nodeboa stderr:\n");
    msg.push_str(&truncate(&ours.stderr, STDERR_LIMIT));
    Err(msg)
}

fn show_code(code: Option<i32>) -> String {
    code.map_or_else(|| "none (killed by a signal)".to_string(), |c| c.to_string())
}

/// A compact diff: the common prefix and suffix are cut down to a few
/// context lines, and the differing middle is shown from both sides.
fn line_diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let max_suffix = a.len().min(b.len()) - prefix;
    let suffix = a.iter().rev().zip(b.iter().rev()).take(max_suffix).take_while(|(x, y)| x == y).count();
    let mut out = format!("@@ first difference at line {} @@\n", prefix + 1);
    for line in &a[prefix.saturating_sub(DIFF_CONTEXT)..prefix] {
        push_line(&mut out, ' ', line);
    }
    push_side(&mut out, '-', &a[prefix..a.len() - suffix]);
    push_side(&mut out, '+', &b[prefix..b.len() - suffix]);
    for line in a[a.len() - suffix..].iter().take(DIFF_CONTEXT) {
        push_line(&mut out, ' ', line);
    }
    out
}

fn push_side(out: &mut String, mark: char, lines: &[&str]) {
    for line in lines.iter().take(DIFF_MAX_LINES) {
        push_line(out, mark, line);
    }
    if lines.len() > DIFF_MAX_LINES {
        out.push_str(&format!("{mark} ... {} more lines\n", lines.len() - DIFF_MAX_LINES));
    }
}

fn push_line(out: &mut String, mark: char, line: &str) {
    out.push(mark);
    match line.strip_suffix('\n') {
        Some(l) => {
            out.push_str(l);
            out.push('\n');
        }
        None => {
            out.push_str(line);
            out.push_str("\n\\ no newline at end\n");
        }
    }
}

fn truncate(s: &str, limit: usize) -> String {
    if s.len() <= limit {
        return s.to_string();
    }
    let mut end = limit;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n... ({} more bytes)\n", &s[..end], s.len() - end)
}
