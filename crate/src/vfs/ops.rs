//! The VFS's path operations, each with Linux's errors: mkdir, rmdir, unlink, rename, link,
//! symlink, readlink, readdir, stat/lstat, realpath, truncate, chmod, chown, utimes, access,
//! copyfile.

use super::inode::{Body, FileType, Stat};
use super::watch::WatchEvent;
use super::{flags, Ino, Vfs, NAME_MAX, PATH_MAX, ROOT};
use crate::errno::{self, Errno};
use std::collections::{BTreeMap, HashSet};

/// `access(2)`'s execute bit (`R_OK` 4 and `W_OK` 2 are checked by bit position).
pub const X_OK: u32 = 1;

/// `fs.constants.COPYFILE_*`: the `mode` bits of [`Vfs::copy_file`].
pub mod copy_mode {
    /// Fail with `EEXIST` when the destination exists.
    pub const EXCL: u32 = 1;
    /// Share the source's blocks or fail (`COPYFILE_FICLONE` alone falls back to a copy).
    pub const FICLONE_FORCE: u32 = 4;
}

impl Vfs {
    /// Add entry `name` → `ino` to directory `dir`.
    pub(super) fn insert_entry(&mut self, dir: Ino, name: &str, ino: Ino) {
        let is_dir = self.inode(ino).file_type() == FileType::Directory;
        if let Body::Dir { entries, hidden, .. } = &mut self.inode_mut(dir).body {
            entries.insert(name.to_string(), ino);
            hidden.remove(name);
        }
        self.note_entry(dir, name, WatchEvent::Rename);
        if is_dir {
            self.inode_mut(dir).nlink += 1;
            if let Body::Dir { parent, .. } = &mut self.inode_mut(ino).body {
                *parent = dir;
            }
        }
        self.touch_mc(dir);
    }

    /// Remove entry `name` from directory `dir` (hiding the lower layer's entry of that name).
    /// `note`: report the entry's removal to watchers now (unlink and rmdir report it after
    /// the inode's own events, as inotify does).
    fn remove_entry(&mut self, dir: Ino, name: &str, note: bool) -> Option<Ino> {
        let Body::Dir { entries, hidden, lower, .. } = &mut self.inode_mut(dir).body else { return None };
        let ino = entries.remove(name)?;
        if lower.is_some() {
            hidden.insert(name.to_string());
        }
        if self.inode(ino).file_type() == FileType::Directory {
            self.inode_mut(dir).nlink -= 1;
        }
        self.touch_mc(dir);
        if note {
            self.note_entry(dir, name, WatchEvent::Rename);
        }
        Some(ino)
    }

    /// Drop one link of `ino` (a directory loses both of its own).
    fn unlink_inode(&mut self, ino: Ino) {
        let now = self.now();
        let inode = self.inode_mut(ino);
        inode.nlink = if inode.file_type() == FileType::Directory { 0 } else { inode.nlink.saturating_sub(1) };
        inode.ctime = now;
        if inode.file_type() != FileType::Directory {
            // The link count is an attribute: `IN_ATTRIB` before the entry goes.
            self.note_self(ino, WatchEvent::Change);
        }
        self.collect(ino);
    }

    fn is_empty_dir(&mut self, ino: Ino) -> bool {
        self.list_lower(ino);
        matches!(&self.inode(ino).body, Body::Dir { entries, .. } if entries.is_empty())
    }

    /// `mkdir(2)`.
    ///
    /// # Errors
    /// `EEXIST`, `ENOENT` (missing parent), `ENOTDIR`.
    pub fn mkdir(&mut self, path: &str, mode: u32) -> Result<(), Errno> {
        let walk = self.walk(path, false)?;
        if walk.ino.is_some() {
            return Err(errno::EEXIST);
        }
        let body = Body::Dir {
            entries: BTreeMap::new(),
            parent: walk.parent,
            lower: None,
            listed: true,
            hidden: HashSet::new(),
        };
        // As Linux's: only the permission and sticky bits of `mode` count (less the umask), and
        // a directory made in a set-group-ID directory is set-group-ID too.
        let inherited = self.inode(walk.parent).perm & 0o2000;
        let ino = self.alloc(body, (mode & 0o1777 & !self.umask) | inherited);
        self.insert_entry(walk.parent, &walk.name, ino);
        Ok(())
    }

    /// `rmdir(2)`.
    ///
    /// # Errors
    /// `ENOENT`, `ENOTDIR`, `ENOTEMPTY`, `EINVAL` (`.`), `EBUSY` (`/`).
    pub fn rmdir(&mut self, path: &str) -> Result<(), Errno> {
        let walk = self.walk(path, false)?;
        let ino = walk.ino.ok_or(errno::ENOENT)?;
        if self.inode(ino).file_type() != FileType::Directory {
            return Err(errno::ENOTDIR);
        }
        match walk.name.as_str() {
            "." => return Err(errno::EINVAL),
            ".." => return Err(errno::ENOTEMPTY),
            _ if ino == ROOT => return Err(errno::EBUSY),
            _ => {}
        }
        if !self.is_empty_dir(ino) {
            return Err(errno::ENOTEMPTY);
        }
        self.remove_entry(walk.parent, &walk.name, false);
        self.unlink_inode(ino);
        self.note_entry(walk.parent, &walk.name, WatchEvent::Rename);
        Ok(())
    }

    /// `unlink(2)`.
    ///
    /// # Errors
    /// `ENOENT`, `EISDIR`, `ENOTDIR`.
    pub fn unlink(&mut self, path: &str) -> Result<(), Errno> {
        let walk = self.walk(path, false)?;
        let ino = walk.ino.ok_or(errno::ENOENT)?;
        if self.inode(ino).file_type() == FileType::Directory {
            return Err(errno::EISDIR);
        }
        if walk.trailing_slash {
            return Err(errno::ENOTDIR);
        }
        self.remove_entry(walk.parent, &walk.name, false);
        self.unlink_inode(ino);
        self.note_entry(walk.parent, &walk.name, WatchEvent::Rename);
        Ok(())
    }

    /// Is `ancestor` the directory `dir` or one of its ancestors?
    fn is_ancestor(&self, ancestor: Ino, mut dir: Ino) -> bool {
        loop {
            if dir == ancestor {
                return true;
            }
            let parent = self.parent_of(dir);
            if parent == dir {
                return false;
            }
            dir = parent;
        }
    }

    /// `rename(2)`.
    ///
    /// # Errors
    /// `ENOENT`, `ENOTDIR`, `EISDIR`, `ENOTEMPTY`, `EINVAL` (into itself), `EBUSY`.
    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), Errno> {
        // As Linux: both parents, then `.`/`..` names, then the source's lookup, then the
        // target's (an over-long target name fails only once the source is found).
        let src = self.walk_defer_long(from)?;
        let dst = self.walk_defer_long(to)?;
        if matches!(src.name.as_str(), "." | ".." | "/") || matches!(dst.name.as_str(), "." | ".." | "/") {
            return Err(errno::EBUSY);
        }
        if src.name.len() > NAME_MAX {
            return Err(errno::ENAMETOOLONG);
        }
        let ino = src.ino.ok_or(errno::ENOENT)?;
        if dst.name.len() > NAME_MAX {
            return Err(errno::ENAMETOOLONG);
        }
        let src_is_dir = self.inode(ino).file_type() == FileType::Directory;
        if (src.trailing_slash || dst.trailing_slash) && !src_is_dir {
            return Err(errno::ENOTDIR);
        }
        // Linux's lock_rename "trap": moving a directory under itself, or onto an ancestor.
        if src_is_dir && src.parent != dst.parent && self.is_ancestor(ino, dst.parent) {
            return Err(errno::EINVAL);
        }
        if let Some(target) = dst.ino {
            if target != ino && src.parent != dst.parent && self.is_ancestor(target, src.parent) {
                return Err(errno::ENOTEMPTY);
            }
        }
        if let Some(target) = dst.ino {
            if target == ino {
                return Ok(());
            }
            let dst_is_dir = self.inode(target).file_type() == FileType::Directory;
            if src_is_dir && !dst_is_dir {
                return Err(errno::ENOTDIR);
            }
            if !src_is_dir && dst_is_dir {
                return Err(errno::EISDIR);
            }
            if dst_is_dir && !self.is_empty_dir(target) {
                return Err(errno::ENOTEMPTY);
            }
            self.remove_entry(dst.parent, &dst.name, true);
            self.unlink_inode(target);
        }
        self.remove_entry(src.parent, &src.name, true);
        self.insert_entry(dst.parent, &dst.name, ino);
        let now = self.now();
        self.inode_mut(ino).ctime = now;
        self.note_self(ino, WatchEvent::Rename);
        Ok(())
    }

    /// `link(2)` (the source's symlink is not followed, as Linux's `linkat` without flags).
    ///
    /// # Errors
    /// `ENOENT`, `EEXIST`, `EPERM` (a directory).
    pub fn link(&mut self, existing: &str, new: &str) -> Result<(), Errno> {
        let trailing = existing.len() > 1 && existing.ends_with('/');
        let src = self.walk(existing, trailing)?;
        let ino = src.ino.ok_or(errno::ENOENT)?;
        if trailing && self.inode(ino).file_type() != FileType::Directory {
            return Err(errno::ENOTDIR);
        }
        let dst = self.walk(new, false)?;
        if dst.ino.is_some() {
            return Err(errno::EEXIST);
        }
        if dst.trailing_slash {
            return Err(errno::ENOENT);
        }
        if self.inode(ino).file_type() == FileType::Directory {
            return Err(errno::EPERM);
        }
        self.inode_mut(ino).nlink += 1;
        let now = self.now();
        self.inode_mut(ino).ctime = now;
        self.note_self(ino, WatchEvent::Change);
        self.insert_entry(dst.parent, &dst.name, ino);
        Ok(())
    }

    /// `symlink(2)`: a link at `path` holding `target`.
    ///
    /// # Errors
    /// `EEXIST`, `ENOENT` (missing parent or empty target), `ENAMETOOLONG` (a target past
    /// `PATH_MAX`).
    pub fn symlink(&mut self, target: &str, path: &str) -> Result<(), Errno> {
        // As Linux: the target is read (an empty one refused, one of 4096 bytes or more too long)
        // before the path is looked at.
        if target.is_empty() {
            return Err(errno::ENOENT);
        }
        if target.len() > PATH_MAX {
            return Err(errno::ENAMETOOLONG);
        }
        let walk = self.walk(path, false)?;
        if walk.ino.is_some() {
            return Err(errno::EEXIST);
        }
        if walk.trailing_slash {
            return Err(errno::ENOENT);
        }
        let ino = self.alloc(Body::Symlink(target.to_string()), 0o777);
        self.insert_entry(walk.parent, &walk.name, ino);
        Ok(())
    }

    /// `readlink(2)`.
    ///
    /// # Errors
    /// `ENOENT`, `EINVAL` (not a symlink).
    pub fn readlink(&mut self, path: &str) -> Result<String, Errno> {
        let ino = self.resolve(path, false)?;
        let Body::Symlink(target) = &self.inode(ino).body else { return Err(errno::EINVAL) };
        let target = target.clone();
        self.touch_atime(ino);
        Ok(target)
    }

    /// `scandir(3)` as libuv does it: the entries of a directory, sorted by name, with types.
    ///
    /// # Errors
    /// `ENOENT`, `ENOTDIR`.
    pub fn readdir(&mut self, path: &str) -> Result<Vec<(String, FileType)>, Errno> {
        let ino = self.resolve(path, true)?;
        if self.inode(ino).file_type() != FileType::Directory {
            return Err(errno::ENOTDIR);
        }
        self.list_lower(ino);
        self.touch_atime(ino);
        let Body::Dir { entries, .. } = &self.inode(ino).body else { return Err(errno::ENOTDIR) };
        Ok(entries.iter().map(|(name, &i)| (name.clone(), self.inode(i).file_type())).collect())
    }

    /// `stat(2)` (`follow`) or `lstat(2)`.
    ///
    /// # Errors
    /// Resolution errors.
    pub fn stat(&mut self, path: &str, follow: bool) -> Result<Stat, Errno> {
        let ino = self.resolve(path, follow)?;
        Ok(Stat::of(ino, self.inode(ino)))
    }

    /// `realpath(3)`: the absolute path with no symlinks, `.` or `..`.
    ///
    /// # Errors
    /// Resolution errors; `ENOENT` when the target is missing.
    pub fn realpath(&mut self, path: &str) -> Result<String, Errno> {
        let walk = self.walk(path, true)?;
        let ino = walk.ino.ok_or(errno::ENOENT)?;
        if self.inode(ino).file_type() == FileType::Directory {
            return Ok(self.dir_path(ino));
        }
        Ok(super::path::join(&self.dir_path(walk.parent), &walk.name))
    }

    /// `truncate(2)`.
    ///
    /// # Errors
    /// `ENOENT`, `EISDIR`, `EINVAL` (a device; a negative length is the caller's).
    pub fn truncate(&mut self, path: &str, len: u64) -> Result<(), Errno> {
        let (ino, entry) = self.target_entry(Some(path), -1, true)?;
        if self.inode(ino).file_type() == FileType::Directory {
            return Err(errno::EISDIR);
        }
        self.set_len(ino, len)?;
        self.note_change(ino, entry.as_ref().map(|(d, n)| (*d, n.as_str())));
        Ok(())
    }

    /// The inode at `path`, or the one descriptor `fd` refers to when `path` is `None`, with the
    /// directory entry it was reached through (for `fs.watch`).
    fn target_entry(
        &mut self,
        path: Option<&str>,
        fd: i32,
        follow: bool,
    ) -> Result<(Ino, Option<(Ino, String)>), Errno> {
        let Some(p) = path else {
            let file = self.fds.get(&fd).ok_or(errno::EBADF)?;
            return Ok((file.ino, file.entry.clone()));
        };
        let ino = self.resolve(p, follow)?;
        // The entry holding the final inode: resolve the parent, then look the name up there.
        let walk = self.walk(p, follow)?;
        let entry = (walk.ino == Some(ino) && !matches!(walk.name.as_str(), "." | ".." | "/"))
            .then_some((walk.parent, walk.name));
        Ok((ino, entry))
    }

    /// Stamp an attribute change of `ino` (reached as `entry`) for watchers.
    fn attrib_changed(&mut self, ino: Ino, entry: Option<(Ino, String)>) {
        self.note_change(ino, entry.as_ref().map(|(d, n)| (*d, n.as_str())));
    }

    /// `chmod(2)` / `lchmod` / `fchmod(2)` (`path` `None` means descriptor `fd`).
    ///
    /// # Errors
    /// Resolution errors, `EBADF`.
    pub fn chmod(&mut self, path: Option<&str>, fd: i32, mode: u32, follow: bool) -> Result<(), Errno> {
        let (ino, entry) = self.target_entry(path, fd, follow)?;
        let now = self.now();
        let inode = self.inode_mut(ino);
        inode.perm = mode & 0o7777;
        inode.ctime = now;
        self.attrib_changed(ino, entry);
        Ok(())
    }

    /// `chown(2)` / `lchown(2)` / `fchown(2)`; `u32::MAX` leaves an id as it is.
    ///
    /// # Errors
    /// Resolution errors, `EBADF`.
    pub fn chown(&mut self, path: Option<&str>, fd: i32, uid: u32, gid: u32, follow: bool) -> Result<(), Errno> {
        let (ino, entry) = self.target_entry(path, fd, follow)?;
        let now = self.now();
        let inode = self.inode_mut(ino);
        if uid != u32::MAX {
            inode.uid = uid;
        }
        if gid != u32::MAX {
            inode.gid = gid;
        }
        inode.ctime = now;
        self.attrib_changed(ino, entry);
        Ok(())
    }

    /// `utimensat(2)` / `futimens(2)`: times in nanoseconds since the epoch.
    ///
    /// # Errors
    /// Resolution errors, `EBADF`.
    pub fn utimes(&mut self, path: Option<&str>, fd: i32, atime: i64, mtime: i64, follow: bool) -> Result<(), Errno> {
        let (ino, entry) = self.target_entry(path, fd, follow)?;
        let now = self.now();
        let inode = self.inode_mut(ino);
        inode.atime = atime;
        inode.mtime = mtime;
        inode.ctime = now;
        self.attrib_changed(ino, entry);
        Ok(())
    }

    /// `access(2)`: does `path` exist and allow `mode` (`F_OK` 0, or `R_OK|W_OK|X_OK`)?
    ///
    /// # Errors
    /// Resolution errors, `EACCES`.
    pub fn access(&mut self, path: &str, mode: u32) -> Result<(), Errno> {
        let ino = self.resolve(path, true)?;
        let inode = self.inode(ino);
        let perm = inode.perm;
        let allowed = if self.uid == 0 {
            // Root may read and write anything, and execute what anyone may.
            mode & X_OK == 0 || inode.file_type() == FileType::Directory || perm & 0o111 != 0
        } else {
            let bits = if inode.uid == self.uid {
                perm >> 6
            } else if inode.gid == self.gid {
                perm >> 3
            } else {
                perm
            } & 7;
            mode & 7 & !bits == 0
        };
        if allowed {
            Ok(())
        } else {
            Err(errno::EACCES)
        }
    }

    /// `uv_fs_copyfile`: copy `src`'s bytes and mode to `dst`; `mode` holds `fs.constants`'
    /// `COPYFILE_*` bits (see [`copy_mode`]).
    ///
    /// # Errors
    /// `ENOENT`, `EEXIST` (`EXCL` and `dst` exists), `EISDIR`, `ENOTSUP` (`FICLONE_FORCE`: the
    /// VFS cannot share blocks, like ext4 or tmpfs), resolution errors.
    pub fn copy_file(&mut self, src: &str, dst: &str, mode: u32) -> Result<(), Errno> {
        let from = self.open(src, flags::O_RDONLY, 0)?;
        let result = self.copy_from(from, dst, mode);
        let _ = self.close(from);
        result
    }

    fn copy_from(&mut self, from: i32, dst: &str, mode: u32) -> Result<(), Errno> {
        let ino = self.fd_ino(from)?;
        let perm = self.inode(ino).perm;
        let mut bits = flags::O_WRONLY | flags::O_CREAT;
        if mode & copy_mode::EXCL != 0 {
            bits |= flags::O_EXCL;
        }
        let to = self.open(dst, bits, perm)?;
        // libuv's order: a destination that is the source is left alone; otherwise it is
        // truncated and given the source's mode before any byte is copied, so a copy that then
        // fails (a directory source) leaves it so.
        let result = (|| {
            let target = self.fd_ino(to)?;
            if target == ino {
                return Ok(());
            }
            self.set_len(target, 0)?;
            self.chmod(None, to, perm, true)?;
            if mode & copy_mode::FICLONE_FORCE != 0 {
                return Err(errno::ENOTSUP);
            }
            if self.inode(ino).file_type() == FileType::Directory {
                return Err(errno::EISDIR);
            }
            let bytes = self.read_to_end(from)?;
            self.write(to, &bytes, Some(0))?;
            Ok(())
        })();
        let _ = self.close(to);
        if result.is_err() {
            // As libuv's copyfile: a destination it opened is removed when the copy fails.
            let _ = self.unlink(dst);
        }
        result
    }
}
