//! The workload catalogue: every `crate/benches/workloads/<name>.js`, with the directives from
//! its leading comment block.
//!
//! - `// hosts: node nodeboa chromium bare`: where it runs (`bare`: bare Boa runs this file, or
//!   its twin `<name>.bare.js` when one exists: the engine-floor equivalent of an API it lacks);
//! - `// quick`: part of the `--quick` subset;
//! - `// bytes: N` / `// ops: N`: the work done, for MB/s and ops/s;
//! - `// sweep: VAR=a,b,c`: run once per value of the environment variable; the results are
//!   named `<name>@a`, `<name>@b`, ...
//!
//! A workload prints, as its last stdout line, `BENCH <name> <milliseconds>` (or `skipped`).

use std::path::{Path, PathBuf};

#[derive(Clone, Debug)]
pub struct Workload {
    pub name: String,
    pub script: PathBuf,
    /// The `<name>.bare.js` twin bare Boa runs instead of `script`, if there is one.
    pub bare_twin: Option<PathBuf>,
    pub hosts: Vec<String>,
    pub quick: bool,
    pub bytes: Option<f64>,
    pub ops: Option<f64>,
    pub sweep: Option<(String, Vec<String>)>,
}

impl Workload {
    pub fn runs_on(&self, host: &str) -> bool {
        self.hosts.iter().any(|h| h == host)
    }

    /// The script bare Boa runs: the twin if there is one.
    pub fn bare_script(&self) -> &Path {
        self.bare_twin.as_deref().unwrap_or(&self.script)
    }

    /// The result names and the environment of each: one, or one per sweep value.
    pub fn variants(&self) -> Vec<(String, Vec<(String, String)>)> {
        match &self.sweep {
            None => vec![(self.name.clone(), Vec::new())],
            Some((var, values)) => {
                values.iter().map(|v| (format!("{}@{v}", self.name), vec![(var.clone(), v.clone())])).collect()
            }
        }
    }
}

fn parse(script: &Path) -> Option<Workload> {
    let name = script.file_name()?.to_str()?.strip_suffix(".js")?.to_string();
    let source = std::fs::read_to_string(script).ok()?;
    let mut w = Workload {
        bare_twin: Some(script.with_file_name(format!("{name}.bare.js"))).filter(|p| p.is_file()),
        name,
        script: script.to_path_buf(),
        hosts: Vec::new(),
        quick: false,
        bytes: None,
        ops: None,
        sweep: None,
    };
    for line in source.lines().map(str::trim).take_while(|l| l.starts_with("//")) {
        let c = line.trim_start_matches('/').trim();
        if let Some(v) = c.strip_prefix("hosts:") {
            w.hosts = v.split_whitespace().map(String::from).collect();
        } else if c == "quick" {
            w.quick = true;
        } else if let Some(v) = c.strip_prefix("bytes:") {
            w.bytes = v.trim().parse().ok();
        } else if let Some(v) = c.strip_prefix("ops:") {
            w.ops = v.trim().parse().ok();
        } else if let Some((var, values)) = c.strip_prefix("sweep:").and_then(|v| v.trim().split_once('=')) {
            w.sweep = Some((var.to_string(), values.split(',').map(|s| s.trim().to_string()).collect()));
        }
    }
    Some(w)
}

/// Every workload in `dir` (twins excluded), sorted by name.
pub fn load(dir: &Path) -> Vec<Workload> {
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect()).unwrap_or_default();
    paths.retain(|p| {
        p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".js") && !n.ends_with(".bare.js"))
    });
    paths.sort();
    paths.iter().filter_map(|p| parse(p)).collect()
}
