//! Change notification for `fs.watch`: the VFS's answer to Linux's inotify.
//!
//! How and why: a watcher is attached to an *inode* (the path is resolved once, following
//! symlinks, as `inotify_add_watch` does), so it follows renames and dies with its inode. The
//! operations in `ops.rs` and `fd.rs` report two kinds of happenings:
//!
//! - an *entry* event (`dir`, `name`): something was created, removed, renamed, written or
//!   had its attributes changed under directory `dir`. Watchers of `dir` see `name`; recursive
//!   watchers of an ancestor see the path relative to themselves.
//! - a *self* event on inode `ino`: it was written, had its attributes changed, was moved, or
//!   was deleted. Watchers of `ino` see the basename of the path they were created with.
//!
//! Each maps to libuv's two event types the way libuv maps inotify masks: `IN_MODIFY` and
//! `IN_ATTRIB` are `change`, everything else is `rename`. Like the kernel's queue, an event equal
//! to the last one still queued is dropped (so one `writeFileSync` seen by one watcher gives one
//! `change`; a file watched both directly and through its directory gets two each, as on Linux).
//! As in libuv, the non-recursive watchers of one inode share one inotify watch: an event is
//! queued once for all of them (and dropped for all of them), each hears it in the order they
//! were created, and a self event names the basename of the first one's path.
//! The runtime drains the queue from the poll phase (`bindings/fs.rs`), as Node reads inotify.

use super::{Ino, Vfs};
use std::collections::BTreeMap;

/// libuv's `uv_fs_event` types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchEvent {
    /// `IN_CREATE`, `IN_DELETE`, `IN_MOVED_*`, `IN_DELETE_SELF`, `IN_MOVE_SELF`, `IN_IGNORED`.
    Rename,
    /// `IN_MODIFY`, `IN_ATTRIB`.
    Change,
}

impl WatchEvent {
    /// The name Node gives the event type.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rename => "rename",
            Self::Change => "change",
        }
    }
}

/// A watcher's id, as `Vfs::watch` returns it.
pub type WatchId = u32;

struct Watcher {
    ino: Ino,
    recursive: bool,
    /// The basename of the watched path, reported for self events.
    name: String,
}

/// What stands for one inotify watch: an inode's non-recursive watchers share one, a recursive
/// watcher has its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WatchKey {
    Inode(Ino),
    Recursive(WatchId),
}

/// The watchers of one filesystem and their undelivered events.
#[derive(Default)]
pub struct Watches {
    next_id: WatchId,
    watchers: BTreeMap<WatchId, Watcher>,
    queue: Vec<(WatchId, WatchEvent, String)>,
    /// The last event queued for the kernel's inotify watch it stands for, until delivery.
    last: Option<(WatchKey, WatchEvent, String)>,
    /// A delivery is already on its way (see [`Vfs::watch_delivery_due`]).
    scheduled: bool,
}

impl Watches {
    fn key(&self, id: WatchId) -> Option<WatchKey> {
        let w = self.watchers.get(&id)?;
        Some(if w.recursive { WatchKey::Recursive(id) } else { WatchKey::Inode(w.ino) })
    }

    /// Queue one event for watchers `ids` (in id order), as one event per inotify watch they
    /// share: an event equal to the last one queued is dropped.
    fn push(&mut self, ids: &[(WatchId, String)], kind: WatchEvent) {
        let mut done: Vec<WatchKey> = Vec::new();
        for (id, name) in ids {
            let Some(key) = self.key(*id) else { continue };
            if done.contains(&key) {
                continue;
            }
            done.push(key);
            let event = (key, kind, name.clone());
            if self.last.as_ref() == Some(&event) {
                continue;
            }
            for (other, _) in ids {
                if self.key(*other) == Some(key) {
                    self.queue.push((*other, kind, name.clone()));
                }
            }
            self.last = Some(event);
        }
    }
}

impl Vfs {
    /// Start watching what `path` names (symlinks followed); `recursive` also reports changes
    /// anywhere below a directory.
    ///
    /// # Errors
    /// Resolution errors (`ENOENT`, `ENOTDIR`, `ELOOP`, ...).
    pub fn watch(&mut self, path: &str, recursive: bool) -> Result<WatchId, crate::errno::Errno> {
        let ino = self.resolve(path, true)?;
        let name = path.trim_end_matches('/').rsplit('/').next().unwrap_or("").to_string();
        let w = &mut self.watches;
        w.next_id += 1;
        let id = w.next_id;
        w.watchers.insert(id, Watcher { ino, recursive, name });
        Ok(id)
    }

    /// Stop watcher `id`, dropping its undelivered events. Unknown ids are ignored.
    pub fn unwatch(&mut self, id: WatchId) {
        self.watches.watchers.remove(&id);
        self.watches.queue.retain(|(i, _, _)| *i != id);
    }

    /// Take every undelivered event, oldest first.
    pub fn take_watch_events(&mut self) -> Vec<(WatchId, WatchEvent, String)> {
        self.watches.scheduled = false;
        self.watches.last = None;
        std::mem::take(&mut self.watches.queue)
    }

    /// Whether events wait and nobody has been asked to deliver them yet; answering `true`
    /// marks the delivery as asked for (until [`Vfs::take_watch_events`]).
    pub fn watch_delivery_due(&mut self) -> bool {
        let w = &mut self.watches;
        if w.queue.is_empty() || w.scheduled {
            return false;
        }
        w.scheduled = true;
        true
    }

    /// Report an event on entry `name` of directory `dir`.
    pub(super) fn note_entry(&mut self, dir: Ino, name: &str, kind: WatchEvent) {
        if self.watches.watchers.is_empty() {
            return;
        }
        let hits: Vec<(WatchId, String)> = self
            .watches
            .watchers
            .iter()
            .filter_map(|(&id, w)| {
                if w.ino == dir {
                    Some((id, name.to_string()))
                } else if w.recursive {
                    self.relative_dir(w.ino, dir).map(|rel| (id, format!("{rel}/{name}")))
                } else {
                    None
                }
            })
            .collect();
        self.watches.push(&hits, kind);
    }

    /// Report an event on inode `ino` itself.
    pub(super) fn note_self(&mut self, ino: Ino, kind: WatchEvent) {
        if self.watches.watchers.is_empty() {
            return;
        }
        self.watches.push(&self.self_hits(ino), kind);
    }

    /// The watchers of inode `ino` and the name each reports for a self event: the basename of
    /// the path of the first watcher sharing its inotify watch (a recursive one's own).
    fn self_hits(&self, ino: Ino) -> Vec<(WatchId, String)> {
        let w = &self.watches;
        let first_plain = w.watchers.values().find(|x| x.ino == ino && !x.recursive).map(|x| x.name.clone());
        w.watchers
            .iter()
            .filter(|(_, x)| x.ino == ino)
            .map(|(&id, x)| (id, if x.recursive { x.name.clone() } else { first_plain.clone().unwrap_or_default() }))
            .collect()
    }

    /// Report a content or attribute change of `ino`, reached through entry (`dir`, `name`)
    /// when known.
    pub(super) fn note_change(&mut self, ino: Ino, entry: Option<(Ino, &str)>) {
        if self.watches.watchers.is_empty() {
            return;
        }
        // The directory's watchers hear of it first, as inotify reports it.
        if let Some((dir, name)) = entry {
            self.note_entry(dir, name, WatchEvent::Change);
        }
        self.note_self(ino, WatchEvent::Change);
    }

    /// An inode lost its last link: its watchers see it go (`IN_DELETE_SELF`, `IN_IGNORED`)
    /// and are dropped, as the kernel drops the watch.
    pub(super) fn note_gone(&mut self, ino: Ino) {
        if !self.watches.watchers.values().any(|w| w.ino == ino) {
            return;
        }
        self.note_self(ino, WatchEvent::Rename);
        let hits = self.self_hits(ino);
        for (id, name) in &hits {
            self.watches.queue.push((*id, WatchEvent::Rename, name.clone()));
        }
        for (id, _) in hits {
            self.watches.watchers.remove(&id);
        }
        self.watches.last = None;
    }

    /// The path of directory `dir` relative to directory `ancestor`, when it is strictly below.
    fn relative_dir(&self, ancestor: Ino, dir: Ino) -> Option<String> {
        let mut parts = Vec::new();
        let mut cur = dir;
        while cur != ancestor {
            let parent = self.parent_of(cur);
            if parent == cur {
                return None;
            }
            let super::inode::Body::Dir { entries, .. } = &self.inode(parent).body else { return None };
            let (name, _) = entries.iter().find(|(_, &i)| i == cur)?;
            parts.push(name.as_str());
            cur = parent;
        }
        if parts.is_empty() {
            return None;
        }
        parts.reverse();
        Some(parts.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::super::flags;
    use super::*;

    fn events(vfs: &mut Vfs) -> Vec<String> {
        vfs.take_watch_events().into_iter().map(|(id, k, n)| format!("{id} {} {n}", k.as_str())).collect()
    }

    #[test]
    fn directory_and_file_watchers_see_what_inotify_reports() {
        let mut vfs = Vfs::new(None, "/");
        vfs.mkdir("/tmp/d", 0o777).unwrap();
        vfs.write_file("/tmp/d/f", b"x".to_vec()).unwrap();
        let dir = vfs.watch("/tmp/d", false).unwrap();
        let file = vfs.watch("/tmp/d/f", false).unwrap();
        assert!(!vfs.watch_delivery_due());
        vfs.write_file("/tmp/d/f", b"yy".to_vec()).unwrap();
        assert!(vfs.watch_delivery_due());
        assert!(!vfs.watch_delivery_due(), "one delivery at a time");
        // Truncation and the write are two IN_MODIFY each, directory first (as Node shows them).
        assert_eq!(
            events(&mut vfs),
            [
                format!("{dir} change f"),
                format!("{file} change f"),
                format!("{dir} change f"),
                format!("{file} change f")
            ]
        );
        vfs.write_file("/tmp/d/g", b"new".to_vec()).unwrap();
        assert_eq!(events(&mut vfs), [format!("{dir} rename g"), format!("{dir} change g")]);
        vfs.rename("/tmp/d/f", "/tmp/d/h").unwrap();
        assert_eq!(
            events(&mut vfs),
            [format!("{dir} rename f"), format!("{dir} rename h"), format!("{file} rename f")]
        );
        vfs.unlink("/tmp/d/h").unwrap();
        assert_eq!(
            events(&mut vfs),
            [
                format!("{file} change f"),
                format!("{file} rename f"),
                format!("{file} rename f"),
                format!("{dir} rename h")
            ]
        );
        // The file's watch died with its inode.
        vfs.write_file("/tmp/d/h", b"again".to_vec()).unwrap();
        assert_eq!(events(&mut vfs), [format!("{dir} rename h"), format!("{dir} change h")]);
        vfs.unwatch(dir);
        vfs.mkdir("/tmp/d/sub", 0o777).unwrap();
        assert!(events(&mut vfs).is_empty());
    }

    #[test]
    fn recursive_watchers_see_relative_paths() {
        let mut vfs = Vfs::new(None, "/");
        vfs.mkdir_all("/tmp/r/a/b").unwrap();
        let id = vfs.watch("/tmp/r", true).unwrap();
        let fd = vfs.open("/tmp/r/a/b/f", flags::O_WRONLY | flags::O_CREAT, 0o666).unwrap();
        vfs.write(fd, b"1", None).unwrap();
        vfs.write(fd, b"2", None).unwrap();
        vfs.close(fd).unwrap();
        vfs.chmod(Some("/tmp/r/a"), -1, 0o700, true).unwrap();
        assert_eq!(
            events(&mut vfs),
            [format!("{id} rename a/b/f"), format!("{id} change a/b/f"), format!("{id} change a")]
        );
    }

    #[test]
    fn watchers_of_one_inode_share_one_inotify_watch() {
        let mut vfs = Vfs::new(None, "/");
        vfs.mkdir("/tmp/d", 0o777).unwrap();
        vfs.write_file("/tmp/d/f", b"x".to_vec()).unwrap();
        vfs.symlink("f", "/tmp/d/l").unwrap();
        let a = vfs.watch("/tmp/d/f", false).unwrap();
        let b = vfs.watch("/tmp/d/l", false).unwrap();
        // Truncation and the write: two equal IN_MODIFY, the second dropped for both watchers.
        vfs.write_file("/tmp/d/f", b"yy".to_vec()).unwrap();
        assert_eq!(events(&mut vfs), [format!("{a} change f"), format!("{b} change f")]);
        vfs.unlink("/tmp/d/f").unwrap();
        assert_eq!(
            events(&mut vfs),
            [
                format!("{a} change f"),
                format!("{b} change f"),
                format!("{a} rename f"),
                format!("{b} rename f"),
                format!("{a} rename f"),
                format!("{b} rename f")
            ]
        );
    }

    #[test]
    fn nothing_is_recorded_without_watchers() {
        let mut vfs = Vfs::new(None, "/");
        vfs.write_file("/tmp/x", b"1".to_vec()).unwrap();
        assert!(!vfs.watch_delivery_due());
        assert_eq!(vfs.watch("/tmp/missing", false), Err(crate::errno::ENOENT));
    }
}
