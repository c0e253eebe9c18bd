//! A tar archive (optionally gzipped) as the VFS's read-only lower layer, for the browser: the
//! page hands over one archive, and files are copied up from it only when first read.
//!
//! The archive is indexed once (paths → byte ranges of the archive, directory listings, link
//! targets); nothing is unpacked up front. Its entries appear below `mount` (`/` or, say,
//! `/app`), whose ancestors become directories too. Hard links read as their target's bytes.
//! Host-neutral: nothing here knows whether it runs natively or in a page.

use super::{normalize, Kind, LowerLayer};
use crate::errno::{self, Errno};
use std::collections::{BTreeSet, HashMap};

enum Node {
    /// `len` bytes at `offset` of the (gunzipped) archive.
    File {
        offset: usize,
        len: usize,
    },
    Dir(BTreeSet<String>),
    Symlink(String),
    /// A hard link to another path of the archive.
    HardLink(String),
}

/// A read-only tree served from one tar archive.
pub struct ArchiveLayer {
    bytes: Vec<u8>,
    nodes: HashMap<String, Node>,
}

impl ArchiveLayer {
    /// Index `archive` (a tar, or a gzipped tar: recognised by its magic bytes), mounted at
    /// `mount`.
    ///
    /// # Errors
    /// `EINVAL` when the bytes are not a (gzipped) tar archive.
    pub fn new(archive: Vec<u8>, mount: &str) -> Result<Self, Errno> {
        let bytes = if archive.starts_with(&[0x1f, 0x8b]) {
            crate::zlib::gunzip(&archive).map_err(|_| errno::EINVAL)?
        } else {
            archive
        };
        let mount = normalize(mount);
        let mut layer = Self { bytes: Vec::new(), nodes: HashMap::new() };
        layer.ensure_dir(&mount);
        let mut index = Vec::new();
        {
            let mut reader = tar::Archive::new(bytes.as_slice());
            for entry in reader.entries().map_err(|_| errno::EINVAL)? {
                let entry = entry.map_err(|_| errno::EINVAL)?;
                let rel = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
                let path = normalize(&format!("{mount}/{}", normalize(&rel)));
                let link = entry.link_name_bytes().map(|l| String::from_utf8_lossy(&l).into_owned());
                let node = match entry.header().entry_type() {
                    tar::EntryType::Directory => Node::Dir(BTreeSet::new()),
                    tar::EntryType::Regular | tar::EntryType::Continuous => {
                        let offset = usize::try_from(entry.raw_file_position()).map_err(|_| errno::EINVAL)?;
                        let len = usize::try_from(entry.size()).map_err(|_| errno::EINVAL)?;
                        if offset.checked_add(len).is_none_or(|end| end > bytes.len()) {
                            return Err(errno::EINVAL);
                        }
                        Node::File { offset, len }
                    }
                    tar::EntryType::Symlink => Node::Symlink(link.unwrap_or_default()),
                    tar::EntryType::Link => {
                        Node::HardLink(normalize(&format!("{mount}/{}", normalize(&link.unwrap_or_default()))))
                    }
                    _ => continue,
                };
                index.push((path, node));
            }
        }
        for (path, node) in index {
            if path == mount && !matches!(node, Node::Dir(_)) {
                continue;
            }
            layer.add(path, node);
        }
        layer.bytes = bytes;
        Ok(layer)
    }

    fn ensure_dir(&mut self, path: &str) {
        if matches!(self.nodes.get(path), Some(Node::Dir(_))) {
            return;
        }
        self.nodes.insert(path.to_string(), Node::Dir(BTreeSet::new()));
        if let Some((parent, name)) = split(path) {
            self.ensure_dir(&parent);
            if let Some(Node::Dir(names)) = self.nodes.get_mut(&parent) {
                names.insert(name);
            }
        }
    }

    fn add(&mut self, path: String, node: Node) {
        if let Node::Dir(_) = node {
            self.ensure_dir(&path);
            return;
        }
        if let Some((parent, name)) = split(&path) {
            self.ensure_dir(&parent);
            if let Some(Node::Dir(names)) = self.nodes.get_mut(&parent) {
                names.insert(name);
            }
        }
        self.nodes.insert(path, node);
    }

    /// The node at `path` with hard links (not symlinks) followed.
    fn node(&self, path: &str) -> Option<&Node> {
        let mut node = self.nodes.get(path)?;
        for _ in 0..super::MAX_SYMLINKS {
            match node {
                Node::HardLink(target) => node = self.nodes.get(target)?,
                other => return Some(other),
            }
        }
        None
    }
}

/// `/a/b` → (`/a`, `b`); `None` for `/`.
fn split(path: &str) -> Option<(String, String)> {
    let (parent, name) = path.rsplit_once('/')?;
    if name.is_empty() {
        return None;
    }
    Some((if parent.is_empty() { "/".to_string() } else { parent.to_string() }, name.to_string()))
}

impl LowerLayer for ArchiveLayer {
    fn kind(&self, path: &str) -> Result<Kind, Errno> {
        match self.node(path) {
            Some(Node::Dir(_)) => Ok(Kind::Directory),
            Some(_) => Ok(Kind::File),
            None => Err(errno::ENOENT),
        }
    }

    fn read(&self, path: &str) -> Result<Vec<u8>, Errno> {
        match self.node(path) {
            Some(Node::File { offset, len }) => Ok(self.bytes[*offset..*offset + *len].to_vec()),
            Some(Node::Dir(_)) => Err(errno::EISDIR),
            _ => Err(errno::ENOENT),
        }
    }

    fn read_through(&self, _size: u64) -> bool {
        true
    }

    fn read_with(&self, path: &str, f: &mut dyn FnMut(&[u8])) -> Result<(), Errno> {
        match self.node(path) {
            Some(Node::File { offset, len }) => {
                f(&self.bytes[*offset..*offset + *len]);
                Ok(())
            }
            Some(Node::Dir(_)) => Err(errno::EISDIR),
            _ => Err(errno::ENOENT),
        }
    }

    fn list(&self, path: &str) -> Result<Vec<String>, Errno> {
        match self.node(path) {
            Some(Node::Dir(names)) => Ok(names.iter().cloned().collect()),
            Some(_) => Err(errno::ENOTDIR),
            None => Err(errno::ENOENT),
        }
    }

    fn size(&self, path: &str) -> Result<u64, Errno> {
        match self.node(path) {
            Some(Node::File { len, .. }) => Ok(*len as u64),
            Some(_) => Ok(0),
            None => Err(errno::ENOENT),
        }
    }

    fn link_target(&self, path: &str) -> Option<String> {
        match self.nodes.get(path) {
            Some(Node::Symlink(target)) => Some(target.clone()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{FileType, Vfs};
    use super::*;

    fn archive() -> Vec<u8> {
        let mut src = Vfs::new(None, "/");
        src.mkdir_all("/pkg/lib").unwrap();
        src.write_file("/pkg/index.js", b"module.exports = 1;\n".to_vec()).unwrap();
        src.write_file("/pkg/lib/a.txt", b"alpha".to_vec()).unwrap();
        src.symlink("lib/a.txt", "/pkg/alias").unwrap();
        src.link("/pkg/lib/a.txt", "/pkg/hard").unwrap();
        src.export_tar()
    }

    #[test]
    fn serves_files_lazily_below_the_mount() {
        let layer = ArchiveLayer::new(crate::zlib::gzip(&archive(), 6), "/srv").unwrap();
        let mut vfs = Vfs::new(Some(Box::new(layer)), "/");
        assert_eq!(vfs.read_file("/srv/pkg/index.js").unwrap(), b"module.exports = 1;\n");
        assert_eq!(vfs.read_file("/srv/pkg/alias").unwrap(), b"alpha");
        assert_eq!(vfs.read_file("/srv/pkg/hard").unwrap(), b"alpha");
        assert_eq!(vfs.stat("/srv/pkg/lib/a.txt", true).unwrap().size, 5);
        assert_eq!(vfs.readlink("/srv/pkg/alias").unwrap(), "lib/a.txt");
        let names: Vec<String> = vfs.readdir("/srv/pkg").unwrap().into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["alias", "hard", "index.js", "lib"]);
        // A snapshot holds /tmp too (every VFS has it from boot).
        assert_eq!(
            vfs.readdir("/srv").unwrap(),
            [("pkg".to_string(), FileType::Directory), ("tmp".to_string(), FileType::Directory)]
        );
        assert_eq!(vfs.read_file("/srv/pkg/missing"), Err(errno::ENOENT));
        // Writes stay above the archive.
        vfs.write_file("/srv/pkg/index.js", b"changed".to_vec()).unwrap();
        assert_eq!(vfs.read_file("/srv/pkg/index.js").unwrap(), b"changed");
    }

    #[test]
    fn rejects_what_is_not_an_archive() {
        assert!(ArchiveLayer::new(b"not a tar at all".to_vec(), "/").is_err());
        assert!(ArchiveLayer::new(vec![0x1f, 0x8b, 0, 0], "/").is_err());
        let mut cut = archive();
        cut.truncate(600);
        let _ = ArchiveLayer::new(cut, "/");
    }
}
