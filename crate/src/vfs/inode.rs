//! The VFS's inodes: regular files, directories, symlinks and device nodes, with POSIX
//! metadata, and the `Stat` record `fs.statSync` reports.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::device::Device;

/// An inode number.
pub type Ino = u64;

/// A map keyed by inode number.
pub type InoMap<V> = HashMap<Ino, V, BuildHasherDefault<InoHasher>>;

/// The hasher of [`InoMap`]: one multiply. Inode numbers are small integers the VFS hands out
/// itself, so SipHash's resistance to chosen keys buys nothing, and it showed in profiles.
#[derive(Default, Clone, Copy)]
pub struct InoHasher(u64);

impl Hasher for InoHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        // Fibonacci hashing: spreads sequential numbers into the high bits hashbrown uses.
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// The inode number of `/`.
pub const ROOT: Ino = 1;

/// File type bits of `st_mode`.
pub const S_IFREG: u32 = 0o100_000;
pub const S_IFDIR: u32 = 0o040_000;
pub const S_IFLNK: u32 = 0o120_000;
pub const S_IFCHR: u32 = 0o020_000;
pub const S_IFIFO: u32 = 0o010_000;

/// What an inode is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    File,
    Directory,
    Symlink,
    /// A character device (`/dev/null`, `/dev/zero`).
    CharDevice,
    /// A pipe: the standard streams, as a shell's pipeline gives them to node.
    Fifo,
}

/// An inode's content.
pub enum Body {
    /// A regular file. While `lower` is set the bytes still live in the lower layer at that
    /// path (`lower_size` long) and `data` is empty: they are read on first use (copy-up).
    /// `zeros` more bytes follow `data` and read as zeros without being held: a file grown by
    /// `truncate` is sparse, as on Linux (its `blocks` count only `data`), so a 3 GiB
    /// `truncate` costs no memory.
    File {
        data: Vec<u8>,
        lower: Option<String>,
        lower_size: u64,
        zeros: u64,
    },
    /// A directory. `lower` is the lower layer's directory merged below it: its entries are
    /// looked up lazily (all of them once `listed`), except names in `hidden` (removed here).
    Dir {
        entries: BTreeMap<String, Ino>,
        parent: Ino,
        lower: Option<String>,
        listed: bool,
        hidden: HashSet<String>,
    },
    Symlink(String),
    /// A device node, whose bytes are not kept (see `device.rs`).
    Device(Device),
}

/// One inode.
pub struct Inode {
    pub body: Body,
    /// Permission bits (`0o7777`).
    pub perm: u32,
    pub uid: u32,
    pub gid: u32,
    pub nlink: u64,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
    pub birthtime: i64,
}

impl Inode {
    #[must_use]
    pub fn file_type(&self) -> FileType {
        match self.body {
            Body::File { .. } => FileType::File,
            Body::Dir { .. } => FileType::Directory,
            Body::Symlink(_) => FileType::Symlink,
            Body::Device(device) => device.file_type(),
        }
    }

    /// The bytes that take space: a file's size less its sparse tail (see [`Body::File`]).
    #[must_use]
    pub fn allocated(&self) -> u64 {
        match &self.body {
            Body::File { zeros, .. } => self.size() - zeros,
            _ => self.size(),
        }
    }

    #[must_use]
    pub fn size(&self) -> u64 {
        match &self.body {
            Body::File { data, lower: Some(_), lower_size, .. } => (*lower_size).max(data.len() as u64),
            Body::File { data, zeros, .. } => data.len() as u64 + zeros,
            // NOTE: ext4 reports 4096 for a directory; tmpfs a count-based size. We pick ext4's.
            Body::Dir { .. } => 4096,
            Body::Symlink(target) => target.len() as u64,
            Body::Device(_) => 0,
        }
    }
}

/// What `stat` reports; times are nanoseconds since the Unix epoch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stat {
    pub dev: u64,
    pub ino: u64,
    pub mode: u32,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub rdev: u64,
    pub size: u64,
    pub blksize: u64,
    pub blocks: u64,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
    pub birthtime: i64,
}

impl Stat {
    /// The ten counts in Node's `Stats` order (dev, mode, nlink, uid, gid, rdev, blksize, ino,
    /// size, blocks), as JavaScript numbers.
    #[must_use]
    pub fn counts(&self) -> [f64; 10] {
        [
            self.dev as f64,
            f64::from(self.mode),
            self.nlink as f64,
            f64::from(self.uid),
            f64::from(self.gid),
            self.rdev as f64,
            self.blksize as f64,
            self.ino as f64,
            self.size as f64,
            self.blocks as f64,
        ]
    }

    /// The record for `inode` number `ino`.
    #[must_use]
    pub fn of(ino: Ino, inode: &Inode) -> Self {
        let kind = match inode.file_type() {
            FileType::File => S_IFREG,
            FileType::Directory => S_IFDIR,
            FileType::Symlink => S_IFLNK,
            FileType::CharDevice => S_IFCHR,
            FileType::Fifo => S_IFIFO,
        };
        let size = inode.size();
        let blocks = match inode.file_type() {
            FileType::Symlink => 0,
            _ => inode.allocated().div_ceil(4096) * 8,
        };
        let rdev = match &inode.body {
            Body::Device(device) => device.rdev(),
            _ => 0,
        };
        Self {
            dev: 2049,
            ino,
            mode: kind | inode.perm,
            nlink: inode.nlink,
            uid: inode.uid,
            gid: inode.gid,
            rdev,
            size,
            blksize: 4096,
            blocks,
            atime: inode.atime,
            mtime: inode.mtime,
            ctime: inode.ctime,
            birthtime: inode.birthtime,
        }
    }

    #[must_use]
    pub fn file_type(&self) -> FileType {
        match self.mode & 0o170_000 {
            S_IFDIR => FileType::Directory,
            S_IFLNK => FileType::Symlink,
            S_IFCHR => FileType::CharDevice,
            S_IFIFO => FileType::Fifo,
            _ => FileType::File,
        }
    }
}
