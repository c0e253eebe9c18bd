//! File descriptors of one runtime: `open` with Linux's `O_*` flags, positioned and sequential
//! reads and writes, `O_APPEND`, truncation, and `fstat`.

use super::inode::{Body, FileType, Stat};
use super::{copy_file_at, lend_file, Ino, Vfs};
use crate::errno::{self, Errno};

/// Linux's open flags (the values `fs.constants` reports).
pub mod flags {
    pub const O_RDONLY: u32 = 0;
    pub const O_WRONLY: u32 = 1;
    pub const O_RDWR: u32 = 2;
    pub const O_ACCMODE: u32 = 3;
    pub const O_CREAT: u32 = 0o100;
    pub const O_EXCL: u32 = 0o200;
    pub const O_NOCTTY: u32 = 0o400;
    pub const O_TRUNC: u32 = 0o1000;
    pub const O_APPEND: u32 = 0o2000;
    pub const O_NONBLOCK: u32 = 0o4000;
    pub const O_DSYNC: u32 = 0o10000;
    pub const O_DIRECTORY: u32 = 0o200_000;
    pub const O_NOFOLLOW: u32 = 0o400_000;
    pub const O_SYNC: u32 = 0o4_010_000;
}

/// The access an open file description grants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenFlags {
    pub read: bool,
    pub write: bool,
    pub append: bool,
}

impl OpenFlags {
    #[must_use]
    pub fn from_bits(bits: u32) -> Self {
        let acc = bits & flags::O_ACCMODE;
        Self {
            read: acc == flags::O_RDONLY || acc == flags::O_RDWR,
            write: acc == flags::O_WRONLY || acc == flags::O_RDWR,
            append: bits & flags::O_APPEND != 0,
        }
    }
}

/// One open file description.
pub struct OpenFile {
    pub ino: Ino,
    pub pos: u64,
    pub flags: OpenFlags,
    /// The directory entry it was opened through, for `fs.watch` on that directory.
    pub entry: Option<(Ino, String)>,
}

/// The descriptors a Node 20 process holds itself when a program starts (its event loop's epoll
/// and eventfd, signal pipes, ...): started with only the standard streams open, a program's
/// first `open` is 17 (a descriptor node inherits beyond those pushes it up: 18 in a shell that
/// leaks one).
/// NOTE: they are free here (`fstat(5)` is EBADF, where node's describes its own descriptor);
/// numbering past them is what makes a printed descriptor read as node's.
const NODE_OWN_FDS: std::ops::Range<i32> = 3..17;

/// The largest file size (ext4's with 4 KiB blocks, 16 TiB less a block): `EFBIG` past it.
pub const MAX_FILE_SIZE: u64 = (1 << 44) - 4096;
/// The most bytes of one file the VFS holds in memory (4 GiB): a sparse tail past them costs
/// nothing (see `Body::File`), but a write past this point is `EFBIG`.
pub const MAX_HELD_SIZE: u64 = 1 << 32;

impl Vfs {
    /// `open(2)`: the new descriptor.
    ///
    /// # Errors
    /// `ENOENT`, `EEXIST` (O_CREAT|O_EXCL), `EISDIR` (writing or truncating a directory),
    /// `ENOTDIR` (O_DIRECTORY), `EINVAL` (O_CREAT|O_DIRECTORY), `ELOOP` (O_NOFOLLOW on a
    /// symlink), resolution errors.
    pub fn open(&mut self, path: &str, bits: u32, mode: u32) -> Result<i32, Errno> {
        let creat = bits & flags::O_CREAT != 0;
        if creat && bits & flags::O_DIRECTORY != 0 {
            // Linux (since 6.4) refuses the pair before any lookup.
            return Err(errno::EINVAL);
        }
        let excl = creat && bits & flags::O_EXCL != 0;
        let trailing = path.len() > 1 && path.ends_with('/');
        let follow = (!excl && bits & flags::O_NOFOLLOW == 0) || trailing;
        let walk = self.walk_ex(path, follow, creat)?;
        if creat && walk.trailing_slash && !matches!(walk.name.as_str(), "." | "..") {
            // Linux refuses to create (or open for creation) `name/` before looking at it.
            return Err(errno::EISDIR);
        }
        let of = OpenFlags::from_bits(bits);
        let ino = match walk.ino {
            Some(_) if excl => return Err(errno::EEXIST),
            Some(ino) => {
                let kind = self.inode(ino).file_type();
                if walk.trailing_slash && kind != FileType::Directory {
                    return Err(errno::ENOTDIR);
                }
                // As Linux: O_DIRECTORY is checked before a last symlink left unfollowed
                // (O_NOFOLLOW) is refused.
                if kind != FileType::Directory && bits & flags::O_DIRECTORY != 0 {
                    return Err(errno::ENOTDIR);
                }
                if kind == FileType::Symlink {
                    return Err(errno::ELOOP);
                }
                // O_TRUNC asks for write access too, even with O_RDONLY.
                if kind == FileType::Directory && (of.write || creat || bits & flags::O_TRUNC != 0) {
                    return Err(errno::EISDIR);
                }
                // As Linux: O_TRUNC truncates a file opened read-only too.
                if kind == FileType::File && bits & flags::O_TRUNC != 0 {
                    self.set_len(ino, 0)?;
                    self.note_change(ino, Some((walk.parent, &walk.name)));
                }
                ino
            }
            None if !creat => return Err(errno::ENOENT),
            None if walk.trailing_slash => return Err(errno::EISDIR),
            None => {
                let perm = mode & 0o7777 & !self.umask;
                let ino = self.alloc(Body::File { data: Vec::new(), lower: None, lower_size: 0, zeros: 0 }, perm);
                self.insert_entry(walk.parent, &walk.name, ino);
                ino
            }
        };
        let fd = self.lowest_free_fd();
        let entry = (self.inode(ino).file_type() == FileType::File).then_some((walk.parent, walk.name));
        self.fds.insert(fd, OpenFile { ino, pos: 0, flags: of, entry });
        Ok(fd)
    }

    /// The lowest free number, as Linux gives (0–2 are the standard streams until closed),
    /// past the ones node holds itself ([`NODE_OWN_FDS`]).
    fn lowest_free_fd(&self) -> i32 {
        (0..).find(|fd| !NODE_OWN_FDS.contains(fd) && !self.fds.contains_key(fd)).unwrap_or(0)
    }

    /// Take the lowest free descriptor as node's own: the first standard stream node opens on
    /// a pipe takes one more descriptor (libuv's), so a later `open` is one higher. It is a pipe
    /// that can neither be read nor written (`EBADF`).
    pub fn reserve_fd(&mut self) -> i32 {
        let fd = self.lowest_free_fd();
        let ino = self.alloc(Body::Device(super::device::Device::Stdout), 0o600);
        self.fds.insert(
            fd,
            OpenFile { ino, pos: 0, flags: OpenFlags { read: false, write: false, append: false }, entry: None },
        );
        fd
    }

    /// `close(2)`.
    ///
    /// # Errors
    /// `EBADF` for a descriptor that is not open.
    pub fn close(&mut self, fd: i32) -> Result<(), Errno> {
        let file = self.fds.remove(&fd).ok_or(errno::EBADF)?;
        self.collect(file.ino);
        Ok(())
    }

    fn open_file(&self, fd: i32) -> Result<&OpenFile, Errno> {
        self.fds.get(&fd).ok_or(errno::EBADF)
    }

    /// `pread(2)` at `pos`, or `read(2)` at the descriptor's position (which advances) for
    /// `None`: the number of bytes copied into `buf`.
    ///
    /// # Errors
    /// `EBADF` (not open for reading), `EISDIR`.
    pub fn read(&mut self, fd: i32, buf: &mut [u8], pos: Option<u64>) -> Result<usize, Errno> {
        let file = self.open_file(fd)?;
        if !file.flags.read {
            return Err(errno::EBADF);
        }
        let (ino, at) = (file.ino, pos.unwrap_or(file.pos));
        if self.inode(ino).file_type() == FileType::Directory {
            return Err(errno::EISDIR);
        }
        if let Some(device) = self.device_of(ino) {
            if device.is_stream() && pos.is_some() {
                return Err(errno::ESPIPE);
            }
            return Ok(self.device_read(device, buf));
        }
        if !buf.is_empty() {
            self.touch_atime(ino);
        }
        let n = if let Some(lower) = self.read_through_path(ino) {
            self.lower.as_ref().map_or(Ok(0), |l| l.read_at(&lower, at, buf))?
        } else {
            self.materialize(ino)?;
            match &self.inode(ino).body {
                Body::File { data, zeros, .. } => copy_file_at(data, *zeros, at, buf),
                _ => 0,
            }
        };
        if pos.is_none() {
            if let Some(f) = self.fds.get_mut(&fd) {
                f.pos = at + n as u64;
            }
        }
        Ok(n)
    }

    /// The rest of the file from the descriptor's position (advancing it), as `readFile` on a
    /// descriptor reads.
    ///
    /// # Errors
    /// As [`Vfs::read`].
    pub fn read_to_end(&mut self, fd: i32) -> Result<Vec<u8>, Errno> {
        self.read_to_end_with(fd, <[u8]>::to_vec)
    }

    /// Lend the rest of the file from the descriptor's position to `f` (advancing the position
    /// past it), without copying.
    ///
    /// # Errors
    /// As [`Vfs::read`].
    pub fn read_to_end_with<R>(&mut self, fd: i32, f: impl FnOnce(&[u8]) -> R) -> Result<R, Errno> {
        self.read_to_end_within(fd, u64::MAX, f)
    }

    /// [`Vfs::read_to_end_with`] for a file of at most `max` bytes (all of it, wherever the
    /// position is).
    ///
    /// # Errors
    /// As [`Vfs::read`]; `EFBIG` for a larger regular file (nothing is read).
    pub fn read_to_end_within<R>(&mut self, fd: i32, max: u64, f: impl FnOnce(&[u8]) -> R) -> Result<R, Errno> {
        let file = self.open_file(fd)?;
        if !file.flags.read {
            return Err(errno::EBADF);
        }
        let (ino, at) = (file.ino, file.pos);
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
        let (result, end) = if let Some(lower) = self.read_through_path(ino) {
            self.lend_lower(&lower, |data| {
                let start = usize::try_from(at).unwrap_or(usize::MAX).min(data.len());
                (f(&data[start..]), data.len() as u64)
            })?
        } else {
            self.materialize(ino)?;
            let Body::File { data, zeros, .. } = &self.inode(ino).body else { return Err(errno::EISDIR) };
            (lend_file(data, *zeros, at, f)?, data.len() as u64 + zeros)
        };
        if let Some(file) = self.fds.get_mut(&fd) {
            // Past the end nothing is read and the position stays where it is, as read(2).
            file.pos = at.max(end);
        }
        Ok(result)
    }

    /// `pwrite(2)` at `pos`, or `write(2)` at the descriptor's position for `None`; with
    /// `O_APPEND` every write goes to the end (as Linux does, even positioned ones).
    ///
    /// # Errors
    /// `EBADF` (not open for writing), `EFBIG`.
    pub fn write(&mut self, fd: i32, bytes: &[u8], pos: Option<u64>) -> Result<usize, Errno> {
        let file = self.open_file(fd)?;
        if !file.flags.write {
            return Err(errno::EBADF);
        }
        let (ino, append, cur) = (file.ino, file.flags.append, file.pos);
        if let Some(device) = self.device_of(ino) {
            if device.is_stream() && pos.is_some() {
                return Err(errno::ESPIPE);
            }
            self.device_write(device, bytes);
            return Ok(bytes.len());
        }
        if bytes.is_empty() {
            // As Linux: writing nothing changes nothing, at any position (no zero-fill up to
            // it, no move of the offset).
            return Ok(0);
        }
        self.materialize(ino)?;
        let Body::File { data, zeros, .. } = &mut self.inode_mut(ino).body else { return Err(errno::EISDIR) };
        let size = data.len() as u64 + *zeros;
        let at = if append { size } else { pos.unwrap_or(cur) };
        if at.saturating_add(bytes.len() as u64) > MAX_FILE_SIZE {
            return Err(errno::EFBIG);
        }
        // NOTE: Linux leaves a hole before a write past the end; ours is only a tail (see
        // `Body::File`): the bytes up to the write are held, zeros, so their size is capped
        // (a guest's far `pwrite` is an error, not an abort).
        let start = usize::try_from(at).ok().filter(|&s| s as u64 <= MAX_HELD_SIZE).ok_or(errno::EFBIG)?;
        let end = start + bytes.len();
        if end as u64 > MAX_HELD_SIZE {
            return Err(errno::EFBIG);
        }
        if end > data.len() {
            data.try_reserve_exact(end - data.len()).map_err(|_| errno::ENOSPC)?;
        }
        if start == data.len() {
            // Appending (a fresh or truncated file): one copy, no zero-fill first.
            data.extend_from_slice(bytes);
        } else {
            if end > data.len() {
                data.resize(end, 0);
            }
            data[start..end].copy_from_slice(bytes);
        }
        *zeros = size.max(end as u64) - data.len() as u64;
        if !bytes.is_empty() {
            self.touch_mc(ino);
            self.note_fd_change(fd, ino);
        }
        if pos.is_none() || append {
            if let Some(f) = self.fds.get_mut(&fd) {
                if pos.is_none() {
                    f.pos = end as u64;
                }
            }
        }
        Ok(bytes.len())
    }

    /// `ftruncate(2)`.
    ///
    /// # Errors
    /// `EBADF`, `EINVAL` (not open for writing, or not a file).
    pub fn ftruncate(&mut self, fd: i32, len: u64) -> Result<(), Errno> {
        let file = self.open_file(fd)?;
        if !file.flags.write {
            return Err(errno::EINVAL);
        }
        let ino = file.ino;
        if self.inode(ino).file_type() != FileType::File {
            return Err(errno::EINVAL);
        }
        self.set_len(ino, len)?;
        self.note_fd_change(fd, ino);
        Ok(())
    }

    /// Report a change to `ino` made through descriptor `fd`.
    pub(super) fn note_fd_change(&mut self, fd: i32, ino: Ino) {
        let entry = self.fds.get(&fd).and_then(|f| f.entry.clone());
        self.note_change(ino, entry.as_ref().map(|(d, n)| (*d, n.as_str())));
    }

    /// `fstat(2)`.
    ///
    /// # Errors
    /// `EBADF`.
    pub fn fstat(&self, fd: i32) -> Result<Stat, Errno> {
        let ino = self.open_file(fd)?.ino;
        Ok(Stat::of(ino, self.inode(ino)))
    }

    /// `fsync(2)`/`fdatasync(2)`: nothing to flush, but the descriptor must be open.
    ///
    /// # Errors
    /// `EBADF`; `EINVAL` for a device or pipe, which cannot be synced.
    pub fn fsync(&self, fd: i32) -> Result<(), Errno> {
        let ino = self.open_file(fd)?.ino;
        match self.device_of(ino) {
            Some(_) => Err(errno::EINVAL),
            None => Ok(()),
        }
    }

    /// The inode a descriptor refers to.
    ///
    /// # Errors
    /// `EBADF`.
    pub fn fd_ino(&self, fd: i32) -> Result<Ino, Errno> {
        self.open_file(fd).map(|f| f.ino)
    }

    /// Resize file `ino`, zero-filling.
    pub(super) fn set_len(&mut self, ino: Ino, len: u64) -> Result<(), Errno> {
        if self.device_of(ino).is_some() {
            return Err(errno::EINVAL);
        }
        if len > MAX_FILE_SIZE {
            return Err(errno::EFBIG);
        }
        self.materialize(ino)?;
        if let Body::File { data, zeros, .. } = &mut self.inode_mut(ino).body {
            // Shorter: cut the held bytes; longer: a sparse tail of zeros.
            if let Some(held) = usize::try_from(len).ok().filter(|&n| n <= data.len()) {
                data.truncate(held);
            }
            *zeros = len - data.len() as u64;
        }
        self.touch_mc(ino);
        Ok(())
    }
}
