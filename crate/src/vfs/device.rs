//! Device nodes: `/dev/null`, `/dev/zero`, and the standard streams: descriptors 0, 1 and 2,
//! also reached by path as `/dev/stdin`, `/dev/stdout` and `/dev/stderr` (symlinks to
//! `/proc/self/fd/N`, as on Linux).
//!
//! A device keeps no bytes. The null device swallows writes and reads as empty; the zero device
//! reads as zeros; the streams' bytes come from and go to the runtime's host through
//! [`StdStreams`] (its stdin source, its stdout and stderr output), so `fs.writeSync(1, …)`,
//! `fs.writeFileSync('/dev/stdout', …)` and `process.stdout.write` land in one place, in order,
//! and `fs.readFileSync(0)` reads what `process.stdin` would.
//!
//! The streams are pipes, as when node runs in a shell pipeline (how the differential tests run
//! it): `fstat` says FIFO, positioned reads and writes fail with `ESPIPE`, `ftruncate` and
//! `fsync` with `EINVAL`.

use super::fd::{OpenFile, OpenFlags};
use super::inode::{Body, FileType};
use super::{Ino, Vfs};
use crate::errno::{self, Errno};

/// What a device node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Device {
    Null,
    Zero,
    Stdin,
    Stdout,
    Stderr,
}

impl Device {
    #[must_use]
    pub fn file_type(self) -> FileType {
        match self {
            Self::Null | Self::Zero => FileType::CharDevice,
            Self::Stdin | Self::Stdout | Self::Stderr => FileType::Fifo,
        }
    }

    /// `st_rdev`: Linux's device numbers (major 1, minor 3 and 5) as glibc's `makedev` packs them.
    #[must_use]
    pub fn rdev(self) -> u64 {
        match self {
            Self::Null => 259,
            Self::Zero => 261,
            Self::Stdin | Self::Stdout | Self::Stderr => 0,
        }
    }

    /// A pipe: it has no positions (`pread`/`pwrite` fail with `ESPIPE`).
    #[must_use]
    pub fn is_stream(self) -> bool {
        self.file_type() == FileType::Fifo
    }
}

/// Where the standard streams' bytes come from and go: the runtime's host.
pub trait StdStreams {
    /// The next bytes of standard input; empty at its end.
    fn read_stdin(&self) -> Vec<u8>;
    fn write_stdout(&self, bytes: &[u8]);
    fn write_stderr(&self, bytes: &[u8]);
}

impl Vfs {
    /// Make `/dev/null`, `/dev/zero`, the three streams (`/proc/self/fd/0`–`2`, linked from
    /// `/dev/stdin`, `/dev/stdout`, `/dev/stderr`) and open them as descriptors 0, 1 and 2.
    /// Returns the directories made for them (`/dev`, `/proc`), which snapshots leave out.
    pub(super) fn install_devices(&mut self) -> Vec<Ino> {
        let mut made = Vec::new();
        let (Some(dev), Some(fd_dir)) = (self.system_dir("/dev"), self.system_dir("/proc/self/fd")) else {
            return made;
        };
        made.push(dev);
        if let Ok(proc) = self.resolve("/proc", true) {
            made.push(proc);
        }
        for (name, device) in [("null", Device::Null), ("zero", Device::Zero)] {
            let ino = self.alloc(Body::Device(device), 0o666);
            self.insert_entry(dev, name, ino);
        }
        for (fd, device, name) in
            [(0, Device::Stdin, "stdin"), (1, Device::Stdout, "stdout"), (2, Device::Stderr, "stderr")]
        {
            let ino = self.alloc(Body::Device(device), 0o600);
            self.insert_entry(fd_dir, &fd.to_string(), ino);
            let link = self.alloc(Body::Symlink(format!("/proc/self/fd/{fd}")), 0o777);
            self.insert_entry(dev, name, link);
            let flags = OpenFlags { read: fd == 0, write: fd != 0, append: false };
            self.fds.insert(fd, OpenFile { ino, pos: 0, flags, entry: None });
        }
        made
    }

    /// The directory at `path`, made when missing (a host lower layer may have it already).
    fn system_dir(&mut self, path: &str) -> Option<Ino> {
        self.mkdir_all(path).ok()?;
        self.resolve(path, true).ok()
    }

    /// Send the standard streams to `streams` (until then stdin is empty and output is dropped).
    pub fn set_streams(&mut self, streams: Box<dyn StdStreams>) {
        self.streams = Some(streams);
    }

    /// `read(2)` from `device` into `buf`: the number of bytes read.
    pub(super) fn device_read(&mut self, device: Device, buf: &mut [u8]) -> usize {
        match device {
            Device::Zero => {
                buf.fill(0);
                buf.len()
            }
            Device::Stdin if !buf.is_empty() => {
                if self.stdin_pending.is_empty() {
                    if let Some(streams) = &self.streams {
                        self.stdin_pending = streams.read_stdin();
                    }
                }
                let n = buf.len().min(self.stdin_pending.len());
                buf[..n].copy_from_slice(&self.stdin_pending[..n]);
                self.stdin_pending.drain(..n);
                n
            }
            _ => 0,
        }
    }

    /// Everything left to read from `device` (`readFile` of it).
    ///
    /// # Errors
    /// `EFBIG` for `/dev/zero`, which never ends.
    pub(super) fn device_read_all(&mut self, device: Device) -> Result<Vec<u8>, Errno> {
        match device {
            Device::Zero => Err(errno::EFBIG),
            Device::Stdin => {
                let mut all = std::mem::take(&mut self.stdin_pending);
                if let Some(streams) = &self.streams {
                    loop {
                        let chunk = streams.read_stdin();
                        if chunk.is_empty() {
                            break;
                        }
                        all.extend_from_slice(&chunk);
                    }
                }
                Ok(all)
            }
            _ => Ok(Vec::new()),
        }
    }

    /// `write(2)` of `bytes` to `device`.
    pub(super) fn device_write(&self, device: Device, bytes: &[u8]) {
        let Some(streams) = &self.streams else { return };
        match device {
            Device::Stdout => streams.write_stdout(bytes),
            Device::Stderr => streams.write_stderr(bytes),
            _ => {}
        }
    }

    /// The device an inode is, if it is one.
    pub(super) fn device_of(&self, ino: Ino) -> Option<Device> {
        match self.inode(ino).body {
            Body::Device(device) => Some(device),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Device, StdStreams};
    use crate::vfs::{flags, FileType, Vfs};
    use std::cell::RefCell;
    use std::rc::Rc;

    #[derive(Default)]
    struct Recorded {
        stdin: RefCell<Vec<Vec<u8>>>,
        out: RefCell<Vec<(u8, Vec<u8>)>>,
    }

    struct Streams(Rc<Recorded>);

    impl StdStreams for Streams {
        fn read_stdin(&self) -> Vec<u8> {
            let mut chunks = self.0.stdin.borrow_mut();
            if chunks.is_empty() {
                Vec::new()
            } else {
                chunks.remove(0)
            }
        }
        fn write_stdout(&self, bytes: &[u8]) {
            self.0.out.borrow_mut().push((1, bytes.to_vec()));
        }
        fn write_stderr(&self, bytes: &[u8]) {
            self.0.out.borrow_mut().push((2, bytes.to_vec()));
        }
    }

    fn vfs_with(stdin: &[&[u8]]) -> (Vfs, Rc<Recorded>) {
        let recorded = Rc::new(Recorded::default());
        *recorded.stdin.borrow_mut() = stdin.iter().map(|c| c.to_vec()).collect();
        let mut vfs = Vfs::new(None, "/");
        vfs.set_streams(Box::new(Streams(Rc::clone(&recorded))));
        (vfs, recorded)
    }

    #[test]
    fn descriptors_0_to_2_are_the_standard_streams() {
        let (mut vfs, recorded) = vfs_with(&[b"hel", b"lo\n"]);
        assert_eq!(vfs.fstat(1).unwrap().file_type(), FileType::Fifo);
        vfs.write(1, b"out", None).unwrap();
        vfs.write(2, b"err", None).unwrap();
        let fd = vfs.open("/dev/stdout", flags::O_WRONLY | flags::O_CREAT | flags::O_TRUNC, 0o666).unwrap();
        assert_eq!(fd, 17);
        vfs.write(fd, b"by path", None).unwrap();
        assert_eq!(*recorded.out.borrow(), vec![(1, b"out".to_vec()), (2, b"err".to_vec()), (1, b"by path".to_vec())]);
        // A short read keeps the rest of the chunk for the next one.
        let mut two = [0; 2];
        assert_eq!(vfs.read(0, &mut two, None), Ok(2));
        assert_eq!(&two, b"he");
        assert_eq!(vfs.read_file("/dev/stdin").unwrap(), b"llo\n");
        assert_eq!(vfs.read(0, &mut two, None), Ok(0));
    }

    #[test]
    fn streams_are_pipes_and_devices_keep_no_bytes() {
        let (mut vfs, recorded) = vfs_with(&[]);
        assert_eq!(vfs.write(1, b"x", Some(0)), Err(crate::errno::ESPIPE));
        assert_eq!(vfs.read(1, &mut [0; 1], None), Err(crate::errno::EBADF));
        assert_eq!(vfs.ftruncate(1, 0), Err(crate::errno::EINVAL));
        assert_eq!(vfs.fsync(1), Err(crate::errno::EINVAL));
        assert!(recorded.out.borrow().is_empty());
        vfs.write_file("/dev/null", b"gone".to_vec()).unwrap();
        assert_eq!(vfs.read_file("/dev/null").unwrap(), b"");
        let null = vfs.stat("/dev/null", true).unwrap();
        assert_eq!((null.mode, null.rdev, null.size), (0o20_666, 259, 0));
        let fd = vfs.open("/dev/zero", flags::O_RDONLY, 0).unwrap();
        let mut buf = [1; 4];
        assert_eq!(vfs.read(fd, &mut buf, Some(9)), Ok(4));
        assert_eq!(buf, [0; 4]);
        assert_eq!(vfs.truncate("/dev/null", 0), Err(crate::errno::EINVAL));
        assert_eq!(vfs.stat("/dev/stdout", false).unwrap().file_type(), FileType::Symlink);
        assert_eq!(Device::Stdout.rdev(), 0);
    }
}
