//! Embeds every JavaScript file under `crate/lib/` into the binary.
//!
//! Writes `$OUT_DIR/builtin_sources.rs`: a sorted table of `(id, source)` pairs, where the id is
//! the path below `lib/` without `.js` (`internal/errors`), as Node names its built-ins.

use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> =
        fs::read_dir(dir).expect("crate/lib is readable").map(|e| e.expect("directory entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "js") {
            let rel = path.strip_prefix(root).expect("below lib/");
            let id = rel.with_extension("").to_string_lossy().replace('\\', "/");
            out.push((id, path));
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut code = String::from("/// `(id, source)` for every embedded built-in, sorted by id.\n");
    code.push_str("pub static BUILTIN_SOURCES: &[(&str, &str)] = &[\n");
    for (id, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        code.push_str(&format!("    ({id:?}, include_str!({:?})),\n", path.display().to_string()));
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set")).join("builtin_sources.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}
