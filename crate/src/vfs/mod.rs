//! The virtual filesystem: an in-memory POSIX-like tree of inodes (files, directories, symlinks,
//! hard links) with per-runtime file descriptors. A read-only lower layer (the host's disk for
//! the CLI, a files map in the browser) is merged below it and read lazily: a directory's
//! entries are looked up on first use, a file's bytes are copied up on first read or write.
//! Writes never reach the lower layer.
//!
//! Every failure is an [`Errno`] with Linux's meaning, so `fs` errors match Node's on Linux.
//!
//! - [`inode`]: the inode and `Stat` records;
//! - this file: the tree, lookups and path resolution (`.`, `..`, symlinks, ELOOP, ENAMETOOLONG);
//! - [`ops`]: the path operations (mkdir, unlink, rename, link, ...);
//! - [`fd`]: open file descriptions (open flags, positions, O_APPEND);
//! - [`device`]: `/dev/null`, `/dev/zero` and the standard streams (descriptors 0–2);
//! - [`watch`]: inotify-like change events for `fs.watch`;
//! - [`snapshot`]: export and import as tar archives;
//! - [`archive_layer`], [`fetch_layer`]: lower layers for the browser (a tar archive, files
//!   fetched on demand);
//! - [`fuzz_targets`]: never-panic bodies for fuzzing, also run under `cargo test`.

mod archive_layer;
mod device;
mod fd;
mod fetch_layer;
pub mod fuzz_targets;
mod inode;
mod ops;
mod path;
#[cfg(test)]
mod proptest;
mod snapshot;
mod watch;

pub use archive_layer::ArchiveLayer;
pub use device::{Device, StdStreams};
pub use fd::{flags, OpenFlags};
pub use fetch_layer::{FetchLayer, Fetcher};
pub use inode::{FileType, Ino, Stat, ROOT};
pub use ops::copy_mode;
pub use path::normalize;
pub use watch::{WatchEvent, WatchId};

use crate::errno::{self, Errno};
use inode::{Body, Inode};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet, VecDeque};

/// What a path is, for the loader and `process.chdir` (symlinks followed).
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
    /// The names in the directory at `path` (for `readdir`); a layer that cannot list says
    /// nothing, and its files are still found by name.
    ///
    /// # Errors
    /// What the host gave.
    fn list(&self, _path: &str) -> Result<Vec<String>, Errno> {
        Ok(Vec::new())
    }
    /// The size of the file at `path`, for `stat` before the bytes are read.
    ///
    /// # Errors
    /// What the host gave.
    fn size(&self, path: &str) -> Result<u64, Errno> {
        self.read(path).map(|b| b.len() as u64)
    }
    /// The target of `path` when it is itself a symbolic link (not followed); `None` for
    /// anything else, or for a layer without links.
    fn link_target(&self, _path: &str) -> Option<String> {
        None
    }
    /// Whether reads of a file of `size` bytes go to the layer every time, so that it is copied
    /// up only when written: true for a layer that is cheap to read again (an archive in memory;
    /// the host's disk for large files), which keeps memory at the bytes the guest holds; a file
    /// of a layer that fetches over the network is copied up on its first read instead.
    fn read_through(&self, _size: u64) -> bool {
        false
    }
    /// Lend the bytes of the file at `path` to `f` (a layer holding them lends without a copy).
    ///
    /// # Errors
    /// As [`LowerLayer::read`].
    fn read_with(&self, path: &str, f: &mut dyn FnMut(&[u8])) -> Result<(), Errno> {
        f(&self.read(path)?);
        Ok(())
    }
    /// Up to `buf.len()` bytes of the file at `path` from `offset`: how many were copied.
    ///
    /// # Errors
    /// As [`LowerLayer::read`].
    fn read_at(&self, path: &str, offset: u64, buf: &mut [u8]) -> Result<usize, Errno> {
        let mut n = 0;
        self.read_with(path, &mut |bytes| n = copy_at(bytes, offset, buf))?;
        Ok(n)
    }
}

/// `pread` over bytes in memory: copy what `bytes` holds from `offset` into `buf` (nothing past
/// the end); how many bytes were copied.
fn copy_at(bytes: &[u8], offset: u64, buf: &mut [u8]) -> usize {
    let start = usize::try_from(offset).unwrap_or(usize::MAX).min(bytes.len());
    let n = buf.len().min(bytes.len() - start);
    buf[..n].copy_from_slice(&bytes[start..start + n]);
    n
}

/// [`copy_at`] over a file of `data` followed by `zeros` zero bytes (see [`Body::File`]).
fn copy_file_at(data: &[u8], zeros: u64, offset: u64, buf: &mut [u8]) -> usize {
    let n = copy_at(data, offset, buf);
    let at = offset + n as u64;
    let end = data.len() as u64 + zeros;
    if n == buf.len() || at >= end {
        return n;
    }
    let more = usize::try_from(end - at).map_or(buf.len() - n, |left| left.min(buf.len() - n));
    buf[n..n + more].fill(0);
    n + more
}

/// Lend the bytes of a file of `data` and `zeros` from `start` to `f`: in place, or, when the
/// file has a sparse tail, as a copy with its zeros written out.
///
/// # Errors
/// `ENOMEM` when that copy cannot be allocated.
fn lend_file<R>(data: &[u8], zeros: u64, start: u64, f: impl FnOnce(&[u8]) -> R) -> Result<R, Errno> {
    let from = usize::try_from(start).unwrap_or(usize::MAX).min(data.len());
    if zeros == 0 {
        return Ok(f(&data[from..]));
    }
    let end = data.len() as u64 + zeros;
    let len = usize::try_from(end.saturating_sub(start)).map_err(|_| errno::ENOMEM)?;
    let mut bytes = Vec::new();
    bytes.try_reserve_exact(len).map_err(|_| errno::ENOMEM)?;
    bytes.extend_from_slice(&data[from..]);
    bytes.resize(len, 0);
    Ok(f(&bytes))
}

/// The longest path Linux accepts (`PATH_MAX` less the NUL).
pub const PATH_MAX: usize = 4095;
/// The longest name of one directory entry.
pub const NAME_MAX: usize = 255;
/// How many symlinks one resolution may follow before `ELOOP`.
pub const MAX_SYMLINKS: u32 = 40;

/// The result of resolving a path: the directory holding the last component, that component's
/// name, and its inode when it exists.
#[derive(Debug, Clone)]
pub struct Walk {
    pub parent: Ino,
    pub name: String,
    pub ino: Option<Ino>,
    /// The path ended in `/`.
    pub trailing_slash: bool,
}

/// The filesystem of one runtime.
pub struct Vfs {
    inodes: inode::InoMap<Inode>,
    next_ino: Ino,
    lower: Option<Box<dyn LowerLayer>>,
    fds: BTreeMap<i32, fd::OpenFile>,
    /// The creation mask applied to new files and directories.
    pub umask: u32,
    pub uid: u32,
    pub gid: u32,
    clock: Box<dyn Fn() -> i64>,
    watches: watch::Watches,
    /// Where the standard streams' bytes come from and go (see `device.rs`).
    streams: Option<Box<dyn StdStreams>>,
    /// Standard input read from the host but not yet by the guest (a short `read`).
    stdin_pending: Vec<u8>,
    /// `/dev` and `/proc`, made at creation: snapshots leave them out.
    system_dirs: Vec<Ino>,
}

impl Vfs {
    /// A filesystem with `/`, `/tmp`, `/dev` and `cwd` present, whose inode times are all 0 (the epoch):
    /// for tests and tools; a runtime passes its host's wall clock to [`Vfs::with_clock`].
    #[must_use]
    pub fn new(lower: Option<Box<dyn LowerLayer>>, cwd: &str) -> Self {
        Self::with_clock(lower, cwd, Box::new(|| 0), (0, 0))
    }

    /// A filesystem with `/`, `/tmp`, `/dev` and `cwd` present, stamping inode times with `clock`
    /// (nanoseconds since the Unix epoch). `/`, `/tmp` and `/dev` are root's; `owner` (uid, gid)
    /// owns `cwd` when it is made here and everything made later.
    #[must_use]
    pub fn with_clock(
        lower: Option<Box<dyn LowerLayer>>,
        cwd: &str,
        clock: Box<dyn Fn() -> i64>,
        owner: (u32, u32),
    ) -> Self {
        let mut vfs = Self {
            inodes: inode::InoMap::default(),
            next_ino: ROOT,
            fds: BTreeMap::new(),
            umask: 0o022,
            uid: 0,
            gid: 0,
            clock,
            lower: None,
            watches: watch::Watches::default(),
            streams: None,
            stdin_pending: Vec::new(),
            system_dirs: Vec::new(),
        };
        let has_lower = lower.is_some();
        vfs.lower = lower;
        let root = vfs.alloc(
            Body::Dir {
                entries: BTreeMap::new(),
                parent: ROOT,
                lower: has_lower.then(|| "/".to_string()),
                listed: false,
                hidden: HashSet::new(),
            },
            0o755,
        );
        debug_assert_eq!(root, ROOT);
        vfs.inode_mut(ROOT).nlink = 2;
        let _ = vfs.mkdir_all("/tmp");
        if let Ok(w) = vfs.walk("/tmp", true) {
            if let Some(ino) = w.ino {
                vfs.inode_mut(ino).perm = 0o1777;
            }
        }
        vfs.system_dirs = vfs.install_devices();
        (vfs.uid, vfs.gid) = owner;
        let _ = vfs.mkdir_all(cwd);
        vfs
    }

    fn now(&self) -> i64 {
        (self.clock)()
    }

    // ----- inodes -----

    fn alloc(&mut self, body: Body, perm: u32) -> Ino {
        let now = self.now();
        let ino = self.next_ino;
        self.next_ino += 1;
        let nlink = if matches!(body, Body::Dir { .. }) { 2 } else { 1 };
        let inode = Inode {
            body,
            perm,
            uid: self.uid,
            gid: self.gid,
            nlink,
            atime: now,
            mtime: now,
            ctime: now,
            birthtime: now,
        };
        self.inodes.insert(ino, inode);
        ino
    }

    fn inode(&self, ino: Ino) -> &Inode {
        &self.inodes[&ino]
    }

    fn inode_mut(&mut self, ino: Ino) -> &mut Inode {
        self.inodes.get_mut(&ino).expect("live inode")
    }

    /// Drop an inode nothing refers to any more (no links, no open descriptor).
    fn collect(&mut self, ino: Ino) {
        if self.inodes.get(&ino).is_some_and(|i| i.nlink == 0) && !self.fds.values().any(|f| f.ino == ino) {
            self.note_gone(ino);
            self.inodes.remove(&ino);
        }
    }

    fn touch_mc(&mut self, ino: Ino) {
        let now = self.now();
        let inode = self.inode_mut(ino);
        inode.mtime = now;
        inode.ctime = now;
    }

    /// Stamp a read of `ino` as Linux's default `relatime` mount does: the access time moves to
    /// now only when it is not newer than the last modification or change, or a day old.
    fn touch_atime(&mut self, ino: Ino) {
        const DAY_NS: i64 = 86_400 * 1_000_000_000;
        let now = self.now();
        let inode = self.inode_mut(ino);
        if inode.atime <= inode.mtime || inode.atime <= inode.ctime || now - inode.atime >= DAY_NS {
            inode.atime = now;
        }
    }

    /// The entry `name` of directory `dir`, consulting the lower layer on first use.
    fn lookup(&mut self, dir: Ino, name: &str) -> Option<Ino> {
        let Body::Dir { entries, lower, listed, hidden, .. } = &self.inode(dir).body else { return None };
        if let Some(&ino) = entries.get(name) {
            return Some(ino);
        }
        if *listed || hidden.contains(name) {
            return None;
        }
        let lower_dir = lower.clone()?;
        let child = path::join(&lower_dir, name);
        let layer = self.lower.as_ref()?;
        if let Some(target) = layer.link_target(&child) {
            // A host symlink stays a symlink, so `realpath` and `lstat` see what Linux shows.
            let ino = self.alloc(Body::Symlink(target), 0o777);
            if let Body::Dir { entries, .. } = &mut self.inode_mut(dir).body {
                entries.insert(name.to_string(), ino);
            }
            return Some(ino);
        }
        let kind = layer.kind(&child).ok()?;
        Some(self.adopt_lower(dir, name, &child, kind))
    }

    /// Make an inode for the lower layer's `child` (a `kind`) as entry `name` of `dir`.
    fn adopt_lower(&mut self, dir: Ino, name: &str, child: &str, kind: Kind) -> Ino {
        let ino = match kind {
            Kind::File => {
                let size = self.lower.as_ref().and_then(|l| l.size(child).ok()).unwrap_or(0);
                self.alloc(
                    Body::File { data: Vec::new(), lower: Some(child.to_string()), lower_size: size, zeros: 0 },
                    0o644,
                )
            }
            Kind::Directory => self.alloc(
                Body::Dir {
                    entries: BTreeMap::new(),
                    parent: dir,
                    lower: Some(child.to_string()),
                    listed: false,
                    hidden: HashSet::new(),
                },
                0o755,
            ),
        };
        if let Body::Dir { entries, .. } = &mut self.inode_mut(dir).body {
            entries.insert(name.to_string(), ino);
        }
        if kind == Kind::Directory {
            self.inode_mut(dir).nlink += 1;
        }
        ino
    }

    /// Bring every lower-layer entry of `dir` into it (before listing or emptiness checks).
    fn list_lower(&mut self, dir: Ino) {
        let Body::Dir { lower: Some(lower_dir), listed: false, .. } = &self.inode(dir).body else { return };
        let lower_dir = lower_dir.clone();
        let names = self.lower.as_ref().map(|l| l.list(&lower_dir).unwrap_or_default()).unwrap_or_default();
        for name in names {
            self.lookup(dir, &name);
        }
        if let Body::Dir { listed, .. } = &mut self.inode_mut(dir).body {
            *listed = true;
        }
    }

    /// The parent of directory `dir` (`/` is its own).
    fn parent_of(&self, dir: Ino) -> Ino {
        match &self.inode(dir).body {
            Body::Dir { parent, .. } => *parent,
            _ => dir,
        }
    }

    /// The lower-layer path to read `ino`'s bytes from, when they are still there and its layer
    /// is read through (see [`LowerLayer::read_through`]).
    fn read_through_path(&self, ino: Ino) -> Option<String> {
        let Body::File { lower: Some(path), lower_size, .. } = &self.inode(ino).body else { return None };
        self.lower.as_ref().filter(|l| l.read_through(*lower_size)).map(|_| path.clone())
    }

    /// Lend the lower layer's bytes of the file at `path` to `f`.
    fn lend_lower<R>(&self, path: &str, f: impl FnOnce(&[u8]) -> R) -> Result<R, Errno> {
        let layer = self.lower.as_ref().ok_or(errno::ENOENT)?;
        let mut f = Some(f);
        let mut result = None;
        layer.read_with(path, &mut |bytes| result = f.take().map(|f| f(bytes)))?;
        result.ok_or(errno::EIO)
    }

    /// Copy a lower-layer file's bytes up into memory.
    fn materialize(&mut self, ino: Ino) -> Result<(), Errno> {
        let Body::File { lower: Some(path), .. } = &self.inode(ino).body else { return Ok(()) };
        let path = path.clone();
        let bytes = match &self.lower {
            Some(l) => l.read(&path)?,
            None => Vec::new(),
        };
        if let Body::File { data, lower, .. } = &mut self.inode_mut(ino).body {
            *data = bytes;
            *lower = None;
        }
        Ok(())
    }

    // ----- path resolution -----

    /// Resolve absolute `path`. Symlinks in the middle are always followed; the last component
    /// is followed when `follow_last`. A trailing `/` is reported in [`Walk::trailing_slash`]
    /// for the operation to judge (Linux's answer depends on it).
    ///
    /// # Errors
    /// `ENOENT` for a missing middle component or an empty path, `ENOTDIR` when a middle
    /// component is not a directory, `ELOOP` after 40 symlinks, `ENAMETOOLONG`.
    pub fn walk(&mut self, path: &str, follow_last: bool) -> Result<Walk, Errno> {
        self.walk_ex(path, follow_last, false)
    }

    /// [`Vfs::walk`]; with `stop_at_slash`, a last component that must be a directory (a
    /// trailing `/` in the path or in a symlink's body) is returned unfollowed, as Linux's
    /// `open(O_CREAT)` stops there with `EISDIR`.
    ///
    /// # Errors
    /// As [`Vfs::walk`].
    pub fn walk_ex(&mut self, path: &str, follow_last: bool, stop_at_slash: bool) -> Result<Walk, Errno> {
        self.walk_inner(path, follow_last, stop_at_slash, false)
    }

    /// [`Vfs::walk`], but a last component longer than `NAME_MAX` is returned as missing (its
    /// name kept) for the operation to refuse when Linux would look it up: `rename(2)` checks
    /// both parents and its source before its target's name.
    ///
    /// # Errors
    /// As [`Vfs::walk`], but no `ENAMETOOLONG` for the last component.
    pub fn walk_defer_long(&mut self, path: &str) -> Result<Walk, Errno> {
        self.walk_inner(path, false, false, true)
    }

    fn walk_inner(
        &mut self,
        path: &str,
        follow_last: bool,
        stop_at_slash: bool,
        defer_long: bool,
    ) -> Result<Walk, Errno> {
        if path.is_empty() {
            return Err(errno::ENOENT);
        }
        if path.len() > PATH_MAX {
            return Err(errno::ENAMETOOLONG);
        }
        let mut trailing_slash = path.len() > 1 && path.ends_with('/');
        // Components borrow from `path`; only those a symlink brings in are owned.
        let mut comps: VecDeque<Cow<'_, str>> = path.split('/').filter(|c| !c.is_empty()).map(Cow::Borrowed).collect();
        let mut cur = ROOT;
        let mut hops = 0;
        if comps.is_empty() {
            return Ok(Walk { parent: ROOT, name: "/".into(), ino: Some(ROOT), trailing_slash: false });
        }
        while let Some(comp) = comps.pop_front() {
            let is_last = comps.is_empty();
            if self.inode(cur).file_type() != FileType::Directory {
                return Err(errno::ENOTDIR);
            }
            if comp.len() > NAME_MAX {
                // Linux refuses a name when it looks it up: `open("long/", O_CREAT)` stops at the
                // trailing slash (EISDIR) first.
                if is_last && (defer_long || (stop_at_slash && trailing_slash)) {
                    return Ok(Walk { parent: cur, name: comp.into_owned(), ino: None, trailing_slash });
                }
                return Err(errno::ENAMETOOLONG);
            }
            let child = match comp.as_ref() {
                "." => Some(cur),
                ".." => Some(self.parent_of(cur)),
                name => self.lookup(cur, name),
            };
            let link_target = child.and_then(|c| match &self.inode(c).body {
                Body::Symlink(t) => Some(t.clone()),
                _ => None,
            });
            // A last `.` or `..` is no name to create: Linux goes on to open it (EEXIST, EISDIR).
            if is_last && stop_at_slash && trailing_slash && !matches!(comp.as_ref(), "." | "..") {
                return Ok(Walk { parent: cur, name: comp.into_owned(), ino: child, trailing_slash });
            }
            match (child, link_target) {
                (Some(link), Some(target)) if !is_last || follow_last => {
                    // Following a link reads it: Linux stamps its atime (under relatime's rule).
                    self.touch_atime(link);
                    if is_last && target.ends_with('/') {
                        trailing_slash = true;
                    }
                    hops += 1;
                    if hops > MAX_SYMLINKS {
                        return Err(errno::ELOOP);
                    }
                    if target.is_empty() {
                        return Err(errno::ENOENT);
                    }
                    if target.starts_with('/') {
                        cur = ROOT;
                    }
                    for c in target.split('/').filter(|c| !c.is_empty()).rev() {
                        comps.push_front(Cow::Owned(c.to_string()));
                    }
                    if comps.is_empty() {
                        // A link to `/`.
                        return Ok(Walk { parent: ROOT, name: "/".into(), ino: Some(ROOT), trailing_slash });
                    }
                }
                (child, _) if is_last => {
                    return Ok(Walk { parent: cur, name: comp.into_owned(), ino: child, trailing_slash });
                }
                (Some(c), _) => cur = c,
                (None, _) => return Err(errno::ENOENT),
            }
        }
        unreachable!("the last component returns")
    }

    /// Resolve `path` to an existing inode; a trailing `/` follows a last symlink and requires
    /// a directory.
    ///
    /// # Errors
    /// As [`Vfs::walk`], `ENOENT` when the last component is missing, `ENOTDIR` for a trailing
    /// `/` on a non-directory.
    pub fn resolve(&mut self, path: &str, follow: bool) -> Result<Ino, Errno> {
        if let Some(result) = self.resolve_plain(path, follow) {
            return result;
        }
        let trailing = path.len() > 1 && path.ends_with('/');
        let walk = self.walk(path, follow || trailing)?;
        let ino = walk.ino.ok_or(errno::ENOENT)?;
        if walk.trailing_slash && self.inode(ino).file_type() != FileType::Directory {
            return Err(errno::ENOTDIR);
        }
        Ok(ino)
    }

    /// [`Vfs::resolve`] without allocating, for the common path: absolute, no `.` or `..`
    /// component, no trailing `/`, no symlink to follow. `None` when the path has any of
    /// these (or is `/`, or too long): [`Vfs::walk`] then resolves it as usual. The lookups and
    /// their errors are the walk's.
    fn resolve_plain(&mut self, path: &str, follow: bool) -> Option<Result<Ino, Errno>> {
        if !path.starts_with('/') || path.ends_with('/') || path.len() > PATH_MAX {
            return None;
        }
        let mut rest = &path[1..];
        let mut cur = ROOT;
        let mut cur_is_dir = true;
        while !rest.is_empty() {
            let (comp, next) = match rest.find('/') {
                Some(i) => (&rest[..i], &rest[i + 1..]),
                None => (rest, ""),
            };
            rest = next;
            if comp.is_empty() {
                continue;
            }
            if comp == "." || comp == ".." || comp.len() > NAME_MAX {
                return None;
            }
            if !cur_is_dir {
                return Some(Err(errno::ENOTDIR));
            }
            let Some(child) = self.lookup(cur, comp) else { return Some(Err(errno::ENOENT)) };
            match self.inode(child).file_type() {
                // `rest` is never a lone run of slashes: the path does not end in `/`.
                FileType::Symlink if follow || !rest.is_empty() => return None,
                kind => cur_is_dir = kind == FileType::Directory,
            }
            cur = child;
        }
        Some(Ok(cur))
    }

    /// The absolute path of directory `dir`.
    fn dir_path(&self, dir: Ino) -> String {
        let mut parts = Vec::new();
        let mut cur = dir;
        while cur != ROOT {
            let parent = self.parent_of(cur);
            if let Body::Dir { entries, .. } = &self.inode(parent).body {
                if let Some((name, _)) = entries.iter().find(|(_, &i)| i == cur) {
                    parts.push(name.clone());
                }
            }
            if parent == cur {
                break;
            }
            cur = parent;
        }
        parts.reverse();
        format!("/{}", parts.join("/"))
    }

    // ----- the loader's view -----

    /// What `path` is, following symlinks.
    ///
    /// # Errors
    /// `ENOENT` when nothing is there, or a resolution error.
    pub fn kind(&mut self, path: &str) -> Result<Kind, Errno> {
        let ino = self.resolve(path, true)?;
        Ok(if self.inode(ino).file_type() == FileType::Directory { Kind::Directory } else { Kind::File })
    }

    /// The whole content of the file at `path`.
    ///
    /// # Errors
    /// `ENOENT` when missing, `EISDIR` for a directory.
    pub fn read_file(&mut self, path: &str) -> Result<Vec<u8>, Errno> {
        self.read_file_with(path, <[u8]>::to_vec)
    }

    /// Lend the whole content of the file at `path` to `f`, without copying it: the caller
    /// makes the one copy it needs (the `ArrayBuffer` of `readFile`, say).
    ///
    /// # Errors
    /// As [`Vfs::read_file`].
    pub fn read_file_with<R>(&mut self, path: &str, f: impl FnOnce(&[u8]) -> R) -> Result<R, Errno> {
        self.read_file_within(path, u64::MAX, f)
    }

    /// [`Vfs::read_file_with`] for a file of at most `max` bytes.
    ///
    /// # Errors
    /// As [`Vfs::read_file`]; `EFBIG` for a larger regular file (nothing is read).
    pub fn read_file_within<R>(&mut self, path: &str, max: u64, f: impl FnOnce(&[u8]) -> R) -> Result<R, Errno> {
        let ino = self.resolve(path, true)?;
        if self.inode(ino).file_type() == FileType::Directory {
            return Err(errno::EISDIR);
        }
        if self.inode(ino).file_type() == FileType::File && self.inode(ino).size() > max {
            return Err(errno::EFBIG);
        }
        if let Some(device) = self.device_of(ino) {
            return self.device_read_all(device).map(|bytes| f(&bytes));
        }
        self.touch_atime(ino);
        if let Some(lower) = self.read_through_path(ino) {
            return self.lend_lower(&lower, f);
        }
        self.materialize(ino)?;
        match &self.inode(ino).body {
            Body::File { data, zeros, .. } => lend_file(data, *zeros, 0, f),
            _ => Err(errno::EINVAL),
        }
    }

    /// Create or replace the file at `path`; its parent must be a directory.
    ///
    /// # Errors
    /// `ENOENT` when the parent is missing, `ENOTDIR` when it is a file, `EISDIR` when `path` is
    /// a directory.
    pub fn write_file(&mut self, path: &str, bytes: Vec<u8>) -> Result<(), Errno> {
        let fd = self.open(path, flags::O_WRONLY | flags::O_CREAT | flags::O_TRUNC, 0o666)?;
        let written = self.write(fd, &bytes, None);
        self.close(fd)?;
        written.map(|_| ())
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
            match self.mkdir(&prefix, 0o777) {
                Ok(()) => {}
                Err(e) if e == errno::EEXIST => {
                    if self.kind(&prefix)? != Kind::Directory {
                        return Err(errno::ENOTDIR);
                    }
                }
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
