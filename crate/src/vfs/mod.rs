//! The virtual filesystem: files live in memory; a read-only lower layer (the host's disk for the
//! CLI, a files map in the browser) is read lazily through it. Writes never reach the lower layer.
//!
//! NOTE: this is the minimal layer the runtime core needs (reading scripts, `process.chdir`
//! checks). Inodes, file descriptors, links and the full `fs` surface are the filesystem issue's.

mod path;

pub use path::normalize;

use crate::errno::{self, Errno};
use std::collections::{BTreeMap, BTreeSet};

/// What a lower layer says a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Directory,
}

/// A read-only source of files below the in-memory layer.
pub trait LowerLayer {
    /// What `path` (absolute, normalized) is, following symlinks.
    ///
    /// # Errors
    /// The libuv error the host gave, `ENOENT` when it does not exist.
    fn kind(&self, path: &str) -> Result<Kind, Errno>;
    /// The bytes of the file at `path`.
    ///
    /// # Errors
    /// `ENOENT`, `EISDIR`, or what the host gave.
    fn read(&self, path: &str) -> Result<Vec<u8>, Errno>;
}

enum Node {
    File(Vec<u8>),
    Directory,
}

/// The filesystem of one runtime.
pub struct Vfs {
    nodes: BTreeMap<String, Node>,
    /// Paths removed from the view, hiding the lower layer's entries.
    whiteouts: BTreeSet<String>,
    lower: Option<Box<dyn LowerLayer>>,
}

impl Vfs {
    /// An empty filesystem with `/`, `/tmp` and `cwd` present.
    #[must_use]
    pub fn new(lower: Option<Box<dyn LowerLayer>>, cwd: &str) -> Self {
        let mut vfs = Self { nodes: BTreeMap::new(), whiteouts: BTreeSet::new(), lower };
        for dir in ["/", "/tmp", cwd] {
            let _ = vfs.mkdir_all(dir);
        }
        vfs
    }

    /// What `path` is.
    ///
    /// # Errors
    /// `ENOENT` when nothing is there.
    pub fn kind(&self, path: &str) -> Result<Kind, Errno> {
        let path = normalize(path);
        match self.nodes.get(&path) {
            Some(Node::File(_)) => Ok(Kind::File),
            Some(Node::Directory) => Ok(Kind::Directory),
            None if self.whiteouts.contains(&path) => Err(errno::ENOENT),
            None => self.lower.as_ref().map_or(Err(errno::ENOENT), |l| l.kind(&path)),
        }
    }

    /// The whole content of the file at `path`.
    ///
    /// # Errors
    /// `ENOENT` when missing, `EISDIR` for a directory.
    pub fn read_file(&self, path: &str) -> Result<Vec<u8>, Errno> {
        let path = normalize(path);
        match self.nodes.get(&path) {
            Some(Node::File(bytes)) => Ok(bytes.clone()),
            Some(Node::Directory) => Err(errno::EISDIR),
            None if self.whiteouts.contains(&path) => Err(errno::ENOENT),
            None => self.lower.as_ref().map_or(Err(errno::ENOENT), |l| l.read(&path)),
        }
    }

    /// Create or replace the file at `path`; its parent must be a directory.
    ///
    /// # Errors
    /// `ENOENT` when the parent is missing, `ENOTDIR` when it is a file, `EISDIR` when `path` is
    /// a directory.
    pub fn write_file(&mut self, path: &str, bytes: Vec<u8>) -> Result<(), Errno> {
        let path = normalize(path);
        if self.kind(&path) == Ok(Kind::Directory) {
            return Err(errno::EISDIR);
        }
        match self.kind(path::parent(&path)) {
            Ok(Kind::Directory) => {}
            Ok(Kind::File) => return Err(errno::ENOTDIR),
            Err(e) => return Err(e),
        }
        self.whiteouts.remove(&path);
        self.nodes.insert(path, Node::File(bytes));
        Ok(())
    }

    /// Create `path` and any missing parents.
    ///
    /// # Errors
    /// `ENOTDIR` when a component is a file.
    pub fn mkdir_all(&mut self, path: &str) -> Result<(), Errno> {
        let path = normalize(path);
        let mut prefix = String::new();
        for part in path.split('/').filter(|p| !p.is_empty()) {
            prefix.push('/');
            prefix.push_str(part);
            match self.kind(&prefix) {
                Ok(Kind::Directory) => {}
                Ok(Kind::File) => return Err(errno::ENOTDIR),
                Err(_) => {
                    self.whiteouts.remove(&prefix);
                    self.nodes.insert(prefix.clone(), Node::Directory);
                }
            }
        }
        self.nodes.entry("/".into()).or_insert(Node::Directory);
        Ok(())
    }

    /// Remove the file at `path` from the view.
    ///
    /// # Errors
    /// `ENOENT` when missing, `EISDIR` for a directory.
    pub fn unlink(&mut self, path: &str) -> Result<(), Errno> {
        let path = normalize(path);
        match self.kind(&path)? {
            Kind::Directory => Err(errno::EISDIR),
            Kind::File => {
                self.nodes.remove(&path);
                self.whiteouts.insert(path);
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct OneFile;
    impl LowerLayer for OneFile {
        fn kind(&self, path: &str) -> Result<Kind, Errno> {
            match path {
                "/host" => Ok(Kind::Directory),
                "/host/a.js" => Ok(Kind::File),
                _ => Err(errno::ENOENT),
            }
        }
        fn read(&self, path: &str) -> Result<Vec<u8>, Errno> {
            if path == "/host/a.js" {
                Ok(b"lower".to_vec())
            } else {
                Err(errno::ENOENT)
            }
        }
    }

    #[test]
    fn writes_shadow_the_lower_layer_and_never_reach_it() {
        let mut vfs = Vfs::new(Some(Box::new(OneFile)), "/work");
        assert_eq!(vfs.read_file("/host/./x/../a.js").unwrap(), b"lower");
        vfs.write_file("/host/a.js", b"upper".to_vec()).unwrap();
        assert_eq!(vfs.read_file("/host/a.js").unwrap(), b"upper");
        vfs.unlink("/host/a.js").unwrap();
        assert_eq!(vfs.read_file("/host/a.js"), Err(errno::ENOENT));
        assert_eq!(vfs.kind("/work"), Ok(Kind::Directory));
        assert_eq!(vfs.kind("/tmp"), Ok(Kind::Directory));
    }

    #[test]
    fn errors_follow_posix() {
        let mut vfs = Vfs::new(None, "/");
        assert_eq!(vfs.write_file("/nope/a", vec![]), Err(errno::ENOENT));
        vfs.write_file("/f", vec![]).unwrap();
        assert_eq!(vfs.write_file("/f/a", vec![]), Err(errno::ENOTDIR));
        assert_eq!(vfs.mkdir_all("/f/b"), Err(errno::ENOTDIR));
        assert_eq!(vfs.read_file("/tmp"), Err(errno::EISDIR));
    }
}
