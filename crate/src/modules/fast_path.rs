//! The loader's native fast path: resolution and format detection for the common case, done
//! without calling into JavaScript.
//!
//! The common case is a relative (`./x.mjs`, `../y.js`) or absolute (`/z/w.cjs`) specifier that
//! names an existing `.mjs`, `.js`, `.cjs` or `.json` file. Node's algorithm for it is short
//! (`path.resolve` against the importer's directory, a `stat`, `realpath`, then the extension and,
//! for `.js`, the nearest package.json `type`), so it is done here on the runtime's filesystem.
//! Anything else (bare specifiers, `exports`/`imports` maps, `#x`, `file:` URLs, `%`-escapes,
//! `?query`/`#hash`, directories, missing files, unknown extensions, import attributes other than
//! the one JSON needs) returns `None` and goes through the JS hooks unchanged, so every error
//! text and edge case stays theirs.
//!
//! Package types come from the JS package.json reader (one `packageType` hook call per
//! directory) and are cached here per directory. The reader caches the package scope of a
//! directory for the life of the process, as Node does (a package.json created later is not
//! seen), so the copy here can never disagree with it.

use crate::runtime::Environment;
use crate::vfs::normalize;
use std::path::Path;

/// How a resolved file is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// An ES module (`.mjs`, or `.js` in a `"type": "module"` package).
    Module,
    /// CommonJS run as a synthetic module (`.cjs`, or `.js` outside a module package).
    CommonJs,
    /// A JSON module (`.json` with `with { type: 'json' }`).
    Json,
}

impl Format {
    /// The format's name, as the JS hooks spell it (and the module cache key uses it).
    pub(super) fn name(self) -> &'static str {
        match self {
            Format::Module => "module",
            Format::CommonJs => "commonjs",
            Format::Json => "json",
        }
    }
}

/// What the fast path needs from the file's extension.
enum Ext {
    Known(Format),
    /// `.js`: the package type decides.
    Js,
}

/// The absolute file `specifier` names from `referrer`, when the fast path can tell: an existing
/// regular file (symlinks followed), as its real path. `None` leaves the request to the JS hooks.
pub(super) fn resolve(referrer: Option<&Path>, specifier: &str, ctx: &boa_engine::Context) -> Option<String> {
    if !is_plain_path(specifier) {
        return None;
    }
    let joined = if specifier.starts_with('/') {
        specifier.to_owned()
    } else {
        // Relative: against the importer's directory, which must be a real absolute path.
        let referrer = referrer?.to_str()?;
        if !referrer.starts_with('/') {
            return None;
        }
        let dir = &referrer[..referrer.rfind('/')?];
        format!("{dir}/{specifier}")
    };
    let resolved = normalize(&joined);
    let env = Environment::of(ctx);
    let mut vfs = env.vfs.borrow_mut();
    if !matches!(vfs.kind(&resolved), Ok(crate::vfs::Kind::File)) {
        return None;
    }
    // As the JS path: a path that cannot be made real is used as it is.
    Some(vfs.realpath(&resolved).unwrap_or(resolved))
}

/// `./x`, `../x` or `/x` with nothing that URL rules would change (`%`, `?`, `#`), no NUL and
/// no trailing slash (a directory import, an error the JS hooks word).
fn is_plain_path(specifier: &str) -> bool {
    (specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/'))
        && !specifier.ends_with('/')
        && !specifier.contains(['%', '?', '#', '\0'])
}

/// The format `filename` has from its extension alone, `Js` when the package type decides, or
/// `None` for anything the JS hooks handle (`.node`, no extension, other extensions).
fn ext_format(filename: &str) -> Option<Ext> {
    let base = &filename[filename.rfind('/').map_or(0, |i| i + 1)..];
    // Node's `path.extname`: a dot that starts the name is not an extension.
    let dot = base.rfind('.').filter(|&i| i > 0)?;
    match &base[dot..] {
        ".mjs" => Some(Ext::Known(Format::Module)),
        ".cjs" => Some(Ext::Known(Format::CommonJs)),
        ".json" => Some(Ext::Known(Format::Json)),
        ".js" => Some(Ext::Js),
        _ => None,
    }
}

/// The format of `filename`, asking `package_type(filename)` (cached per directory by the
/// caller) for a `.js` file. `None` when the JS hooks must decide.
pub(super) fn format(filename: &str, package_type: impl FnOnce(&str) -> Option<bool>) -> Option<Format> {
    match ext_format(filename)? {
        Ext::Known(format) => Some(format),
        Ext::Js => Some(if package_type(filename)? { Format::Module } else { Format::CommonJs }),
    }
}

/// The directory whose package scope governs `filename` (the cache key for package types).
pub(super) fn dir_of(filename: &str) -> &str {
    match filename.rfind('/') {
        Some(0) => "/",
        Some(i) => &filename[..i],
        None => filename,
    }
}

/// Module source as the JS path reads it: UTF-8 (invalid sequences replaced), a `#!` line
/// turned into a comment.
pub(super) fn module_source(bytes: &[u8]) -> String {
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    if text.starts_with("#!") {
        text.replace_range(..2, "//");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_only() {
        assert!(is_plain_path("./a.mjs"));
        assert!(is_plain_path("../a/b.js"));
        assert!(is_plain_path("/abs/c.cjs"));
        for s in ["a", "#a", "node:fs", "file:///a.mjs", "./a%20b.mjs", "./a.mjs?x", "./a#b", "./dir/", ".", ".."] {
            assert!(!is_plain_path(s), "{s}");
        }
    }

    #[test]
    fn formats_by_extension() {
        let never = |_: &str| -> Option<bool> { panic!("no package lookup for this extension") };
        assert_eq!(format("/a/b.mjs", never), Some(Format::Module));
        assert_eq!(format("/a/b.cjs", never), Some(Format::CommonJs));
        assert_eq!(format("/a/b.json", never), Some(Format::Json));
        assert_eq!(format("/a/..mjs", never), Some(Format::Module));
        assert_eq!(format("/a/.mjs", never), None);
        assert_eq!(format("/a/b", never), None);
        assert_eq!(format("/a/b.node", never), None);
        assert_eq!(format("/a/b.ts", never), None);
        assert_eq!(format("/a.d/b", never), None);
        assert_eq!(format("/a/b.js", |_| Some(true)), Some(Format::Module));
        assert_eq!(format("/a/b.js", |_| Some(false)), Some(Format::CommonJs));
        assert_eq!(format("/a/b.js", |_| None), None);
    }

    #[test]
    fn directories() {
        assert_eq!(dir_of("/a/b.mjs"), "/a");
        assert_eq!(dir_of("/b.mjs"), "/");
    }

    #[test]
    fn shebang_becomes_a_comment() {
        assert_eq!(module_source(b"#!/usr/bin/env node\nx"), "///usr/bin/env node\nx");
        assert_eq!(module_source(b"x #!"), "x #!");
    }
}
