//! The real-package test: popular npm packages (listed in `tests/packages/package.json`) are
//! installed with `npm install` when `tests/packages/node_modules` is missing, then every script
//! in `tests/packages/scripts/` runs under `node` and under `nodeboa`; stdout and exit codes must
//! match. A `// args: ...` line in a script's leading comments adds argv.
//!
//! `NODEBOA_BIN` overrides the binary under test. When npm cannot install (no network), every
//! trial is reported as ignored rather than failed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/packages")
}

fn nodeboa_bin() -> PathBuf {
    match std::env::var_os("NODEBOA_BIN") {
        Some(bin) if !bin.is_empty() => PathBuf::from(bin),
        _ => PathBuf::from(env!("CARGO_BIN_EXE_nodeboa")),
    }
}

/// `npm install` into the fixture folder unless it was done already.
fn ensure_installed(dir: &Path) -> bool {
    if dir.join("node_modules").is_dir() {
        return true;
    }
    Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--ignore-scripts"])
        .current_dir(dir)
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn script_args(source: &str) -> Vec<String> {
    source
        .lines()
        .map(str::trim)
        .take_while(|l| l.starts_with("//"))
        .filter_map(|l| l.trim_start_matches('/').trim_start().strip_prefix("args:"))
        .flat_map(|v| v.split_whitespace().map(String::from).collect::<Vec<_>>())
        .collect()
}

fn run(program: &Path, script: &Path, args: &[String], cwd: &Path) -> Result<(String, Option<i32>), Failed> {
    let out = Command::new(program)
        .arg(script)
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Failed::from(format!("cannot run {}: {e}", program.display())))?;
    Ok((String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code()))
}

fn check(script: &Path, dir: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(script).map_err(|e| Failed::from(e.to_string()))?;
    let args = script_args(&source);
    let node = run(Path::new("node"), script, &args, dir)?;
    let ours = run(&nodeboa_bin(), script, &args, dir)?;
    if node == ours {
        return Ok(());
    }
    Err(format!("node: exit {:?}\n{}\nnodeboa: exit {:?}\n{}", node.1, node.0, ours.1, ours.0).into())
}

fn main() {
    let args = Arguments::from_args();
    let dir = root();
    let installed = ensure_installed(&dir);
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(dir.join("scripts"))
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    scripts.sort();
    let trials = scripts
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "js" || e == "mjs"))
        .map(|script| {
            let name = format!("packages/{}", script.file_name().unwrap_or_default().to_string_lossy());
            let dir = dir.clone();
            Trial::test(name, move || check(&script, &dir)).with_ignored_flag(!installed)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
