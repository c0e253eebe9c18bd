//! Embeds every JavaScript file under `crate/lib/` into the binary.
//!
//! Writes `$OUT_DIR/builtin_sources.rs`: a sorted table of `(id, source)` pairs, where the id is
//! the path below `lib/` without `.js` (`internal/errors`), as Node names its built-ins. The
//! sources are embedded compacted (`src/js_compact.rs`: no comments or indentation, the same
//! tokens and lines), from copies under `$OUT_DIR/lib/`.

use std::path::{Path, PathBuf};
use std::{env, fs};

#[path = "src/js_compact.rs"]
mod js_compact;

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
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set"));
    let mut code = String::from("/// `(id, source)` for every embedded built-in, sorted by id.\n");
    code.push_str("pub static BUILTIN_SOURCES: &[(&str, &str)] = &[\n");
    for (id, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let source = fs::read_to_string(path).expect("library files are UTF-8");
        let compacted = out_dir.join("lib").join(format!("{id}.js"));
        fs::create_dir_all(compacted.parent().expect("below lib/")).expect("OUT_DIR is writable");
        fs::write(&compacted, js_compact::compact(&source)).expect("OUT_DIR is writable");
        code.push_str(&format!("    ({id:?}, include_str!({:?})),\n", compacted.display().to_string()));
    }
    code.push_str("];\n");
    fs::write(out_dir.join("builtin_sources.rs"), code).expect("OUT_DIR is writable");
}
