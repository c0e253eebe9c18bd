//! Files fetched on demand (from a base URL, in the page) as the VFS's read-only lower layer.
//!
//! The layer knows nothing of HTTP: it calls a `fetch` function the embedder supplies, and
//! caches the answers. The convention the fetcher follows:
//!
//! - `fetch("/mount/rel/path")` returns the file's bytes, or `None` when there is no such file;
//! - `fetch("/mount/rel/dir/")` (trailing slash) returns `Some(listing)` when `dir` is a
//!   directory: the names inside, one per line (a name may end in `/`, ignored), possibly
//!   empty; `None` when it is not a directory. A server without listings can answer
//!   `Some(vec![])` for every such request: directories then exist and list nothing, and their
//!   files are still found by name.
//!
//! Paths are given to the fetcher as the VFS names them, mount prefix included; the embedder
//! maps them to URLs (`base + path`). A file's bytes are handed to the VFS (which keeps them)
//! the first time they are read, and dropped from the cache then.

use super::{Kind, LowerLayer};
use crate::errno::{self, Errno};
use std::cell::RefCell;
use std::collections::HashMap;

/// The embedder's synchronous fetch: a path in, the bytes (or a listing) out.
pub type Fetcher = Box<dyn Fn(&str) -> Option<Vec<u8>>>;

enum Cached {
    File(Option<Vec<u8>>, u64),
    Dir(Vec<String>),
    Missing,
}

/// A lower layer answered by a fetch callback, below `mount`.
pub struct FetchLayer {
    fetch: Fetcher,
    mount: String,
    cache: RefCell<HashMap<String, Cached>>,
}

impl FetchLayer {
    /// Serve paths under `mount` (`/` for everything) through `fetch`.
    #[must_use]
    pub fn new(fetch: Fetcher, mount: &str) -> Self {
        Self { fetch, mount: super::normalize(mount), cache: RefCell::new(HashMap::new()) }
    }

    fn inside(&self, path: &str) -> bool {
        self.mount == "/" || path == self.mount || path.starts_with(&format!("{}/", self.mount))
    }

    /// Ask the fetcher about `path` once, remembering the answer.
    fn probe(&self, path: &str) {
        if self.cache.borrow().contains_key(path) {
            return;
        }
        let answer = if !self.inside(path) {
            // The mount's ancestors are directories holding only the way down to it.
            match self.mount.strip_prefix(if path == "/" { "/" } else { path }) {
                Some(rest) if path == "/" || rest.starts_with('/') => {
                    let next = rest.trim_start_matches('/').split('/').next().unwrap_or("").to_string();
                    Cached::Dir(vec![next])
                }
                _ => Cached::Missing,
            }
        } else if let Some(bytes) = (self.fetch)(path) {
            let len = bytes.len() as u64;
            Cached::File(Some(bytes), len)
        } else if let Some(listing) = (self.fetch)(&format!("{}/", path.trim_end_matches('/'))) {
            let text = String::from_utf8_lossy(&listing);
            let names = text
                .lines()
                .map(|l| l.trim().trim_end_matches('/'))
                .filter(|n| !n.is_empty() && *n != "." && *n != ".." && !n.contains('/'))
                .map(String::from)
                .collect();
            Cached::Dir(names)
        } else {
            Cached::Missing
        };
        self.cache.borrow_mut().insert(path.to_string(), answer);
    }
}

impl LowerLayer for FetchLayer {
    fn kind(&self, path: &str) -> Result<Kind, Errno> {
        self.probe(path);
        match self.cache.borrow().get(path) {
            Some(Cached::File(..)) => Ok(Kind::File),
            Some(Cached::Dir(_)) => Ok(Kind::Directory),
            _ => Err(errno::ENOENT),
        }
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, Errno> {
        self.probe(path);
        let mut cache = self.cache.borrow_mut();
        match cache.get_mut(path) {
            Some(Cached::File(bytes, _)) => match bytes.take() {
                Some(b) => Ok(b),
                // Read before (the VFS normally keeps the copy): ask again.
                None => (self.fetch)(path).ok_or(errno::ENOENT),
            },
            Some(Cached::Dir(_)) => Err(errno::EISDIR),
            _ => Err(errno::ENOENT),
        }
    }

    fn list(&self, path: &str) -> Result<Vec<String>, Errno> {
        self.probe(path);
        match self.cache.borrow().get(path) {
            Some(Cached::Dir(names)) => Ok(names.clone()),
            Some(Cached::File(..)) => Err(errno::ENOTDIR),
            _ => Err(errno::ENOENT),
        }
    }

    fn size(&self, path: &str) -> Result<u64, Errno> {
        self.probe(path);
        match self.cache.borrow().get(path) {
            Some(Cached::File(_, len)) => Ok(*len),
            Some(Cached::Dir(_)) => Ok(0),
            _ => Err(errno::ENOENT),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Vfs;
    use super::*;
    use std::rc::Rc;

    #[test]
    fn files_come_from_the_fetcher_once() {
        let calls = Rc::new(RefCell::new(Vec::<String>::new()));
        let log = Rc::clone(&calls);
        let fetch: Fetcher = Box::new(move |path: &str| {
            log.borrow_mut().push(path.to_string());
            match path {
                "/site/index.js" => Some(b"require('./lib/x')".to_vec()),
                "/site/lib/x.js" => Some(b"x".to_vec()),
                "/site/" => Some(b"index.js\nlib/\n".to_vec()),
                "/site/lib/" => Some(Vec::new()),
                _ => None,
            }
        });
        let mut vfs = Vfs::new(Some(Box::new(FetchLayer::new(fetch, "/site"))), "/");
        assert_eq!(vfs.read_file("/site/index.js").unwrap(), b"require('./lib/x')");
        assert_eq!(vfs.read_file("/site/index.js").unwrap(), b"require('./lib/x')");
        assert_eq!(vfs.read_file("/site/lib/x.js").unwrap(), b"x");
        assert_eq!(vfs.read_file("/site/nope.js"), Err(errno::ENOENT));
        assert_eq!(vfs.kind("/site/lib"), Ok(Kind::Directory));
        let names: Vec<String> = vfs.readdir("/site").unwrap().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["index.js", "lib"]);
        assert_eq!(calls.borrow().iter().filter(|p| *p == "/site/index.js").count(), 1);
        assert_eq!(vfs.kind("/elsewhere"), Err(errno::ENOENT));
    }
}
